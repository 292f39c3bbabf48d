#pragma once
// The Tallies tab of a survey round, for sheets that were only counted: for the question chosen, a row per
// option and a column per sex and age band, and one for people whose sex and age were not noted. Typing a
// count makes the option's tally or changes only that count, one undo step each.
#include "core/model/Survey.h"
#include <QAbstractTableModel>
#include <QWidget>

class QComboBox;
class QLabel;
class QTableView;

namespace hamkori {

class Session;

class TallyModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    static constexpr int kUnsplitColumn = SexAgeCounts::kCells;
    static constexpr int kTotalColumn = SexAgeCounts::kCells + 1;

    TallyModel(Session& session, QObject* parent = nullptr);
    void setQuestion(const QString& surveyUuid, int number);
    void reload();

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role) const override;
    Qt::ItemFlags flags(const QModelIndex& index) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;
    bool setData(const QModelIndex& index, const QVariant& value, int role) override;

Q_SIGNALS:
    void editRefused(const QString& message);
    void editSaved();

private:
    int countOf(const SurveyTally& tally, int column) const;

    Session& m_session;
    QString m_survey;
    QString m_code;
    int m_number = 0;
    QStringList m_options;
    QList<SurveyTally> m_tallies; // per option (empty uuid: none yet)
};

class TalliesPanel : public QWidget
{
    Q_OBJECT
public:
    explicit TalliesPanel(Session& session, QWidget* parent = nullptr);
    void setSurvey(const QString& surveyUuid);
    void retranslate();
    TallyModel* model() const { return m_model; }

private:
    void fillQuestions();

    Session& m_session;
    QString m_survey;
    TallyModel* m_model;
    QLabel* m_caption;
    QLabel* m_questionLabel;
    QComboBox* m_question;
    QTableView* m_grid;
    QLabel* m_error;
};

} // namespace hamkori
