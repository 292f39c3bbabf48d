#include "PlanListModel.h"
#include "core/model/Formats.h"
#include "core/storage/PlanRepository.h"
#include <QBrush>
#include <QLocale>

namespace hamkori::plans {

namespace {
QString dmy(QDate date)
{
    return Formats::date(date);
}
} // namespace

PlanListModel::PlanListModel(Database& db, QObject* parent) : QAbstractTableModel(parent), m_db(db)
{
    connect(&db, &Database::recordsChanged, this, [this](const QStringList& kinds) {
        static const QStringList shown{QStringLiteral("plan"), QStringLiteral("activity"),
                                       QStringLiteral("progress_update")};
        for (const QString& kind : kinds)
            if (shown.contains(kind)) {
                reload();
                return;
            }
    });
}

void PlanListModel::setTeam(const QString& teamUuid)
{
    m_team = teamUuid;
    reload();
}

void PlanListModel::reload()
{
    QList<Row> rows;
    m_lastError.clear();
    if (!m_team.isEmpty()) {
        PlanRepository repository(m_db);
        auto plans = repository.plans(m_team);
        m_lastError = plans.errorMessage();
        const QDate today = QDate::currentDate();
        for (const ActionPlan& plan : plans ? *plans : QList<ActionPlan>()) {
            Row row{plan, 0, 0, 0};
            if (auto activities = repository.activities(plan.meta.uuid)) {
                row.total = int(activities->size());
                for (const Activity& activity : *activities) {
                    row.done += activity.status == ActivityStatus::Done ? 1 : 0;
                    row.overdue += activity.isOverdueOn(today) ? 1 : 0;
                }
            }
            rows << row;
        }
    }
    beginResetModel();
    m_rows = rows;
    endResetModel();
    Q_EMIT reloaded();
}

int PlanListModel::rowOf(const QString& planUuid) const
{
    for (int i = 0; i < m_rows.size(); ++i)
        if (m_rows[i].plan.meta.uuid == planUuid)
            return i;
    return -1;
}

QString PlanListModel::uuidAt(int row) const
{
    return row >= 0 && row < m_rows.size() ? m_rows[row].plan.meta.uuid : QString();
}

int PlanListModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int PlanListModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant PlanListModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size())
        return {};
    const Row& row = m_rows[index.row()];
    const ActionPlan& plan = row.plan;
    if (role == UuidRole)
        return plan.meta.uuid;
    if (role == Qt::ForegroundRole && index.column() == Activities && row.overdue > 0)
        return QBrush(QColor(0xb0, 0x00, 0x20));
    if (role == Qt::ToolTipRole && index.column() == Activities && row.overdue > 0)
        return tr("%n activity(ies) overdue", "", row.overdue);
    if (role == Qt::TextAlignmentRole && index.column() == Activities)
        return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole)
        return {};
    switch (index.column()) {
    case Code:
        return plan.code;
    case Title:
        return plan.title;
    case Period:
        if (!plan.periodStart.isValid() && !plan.periodEnd.isValid())
            return QString();
        return tr("%1 – %2", "plan period").arg(dmy(plan.periodStart), dmy(plan.periodEnd));
    case Status:
        return displayName(plan.status);
    case Activities:
        return tr("%1 of %2 done").arg(QLocale().toString(row.done), QLocale().toString(row.total));
    default:
        return {};
    }
}

QVariant PlanListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Code:
        return tr("Code");
    case Title:
        return tr("Title");
    case Period:
        return tr("Period");
    case Status:
        return tr("Status");
    case Activities:
        return tr("Activities");
    default:
        return {};
    }
}

} // namespace hamkori::plans
