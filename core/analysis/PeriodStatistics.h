#pragma once
// The counts the dashboards and the period report show for one team (or all teams) and a date range.
// Aggregates only, and restricted concerns are left out of them unless asked: in one team's figures a count
// of 1 in a category names the concern.
#include "../model/Enums.h"
#include "SurveyIndicators.h"
#include <QDate>
#include <QMap>
#include <optional>

namespace hamkori::analysis {

struct PeriodStatistics
{
    QString teamUuid;  // empty: all teams (of groupKind, when given)
    QString groupKind; // a GroupKind code, or empty
    QDate from;
    QDate to;

    int meetings = 0;
    QMap<MeetingKind, int> meetingsByKind;
    SexAgeCounts membersPresent; // attendances of members, by the member's sex and age band
    SexAgeCounts uniqueMembers;  // the members behind them, each counted once
    SexAgeCounts guests;
    SexAgeCounts participants() const
    {
        SexAgeCounts all = membersPresent;
        all += guests;
        return all;
    }

    int concernsRaised = 0;   // first raised in the period
    int concernsResolved = 0; // moved to resolved or closed in the period
    int concernsOpen = 0;     // raised by the end of the period and not resolved, closed or dropped now
    QMap<QString, int> raisedByCategory; // category UUID → concerns raised in the period
    QMap<ConcernStatus, int>
        concernsByStatus;        // current status of the concerns raised by the end of the period
    int concernsPrioritised = 0; // chosen in rounds decided in the period

    int plansAdopted =
        0; // adopted at a meeting in the period (a plan naming no meeting: its period starts in it)
    int plansInForce = 0; // adopted or completed plans whose period overlaps the range
    QMap<ActivityStatus, int> activitiesByStatus; // activities running at some time in the period
    int activitiesOverdue = 0; // deadline before the end of the period, not done or cancelled

    // Reach is counted once: progress updates dated in the period that name no event or campaign, the
    // participants of events and the people campaigns reached, both by their start in the period. An update
    // that names an event or a campaign adds nothing of its own.
    SexAgeCounts reached; // directly
    int reachedIndirectly = 0;
    QMap<QString, double>
        plannedBySource; // funding source UUID (empty: none) → somoni, activities in the period
    double spent = 0;    // from progress updates dated in the period

    /// An outcome indicator of an activity running in the period: where it started, where it should get,
    /// and the last reading up to the period's end.
    struct Indicator
    {
        QString planCode;
        QString indicator;
        std::optional<double> baseline;
        std::optional<double> target;
        std::optional<double> latest;
        QDate latestDate;
    };
    QList<Indicator> indicators;

    /// How a community policing centre where the team meets (every centre for all teams) was used in the
    /// period.
    struct CentreFigures
    {
        QString name;
        int receptionDays = 0;
        SexAgeCounts visitors;
        int meetings = 0;               // meetings of the team (all teams) held there
        int equipmentNeedingRepair = 0; // items not in good condition now
    };
    QList<CentreFigures> centres;

    // Requests and recommendations made in the period, and how they stand now.
    int requestsMade = 0;
    int recommendationsMade = 0;
    int recommendationsAdopted = 0; // accepted, partly accepted or done
    int commitmentsAnswered = 0;    // any status but waiting
    int commitmentsDone = 0;
    int commitmentsOverdue = 0; // open and due before the end of the period
    double pledged = 0;         // somoni
    double delivered = 0;

    // Events that started in the period (issue 20).
    QMap<EventKind, int> eventsByKind;
    SexAgeCounts eventParticipants;          // named and counted, every kind of event
    QMap<EventKind, int> participantsByKind; // the same people, by the kind of event
    // Trainings: the people trained, and what their tests and feedback sheets say.
    int trainings = 0;
    SexAgeCounts trained;
    QMap<ParticipantRole, int> trainedByRole;
    int testSheets = 0;                     // sheets with a score before and after
    std::optional<double> averagePreScore;  // percent of each test's maximum, every sheet with a pre-test
    std::optional<double> averagePostScore; // likewise after
    std::optional<double> averageGain;      // percentage points, over the sheets with both
    int feedbackSheets = 0;
    std::optional<double> averageFeedback; // 1–5, over every answer given

    // Campaigns that started in the period.
    int campaigns = 0;
    SexAgeCounts campaignReached;
    int campaignReachedIndirectly = 0;
    QMap<CampaignChannel, int> campaignsByChannel;
    double campaignCost = 0; // somoni

    // Perception survey rounds that overlap the period (issue 21), and for each team the change between its
    // latest endline in the period and the latest baseline before it in the period: both rounds of the
    // change must overlap the period, so that one query of the period's rounds serves the whole section.
    QMap<SurveyKind, int> surveysByKind;
    int surveySheets = 0;        // sheets typed in
    int surveyTalliedPeople = 0; // people counted only in tallies
    struct SurveyChange
    {
        QString teamName;
        Survey baseline;
        Survey endline;
        QList<IndicatorChange> changes; // every indicator both rounds ask
    };
    QList<SurveyChange> surveyChanges; // by team name
    int surveyRounds() const
    {
        int rounds = 0;
        for (int count : surveysByKind)
            rounds += count;
        return rounds;
    }
};

/// How many records of each kind a database holds (tombstones left out); what `hamkori-cli stats` prints.
struct KindCounts
{
    qint64 teams = 0, members = 0, meetings = 0, concerns = 0, rounds = 0, plans = 0, activities = 0,
           updates = 0, journal = 0;
};

} // namespace hamkori::analysis
