#include "ProgressUpdateModel.h"
#include "core/model/Formats.h"
#include "core/storage/CampaignRepository.h"
#include "core/storage/EventRepository.h"
#include "core/storage/PlanRepository.h"
#include <QLocale>

namespace hamkori::plans {

ProgressUpdateModel::ProgressUpdateModel(Database& db, QObject* parent)
    : QAbstractTableModel(parent), m_db(db)
{
    connect(&db, &Database::recordsChanged, this, [this](const QStringList& kinds) {
        for (const char* kind : {"progress_update", "activity", "event", "campaign"})
            if (kinds.contains(QLatin1String(kind))) {
                reload();
                return;
            }
    });
}

void ProgressUpdateModel::setActivity(const QString& activityUuid)
{
    m_activity = activityUuid;
    reload();
}

void ProgressUpdateModel::reload()
{
    QList<ProgressUpdate> rows;
    if (!m_activity.isEmpty())
        if (auto updates = PlanRepository(m_db).progress(m_activity))
            rows = *updates;
    QHash<QString, QString> codes;
    for (const ProgressUpdate& u : rows) {
        if (!u.eventUuid.isEmpty())
            if (auto event = EventRepository(m_db).event(u.eventUuid))
                codes.insert(u.eventUuid, event->code);
        if (!u.campaignUuid.isEmpty())
            if (auto campaign = CampaignRepository(m_db).campaign(u.campaignUuid))
                codes.insert(u.campaignUuid, campaign->code);
    }
    beginResetModel();
    m_rows = rows;
    m_carrierCodes = codes;
    endResetModel();
}

int ProgressUpdateModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int ProgressUpdateModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString ProgressUpdateModel::carrierText(const ProgressUpdate& u) const
{
    if (!u.eventUuid.isEmpty())
        return m_carrierCodes.contains(u.eventUuid) ? tr("via %1").arg(m_carrierCodes.value(u.eventUuid))
                                                    : tr("via a deleted event");
    if (!u.campaignUuid.isEmpty())
        return m_carrierCodes.contains(u.campaignUuid)
                   ? tr("via %1").arg(m_carrierCodes.value(u.campaignUuid))
                   : tr("via a deleted campaign");
    return {};
}

QVariant ProgressUpdateModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size())
        return {};
    const ProgressUpdate& u = m_rows[index.row()];
    if (role == Qt::TextAlignmentRole && (index.column() == Reached || index.column() == Spent))
        return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
    if (role == Qt::ToolTipRole && index.column() == Reached && !u.countsItsOwnReach())
        return u.eventUuid.isEmpty()
                   ? tr("Carried out by a campaign: the people it reached are counted in the campaign, once.")
                   : tr("Carried out by an event: its participants are counted in the event, once.");
    if (role == Qt::ToolTipRole && index.column() == Reached)
        return tr("Women and girls: %1, men and boys: %2, reached indirectly: %3")
            .arg(QLocale().toString(u.reached.total(Sex::Female)),
                 QLocale().toString(u.reached.total(Sex::Male)), QLocale().toString(u.reachedIndirectly));
    if (role == Qt::ToolTipRole && index.column() == Note)
        return u.note;
    if (role != Qt::DisplayRole)
        return {};
    switch (index.column()) {
    case Date:
        return Formats::date(u.date);
    case Status:
        return displayName(u.status);
    case Note:
        return u.note;
    case Reached:
        return u.countsItsOwnReach() ? QLocale().toString(u.reached.total()) : carrierText(u);
    case Spent:
        return Formats::money(u.spentSomoni);
    default:
        return {};
    }
}

QVariant ProgressUpdateModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Date:
        return tr("Date");
    case Status:
        return tr("Status");
    case Note:
        return tr("Note");
    case Reached:
        return tr("People reached");
    case Spent:
        return tr("Spent");
    default:
        return {};
    }
}

} // namespace hamkori::plans
