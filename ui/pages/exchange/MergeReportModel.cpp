#include "MergeReportModel.h"
#include "core/model/Formats.h"

namespace hamkori::exchange {

MergeReportModel::MergeReportModel(QObject* parent) : QAbstractTableModel(parent) {}

void MergeReportModel::clear()
{
    beginResetModel();
    m_tallies.clear();
    m_kinds.clear();
    endResetModel();
}

void MergeReportModel::add(const sync::MergeReport& report)
{
    beginResetModel();
    for (auto it = report.kinds.constBegin(); it != report.kinds.constEnd(); ++it)
        m_tallies[it.key()] += it.value();
    m_kinds = m_tallies.keys();
    endResetModel();
}

int MergeReportModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_kinds.size());
}

int MergeReportModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant MergeReportModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const QString& kind = m_kinds.at(index.row());
    const sync::KindTally tally = m_tallies.value(kind);
    if (role == Qt::TextAlignmentRole && index.column() != Kind)
        return int(Qt::AlignRight | Qt::AlignVCenter);
    if (role != Qt::DisplayRole)
        return {};
    switch (index.column()) {
    case Kind:
        return sync::MergeReport::kindName(kind);
    case Added:
        return Formats::number(qint64(tally.added));
    case Updated:
        return Formats::number(qint64(tally.updated));
    case Deleted:
        return Formats::number(qint64(tally.deleted));
    case Skipped:
        return Formats::number(qint64(tally.skipped));
    case Conflicts:
        return Formats::number(qint64(tally.conflicts));
    case Quarantined:
        return Formats::number(qint64(tally.quarantined));
    default:
        return {};
    }
}

QVariant MergeReportModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Kind:
        return tr("Records");
    case Added:
        return tr("New");
    case Updated:
        return tr("Updated");
    case Deleted:
        return tr("Deleted");
    case Skipped:
        return tr("Already known");
    case Conflicts:
        return tr("Conflicts");
    case Quarantined:
        return tr("Not applied");
    default:
        return {};
    }
}

} // namespace hamkori::exchange
