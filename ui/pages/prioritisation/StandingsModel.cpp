#include "StandingsModel.h"
#include "ui/widgets/RestrictedMark.h"
#include <QFont>

namespace hamkori {

StandingsModel::StandingsModel(QObject* parent) : QAbstractTableModel(parent) {}

void StandingsModel::setResult(const RoundInfo& info, const analysis::PairwiseResult& result)
{
    beginResetModel();
    m_info = info;
    m_result = result;
    endResetModel();
}

int StandingsModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_result.standings.size());
}

int StandingsModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant StandingsModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const analysis::PairwiseStanding& s = m_result.standings[index.row()];
    switch (role) {
    case Qt::DisplayRole:
        if (index.column() == ConcernColumn)
            return m_info.concernText(s.concern);
        if (index.column() == WinsColumn)
            return s.wins;
        if (index.column() == RankColumn)
            return s.rank;
        return {};
    case Qt::DecorationRole:
        if (index.column() == ConcernColumn && m_info.isRestricted(s.concern))
            return RestrictedMark::icon();
        return {};
    case Qt::TextAlignmentRole:
        return index.column() == ConcernColumn ? int(Qt::AlignLeft | Qt::AlignVCenter) : int(Qt::AlignCenter);
    case Qt::FontRole:
        if (s.rank == 1 && m_result.comparisonsDone > 0) {
            QFont font;
            font.setBold(true);
            return font;
        }
        return {};
    case Qt::ToolTipRole:
        if (index.column() == ConcernColumn)
            if (m_info.isRestricted(s.concern))
                return RestrictedMark::toolTip();
        return {};
    default:
        return {};
    }
}

QVariant StandingsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case ConcernColumn:
        return tr("Concern");
    case WinsColumn:
        return tr("Pairs won");
    case RankColumn:
        return tr("Rank");
    default:
        return {};
    }
}

} // namespace hamkori
