#pragma once
// Who signs in the demo and in generated data, chosen as a facilitator would: the meeting's chair and
// secretary among the members present, the plan's agreer the district police chief when the team has one.
#include "../model/Team.h"
#include <QList>
#include <optional>

namespace hamkori::demo {

struct MeetingOfficers
{
    QString chair;
    QString secretary;
};

/// The chair is the facilitator when she is present, else the first member present; the secretary is a
/// member present whose post is a secretary's, else the first other member present. Names as the members'
/// records spell them; empty when nobody (else) is present.
MeetingOfficers meetingOfficers(const QList<Member>& present, const QString& facilitator);

/// The district (or city) police chief among the members: a police member whose post heads a police
/// department (Сардори ШКД…, Начальник ОВД…), not a section of it.
std::optional<Member> districtPoliceChief(const QList<Member>& members);

} // namespace hamkori::demo
