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
    Result<analysis::PeriodStatistics> period(const QString& teamUuid, QDate from, QDate to);

private:
    Result<void> addMeetings(analysis::PeriodStatistics& s, bool byTeam, const QVariantList& args);
    Result<void> addConcerns(analysis::PeriodStatistics& s, bool byTeam, const QVariantList& args);
    Result<void> addActivities(analysis::PeriodStatistics& s, bool byTeam, const QVariantList& args);
};

} // namespace hamkori
