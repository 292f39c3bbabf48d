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
    /// teamUuid empty: every team.
    /// Restricted concerns are counted only when `includeRestricted`.
    Result<analysis::PeriodStatistics> period(const QString& teamUuid, QDate from, QDate to,
                                              bool includeRestricted = false);

private:
    Result<void> addMeetings(analysis::PeriodStatistics& s, bool byTeam, const QVariantList& args);
    Result<void> addConcerns(analysis::PeriodStatistics& s, bool byTeam, bool includeRestricted,
                             const QVariantList& args);
    Result<void> addIndicators(analysis::PeriodStatistics& s, bool byTeam, const QVariantList& args);
    Result<void> addActivities(analysis::PeriodStatistics& s, bool byTeam, const QVariantList& args);
    Result<void> addCentresAndCommitments(analysis::PeriodStatistics& s);
};

} // namespace hamkori
