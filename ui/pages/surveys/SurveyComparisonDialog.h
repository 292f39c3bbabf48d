#pragma once
// Every team's change from baseline to endline side by side, for a coordinator (issue 21): one row a team
// with a baseline and a later endline (the rounds' dates, the chosen indicator's share at each, the change
// with its interval and whether it is clear of chance, the numbers of answers), sortable by any column; the
// teams without such a pair listed below with what they lack. Every round is counted in one go.
#include "ResultsText.h"
#include <QDialog>

class QComboBox;
class QLabel;
class QListWidget;
class QTableWidget;

namespace hamkori {

class Session;

class SurveyComparisonDialog : public QDialog
{
    Q_OBJECT
public:
    SurveyComparisonDialog(Session& session, int fewestAnswers, QWidget* parent = nullptr);

private:
    struct TeamRounds
    {
        QString name;
        PairLack lack = PairLack::Nothing;
        std::optional<std::pair<analysis::SurveyCounts, analysis::SurveyCounts>> pair; // baseline, endline
    };

    void read();
    void showRows();

    Session& m_session;
    int m_fewest;
    QLabel* m_indicatorLabel;
    QComboBox* m_indicator;
    QLabel* m_error;
    QTableWidget* m_table;
    QLabel* m_missingHeading;
    QListWidget* m_missing;
    QList<TeamRounds> m_teams;
};

} // namespace hamkori
