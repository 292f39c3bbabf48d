// Prioritisation and pairwise ranking (core/analysis), checked against small cases worked out by hand.
#include "core/analysis/Pairwise.h"
#include "core/analysis/Prioritisation.h"
#include <QSet>
#include <catch2/catch.hpp>
#include <string>

using namespace hamkori;
using namespace hamkori::analysis;

namespace {

QString s(const char* text)
{
    return QString::fromUtf8(text);
}

// Lists compared as "a|b|c" so that a failure prints readable values.
std::string joined(const QStringList& list)
{
    return list.join(QLatin1Char('|')).toStdString();
}

std::string order(const QList<ConcernPriority>& rows)
{
    QStringList names;
    for (const auto& row : rows)
        names << row.concern;
    return joined(names);
}

const ConcernPriority& row(const PrioritisationResult& result, const char* concern)
{
    for (const auto& r : result.concerns)
        if (r.concern == s(concern))
            return r;
    FAIL("no row for " << concern);
    return result.concerns.first();
}

constexpr std::size_t W = std::size_t(ParticipantGroup::Women);
constexpr std::size_t M = std::size_t(ParticipantGroup::Men);
constexpr std::size_t Y = std::size_t(ParticipantGroup::Youth);
constexpr std::size_t A = std::size_t(ParticipantGroup::Authorities);

ScoreEntry score(const char* concern, const char* criterion, ParticipantGroup group, int value)
{
    return {s(concern), s(criterion), group, value};
}

} // namespace

TEST_CASE("Group scores are weighted means of the criteria scored", "[analysis][prioritisation]")
{
    const QList<CriterionWeight> criteria{{s("serious"), 3.0}, {s("feasible"), 1.0}};
    const auto r = computePrioritisation({s("dark streets"), s("bullying")}, criteria,
                                         {score("dark streets", "serious", ParticipantGroup::Women, 5),
                                          score("dark streets", "feasible", ParticipantGroup::Women, 1),
                                          score("bullying", "serious", ParticipantGroup::Women, 2),
                                          score("bullying", "feasible", ParticipantGroup::Women, 4),
                                          score("dark streets", "serious", ParticipantGroup::Men, 3),
                                          score("dark streets", "feasible", ParticipantGroup::Men, 3),
                                          score("bullying", "serious", ParticipantGroup::Men, 4),
                                          score("bullying", "feasible", ParticipantGroup::Men, 2)});
    const auto& dark = row(r, "dark streets");
    const auto& bullying = row(r, "bullying");
    // women, dark streets: (3*5 + 1*1) / (3+1) = 16/4 = 4.0
    CHECK(*dark.groupScore[W] == Approx(4.0));
    // women, bullying: (3*2 + 1*4) / 4 = 10/4 = 2.5
    CHECK(*bullying.groupScore[W] == Approx(2.5));
    // men, dark streets: (3*3 + 1*3) / 4 = 3.0; men, bullying: (3*4 + 1*2) / 4 = 14/4 = 3.5
    CHECK(*dark.groupScore[M] == Approx(3.0));
    CHECK(*bullying.groupScore[M] == Approx(3.5));
    // overall: dark streets (4.0 + 3.0) / 2 = 3.5; bullying (2.5 + 3.5) / 2 = 3.0
    CHECK(*dark.overall == Approx(3.5));
    CHECK(*bullying.overall == Approx(3.0));
    // 3.5 > 3.0
    CHECK(dark.overallRank == 1);
    CHECK(bullying.overallRank == 2);
    // women put dark streets first (4.0 > 2.5), men put bullying first (3.5 > 3.0)
    CHECK(dark.groupRank == std::array<int, 4>{1, 2, 0, 0});
    CHECK(bullying.groupRank == std::array<int, 4>{2, 1, 0, 0});
    CHECK(joined(r.topOfGroup[W]) == "dark streets");
    CHECK(joined(r.topOfGroup[M]) == "bullying");
    // each gap is 2 - 1 = 1, so both are the most divergent
    CHECK(r.largestRankGap == 1);
    CHECK(joined(r.mostDivergent) == "dark streets|bullying");
}

TEST_CASE("Unscored criteria, groups and unknown names are left out", "[analysis][prioritisation]")
{
    const QList<CriterionWeight> criteria{{s("serious"), 2.0}, {s("urgent"), 1.0}};
    const auto r = computePrioritisation(
        {s("unscored"), s("theft"), s("early marriage")}, criteria,
        {score("theft", "serious", ParticipantGroup::Youth, 4),     // youth did not score "urgent"
         score("theft", "cost", ParticipantGroup::Youth, 1),        // not a criterion of the round
         score("elsewhere", "serious", ParticipantGroup::Youth, 5), // not a concern of the round
         score("theft", "urgent", ParticipantGroup::Men, 0),        // out of range
         score("early marriage", "urgent", ParticipantGroup::Men, 2),
         score("early marriage", "urgent", ParticipantGroup::Men, 3)}); // replaces the 2
    const auto& theft = row(r, "theft");
    // youth, theft: only "serious" counts: 2*4 / 2 = 4.0 (not (2*4 + 1*0) / 3 = 2.67, not with "cost")
    CHECK(*theft.groupScore[Y] == Approx(4.0));
    // men scored theft only with an out-of-range value: no score
    CHECK_FALSE(theft.groupScore[M].has_value());
    CHECK(theft.groupRank[M] == 0);
    // authorities scored nothing at all
    CHECK_FALSE(theft.groupScore[A].has_value());
    CHECK(r.topOfGroup[A].isEmpty());
    // overall of theft is the youth score alone: 4.0 / 1
    CHECK(*theft.overall == Approx(4.0));
    // men, early marriage: the later 3 replaces the 2: 1*3 / 1 = 3.0
    CHECK(*row(r, "early marriage").groupScore[M] == Approx(3.0));
    // nobody scored "unscored": no overall, rank 0, listed last although it came first
    const auto& none = row(r, "unscored");
    CHECK_FALSE(none.overall.has_value());
    CHECK(none.overallRank == 0);
    CHECK(order(r.concerns) == "theft|early marriage|unscored");
    // theft 4.0 > early marriage 3.0
    CHECK(theft.overallRank == 1);
    CHECK(row(r, "early marriage").overallRank == 2);
    // each concern was scored by one group at most: no gaps
    CHECK(r.largestRankGap == 0);
    CHECK(r.mostDivergent.isEmpty());
}

TEST_CASE("Equal scores share a rank and the next rank skips (1224)", "[analysis][prioritisation]")
{
    const auto women = ParticipantGroup::Women;
    const auto r = computePrioritisation({s("a"), s("b"), s("c"), s("d")}, {{s("x"), 1.0}},
                                         {score("a", "x", women, 3), score("b", "x", women, 5),
                                          score("c", "x", women, 3), score("d", "x", women, 1)});
    // b 5 > a 3 = c 3 > d 1: ranks 1, 2, 2, 4; a before c by input order
    CHECK(order(r.concerns) == "b|a|c|d");
    CHECK(r.concerns[0].overallRank == 1);
    CHECK(r.concerns[1].overallRank == 2);
    CHECK(r.concerns[2].overallRank == 2);
    CHECK(r.concerns[3].overallRank == 4);
    CHECK(row(r, "c").groupRank[W] == 2);
    CHECK(row(r, "d").groupRank[W] == 4);
}

TEST_CASE("Scores equal up to rounding tie", "[analysis][prioritisation]")
{
    const auto men = ParticipantGroup::Men;
    const QList<CriterionWeight> criteria{{s("x"), 0.1}, {s("y"), 0.2}};
    const auto r = computePrioritisation({s("rounded"), s("exact"), s("lower")}, criteria,
                                         {score("rounded", "x", men, 1), score("rounded", "y", men, 4),
                                          score("exact", "x", men, 3), score("exact", "y", men, 3),
                                          score("lower", "x", men, 3), score("lower", "y", men, 2)});
    // rounded: (0.1*1 + 0.2*4) / (0.1+0.2) = 0.9/0.3 = 3, which doubles give as 2.9999999999999996
    const double rounded = *row(r, "rounded").overall;
    CHECK(rounded == Approx(3.0));
    CHECK(rounded != 3.0); // so the tie below really rests on the tolerance
    // exact: (0.3 + 0.6) / 0.3 = 3.0; lower: (0.3 + 0.4) / 0.3 = 2.333...
    CHECK(*row(r, "lower").overall == Approx(7.0 / 3.0));
    // rounded and exact tie at rank 1; lower is third (1, 1, 3)
    CHECK(row(r, "rounded").overallRank == 1);
    CHECK(row(r, "exact").overallRank == 1);
    CHECK(row(r, "lower").overallRank == 3);
    CHECK(joined(r.topOfGroup[M]) == "rounded|exact");
}

TEST_CASE("Each group's top, rank gaps and the most divergent concerns", "[analysis][prioritisation]")
{
    using G = ParticipantGroup;
    const auto r = computePrioritisation(
        {s("a"), s("b"), s("c")}, {{s("x"), 1.0}},
        {score("a", "x", G::Women, 5), score("b", "x", G::Women, 3), score("c", "x", G::Women, 1),
         score("a", "x", G::Men, 1), score("b", "x", G::Men, 3), score("c", "x", G::Men, 5),
         score("a", "x", G::Youth, 4), score("b", "x", G::Youth, 4), score("c", "x", G::Youth, 4)});
    // women a1 b2 c3; men c1 b2 a3; youth all 4 so all rank 1; authorities did not score
    CHECK(joined(r.topOfGroup[W]) == "a");
    CHECK(joined(r.topOfGroup[M]) == "c");
    CHECK(joined(r.topOfGroup[Y]) == "a|b|c");
    CHECK(r.topOfGroup[A].isEmpty());
    CHECK(row(r, "a").groupRank == std::array<int, 4>{1, 3, 1, 0});
    // gaps: a max(1,3,1) - min = 3 - 1 = 2; b (2,2,1) 2 - 1 = 1; c (3,1,1) 3 - 1 = 2
    CHECK(row(r, "a").rankGap == 2);
    CHECK(row(r, "b").rankGap == 1);
    CHECK(row(r, "c").rankGap == 2);
    CHECK(r.largestRankGap == 2);
    CHECK(joined(r.mostDivergent) == "a|c");
    // overall: a (5+1+4)/3 = 10/3, b (3+3+4)/3 = 10/3, c (1+5+4)/3 = 10/3: a three-way tie at rank 1
    CHECK(*row(r, "b").overall == Approx(10.0 / 3.0));
    CHECK(order(r.concerns) == "a|b|c");
    for (const auto& concern : r.concerns)
        CHECK(concern.overallRank == 1);
}

TEST_CASE("Pairwise standings count wins with competition ranking", "[analysis][pairwise]")
{
    const QStringList concerns{s("a"), s("b"), s("c")};
    const auto r = computePairwise(
        concerns, {{s("a"), s("c"), s("c")}, {s("b"), s("c"), s("c")}, {s("a"), s("b"), s("b")}});
    // wins: c beat a and b = 2, b beat a = 1, a = 0; so c, b, a ranked 1, 2, 3
    REQUIRE(r.standings.size() == 3);
    CHECK(r.standings[0].concern == s("c"));
    CHECK(r.standings[0].wins == 2);
    CHECK(r.standings[0].rank == 1);
    CHECK(r.standings[1].concern == s("b"));
    CHECK(r.standings[1].rank == 2);
    CHECK(r.standings[2].concern == s("a"));
    CHECK(r.standings[2].wins == 0);
    CHECK(r.standings[2].rank == 3);
    // 3 * 2 / 2 = 3 pairs, all compared
    CHECK(r.comparisonsNeeded == 3);
    CHECK(r.comparisonsDone == 3);
    CHECK(r.complete());
}

TEST_CASE("Pairwise ties share a rank, in input order", "[analysis][pairwise]")
{
    // a beats b and d, b beats c and d, c beats a and d: wins a 2, b 2, c 2, d 0, so ranks 1, 1, 1, 4
    const auto r = computePairwise({s("d"), s("a"), s("b"), s("c")}, {{s("a"), s("b"), s("a")},
                                                                      {s("c"), s("a"), s("c")},
                                                                      {s("a"), s("d"), s("a")},
                                                                      {s("b"), s("c"), s("b")},
                                                                      {s("d"), s("b"), s("b")},
                                                                      {s("c"), s("d"), s("c")}});
    REQUIRE(r.standings.size() == 4);
    QStringList names;
    for (const auto& standing : r.standings)
        names << standing.concern + QString::number(standing.wins) + QLatin1Char('/') +
                     QString::number(standing.rank);
    CHECK(joined(names) == "a2/1|b2/1|c2/1|d0/4");
    CHECK(r.complete());
}

TEST_CASE("Pairwise ignores invalid outcomes and counts a repeated pair once", "[analysis][pairwise]")
{
    const auto r = computePairwise({s("a"), s("b"), s("c")},
                                   {{s("a"), s("b"), s("a")},
                                    {s("a"), s("x"), s("a")},   // x is not a concern of the round
                                    {s("b"), s("c"), s("a")},   // a is not one of the pair
                                    {s("c"), s("c"), s("c")},   // a concern with itself
                                    {s("b"), s("a"), s("b")}}); // the same pair again: b now wins
    // only the pair {a, b} counts, won by b: b 1 win rank 1, a and c 0 wins rank 2
    REQUIRE(r.standings.size() == 3);
    CHECK(r.standings[0].concern == s("b"));
    CHECK(r.standings[0].wins == 1);
    CHECK(r.standings[1].concern == s("a"));
    CHECK(r.standings[1].wins == 0);
    CHECK(r.standings[1].rank == 2);
    CHECK(r.standings[2].rank == 2);
    // 1 of 3 * 2 / 2 = 3 pairs
    CHECK(r.comparisonsDone == 1);
    CHECK(r.comparisonsNeeded == 3);
    CHECK_FALSE(r.complete());
}

TEST_CASE("allPairs lists every pair once, interleaved", "[analysis][pairwise]")
{
    CHECK(allPairs({}).isEmpty());
    CHECK(allPairs({s("a")}).isEmpty());
    // a repeated concern counts once: {a, b} is the only pair
    CHECK(allPairs({s("a"), s("b"), s("a")}).size() == 1);

    for (int n = 2; n <= 7; ++n) {
        QStringList concerns;
        for (int i = 0; i < n; ++i)
            concerns << QString::number(i);
        const auto pairs = allPairs(concerns);
        INFO("n = " << n);
        // n(n-1)/2: 1, 3, 6, 10, 15, 21
        CHECK(pairs.size() == n * (n - 1) / 2);
        QSet<QString> seen;
        for (const auto& [first, second] : pairs) {
            CHECK(first != second);
            CHECK(concerns.contains(first));
            CHECK(concerns.contains(second));
            seen.insert(std::min(first, second) + QLatin1Char('-') + std::max(first, second));
        }
        CHECK(seen.size() == pairs.size()); // no unordered pair twice
        // From 5 concerns on, no concern is in two consecutive pairs. (With 4 the only pair sharing nothing
        // with {a, b} is {c, d}, so no order of the 6 pairs can do it.)
        if (n >= 5)
            for (qsizetype i = 1; i < pairs.size(); ++i) {
                const QSet<QString> before{pairs[i - 1].first, pairs[i - 1].second};
                INFO("pair " << i);
                CHECK_FALSE(before.contains(pairs[i].first));
                CHECK_FALSE(before.contains(pairs[i].second));
            }
    }
}
