#pragma once
// The files of the Surveys page (issue 21): the chosen round's one-page summary (PDF or ODT, for a Hukumat or
// a donor) and the surveys as CSV (the indicators, and the chosen round's sheets only when asked for). The
// page says which team and round it shows with setTeam() and setSurvey(); the buttons wait until a round is
// chosen. Dialogs open without blocking and delete themselves when closed; the open…() functions return them
// for tests.
#include <QWidget>

class QPushButton;

namespace hamkori {
class Session;
namespace documents {
class SurveySummaryDialog;
}
} // namespace hamkori

namespace hamkori::csv {

class SurveyExportDialog;

class SurveyFileButtons : public QWidget
{
    Q_OBJECT
public:
    explicit SurveyFileButtons(Session& session, QWidget* parent = nullptr);

    /// The team shown (empty: all teams).
    void setTeam(const QString& teamUuid);
    /// The round chosen (empty: none, and the buttons wait).
    void setSurvey(const QString& surveyUuid);

    documents::SurveySummaryDialog* openSummary();
    SurveyExportDialog* openExport();

    QPushButton* summaryButton() const { return m_summary; }
    QPushButton* exportButton() const { return m_export; }

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslate();
    void updateButtons();

    Session& m_session;
    QString m_team;
    QString m_survey;
    QPushButton* m_summary;
    QPushButton* m_export;
};

} // namespace hamkori::csv
