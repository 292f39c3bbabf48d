#pragma once
// Events (issue 20): trainings, round tables, learning and exchange visits, conferences, information
// sessions, police reporting days and awareness events, with who took part, who trained them, how their tests
// went and what their feedback sheets say. An event belongs to the group that records it; its people can be
// members of any group, or only counted.
#include "Enums.h"
#include "RecordMeta.h"
#include <QDate>
#include <QStringList>
#include <optional>

namespace hamkori {

struct Event
{
    /// A feedback sheet has at most this many questions (answer_1 … answer_8).
    static constexpr int kMaxQuestions = 8;

    RecordMeta meta;
    QString teamUuid;
    QString code; // e.g. ISF-E-2026-03, made by the repository when empty
    EventKind kind = EventKind::Training;
    QString title;
    QDate start;
    QDate end;                     // empty: one day
    QString place;                 // as written
    QString centreUuid;            // or held at a community policing centre (may be empty)
    QString organisers;            // organisers not in the directory, as written
    QString topics;                // one per line
    QString planUuid;              // the action plan it serves (may be empty)
    QString activityUuid;          // the activity of that plan it carries out (may be empty)
    int testOutOf = 100;           // the highest score of the pre- and post-test
    QString questions;             // the feedback questions, one per line, answered 1–5
    QStringList organisationUuids; // organisers in the directory
    QStringList concernUuids;      // the concerns it serves

    QStringList questionList() const { return questions.split(QLatin1Char('\n'), Qt::SkipEmptyParts); }
    QDate lastDay() const { return end.isValid() ? end : start; }
};

/// One person on an event's list: a member of any group, or someone named only here. Sex, age band and
/// role are kept on the row, so that a member who leaves or is deleted is still counted.
struct EventParticipant
{
    RecordMeta meta;
    QString eventUuid;
    QString memberUuid; // may be empty
    QString name;
    QString organisation; // as written
    ParticipantRole role = ParticipantRole::Community;
    Sex sex = Sex::Female;
    AgeBand ageBand = AgeBand::From30To49;
};

/// People who took part without their names on the list: one row per role, counted by sex and age band.
struct EventCount
{
    RecordMeta meta;
    QString eventUuid;
    ParticipantRole role = ParticipantRole::Community;
    SexAgeCounts people;
};

struct Trainer
{
    RecordMeta meta;
    QString eventUuid;
    QString name;
    QString organisationUuid; // in the directory (may be empty)
    QString organisation;     // as written, when not in the directory
    TrainerBackground background = TrainerBackground::CivilSociety;
};

/// One test sheet: the scores before and after a training, without a name (anonymous numbers).
struct TestScore
{
    RecordMeta meta;
    QString eventUuid;
    int sheet = 1;
    std::optional<double> pre;
    std::optional<double> post;
};

/// One feedback sheet: the answers 1–5 to the event's questions in order, 0 where none was given.
struct FeedbackSheet
{
    RecordMeta meta;
    QString eventUuid;
    int sheet = 1;
    std::array<int, Event::kMaxQuestions> answers{};
    QString comment;
};

struct FollowUp
{
    RecordMeta meta;
    QString eventUuid;
    QDate date;
    QString note;
};

/// Awareness raising over a period through several channels (issue 20).
struct Campaign
{
    RecordMeta meta;
    QString teamUuid;
    QString code; // e.g. ISF-C-2026-01, made by the repository when empty
    QString title;
    QDate start;
    QDate end;
    QString planUuid;          // the action plan it serves (may be empty)
    SexAgeCounts reached;      // directly
    int reachedIndirectly = 0; // estimated
    QString indirectMethod;    // how the estimate was made
    double cost = 0;           // somoni
    QString fundingSourceUuid; // a funding source list entry (may be empty)
    QString notes;
    QStringList channels;     // CampaignChannel codes
    QStringList concernUuids; // the concerns it serves
};

/// Materials a campaign made: leaflets, posters, videos…
struct CampaignMaterial
{
    RecordMeta meta;
    QString campaignUuid;
    QString item;
    int quantity = 0;
};

} // namespace hamkori
