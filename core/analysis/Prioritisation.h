#pragma once
// Step 3 of the cycle, "Prioritise": totals and ranks of the concerns scored at a prioritisation round,
// overall and for each participant group, so that what women, men, youth and authorities each put first stays
// visible. Pure computation over plain values (the storage layer turns Score rows into ScoreEntry values).
//
// Rules:
// - A group's score of a concern is the weighted mean sum(w*s)/sum(w) over the criteria that group scored for
//   that concern. Criteria a group left unscored are left out, not counted as zero.
// - Scores whose criterion is not in `criteria` (or has weight <= 0), whose concern is not in `concerns`, or
//   whose value is outside 1..5 are ignored. If one group scores the same concern and criterion twice, the
//   later entry replaces the earlier one. Repeated concerns or criteria count once, the first one wins.
// - The overall score is the arithmetic mean of the group scores present (each group weighs the same, however
//   many criteria it scored); it is absent when no group scored the concern.
// - Ranks are standard competition ranks ("1224"): equal scores share a rank and the next rank skips. Scores
//   closer than 1e-9 are equal, so that rounding in the weighted means cannot split a tie.
#include "../model/Enums.h"
#include <QList>
#include <QString>
#include <QStringList>
#include <array>
#include <optional>

namespace hamkori::analysis {

/// The number of participant groups; arrays below are indexed by int(ParticipantGroup).
inline constexpr std::size_t kGroupCount = 4;

struct CriterionWeight
{
    QString criterion;
    double weight = 1.0; // > 0
};

struct ScoreEntry
{
    QString concern;
    QString criterion;
    ParticipantGroup group = ParticipantGroup::Women;
    int value = 0; // 1..5
};

struct ConcernPriority
{
    QString concern;
    std::optional<double> overall; // mean of the group scores present; nullopt when nobody scored it
    int overallRank = 0;           // 1 = highest; 0 when not scored
    std::array<std::optional<double>, kGroupCount> groupScore;
    std::array<int, kGroupCount> groupRank{}; // rank within each group, 0 when that group did not score it
    int rankGap = 0;                          // max groupRank - min groupRank over the groups that scored it
};

struct PrioritisationResult
{
    QList<ConcernPriority> concerns;                 // by overallRank (unscored last), then input order
    std::array<QStringList, kGroupCount> topOfGroup; // the concern(s) each group ranks first, input order
    // The concern(s) with the largest rankGap (> 0), input order; empty when every gap is 0.
    QStringList mostDivergent;
    int largestRankGap = 0;
};

PrioritisationResult computePrioritisation(const QStringList& concerns,
                                           const QList<CriterionWeight>& criteria,
                                           const QList<ScoreEntry>& scores);

} // namespace hamkori::analysis
