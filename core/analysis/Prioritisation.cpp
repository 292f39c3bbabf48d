#include "Prioritisation.h"
#include <QHash>
#include <QSet>
#include <algorithm>
#include <climits>

namespace hamkori::analysis {

namespace {

constexpr double kTolerance = 1e-9;

/// Competition ranks ("1224") of optional scores: one plus the number of scores clearly greater. A missing
/// score gets rank 0 and does not push the others down.
QList<int> competitionRanks(const QList<std::optional<double>>& values)
{
    QList<int> ranks(values.size(), 0);
    for (qsizetype i = 0; i < values.size(); ++i) {
        if (!values[i])
            continue;
        int greater = 0;
        for (const auto& other : values)
            if (other && *other > *values[i] + kTolerance)
                ++greater;
        ranks[i] = greater + 1;
    }
    return ranks;
}

/// The value each group gave each criterion, for one concern. A hash so that a repeated entry replaces the
/// earlier one instead of being counted twice.
using GroupValues = std::array<QHash<QString, int>, kGroupCount>;

/// Sums in the order of `criteria`, not of the hash, so that the result is the same to the last bit in every
/// run (QHash order changes from one process to the next).
std::optional<double> weightedMean(const QHash<QString, int>& values, const QList<CriterionWeight>& criteria)
{
    if (values.isEmpty())
        return std::nullopt;
    double weighted = 0.0;
    double totalWeight = 0.0;
    for (const auto& criterion : criteria) {
        const auto it = values.constFind(criterion.criterion);
        if (it == values.cend())
            continue;
        weighted += criterion.weight * it.value();
        totalWeight += criterion.weight;
    }
    return weighted / totalWeight;
}

} // namespace

PrioritisationResult computePrioritisation(const QStringList& concerns,
                                           const QList<CriterionWeight>& criteria,
                                           const QList<ScoreEntry>& scores)
{
    QStringList order = concerns;
    order.removeDuplicates(); // keeps the first occurrence, so input order is preserved
    QHash<QString, qsizetype> indexOf;
    for (qsizetype i = 0; i < order.size(); ++i)
        indexOf.insert(order[i], i);

    // A weight <= 0 would make sum(w) zero or flip the mean; such a criterion is treated as unknown.
    QList<CriterionWeight> weights;
    QSet<QString> known;
    for (const auto& criterion : criteria)
        if (criterion.weight > 0.0 && !known.contains(criterion.criterion)) {
            known.insert(criterion.criterion);
            weights << criterion;
        }

    QList<GroupValues> values(order.size());
    for (const auto& score : scores) {
        const auto group = std::size_t(score.group);
        if (!indexOf.contains(score.concern) || !known.contains(score.criterion) || group >= kGroupCount ||
            score.value < 1 || score.value > 5)
            continue;
        values[indexOf.value(score.concern)][group].insert(score.criterion, score.value);
    }

    QList<ConcernPriority> rows(order.size());
    std::array<QList<std::optional<double>>, kGroupCount> byGroup;
    QList<std::optional<double>> overall;
    for (qsizetype i = 0; i < order.size(); ++i) {
        ConcernPriority& row = rows[i];
        row.concern = order[i];
        double sum = 0.0;
        int present = 0;
        for (std::size_t g = 0; g < kGroupCount; ++g) {
            row.groupScore[g] = weightedMean(values[i][g], weights);
            byGroup[g] << row.groupScore[g];
            if (row.groupScore[g]) {
                sum += *row.groupScore[g];
                ++present;
            }
        }
        if (present > 0)
            row.overall = sum / present;
        overall << row.overall;
    }

    const QList<int> overallRanks = competitionRanks(overall);
    PrioritisationResult result;
    for (std::size_t g = 0; g < kGroupCount; ++g) {
        const QList<int> ranks = competitionRanks(byGroup[g]);
        for (qsizetype i = 0; i < rows.size(); ++i) {
            rows[i].groupRank[g] = ranks[i];
            if (ranks[i] == 1)
                result.topOfGroup[g] << rows[i].concern;
        }
    }
    for (qsizetype i = 0; i < rows.size(); ++i) {
        ConcernPriority& row = rows[i];
        row.overallRank = overallRanks[i];
        int lowest = INT_MAX;
        int highest = 0;
        for (int rank : row.groupRank) {
            if (rank == 0)
                continue;
            lowest = std::min(lowest, rank);
            highest = std::max(highest, rank);
        }
        row.rankGap = highest > 0 ? highest - lowest : 0;
        result.largestRankGap = std::max(result.largestRankGap, row.rankGap);
    }
    if (result.largestRankGap > 0)
        for (const auto& row : rows)
            if (row.rankGap == result.largestRankGap)
                result.mostDivergent << row.concern;

    // Stable, so equal ranks keep input order; unscored concerns (rank 0) go last.
    std::stable_sort(rows.begin(), rows.end(), [](const ConcernPriority& a, const ConcernPriority& b) {
        return (a.overallRank == 0 ? INT_MAX : a.overallRank) <
               (b.overallRank == 0 ? INT_MAX : b.overallRank);
    });
    result.concerns = std::move(rows);
    return result;
}

} // namespace hamkori::analysis
