#pragma once
// Pairwise ranking, the alternative way to prioritise (step 3 of the cycle): the participants compare every
// pair of concerns and say which one matters more; a concern's standing is the number of pairs it won.
// Pure computation over plain values (the storage layer turns PairwiseComparison rows into PairOutcome
// values).
//
// Rules:
// - Concerns are identified by their string (a UUID in practice); repeats in the list count once.
// - Outcomes naming a concern not in the list, comparing a concern with itself, or whose winner is neither of
//   the pair are ignored. When the same unordered pair appears twice, the later outcome replaces the earlier.
// - Standings use standard competition ranking ("1224") by the number of wins.
#include <QList>
#include <QPair>
#include <QString>
#include <QStringList>

namespace hamkori::analysis {

struct PairOutcome
{
    QString first;
    QString second;
    QString winner; // first or second
};

struct PairwiseStanding
{
    QString concern;
    int wins = 0;
    int rank = 0;
};

struct PairwiseResult
{
    QList<PairwiseStanding> standings; // by rank, then input order
    int comparisonsDone = 0;           // distinct unordered pairs with a valid outcome
    int comparisonsNeeded = 0;         // n(n-1)/2
    bool complete() const;
};

/// Every unordered pair of distinct concerns once, in a fixed round-robin ("circle method") order: each round
/// pairs every concern at most once, and each round opens with a pair that shares no concern with the pair
/// before it. So from 5 concerns on, no concern appears in two consecutive pairs (with 3 or 4 concerns that
/// cannot be avoided by any order). The concern kept in place by the circle switches sides every round.
QList<QPair<QString, QString>> allPairs(const QStringList& concerns);

PairwiseResult computePairwise(const QStringList& concerns, const QList<PairOutcome>& outcomes);

} // namespace hamkori::analysis
