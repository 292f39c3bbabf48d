#include "PlansPage.h"
#include "core/storage/PlanRepository.h"
#include "plans/PlanHeaderForm.h"
#include "plans/PlanListModel.h"
#include "ui/Session.h"
#include "ui/csv/CsvButtons.h"
#include "ui/documents/DocumentButton.h"
#include "ui/undo/Undo.h"
#include "ui/widgets/FieldErrors.h"
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QShortcut>
#include <QSplitter>
#include <QStyle>
#include <QTabWidget>
#include <QTableView>
#include <QVBoxLayout>

namespace hamkori {

using namespace plans;

PlansPage::PlansPage(Session& session, QWidget* parent)
    : Page(session, parent), m_planModel(new PlanListModel(session.db(), this)), m_list(new QTableView(this)),
      m_new(new QPushButton(this)), m_delete(new QPushButton(this)),
      m_listMessage(FieldErrors::makeMessageLabel(this)), m_tabs(new QTabWidget(this)),
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
    buttons->addWidget(new documents::DocumentButton(
        session, documents::DocumentKind::ActionPlan, [this] { return m_plan; }, this));
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
    auto* splitter = new QSplitter(Qt::Vertical, this);
    splitter->setChildrenCollapsible(false);
    splitter->addWidget(top);
    splitter->addWidget(m_tabs);
    splitter->setStretchFactor(0, 1);
    splitter->setStretchFactor(1, 4);
    splitter->setSizes({100, 550});
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(splitter);

    auto* deleteKey = new QShortcut(QKeySequence::Delete, m_list, nullptr, nullptr, Qt::WidgetShortcut);
    connect(deleteKey, &QShortcut::activated, this, &PlansPage::deletePlan);
    connect(m_new, &QPushButton::clicked, this, &PlansPage::newPlan);
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
    m_tabs->setEnabled(!planUuid.isEmpty());
    m_listMessage->hide();
}

bool PlansPage::openRecord(const QString& kind, const QString& uuid)
{
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
    ActionPlan plan;
    plan.teamUuid = team;
    plan.title = tr("New action plan");
    // A plan is made to start now: a year from today (issue 18), not the calendar year half gone.
    const QDate today = QDate::currentDate();
    plan.periodStart = today;
    plan.periodEnd = today.addYears(1).addDays(-1);
    // The officials who signed the team's last plan sign the next one too: that is how the choice is kept
    // per team. Should the last plan not be read, the new one simply starts without signatories.
    if (auto latest = PlanRepository(m_session.db()).latestPlan(team); latest && latest->has_value())
        plan.copySignatoriesFrom(**latest);
    Database* db = &m_session.db();
    auto created = undo::create(m_session, tr("create an action plan"), QStringLiteral("plan"),
                                [db, plan]() -> Result<QString> {
                                    auto made = PlanRepository(*db).createPlan(plan);
                                    if (!made)
                                        return made.error();
                                    return made->meta.uuid;
                                });
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
    m_header->retranslate();
    m_activities->retranslate();
    m_planModel->reload();
}

} // namespace hamkori
