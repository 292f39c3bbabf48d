#include "ResultsModel.h"
#include "ui/widgets/HeaderText.h"
#include "ui/widgets/RestrictedMark.h"
#include <QFont>
#include <QLocale>

namespace hamkori {

ResultsModel::ResultsModel(QObject* parent) : QAbstractTableModel(parent) {}

void ResultsModel::setResult(const RoundInfo& info, const analysis::PrioritisationResult& result)
{
    beginResetModel();
    m_info = info;
    m_result = result;
    endResetModel();
}

void ResultsModel::clear()
{
    setResult({}, {});
}

bool ResultsModel::isDivergent(int row) const
{
    return row >= 0 && row < m_result.concerns.size() &&
           m_result.mostDivergent.contains(m_result.concerns[row].concern);
}

QString ResultsModel::scoreText(const std::optional<double>& score) const
{
    return score ? QLocale().toString(*score, 'f', 2) : QString();
}

int ResultsModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_result.concerns.size());
}

int ResultsModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ResultsModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const analysis::ConcernPriority& p = m_result.concerns[index.row()];
    const int column = index.column();
    const int group = column - FirstGroupColumn;
    const bool chosen = m_info.round.decided && m_info.round.chosenConcernUuids.contains(p.concern);
    switch (role) {
    case UuidRole:
        return p.concern;
    case Qt::DisplayRole:
        if (column == ConcernColumn)
            return chosen ? QStringLiteral("\u2714 ") + m_info.concernText(p.concern)
                          : m_info.concernText(p.concern);
        if (column == OverallColumn)
            return scoreText(p.overall);
        if (column == RankColumn)
            return p.overallRank > 0 ? QVariant(p.overallRank) : QVariant();
        if (group >= 0 && group < int(analysis::kGroupCount)) {
            if (!p.groupScore[std::size_t(group)])
                return {};
            return tr("%1 (rank %2)")
                .arg(scoreText(p.groupScore[std::size_t(group)]))
                .arg(p.groupRank[std::size_t(group)]);
        }
        return {};
    case Qt::DecorationRole:
        if (column == ConcernColumn && m_info.isRestricted(p.concern))
            return RestrictedMark::icon();
        return {};
    case Qt::TextAlignmentRole:
        return column == ConcernColumn ? int(Qt::AlignLeft | Qt::AlignVCenter) : int(Qt::AlignCenter);
    case Qt::BackgroundRole:
        if (isDivergent(index.row()))
            return divergenceColour();
        return {};
    case Qt::ForegroundRole:
        if (isDivergent(index.row()))
            return QColor(Qt::black);
        return {};
    case Qt::FontRole:
        if ((group >= 0 && group < int(analysis::kGroupCount) && p.groupRank[std::size_t(group)] == 1) ||
            (column == ConcernColumn && chosen) || (column == RankColumn && p.overallRank == 1)) {
            QFont font;
            font.setBold(true);
            return font;
        }
        return {};
    case Qt::ToolTipRole: {
        QStringList tips;
        if (column == ConcernColumn) {
            tips << m_info.concernText(p.concern);
            if (m_info.isRestricted(p.concern))
                tips << RestrictedMark::toolTip();
            if (chosen)
                tips << tr("Chosen as a priority");
        }
        if (isDivergent(index.row()))
            tips << tr("The groups disagree most on this concern: their ranks differ by %n place(s).", "",
                       p.rankGap);
        if (group >= 0 && group < int(analysis::kGroupCount) && p.groupRank[std::size_t(group)] == 1)
            tips << tr("Ranked first by %1").arg(displayName(ParticipantGroup(group)).toLower());
        return tips.isEmpty() ? QVariant() : QVariant(tips.join(QLatin1Char('\n')));
    }
    default:
        return {};
    }
}

QVariant ResultsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    if (section == ConcernColumn)
        return tr("Concern");
    if (section == OverallColumn)
        return headerOnTwoLines(tr("Overall score"));
    if (section == RankColumn)
        return headerOnTwoLines(tr("Rank"));
    const int group = section - FirstGroupColumn;
    if (group >= 0 && group < int(analysis::kGroupCount))
        return headerOnTwoLines(displayName(ParticipantGroup(group)));
    return {};
}

} // namespace hamkori
