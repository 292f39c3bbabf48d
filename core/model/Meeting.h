#pragma once
#include "Enums.h"
#include "RecordMeta.h"
#include <QDate>

namespace hamkori {

struct Meeting
{
    RecordMeta meta;
    QString teamUuid;
    QString code; // e.g. ISF-M-2026-03, made by the repository when empty
    MeetingKind kind = MeetingKind::Regular;
    QDate date;
    QString place;
    QString facilitator;
    QString minutesNumber;
    QString agenda;
    QString minutes;
    QString decisions;
    QString chair;       // who chaired the meeting (a name, free text)
    QString secretary;   // who kept the minutes
    SexAgeCounts guests; // people present who are not team members
    QString centreUuid;  // the community policing centre it was held at (may be empty)
};

/// One member present at one meeting. Its UUID is derived from (meeting, member), so two laptops that tick
/// the same box make the same record.
struct Attendance
{
    RecordMeta meta;
    QString meetingUuid;
    QString memberUuid;
};

} // namespace hamkori
