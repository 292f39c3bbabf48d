#pragma once
#include "Enums.h"
#include "RecordMeta.h"
#include <QDate>

namespace hamkori {

struct RoundCriterion
{
    QString criterionUuid; // a reference item of the Criterion list
    double weight = 1.0;   // > 0
    bool operator==(const RoundCriterion&) const = default;
};

struct PrioritisationRound
{
    RecordMeta meta;
    QString teamUuid;
    QString meetingUuid; // the meeting where the scoring took place
    QString title;
    QDate date;
    QList<RoundCriterion> criteria;
    QStringList concernUuids;       // the concerns put to the vote
    QStringList chosenConcernUuids; // the decision
    QString decisionNote;
    bool decided = false;
};

/// A 1–5 score of one concern on one criterion by one participant group. UUID derived from the four keys.
struct Score
{
    RecordMeta meta;
    QString roundUuid;
    QString concernUuid;
    QString criterionUuid;
    ParticipantGroup group = ParticipantGroup::Women;
    int value = 0;
};

/// The outcome of comparing one pair of concerns in pairwise ranking. UUID derived from the round and the
/// pair.
struct PairwiseComparison
{
    RecordMeta meta;
    QString roundUuid;
    QString firstUuid;
    QString secondUuid;
    QString winnerUuid; // one of the two
};

} // namespace hamkori
