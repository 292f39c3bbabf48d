#include "PlansPage.h"
#include "core/storage/PlanRepository.h"
#include "plans/NewPlan.h"
#include "plans/PlanHeaderForm.h"
#include "plans/PlanListModel.h"
#include "ui/Session.h"
#include "ui/csv/CsvButtons.h"
#include "ui/documents/DocumentButton.h"
#include "ui/undo/Undo.h"
#include "ui/widgets/FieldErrors.h"
#include "ui/widgets/FirstStep.h"
#include "ui/widgets/NextStepBar.h"
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QShortcut>
#include <QSplitter>
#include <QStackedWidget>
#include <QStyle>
#include <QTabWidget>
#include <QTableView>
#include <QVBoxLayout>

namespace hamkori {

using namespace plans;

PlansPage::PlansPage(Session& session, QWidget* parent)
    : Page(session, parent), m_planModel(new PlanListModel(session.db(), this)), m_list(new QTableView(this)),
      m_new(new QPushButton(this)), m_delete(new QPushButton(this)),
      m_listMessage(FieldErrors::makeMessageLabel(this)),
      m_print(new documents::DocumentButton(
          session, documents::DocumentKind::ActionPlan, [this] { return m_plan; }, this)),
      m_nextStep(new NextStepBar(QStringLiteral("planNextStep"), this)),
      m_planStack(new QStackedWidget(this)),
      m_firstStep(new FirstStep(QStringLiteral("plansFirstStep"), this)), m_tabs(new QTabWidget(this)),
      m_header(new PlanHeaderForm(session, this)), m_activities(new ActivitiesPanel(session, this))
{
    m_list->setObjectName(QStringLiteral("planList"));
    m_new->setObjectName(QStringLiteral("newPlan"));
    m_delete->setObjectName(QStringLiteral("deletePlan"));
    m_tabs->setObjectName(QStringLiteral("planTabs"));
    m_new->setIcon(style()->standardIcon(QStyle::SP_FileIcon));
    m_delete->setIcon(style()->standardIcon(QStyle::SP_TrashIcon));
    m_new->setShortcut(QKeySequence::New);

    m_list->setModel(m_planModel);
    m_list->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_list->setSelectionMode(QAbstractItemView::SingleSelection);
    m_list->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_list->verticalHeader()->hide();
    m_list->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    QHeaderView* header = m_list->horizontalHeader();
    header->setSectionResizeMode(QHeaderView::ResizeToContents);
    header->setSectionResizeMode(PlanListModel::Title, QHeaderView::Stretch);

    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_new);
    buttons->addWidget(m_delete);
    buttons->addWidget(m_print);
    buttons->addWidget(new csv::ActivityCsvButton(
        session, [this] { return m_plan; }, this));
    buttons->addStretch();
    auto* top = new QWidget(this);
    auto* topLayout = new QVBoxLayout(top);
    topLayout->setContentsMargins(0, 0, 0, 0);
    topLayout->addLayout(buttons);
    topLayout->addWidget(m_list, 1);
    topLayout->addWidget(m_listMessage);

    m_tabs->addTab(m_header, QString());
    m_tabs->addTab(m_activities, QString());
    m_planStack->addWidget(m_firstStep);
    m_planStack->addWidget(m_tabs);
    auto* splitter = new QSplitter(Qt::Vertical, this);
    splitter->setChildrenCollapsible(false);
    splitter->addWidget(top);
    splitter->addWidget(m_planStack);
    splitter->setStretchFactor(0, 1);
    splitter->setStretchFactor(1, 4);
    splitter->setSizes({100, 550});
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_nextStep); // above the list, which keeps its rows
    layout->addWidget(splitter);

    auto* deleteKey = new QShortcut(QKeySequence::Delete, m_list, nullptr, nullptr, Qt::WidgetShortcut);
    connect(deleteKey, &QShortcut::activated, this, &PlansPage::deletePlan);
    connect(m_new, &QPushButton::clicked, this, &PlansPage::newPlan);
    connect(m_firstStep, &FirstStep::taken, this, &PlansPage::newPlan);
    connect(m_header, &PlanHeaderForm::adopted, this, &PlansPage::offerAfterAdoption);
    connect(&session.db(), &Database::recordsChanged, this, [this](const QStringList& kinds) {
        if (kinds.contains(QStringLiteral("plan")))
            m_nextStep->refresh(); // an adoption undone takes its offer away
    });
    connect(m_delete, &QPushButton::clicked, this, &PlansPage::deletePlan);
    connect(m_list, &QTableView::activated, this, [this] { m_tabs->setCurrentWidget(m_header); });
    connect(m_list->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this](const QModelIndex& current) {
                if (current.isValid())
                    showPlan(m_planModel->uuidAt(current.row()));
            });
    connect(m_planModel, &PlanListModel::reloaded, this, [this] {
        const int row = m_planModel->rowOf(m_plan);
        if (row >= 0) {
            QSignalBlocker blocker(m_list->selectionModel());
            m_list->selectRow(row);
        } else {
            showPlan(m_planModel->uuidAt(0));
            if (!m_plan.isEmpty())
                m_list->selectRow(0);
        }
    });
    connect(&session, &Session::currentTeamChanged, this, &PlansPage::teamChanged);

    retranslate();
    teamChanged();
}

void PlansPage::setConfirm(const Confirmation::Answer& answer)
{
    m_confirm.setAnswer(answer);
    m_activities->setConfirm(answer);
}

void PlansPage::teamChanged()
{
    m_nextStep->withdraw(); // it spoke of the other team's plan
    m_plan.clear();
    m_planModel->setTeam(m_session.currentTeam()); // reloaded() selects the first plan
    if (m_planModel->rowCount() == 0)
        showPlan(QString());
}

void PlansPage::showPlan(const QString& planUuid)
{
    m_plan = planUuid;
    m_header->setPlan(m_session.currentTeam(), planUuid);
    m_activities->setPlan(planUuid);
    m_delete->setEnabled(!planUuid.isEmpty());
    m_print->setEnabled(!planUuid.isEmpty()); // with no plan it had nothing to print and did nothing
    m_tabs->setEnabled(!planUuid.isEmpty());
    const bool noPlan = planUuid.isEmpty() && !m_session.currentTeam().isEmpty();
    m_planStack->setCurrentWidget(noPlan ? static_cast<QWidget*>(m_firstStep) : m_tabs);
    m_listMessage->hide();
}

bool PlansPage::openRecord(const QString& kind, const QString& uuid)
{
    if (kind == u"plan" && uuid.isEmpty()) {
        newPlan();
        return true;
    }
    PlanRepository plans(m_session.db());
    QString planUuid = uuid;
    QString activityUuid;
    if (kind == u"activity") {
        auto activity = plans.activity(uuid);
        if (!activity)
            return false;
        planUuid = activity->planUuid;
        activityUuid = uuid;
    } else if (kind != u"plan") {
        return false;
    }
    auto plan = plans.plan(planUuid);
    if (!plan)
        return false;
    if (plan->teamUuid != m_session.currentTeam())
        m_session.setCurrentTeam(plan->teamUuid);
    showPlan(planUuid);
    m_list->selectRow(m_planModel->rowOf(planUuid));
    if (activityUuid.isEmpty()) {
        m_tabs->setCurrentWidget(m_header);
    } else {
        m_tabs->setCurrentWidget(m_activities);
        m_activities->selectActivity(activityUuid);
    }
    return true;
}

void PlansPage::newPlan()
{
    const QString team = m_session.currentTeam();
    if (team.isEmpty())
        return;
    // The plan addresses what the team chose last; the user unticks or adds concerns on the Plan tab.
    auto created = createPlan(m_session, team, latestPriorities(m_session.db(), team));
    if (!created) {
        m_listMessage->setText(created.errorMessage());
        m_listMessage->show();
        return;
    }
    openRecord(QStringLiteral("plan"), *created);
    if (auto* title = m_header->findChild<QLineEdit*>(QStringLiteral("planTitle"))) {
        title->setFocus();
        title->selectAll();
    }
}

bool PlansPage::isAdopted(const QString& planUuid) const
{
    auto plan = PlanRepository(m_session.db()).plan(planUuid);
    return plan && plan->status == PlanStatus::Adopted;
}

void PlansPage::offerAfterAdoption(const QString& planUuid)
{
    // Once adopted, the plan goes to the Hukumat on paper, and the team starts recording what is done.
    const auto adoptionUndone = [this, planUuid] { return !isAdopted(planUuid); };
    m_nextStep->offer(
        [] {
            return tr("The plan is adopted. Next, give it to the Hukumat on paper and record "
                      "the progress of its activities.");
        },
        {{QStringLiteral("nextStepPrintPlan"), [] { return tr("Print the plan for the Hukumat…"); },
          [this, planUuid] {
              openRecord(QStringLiteral("plan"), planUuid);
              m_print->click();
          },
          adoptionUndone},
         {QStringLiteral("nextStepRecordProgress"), [] { return tr("Record progress"); },
          [this, planUuid] {
              openRecord(QStringLiteral("plan"), planUuid);
              m_tabs->setCurrentWidget(m_activities);
              m_activities->showProgress();
          },
          adoptionUndone}});
}

void PlansPage::deletePlan()
{
    if (m_plan.isEmpty())
        return;
    PlanRepository plans(m_session.db());
    auto plan = plans.plan(m_plan);
    if (!plan)
        return;
    int activityCount = 0;
    int updateCount = 0;
    int readingCount = 0;
    if (auto activities = plans.activities(m_plan)) {
        activityCount = int(activities->size());
        for (const Activity& activity : *activities) {
            if (auto updates = plans.progress(activity.meta.uuid))
                updateCount += int(updates->size());
            if (auto readings = plans.readings(activity.meta.uuid))
                readingCount += int(readings->size());
        }
    }
    const QString text = tr("The action plan %1 (“%2”) will be deleted, with %3, %4 and %5.")
                             .arg(plan->code, plan->title, tr("%n activity(ies)", "", activityCount),
                                  tr("%n progress update(s)", "", updateCount),
                                  tr("%n indicator reading(s)", "", readingCount));
    if (!m_confirm.ask(tr("Delete"), text))
        return;
    auto done =
        undo::remove(m_session, tr("delete action plan %1").arg(plan->code), QStringLiteral("plan"), m_plan);
    if (!done) {
        m_listMessage->setText(done.errorMessage());
        m_listMessage->show();
    }
}

void PlansPage::retranslate()
{
    m_new->setText(tr("&New plan"));
    m_delete->setText(tr("&Delete plan…"));
    m_tabs->setTabText(0, tr("Plan"));
    m_tabs->setTabText(1, tr("Activities"));
    m_firstStep->setTexts(tr("The team has no action plan yet. Make one for the concerns it chose as "
                             "priorities: the measures, who leads them, deadlines and funding."),
                          tr("Make the first action plan"));
    m_header->retranslate();
    m_activities->retranslate();
    m_planModel->reload();
}

} // namespace hamkori
