#include "PlanConcernsModel.h"
#include "PlanEdit.h"
#include "core/storage/ConcernRepository.h"
#include "core/storage/PlanRepository.h"
#include "ui/Session.h"
#include "ui/undo/Undo.h"
#include "ui/widgets/RestrictedMark.h"
#include <QSet>

namespace hamkori::plans {

namespace {
// A team has tens, at most a few hundred concerns; the checklist shows them all.
constexpr int kMaxConcerns = 2000;
} // namespace

PlanConcernsModel::PlanConcernsModel(Session& session, QObject* parent)
    : QAbstractListModel(parent), m_session(session)
{
    connect(&session.db(), &Database::recordsChanged, this, [this](const QStringList& kinds) {
        static const QStringList shown{QStringLiteral("plan"), QStringLiteral("plan_concern"),
                                       QStringLiteral("concern"), QStringLiteral("round_concern")};
        for (const QString& kind : kinds)
            if (shown.contains(kind)) {
                reload();
                return;
            }
    });
}

void PlanConcernsModel::setPlan(const QString& teamUuid, const QString& planUuid)
{
    m_team = teamUuid;
    m_plan = planUuid;
    reload();
}

void PlanConcernsModel::reload()
{
    QList<Row> rows;
    QStringList ticked;
    if (!m_team.isEmpty() && !m_plan.isEmpty()) {
        if (auto plan = PlanRepository(m_session.db()).plan(m_plan))
            ticked = plan->concernUuids;
        ConcernRepository concerns(m_session.db());
        ConcernFilter filter;
        filter.teamUuid = m_team;
        filter.sort = ConcernFilter::Sort::Code;
        filter.descending = false;
        ConcernFilter priorities = filter;
        priorities.prioritisedOnly = true;
        QSet<QString> seen;
        auto add = [&](const ConcernFilter& f, bool priority) {
            auto page = concerns.page(f, 0, kMaxConcerns);
            if (!page)
                return;
            for (const ConcernRow& concern : *page) {
                if (seen.contains(concern.uuid))
                    continue;
                seen.insert(concern.uuid);
                rows << Row{concern.uuid, concern.code, concern.title, priority, concern.restricted};
            }
        };
        add(priorities, true);
        add(filter, false);
    }
    auto uuids = [](const QList<Row>& list) {
        QStringList result;
        for (const Row& row : list)
            result << row.uuid;
        return result;
    };
    // Same concerns in the same order (a tick, a title changed): update in place, so that a view that is
    // handing a click to setData() is not reset under it.
    if (uuids(rows) == uuids(m_rows)) {
        m_rows = rows;
        m_ticked = ticked;
        if (!m_rows.isEmpty())
            Q_EMIT dataChanged(index(0), index(int(m_rows.size()) - 1));
        return;
    }
    beginResetModel();
    m_rows = rows;
    m_ticked = ticked;
    endResetModel();
}

int PlanConcernsModel::rowOf(const QString& concernUuid) const
{
    for (int i = 0; i < m_rows.size(); ++i)
        if (m_rows[i].uuid == concernUuid)
            return i;
    return -1;
}

int PlanConcernsModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

QVariant PlanConcernsModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size())
        return {};
    const Row& row = m_rows[index.row()];
    switch (role) {
    case Qt::DisplayRole: {
        QString text = QStringLiteral("%1 — %2").arg(row.code, row.title);
        if (row.priority)
            text.prepend(QStringLiteral("★ "));
        return text;
    }
    case Qt::ToolTipRole: {
        QStringList notes;
        if (row.priority)
            notes << tr("Chosen as a priority in a prioritisation round.");
        if (row.restricted)
            notes << RestrictedMark::toolTip();
        return notes.isEmpty() ? row.title : notes.join(QLatin1Char('\n'));
    }
    case Qt::DecorationRole:
        return row.restricted ? RestrictedMark::icon() : QVariant();
    case Qt::CheckStateRole:
        return int(m_ticked.contains(row.uuid) ? Qt::Checked : Qt::Unchecked);
    case UuidRole:
        return row.uuid;
    default:
        return {};
    }
}

Qt::ItemFlags PlanConcernsModel::flags(const QModelIndex& index) const
{
    if (!index.isValid())
        return Qt::NoItemFlags;
    return Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsUserCheckable | Qt::ItemNeverHasChildren;
}

bool PlanConcernsModel::setData(const QModelIndex& index, const QVariant& value, int role)
{
    if (!index.isValid() || index.row() >= m_rows.size() || role != Qt::CheckStateRole)
        return false;
    const QString concern = m_rows[index.row()].uuid;
    const bool tick = value.toInt() == int(Qt::Checked);
    if (tick == m_ticked.contains(concern))
        return true;
    auto before = PlanRepository(m_session.db()).plan(m_plan);
    if (!before) {
        Q_EMIT editRefused(before.error());
        return false;
    }
    ActionPlan after = *before;
    if (tick)
        after.concernUuids << concern;
    else
        after.concernUuids.removeAll(concern);
    auto done =
        updatePlanUndoably(m_session,
                           tick ? tr("add concern %1 to %2").arg(m_rows[index.row()].code, after.code)
                                : tr("remove concern %1 from %2").arg(m_rows[index.row()].code, after.code),
                           *before, after);
    if (!done) {
        Q_EMIT editRefused(done.error());
        return false;
    }
    return true; // the change signal updated the list
}

} // namespace hamkori::plans
