#pragma once
#include "Enums.h"
#include "RecordMeta.h"
#include <QDate>
#include <optional>

namespace hamkori {

/// The problem triangle of problem-oriented policing, with the three who can act on each side.
struct ProblemTriangle
{
    QString offender;
    QString victim;
    QString place;
    QString handler;  // someone with influence over the offender
    QString guardian; // someone who can protect the victim
    QString manager;  // someone responsible for the place
    bool operator==(const ProblemTriangle&) const = default;
};

struct Concern
{
    RecordMeta meta;
    QString teamUuid;
    QString code; // e.g. ISF-2026-014, made by the repository when empty
    QString title;
    QString description;
    QString categoryUuid;                // a reference item of the Category list
    QString place;                       // village or mahalla
    RaisedBy raisedBy = RaisedBy::Mixed; // a group, never a person
    QString firstMeetingUuid;            // the meeting where it was first raised, may be empty
    QDate firstRaised;
    ConcernSource source = ConcernSource::CommunityConsultation;
    Frequency frequency = Frequency::Unknown;
    ConcernStatus status = ConcernStatus::Raised;
    bool restricted = false; // hidden from exports and printouts unless the user asks
    // analysis
    QStringList causes;
    QStringList effects;
    ProblemTriangle triangle;
    QString genderNotes;
    ConflictRisk conflictRisk = ConflictRisk::NotAssessed;
    QString conflictMitigation;
    std::optional<double> baselineValue;
    QString baselineDescription; // what the figure counts, e.g. "reported cases a month"
    QDate baselineDate;
};

/// One entry of a concern's dated status history.
struct StatusChange
{
    RecordMeta meta;
    QString concernUuid;
    ConcernStatus status = ConcernStatus::Raised;
    QDate date;
    QString note; // the reason, required when a concern is dropped
};

struct ConcernLink
{
    RecordMeta meta;
    QString fromUuid;
    QString toUuid;
    LinkKind kind = LinkKind::CoOccurs;
    QString note;
};

} // namespace hamkori
