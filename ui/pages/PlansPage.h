#pragma once
// Action plans (steps 4–6 of the cycle): the team's plans, the plan's header and the concerns it addresses,
// its activities with their progress updates and indicator readings. Every edit is saved at once through
// ui/undo; the page follows the database's change signal, so undo, redo and other pages' edits show at once.
#include "Page.h"
#include "plans/ActivitiesPanel.h"
#include "ui/widgets/Confirmation.h"
#include "ui/widgets/PageIcons.h"

class QLabel;
class QPushButton;
class QStackedWidget;
class QTabWidget;
class QTableView;

namespace hamkori {

class FirstStep;
class NextStepBar;
namespace documents {
class DocumentButton;
}
namespace plans {
class PlanHeaderForm;
class PlanListModel;
} // namespace plans

class PlansPage : public Page
{
    Q_OBJECT
public:
    explicit PlansPage(Session& session, QWidget* parent = nullptr);
    static QString pageTitle() { return tr("Action plans"); }
    static constexpr PageIcon kIcon = PageIcon::Plans;
    QString title() const override { return pageTitle(); }
    /// "plan" and "activity": selects it, switching to its team when needed. "plan" with an empty UUID makes
    /// a new plan (newPlan()).
    bool openRecord(const QString& kind, const QString& uuid) override;

    /// Replaces the question asked before deleting (tests answer it without a dialog).
    void setConfirm(const Confirmation::Answer& answer);
    QString currentPlan() const { return m_plan; }
    /// Makes a plan of the current team addressing the priorities of its latest decision, and shows it.
    void newPlan();

    plans::PlanListModel* planModel() const { return m_planModel; }
    plans::PlanHeaderForm* headerForm() const { return m_header; }
    plans::ActivitiesPanel* activitiesPanel() const { return m_activities; }

protected:
    void retranslate() override;

private:
    void teamChanged();
    void showPlan(const QString& planUuid);
    void deletePlan();
    void offerAfterAdoption(const QString& planUuid);
    bool isAdopted(const QString& planUuid) const;

    QString m_plan;
    plans::PlanListModel* m_planModel;
    QTableView* m_list;
    QPushButton* m_new;
    QPushButton* m_delete;
    QLabel* m_listMessage;
    documents::DocumentButton* m_print;
    NextStepBar* m_nextStep;
    QStackedWidget* m_planStack; // the plan's tabs, or what to do first when the team has no plan
    FirstStep* m_firstStep;
    QTabWidget* m_tabs;
    plans::PlanHeaderForm* m_header;
    plans::ActivitiesPanel* m_activities;
    Confirmation m_confirm{this};
};

} // namespace hamkori
