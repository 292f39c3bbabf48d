#include "Pairwise.h"
#include <QHash>
#include <algorithm>
#include <utility>

namespace hamkori::analysis {

bool PairwiseResult::complete() const
{
    return comparisonsDone == comparisonsNeeded;
}

QList<QPair<QString, QString>> allPairs(const QStringList& concerns)
{
    QStringList items = concerns;
    items.removeDuplicates();
    const qsizetype n = items.size();
    if (n < 2)
        return {};

    // Circle method: slot 0 stays, slots 1..m-1 rotate one step per round; slot i meets slot m-1-i. With an
    // odd number of concerns, index n is a "bye": whoever meets it sits the round out.
    const qsizetype m = n + n % 2;
    const auto atSlot = [m](qsizetype round, qsizetype slot) {
        return slot == 0 ? qsizetype(0) : 1 + (round + slot - 1) % (m - 1);
    };

    QList<QPair<QString, QString>> pairs;
    pairs.reserve(n * (n - 1) / 2);
    QPair<qsizetype, qsizetype> previous{-1, -1};
    for (qsizetype round = 0; round < m - 1; ++round) {
        QList<QPair<qsizetype, qsizetype>> roundPairs;
        for (qsizetype slot = 0; slot < m / 2; ++slot) {
            qsizetype a = atSlot(round, slot);
            qsizetype b = atSlot(round, m - 1 - slot);
            if (a == n || b == n)
                continue;
            if (slot == 0 && round % 2 == 1)
                std::swap(a, b); // otherwise the fixed concern would always be shown first
            roundPairs << qMakePair(a, b);
        }
        // The pairs of a round are disjoint; only the seam between rounds can repeat a concern, so open the
        // round with a pair that avoids both concerns of the previous pair, if there is one.
        const auto fresh = std::find_if(roundPairs.begin(), roundPairs.end(), [&previous](const auto& p) {
            return p.first != previous.first && p.first != previous.second && p.second != previous.first &&
                   p.second != previous.second;
        });
        if (fresh != roundPairs.end())
            std::rotate(roundPairs.begin(), fresh, fresh + 1);
        for (const auto& p : roundPairs)
            pairs << qMakePair(items[p.first], items[p.second]);
        if (!roundPairs.isEmpty())
            previous = roundPairs.last();
    }
    return pairs;
}

PairwiseResult computePairwise(const QStringList& concerns, const QList<PairOutcome>& outcomes)
{
    QStringList items = concerns;
    items.removeDuplicates();
    QHash<QString, qsizetype> indexOf;
    for (qsizetype i = 0; i < items.size(); ++i)
        indexOf.insert(items[i], i);

    // Keyed by the unordered pair (smaller index first): a repeated comparison replaces the earlier one.
    QHash<QPair<qsizetype, qsizetype>, qsizetype> winnerOf;
    for (const auto& outcome : outcomes) {
        if (!indexOf.contains(outcome.first) || !indexOf.contains(outcome.second) ||
            outcome.first == outcome.second ||
            (outcome.winner != outcome.first && outcome.winner != outcome.second))
            continue;
        const qsizetype a = indexOf.value(outcome.first);
        const qsizetype b = indexOf.value(outcome.second);
        winnerOf.insert(qMakePair(std::min(a, b), std::max(a, b)), indexOf.value(outcome.winner));
    }

    QList<int> wins(items.size(), 0);
    for (const qsizetype winner : std::as_const(winnerOf))
        ++wins[winner];

    PairwiseResult result;
    for (qsizetype i = 0; i < items.size(); ++i) {
        // Competition ranking ("1224"): one plus the number of concerns with more wins.
        const int ahead = int(std::count_if(wins.cbegin(), wins.cend(), [&](int w) { return w > wins[i]; }));
        result.standings << PairwiseStanding{items[i], wins[i], ahead + 1};
    }
    std::stable_sort(result.standings.begin(), result.standings.end(),
                     [](const PairwiseStanding& a, const PairwiseStanding& b) { return a.rank < b.rank; });
    result.comparisonsDone = int(winnerOf.size());
    result.comparisonsNeeded = int(items.size() * (items.size() - 1) / 2);
    return result;
}

} // namespace hamkori::analysis
