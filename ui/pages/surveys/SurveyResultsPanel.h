#pragma once
// Where people read a survey round's results (issue 21): the indicators for everyone, each sex and age band,
// with their intervals and the women–men gap; the change from the team's latest baseline to its endline, as
// grouped bars and a table that marks the changes the survey's size can tell from chance; and the concerns
// people named most beside the ones the team prioritised. A group with fewer answers than the threshold
// reads "too few answers", never a percentage. Read-only: nothing here edits a record.
#include "ResultsText.h"
#include "core/analysis/SurveyIndicators.h"
#include <QWidget>

class QComboBox;
class QLabel;
class QPushButton;
class QSpinBox;
class QTabWidget;
class QTableWidget;

namespace hamkori {

class ResultsChangeChart;
class Session;

class SurveyResultsPanel : public QWidget
{
    Q_OBJECT
public:
    explicit SurveyResultsPanel(Session& session, QWidget* parent = nullptr);

    /// The round shown (empty: none).
    void setSurvey(const QString& surveyUuid);
    QString survey() const { return m_survey; }
    /// Reads the round, its team's baseline and endline, and the team's priorities again.
    void refresh();

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslate();
    void showIndicators();
    void showChange();
    void showConcerns();
    void openComparison();

    Session& m_session;
    QString m_survey;
    QLabel* m_heading;
    QLabel* m_fewestLabel;
    QSpinBox* m_fewest;
    QPushButton* m_compare;
    QLabel* m_error;
    QTabWidget* m_tabs;
    QTableWidget* m_indicatorTable;
    QLabel* m_indicatorNote;
    QLabel* m_changeHeading;
    QLabel* m_changeMissing;
    QLabel* m_splitLabel;
    QComboBox* m_split; // all respondents, women or men in the chart
    ResultsChangeChart* m_chart;
    QTableWidget* m_changeTable;
    QLabel* m_concernNote;
    QTableWidget* m_concernTable;

    // What was read last, kept so that a new threshold or language shows again without reading.
    std::optional<analysis::SurveyCounts> m_counts;
    std::optional<std::pair<analysis::SurveyCounts, analysis::SurveyCounts>> m_pair; // baseline, endline
    PairLack m_lack = PairLack::Nothing;                                             // why there is no pair
    QMap<QString, int> m_prioritised;
};

} // namespace hamkori
