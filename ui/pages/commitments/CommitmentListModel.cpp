#include "CommitmentListModel.h"
#include "core/model/Formats.h"
#include "ui/widgets/HeaderText.h"
#include <QBrush>
#include <QColor>
#include <QFont>

namespace hamkori {

CommitmentListModel::CommitmentListModel(Database& db, QObject* parent)
    : QAbstractTableModel(parent), m_db(db)
{
    connect(&db, &Database::recordsChanged, this, [this](const QStringList& kinds) {
        for (const char* kind : {"commitment", "organisation", "team"})
            if (kinds.contains(QLatin1String(kind))) {
                reload();
                return;
            }
    });
}

void CommitmentListModel::setTeam(const QString& teamUuid)
{
    m_team = teamUuid;
    reload();
}

void CommitmentListModel::setFilter(Filter filter)
{
    m_filter = filter;
    reload();
}

void CommitmentListModel::setToday(QDate today)
{
    m_today = today;
    reload();
}

void CommitmentListModel::reload()
{
    beginResetModel();
    m_rows.clear();
    m_overdue = 0;
    m_lastError.clear();
    if (!m_team.isEmpty()) {
        auto all = CommitmentRepository(m_db).commitments({m_team});
        if (!all) {
            m_lastError = all.errorMessage();
        } else {
            const QDate day = today();
            for (const CommitmentSummary& row : *all) {
                const bool overdue = row.commitment.isOverdueOn(day);
                m_overdue += overdue ? 1 : 0;
                if (m_filter == Filter::All || (m_filter == Filter::Open && row.commitment.isOpen()) ||
                    (m_filter == Filter::Overdue && overdue))
                    m_rows << row;
            }
        }
    }
    endResetModel();
}

int CommitmentListModel::rowOf(const QString& uuid) const
{
    for (int i = 0; i < m_rows.size(); ++i)
        if (m_rows[i].commitment.meta.uuid == uuid)
            return i;
    return -1;
}

QString CommitmentListModel::uuidAt(int row) const
{
    return row >= 0 && row < m_rows.size() ? m_rows[row].commitment.meta.uuid : QString();
}

int CommitmentListModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int CommitmentListModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant CommitmentListModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size())
        return {};
    const CommitmentSummary& row = m_rows[index.row()];
    const Commitment& c = row.commitment;
    const bool overdue = c.isOverdueOn(today());
    switch (role) {
    case UuidRole:
        return c.meta.uuid;
    case OverdueRole:
        return overdue;
    case Qt::ForegroundRole:
        if (overdue && (index.column() == Due || index.column() == Status))
            return QBrush(QColor(0xb7, 0x1c, 0x1c));
        return {};
    case Qt::FontRole:
        if (overdue && (index.column() == Due || index.column() == Status)) {
            QFont bold;
            bold.setBold(true);
            return bold;
        }
        return {};
    case Qt::ToolTipRole:
        if (overdue && (index.column() == Due || index.column() == Status))
            return tr("Overdue: due on %1 and not yet done.").arg(Formats::date(c.due));
        if (index.column() == AddressedTo)
            return QStringLiteral("%1\n\n%2").arg(row.addressee, c.text);
        if (index.column() == Code)
            return c.text;
        return data(index, Qt::DisplayRole); // the columns cut short show it whole
    case Qt::DisplayRole:
        break;
    default:
        return {};
    }
    switch (index.column()) {
    case Code:
        return c.code;
    case Kind:
        return displayName(c.kind);
    case AddressedTo:
        return row.addressee;
    case Made:
        return Formats::date(c.made);
    case Due:
        return Formats::date(c.due);
    case Status:
        // Said in words, not only in red.
        return overdue ? tr("%1, overdue").arg(displayName(c.status)) : displayName(c.status);
    case Money:
        if (c.pledged == 0 && c.delivered == 0)
            return QString();
        // Whole somoni in the list (the form has the dirams).
        return tr("%1 / %2").arg(Formats::number(qRound64(c.pledged)),
                                 Formats::number(qRound64(c.delivered)));
    default:
        return {};
    }
}

QVariant CommitmentListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal)
        return {};
    if (role == Qt::ToolTipRole && section == Money)
        return tr("Somoni pledged / somoni delivered");
    if (role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Code:
        return tr("Code");
    case Kind:
        return tr("Kind");
    case AddressedTo:
        return tr("Addressed to");
    case Made:
        return tr("Made");
    case Due:
        return tr("Due");
    case Status:
        return tr("Status");
    case Money:
        return headerOnTwoLines(tr("Pledged / delivered"));
    default:
        return {};
    }
}

} // namespace hamkori
