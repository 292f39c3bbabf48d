#pragma once
// Read-only queries for the overview page: counts for its charts and headline, participation per quarter,
// and the lists of overdue and upcoming activities and of concerns waiting for analysis. Every query takes a
// team UUID; an empty one means every team (a coordinator's view). "Today" is passed in so that the answers
// do not depend on the machine's clock.
#include "../analysis/SurveyIndicators.h"
#include "../model/Enums.h"
#include "Repository.h"
#include <QDate>
#include <QMap>

namespace hamkori {

/// What the overview shows at a glance for one team or all.
struct OverviewCounts
{
    QMap<QString, int> concernsByCategory;        // category UUID → live concerns (every status)
    QMap<ConcernStatus, int> concernsByStatus;    // current status → live concerns
    QMap<ActivityStatus, int> activitiesByStatus; // activities of plans that are not cancelled
    int openConcerns = 0;                         // not resolved, closed or dropped
    int concernsWaiting = 0;                      // status raised: waiting for analysis
    int activitiesOverdue = 0;                    // deadline before today, not done or cancelled
    int activitiesUpcoming = 0; // deadline from today to today + upcoming days, not done or cancelled
    int commitmentsOverdue = 0; // requests and recommendations open past their due date
    int meetingsThisYear = 0;   // meetings dated in today's calendar year
    // People reached in today's year, counted once (PeriodStatistics::reached says how): directly by sex
    // and age, and indirectly.
    SexAgeCounts reachedThisYear;
    int reachedIndirectlyThisYear = 0;
};

/// People at the meetings of one calendar quarter: members present and guests, by sex and age band.
struct QuarterParticipation
{
    int year = 0;
    int quarter = 1; // 1–4
    QDate from;
    QDate to;
    SexAgeCounts people;
};

/// An activity in the overdue or upcoming list.
struct ActivityDueRow
{
    QString uuid;
    QString teamUuid;
    QString planUuid;
    QString planCode;
    QString measure;
    QDate deadline;
    QString leadBodyUuid;
    ActivityStatus status = ActivityStatus::Planned;
};

/// A concern waiting for analysis.
struct WaitingConcernRow
{
    QString uuid;
    QString teamUuid;
    QString code;
    QString title;
    QDate firstRaised;
    bool restricted = false;
};

/// A request or recommendation past its due date and not yet done.
struct CommitmentDueRow
{
    QString uuid;
    QString teamUuid;
    QString code;
    QString text;
    QString addressee; // the directory entry's name, else what was typed
    QDate due;
};

/// One survey indicator, for everyone, at the latest baseline and endline (pooled over the teams of a scope:
/// the people of every team's latest pair added together).
struct SurveyChangeLine
{
    SurveyIndicator indicator = SurveyIndicator::TrustPolice;
    analysis::Proportion before;
    analysis::Proportion after;
    analysis::Difference change; // after minus before
};

struct SurveyChangeSummary
{
    int teams = 0;                 // the teams with a baseline and a later endline
    QList<SurveyChangeLine> lines; // the indicators both rounds of at least one team asked
};

class OverviewQueries : public Repository
{
    Q_DECLARE_TR_FUNCTIONS(OverviewQueries)
public:
    using Repository::Repository;

    static constexpr int kUpcomingDays = 30;

    // Every query takes a scope as `teamUuid`: a team's UUID, empty for every team, or kindScope() for every
    // team of one kind (all public councils…).
    static QString kindScope(GroupKind kind);
    static bool isKindScope(const QString& scope);
    /// The teams a scope names: one, those of a kind, or none for every team.
    Result<QStringList> teamsIn(const QString& scope);

    Result<OverviewCounts> counts(const QString& teamUuid, QDate today);
    /// The `quarters` calendar quarters ending with today's, oldest first (empty quarters included).
    Result<QList<QuarterParticipation>> participationByQuarter(const QString& teamUuid, QDate today,
                                                               int quarters);
    /// Most overdue first.
    Result<QList<ActivityDueRow>> overdueActivities(const QString& teamUuid, QDate today, int offset,
                                                    int limit);
    /// Deadline from today to today + kUpcomingDays, soonest first.
    Result<QList<ActivityDueRow>> upcomingActivities(const QString& teamUuid, QDate today, int offset,
                                                     int limit);
    /// Open requests and recommendations past their due date, most overdue first.
    Result<QList<CommitmentDueRow>> overdueCommitments(const QString& teamUuid, QDate today, int offset,
                                                       int limit);
    /// Status raised, longest waiting first.
    Result<QList<WaitingConcernRow>> concernsWaiting(const QString& teamUuid, int offset, int limit);

    /// The change from the latest baseline to the latest endline of each team of the scope, for these
    /// indicators: only those two rounds of each team are counted (the overview must stay quick).
    Result<SurveyChangeSummary> surveyChange(const QString& teamUuid,
                                             const QList<SurveyIndicator>& indicators, int fewestAnswers);

private:
    Result<void> addConcernCounts(OverviewCounts& counts, const QString& teamUuid);
    Result<void> addActivityCounts(OverviewCounts& counts, const QString& teamUuid, QDate today);
    Result<void> addCommitmentCounts(OverviewCounts& counts, const QString& teamUuid, QDate today);
    Result<void> addYearCounts(OverviewCounts& counts, const QString& teamUuid, QDate today);
    Result<void> addEventAndCampaignReach(OverviewCounts& counts, const QString& teamUuid,
                                          const QVariantList& args);
    Result<QList<ActivityDueRow>> activitiesDue(const QString& deadlineCondition, const QString& teamUuid,
                                                QDate today, int offset, int limit);
};

} // namespace hamkori
