#pragma once
// Read-only questions about one concern that the concern editor asks: where it was discussed, scored and
// planned, and the network of concerns linked to it (for the link map). Writes stay in ConcernRepository.
#include "../model/Concern.h"
#include "Repository.h"

namespace hamkori {

/// A prioritisation round the concern was put to the vote in.
struct ConcernRoundRow
{
    QString roundUuid;
    QString title;
    QDate date;
    QString meetingUuid;
    bool decided = false;
    bool chosen = false; // the round's decision chose this concern
};

/// An action plan that addresses the concern.
struct ConcernPlanRow
{
    QString planUuid;
    QString code;
    QString title;
    PlanStatus status = PlanStatus::Draft;
    QDate periodStart;
    QDate periodEnd;
};

/// A meeting where the concern came up, and in which role.
struct ConcernMeetingRow
{
    enum class Role
    {
        FirstRaised, // the meeting where it was first raised
        Scored,      // a prioritisation round at this meeting scored it
        PlanAdopted  // a plan addressing it was adopted at this meeting
    };
    QString meetingUuid;
    QString code;
    QDate date;
    MeetingKind kind = MeetingKind::Regular;
    Role role = Role::FirstRaised;
    QString about; // the round's title or the plan's code, empty for FirstRaised
};

/// A concern as the link map draws it.
struct ConcernNode
{
    QString uuid;
    QString code;
    QString title;
    bool restricted = false;
    int depth = 0; // 0: the concern asked about, 1: linked to it, 2: linked to one of those
};

struct ConcernNetwork
{
    QList<ConcernNode> nodes; // the concern asked about first, then by depth and code
    QList<ConcernLink> links; // every live link between two of the nodes
};

class ConcernQueries : public Repository
{
    Q_DECLARE_TR_FUNCTIONS(ConcernQueries)
public:
    using Repository::Repository;

    /// Rounds the concern was put to the vote in, oldest first.
    Result<QList<ConcernRoundRow>> roundsOf(const QString& concernUuid);
    /// Plans that address the concern, by code.
    Result<QList<ConcernPlanRow>> plansOf(const QString& concernUuid);
    /// Meetings where it was first raised, scored or its plan adopted, by date.
    Result<QList<ConcernMeetingRow>> meetingsOf(const QString& concernUuid);
    /// The concern and the live concerns within `depth` links of it (either direction), with their links.
    Result<ConcernNetwork> network(const QString& concernUuid, int depth = 2);
};

} // namespace hamkori
