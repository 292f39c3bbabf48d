#pragma once
// Read-only questions the pages ask about a team's meetings: attendance totals for the meetings list and the
// members table, and the concerns first raised at a meeting. Writes stay in MeetingRepository and
// ConcernRepository.
#include "../model/Enums.h"
#include "Repository.h"
#include <QDate>
#include <QHash>

namespace hamkori {

/// A concern as listed under the meeting where it was first raised.
struct RaisedConcern
{
    QString uuid;
    QString code;
    QString title;
    QString categoryUuid;
    QDate firstRaised; // the concern's own date; may differ from the meeting's
    ConcernStatus status = ConcernStatus::Raised;             // today
    ConcernStatus statusOnMeetingDay = ConcernStatus::Raised; // as the minutes record it
    bool restricted = false;
};

class MeetingQueries : public Repository
{
    Q_DECLARE_TR_FUNCTIONS(MeetingQueries)
public:
    using Repository::Repository;

    /// Live concerns whose first meeting is this one, by code.
    Result<QList<RaisedConcern>> concernsRaisedAt(const QString& meetingUuid);
    /// For each meeting of the team that has any: how many (live) members were present.
    Result<QHash<QString, int>> membersPresentCounts(const QString& teamUuid);
    /// For each member of the team who attended any: at how many (live) meetings they were present.
    Result<QHash<QString, int>> meetingsAttendedCounts(const QString& teamUuid);
};

} // namespace hamkori
