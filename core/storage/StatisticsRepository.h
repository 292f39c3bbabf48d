#pragma once
#include "../analysis/PeriodStatistics.h"
#include "Repository.h"

namespace hamkori {

/// Aggregate queries for dashboards, reports and the console's `stats`.
class StatisticsRepository : public Repository
{
public:
    using Repository::Repository;

    Result<analysis::KindCounts> kindCounts();
    /// teamUuid empty: every team, or with `groupKind` (a GroupKind code) every team of that kind.
    /// Restricted concerns are counted only when `includeRestricted`.
    Result<analysis::PeriodStatistics> period(const QString& teamUuid, QDate from, QDate to,
                                              bool includeRestricted = false, const QString& groupKind = {});

private:
    /// Whose records a figure counts: ?3 is the team, or the kind of group.
    enum class Scope
    {
        AllTeams,
        OneTeam,
        TeamsOfKind
    };
    Result<void> addMeetings(analysis::PeriodStatistics& s, Scope scope, const QVariantList& args);
    Result<void> addConcerns(analysis::PeriodStatistics& s, Scope scope, bool includeRestricted,
                             const QVariantList& args);
    Result<void> addIndicators(analysis::PeriodStatistics& s, Scope scope, const QVariantList& args);
    Result<void> addActivities(analysis::PeriodStatistics& s, Scope scope, const QVariantList& args);
    Result<void> addCentresAndCommitments(analysis::PeriodStatistics& s);
    Result<void> addEvents(analysis::PeriodStatistics& s, Scope scope, const QVariantList& args);
    Result<void> addCampaigns(analysis::PeriodStatistics& s, Scope scope, const QVariantList& args);
    /// The survey rounds of the period, from one SurveyRepository::counts of all of them
    /// (StatisticsSurveys.cpp).
    Result<void> addSurveys(analysis::PeriodStatistics& s, Scope scope);
};

} // namespace hamkori
