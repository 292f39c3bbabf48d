#pragma once
// The Surveys page: the perception survey rounds of the current team (baseline, midline, endline), newest
// first, narrowed by kind; beside the list the chosen round in tabs: its details, its questionnaire, the
// paper sheets typed in one row a sheet, and the counts per option when only tallies were kept.
#include "Page.h"
#include "ui/widgets/Confirmation.h"
#include "ui/widgets/PageIcons.h"

class QComboBox;
class QHBoxLayout;
class QLabel;
class QPushButton;
class QTabWidget;
class QTableView;

namespace hamkori {

namespace csv {
class SurveyFileButtons;
}
class QuestionnairePanel;
class SurveyDetailsForm;
class SurveyListModel;
class SurveyResultsPanel;
class SurveySheetsPanel;
class TalliesPanel;

class SurveysPage : public Page
{
    Q_OBJECT
public:
    explicit SurveysPage(Session& session, QWidget* parent = nullptr);
    static QString pageTitle() { return tr("Surveys"); }
    static constexpr PageIcon kIcon = PageIcon::Surveys;
    QString title() const override { return pageTitle(); }
    /// "survey" shows it (switching to its team when needed); with an empty UUID, a form for a new one.
    bool openRecord(const QString& kind, const QString& uuid) override;

    /// The round shown, empty while a new one is being filled in.
    QString currentSurvey() const;
    void setConfirm(Confirmation::Answer answer) { m_confirm.setAnswer(std::move(answer)); }
    /// The row of the list's buttons, where buttons that act on the chosen round belong.
    QHBoxLayout* listButtons() const { return m_listButtons; }
    QTabWidget* tabs() const { return m_tabs; }
    SurveySheetsPanel* sheets() const { return m_sheets; }
    TalliesPanel* tallies() const { return m_tallies; }
    QuestionnairePanel* questionnaire() const { return m_questions; }
    csv::SurveyFileButtons* files() const { return m_files; }
    SurveyResultsPanel* results() const { return m_results; }

Q_SIGNALS:
    /// The sheets, tallies or questions of the round shown changed (a results panel follows it).
    void surveyDataChanged(const QString& surveyUuid);

protected:
    void retranslate() override;

private:
    void showRecord(const QString& uuid);
    void newSurvey();
    void deleteSurvey();
    void teamChanged(const QString& teamUuid);
    void selectInList(const QString& uuid);
    void updateCount();

    Confirmation m_confirm{this};
    SurveyListModel* m_model;
    QTableView* m_list;
    QHBoxLayout* m_listButtons;
    QPushButton* m_new;
    QPushButton* m_delete;
    QLabel* m_kindLabel;
    QComboBox* m_kind;
    QLabel* m_count;
    QTabWidget* m_tabs;
    SurveyDetailsForm* m_form;
    QuestionnairePanel* m_questions;
    SurveySheetsPanel* m_sheets;
    TalliesPanel* m_tallies;
    SurveyResultsPanel* m_results;
    csv::SurveyFileButtons* m_files;
};

} // namespace hamkori
