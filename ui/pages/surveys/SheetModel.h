#pragma once
// The sheets of a survey round as a table typed from the keyboard: one row per paper sheet (its number, the
// respondent's sex 1–2, age band 1–4 and group 1–6, then a column per question of the round holding the
// numbers of the options chosen) and a last row for the next sheet. setData() never writes by itself: a
// cell typed becomes one undo step that changes only that field (a value typed into the last row makes the
// sheet, numbered by SurveyRepository::nextSheet). What core refuses is kept in its cell, marked, so that it
// can be corrected, and its message is handed on; nothing is written.
#include "core/storage/SurveyRepository.h"
#include <QAbstractTableModel>
#include <QHash>

namespace hamkori {

class Session;

class SheetModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column
    {
        SheetColumn,
        SexColumn,
        AgeColumn,
        GroupColumn,
        FirstQuestion
    };

    SheetModel(Session& session, QObject* parent = nullptr);

    void setSurvey(const QString& surveyUuid);
    QString surveyUuid() const { return m_survey; }
    const QList<SurveyResponse>& records() const { return m_rows; }
    const QList<SurveyQuestion>& questions() const { return m_questions; }
    bool isNewRow(int row) const { return hasNewRow() && row == m_rows.size(); }
    /// The question of a column, or nullptr for the sheet, sex, age and group columns.
    const SurveyQuestion* questionAt(int column) const;
    /// The options of a question in the language shown (the concern categories by name).
    QStringList optionsOf(const SurveyQuestion& question) const;
    /// Reads "2", "1 6", "1,6" (and "16" when every option number is one digit) as option numbers; false
    /// with nothing read when the text holds anything else.
    static bool readAnswer(const QString& text, int optionCount, QList<int>& options);
    void retranslate();

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role) const override;
    Qt::ItemFlags flags(const QModelIndex& index) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;
    bool setData(const QModelIndex& index, const QVariant& value, int role) override;

Q_SIGNALS:
    /// An edit was refused: the translated message. The cell keeps what was typed.
    void editRefused(const QString& message);
    void editSaved();

private:
    void reloadQuestions();
    void refresh();
    /// Reads one sheet again after a cell of it was saved: 200 sheets are not read again for each digit.
    void refreshOne(const QString& uuid);
    QList<SurveyResponse> load();
    SurveyResponse blank() const;
    bool hasNewRow() const { return !m_survey.isEmpty() && !m_newRowHidden; }
    QString cellText(const SurveyResponse& r, int column) const;
    QString refuse(const QModelIndex& index, const QString& typed, const QString& message);
    QString categoryName(const QString& uuid) const;

    Session& m_session;
    QString m_survey;
    QString m_code;
    QList<SurveyQuestion> m_questions;
    QHash<QString, QString> m_categories; // concern category id → name shown
    QList<SurveyResponse> m_rows;
    SurveyResponse m_blankShown;
    QHash<quint64, QString> m_pending; // (row, column) → text typed but refused
    bool m_newRowHidden = false;
    QString m_saving; // the sheet a cell of which is being saved
};

} // namespace hamkori
