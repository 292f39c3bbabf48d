#include "ActivityProgressPanel.h"
#include "ActivityTableModel.h"
#include "ProgressUpdateDialog.h"
#include "ProgressUpdateModel.h"
#include "core/storage/CampaignRepository.h"
#include "core/storage/EventRepository.h"
#include "core/storage/PlanRepository.h"
#include "ui/Session.h"
#include "ui/undo/Undo.h"
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

namespace hamkori::plans {

ActivityProgressPanel::ActivityProgressPanel(Session& session, ActivityTableModel* activities,
                                             QWidget* parent)
    : QWidget(parent), m_session(session), m_activities(activities), m_status(new QLabel(this)),
      m_view(new QTableView(this)), m_model(new ProgressUpdateModel(session.db(), this)),
      m_add(new QPushButton(this))
{
    m_view->setObjectName(QStringLiteral("progressView"));
    m_add->setObjectName(QStringLiteral("addProgress"));
    m_status->setObjectName(QStringLiteral("activityStatusNote"));
    m_status->setWordWrap(true);
    m_view->setModel(m_model);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->verticalHeader()->hide();
    m_view->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_view->horizontalHeader()->setSectionResizeMode(ProgressUpdateModel::Note, QHeaderView::Stretch);

    auto* top = new QHBoxLayout;
    top->addWidget(m_status, 1);
    top->addWidget(m_add);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(6, 6, 6, 6);
    layout->addLayout(top);
    layout->addWidget(m_view, 1);

    connect(m_add, &QPushButton::clicked, this, [this] { openDialog(); });
    connect(m_activities, &QAbstractItemModel::dataChanged, this, &ActivityProgressPanel::updateStatus);
    retranslate();
    setRow(-1);
}

void ActivityProgressPanel::setRow(int row)
{
    m_row = row >= 0 && row < m_activities->rowCount() ? row : -1;
    m_model->setActivity(m_row >= 0 ? m_activities->activityAt(m_row).meta.uuid : QString());
    setEnabled(m_row >= 0);
    updateStatus();
}

void ActivityProgressPanel::updateStatus()
{
    if (m_row < 0 || m_row >= m_activities->rowCount()) {
        m_status->clear();
        return;
    }
    const Activity& activity = m_activities->activityAt(m_row);
    m_status->setText(tr("Status of the activity: %1. It follows the latest progress update.")
                          .arg(displayName(activity.status)));
}

ProgressUpdateDialog* ActivityProgressPanel::openDialog()
{
    if (m_row < 0)
        return nullptr;
    const Activity& activity = m_activities->activityAt(m_row);
    double spentEarlier = 0;
    for (int row = 0; row < m_model->rowCount(); ++row)
        spentEarlier += m_model->updateAt(row).spentSomoni;
    auto* dialog = new ProgressUpdateDialog(
        activity, spentEarlier, tr("Activity %1: %2").arg(QString::number(m_row + 1), activity.measure),
        this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setCarriers(carriersOf(activity));
    connect(dialog, &ProgressUpdateDialog::submitted, this, [this, dialog] { save(dialog); });
    dialog->open();
    return dialog;
}

QList<CarriedOutBy> ActivityProgressPanel::carriersOf(const Activity& activity) const
{
    // The events and campaigns of the plan's team, newest first: core accepts no other team's.
    Database& db = m_session.db();
    auto plan = PlanRepository(db).plan(activity.planUuid);
    if (!plan)
        return {};
    QList<CarriedOutBy> carriers;
    if (auto events = EventRepository(db).events({plan->teamUuid}))
        for (const EventSummary& e : *events)
            carriers << CarriedOutBy{e.event.meta.uuid, QString(), e.event.code, e.event.title};
    if (auto campaigns = CampaignRepository(db).campaigns({plan->teamUuid}))
        for (const CampaignSummary& c : *campaigns)
            carriers << CarriedOutBy{QString(), c.campaign.meta.uuid, c.campaign.code, c.campaign.title};
    return carriers;
}

void ActivityProgressPanel::save(ProgressUpdateDialog* dialog)
{
    const ProgressUpdate update = dialog->update();
    Database* db = &m_session.db();
    PlanRepository plans(*db);
    auto before = plans.activity(update.activityUuid);
    if (!before) {
        dialog->showError(before.errorMessage());
        return;
    }
    const int row = m_activities->rowOf(update.activityUuid);
    const QString text = tr("add a progress update to activity %1 of %2")
                             .arg(QString::number(row + 1), m_activities->planCode());
    // The update is made before anything goes on the stack, so that a refused one leaves no empty step.
    auto made = plans.addProgress(update);
    if (!made) {
        dialog->showError(made.errorMessage());
        return;
    }
    // Core keeps the activity's status following its latest update when the update is deleted (undo) or
    // restored (redo). Only undoing an activity's first update needs the status it had before, which the
    // update cannot tell: it goes with the delete, in the same transaction.
    const QString uuid = made->meta.uuid;
    const ActivityStatus statusBefore = before->status;
    auto taken = std::make_shared<QList<RecordRef>>();
    auto pushed = undo::perform(
        m_session, text, [db, taken] { return PlanRepository(*db).restoreProgress(*taken); },
        [db, taken, uuid, statusBefore]() -> Result<void> {
            auto removed = PlanRepository(*db).deleteProgress(uuid, statusBefore);
            if (!removed)
                return removed.error();
            *taken = *removed;
            return {};
        });
    Q_UNUSED(pushed); // its first run (the restore of nothing) cannot fail: the update is already made
    dialog->accept();
}

void ActivityProgressPanel::retranslate()
{
    m_add->setText(tr("Add &progress update…"));
    updateStatus();
}

} // namespace hamkori::plans
