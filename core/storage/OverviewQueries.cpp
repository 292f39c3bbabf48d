#include "OverviewQueries.h"
#include "Rows.h"

namespace hamkori {

namespace {

// Activities still to be done: the ones that can be overdue. Listed by code so that the index on
// (status, deadline) serves the overdue and upcoming lists.
const char* const kPendingActivity = "a.status IN ('planned', 'in_progress', 'delayed')";
// Activities count only in plans that are live and not cancelled.
const char* const kLivePlanActivity = "a.deleted = 0 AND p.deleted = 0 AND p.status <> 'cancelled'";

// "x.team = ?N" for one team, or for a kind scope ("kind:public_council") every live team of that kind; the
// scope is bound as value number `number`.
QString teamMatch(const QString& scope, const char* alias, int number)
{
    if (OverviewQueries::isKindScope(scope))
        return QStringLiteral(
                   "%1.team IN (SELECT uuid FROM teams WHERE 'kind:' || kind = ?%2 AND deleted = 0)")
            .arg(QLatin1String(alias))
            .arg(number);
    return QStringLiteral("%1.team = ?%2").arg(QLatin1String(alias)).arg(number);
}

// " AND " and teamMatch() for one team or a kind, nothing for every team.
QString teamClause(const QString& teamUuid, const char* alias, int number)
{
    if (teamUuid.isEmpty())
        return {};
    return QStringLiteral(" AND ") + teamMatch(teamUuid, alias, number);
}

QString isoDate(QDate day)
{
    return day.toString(Qt::ISODate);
}

QDate quarterStart(int year, int quarter)
{
    return QDate(year, 3 * (quarter - 1) + 1, 1);
}

} // namespace

QString OverviewQueries::kindScope(GroupKind kind)
{
    return QStringLiteral("kind:") + codeOf(kind);
}

bool OverviewQueries::isKindScope(const QString& scope)
{
    return scope.startsWith(u"kind:");
}

Result<QStringList> OverviewQueries::teamsIn(const QString& scope)
{
    if (!isKindScope(scope))
        return scope.isEmpty() ? QStringList() : QStringList{scope};
    return readList<QString>(
        QStringLiteral("SELECT uuid FROM teams WHERE 'kind:' || kind = ? AND deleted = 0 ORDER BY uuid"),
        {scope}, [](const QSqlRecord& row) { return row.value(0).toString(); });
}

Result<OverviewCounts> OverviewQueries::counts(const QString& teamUuid, QDate today)
{
    OverviewCounts counts;
    if (auto done = addConcernCounts(counts, teamUuid); !done)
        return done.error();
    if (auto done = addActivityCounts(counts, teamUuid, today); !done)
        return done.error();
    if (auto done = addYearCounts(counts, teamUuid, today); !done)
        return done.error();
    if (auto done = addCommitmentCounts(counts, teamUuid, today); !done)
        return done.error();
    return counts;
}

namespace {
// Open requests and recommendations of live teams past their due date (?1): what CommitmentRepository
// calls overdue.
const char* const kOverdueCommitment =
    "c.deleted = 0 AND c.status IN ('waiting', 'accepted', 'partly') AND c.due IS NOT NULL AND c.due <> '' "
    "AND c.due < ?1 AND c.team IN (SELECT uuid FROM teams WHERE deleted = 0)";
} // namespace

Result<void> OverviewQueries::addCommitmentCounts(OverviewCounts& counts, const QString& teamUuid,
                                                  QDate today)
{
    QVariantList values{isoDate(today)};
    if (!teamUuid.isEmpty())
        values << teamUuid;
    auto overdue = sql::scalar(m_db.connection(),
                               QStringLiteral("SELECT COUNT(*) FROM commitments c WHERE %1%2")
                                   .arg(QLatin1String(kOverdueCommitment), teamClause(teamUuid, "c", 2)),
                               values);
    if (!overdue)
        return overdue.error();
    counts.commitmentsOverdue = overdue->toInt();
    return {};
}

Result<QList<CommitmentDueRow>> OverviewQueries::overdueCommitments(const QString& teamUuid, QDate today,
                                                                    int offset, int limit)
{
    // ?1 today, ?2 the team, ?3 limit, ?4 offset.
    return readList<CommitmentDueRow>(
        QStringLiteral(
            "SELECT c.uuid, c.team, c.code, c.text, c.due, COALESCE(NULLIF(o.name, ''), "
            "c.addressed_to) AS addressee FROM commitments c LEFT JOIN organisations o ON o.uuid = "
            "c.organisation AND o.deleted = 0 WHERE %1%2 ORDER BY c.due, c.code LIMIT ?3 OFFSET ?4")
            .arg(QLatin1String(kOverdueCommitment), teamClause(teamUuid, "c", 2)),
        {isoDate(today), teamUuid, limit, offset}, [](const QSqlRecord& row) {
            CommitmentDueRow r;
            r.uuid = rows::text(row, "uuid");
            r.teamUuid = rows::text(row, "team");
            r.code = rows::text(row, "code");
            r.text = rows::text(row, "text");
            r.addressee = rows::text(row, "addressee");
            r.due = rows::date(row, "due");
            return r;
        });
}

Result<void> OverviewQueries::addConcernCounts(OverviewCounts& counts, const QString& teamUuid)
{
    // One pass over the concerns gives both charts, the open count and the waiting count.
    auto query = sql::run(m_db.connection(),
                          QStringLiteral("SELECT c.category, c.status, COUNT(*) FROM concerns c "
                                         "WHERE c.deleted = 0%1 GROUP BY c.category, c.status")
                              .arg(teamClause(teamUuid, "c", 1)),
                          teamUuid.isEmpty() ? QVariantList{} : QVariantList{teamUuid});
    if (!query)
        return query.error();
    while (query->next()) {
        const int n = query->value(2).toInt();
        counts.concernsByCategory[query->value(0).toString()] += n;
        const auto status = enumFromCode<ConcernStatus>(query->value(1).toString());
        if (!status)
            continue;
        counts.concernsByStatus[*status] += n;
        if (*status != ConcernStatus::Resolved && *status != ConcernStatus::Closed &&
            *status != ConcernStatus::Dropped)
            counts.openConcerns += n;
        if (*status == ConcernStatus::Raised)
            counts.concernsWaiting += n;
    }
    return {};
}

Result<void> OverviewQueries::addActivityCounts(OverviewCounts& counts, const QString& teamUuid, QDate today)
{
    // ?1 today, ?2 the end of the upcoming window, ?3 the team. Activities are counted per plan first, then
    // the plans are checked: for one team the team's plans lead (plans_by_team, activities_live_by_plan); for
    // every team one pass over the narrow index activities_live_by_plan, never the wide rows.
    const QString perPlan =
        QStringLiteral("SELECT a.plan, a.status, COUNT(*) AS n, TOTAL(%1 AND a.deadline < ?1) AS overdue, "
                       "TOTAL(%1 AND a.deadline BETWEEN ?1 AND ?2) AS upcoming FROM %2 WHERE a.deleted = 0%3 "
                       "GROUP BY a.plan, a.status")
            .arg(QLatin1String(kPendingActivity),
                 teamUuid.isEmpty()
                     ? QStringLiteral("activities a INDEXED BY activities_live_by_plan")
                     : QStringLiteral("plans p INDEXED BY plans_live_by_team CROSS JOIN activities "
                                      "a INDEXED BY activities_live_by_plan ON a.plan = p.uuid"),
                 teamUuid.isEmpty() ? QString()
                                    : QStringLiteral(" AND ") + teamMatch(teamUuid, "p", 3) +
                                          QStringLiteral(" AND p.deleted = 0"));
    auto query =
        sql::run(m_db.connection(),
                 QStringLiteral("SELECT s.status, SUM(s.n), SUM(s.overdue), SUM(s.upcoming) FROM (%1) s "
                                "JOIN plans p INDEXED BY plans_live_team_of ON p.uuid = s.plan WHERE "
                                "p.deleted = 0 AND p.status <> "
                                "'cancelled' GROUP BY s.status")
                     .arg(perPlan),
                 {isoDate(today), isoDate(today.addDays(kUpcomingDays)), teamUuid});
    if (!query)
        return query.error();
    while (query->next()) {
        if (const auto status = enumFromCode<ActivityStatus>(query->value(0).toString()))
            counts.activitiesByStatus[*status] += query->value(1).toInt();
        counts.activitiesOverdue += query->value(2).toInt();
        counts.activitiesUpcoming += query->value(3).toInt();
    }
    return {};
}

Result<void> OverviewQueries::addYearCounts(OverviewCounts& counts, const QString& teamUuid, QDate today)
{
    // ?1 and ?2 the first and last day of today's year, ?3 the team.
    const QVariantList args{isoDate(QDate(today.year(), 1, 1)), isoDate(QDate(today.year(), 12, 31)),
                            teamUuid};
    auto meetings = sql::scalar(m_db.connection(),
                                QStringLiteral("SELECT COUNT(*) FROM meetings x WHERE x.deleted = 0 AND "
                                               "x.date BETWEEN ?1 AND ?2%1")
                                    .arg(teamClause(teamUuid, "x", 3)),
                                args);
    if (!meetings)
        return meetings.error();
    counts.meetingsThisYear = meetings->toInt();

    QStringList sums;
    for (const char* cell : SexAgeCounts::cellCodes())
        sums << QStringLiteral("TOTAL(u.reached_%1)").arg(QString::fromLatin1(cell));
    sums << QStringLiteral("TOTAL(u.reached_indirect)");
    // Every team: the year's updates lead (progress_by_date). One team: its plans lead, then their activities
    // and each activity's updates of the year, all from covering indexes (schema step 4), never the other
    // teams' updates nor any wide row.
    const QString tables =
        teamUuid.isEmpty()
            ? QStringLiteral("progress_updates u JOIN activities a ON a.uuid = u.activity JOIN plans p ON "
                             "p.uuid = a.plan")
            : QStringLiteral("plans p INDEXED BY plans_live_by_team CROSS JOIN activities a INDEXED BY "
                             "activities_live_uuid_by_plan ON a.plan = p.uuid CROSS JOIN progress_updates u "
                             "INDEXED BY progress_live_reach ON "
                             "u.activity = a.uuid");
    auto reached =
        sql::run(m_db.connection(),
                 QStringLiteral("SELECT %1 FROM %2 WHERE u.deleted = 0 AND a.deleted = 0 AND "
                                "p.deleted = 0 AND u.date BETWEEN ?1 AND ?2 AND u.event IS NULL AND "
                                "u.campaign IS NULL%3")
                     .arg(sums.join(u", "), tables, teamClause(teamUuid, "p", 3)),
                 args);
    if (!reached)
        return reached.error();
    if (reached->next()) {
        for (int i = 0; i < SexAgeCounts::kCells; ++i)
            counts.reachedThisYear.setCell(i, reached->value(i).toInt());
        counts.reachedIndirectlyThisYear = reached->value(SexAgeCounts::kCells).toInt();
    }
    return addEventAndCampaignReach(counts, teamUuid, args);
}

Result<void> OverviewQueries::addEventAndCampaignReach(OverviewCounts& counts, const QString& teamUuid,
                                                       const QVariantList& args)
{
    // Reach counted once (PeriodStatistics::reached): the people at the year's events, named and counted,
    // and the people the year's campaigns reached.
    auto addCells = [&counts](QSqlQuery& query, int first) {
        for (int i = 0; i < SexAgeCounts::kCells; ++i)
            counts.reachedThisYear.setCell(i,
                                           counts.reachedThisYear.cell(i) + query.value(first + i).toInt());
    };
    const QString events =
        QStringLiteral("JOIN events e ON e.uuid = x.event WHERE x.deleted = 0 AND e.deleted = 0 "
                       "AND e.start_date BETWEEN ?1 AND ?2%1")
            .arg(teamClause(teamUuid, "e", 3));
    QStringList countSums, campaignSums, namedCells;
    for (const char* cell : SexAgeCounts::cellCodes()) {
        countSums << QStringLiteral("TOTAL(x.people_%1)").arg(QLatin1String(cell));
        campaignSums << QStringLiteral("TOTAL(c.reached_%1)").arg(QLatin1String(cell));
    }
    for (const QString& sex : allCodes<Sex>())
        for (const QString& band : allCodes<AgeBand>())
            namedCells << QStringLiteral("TOTAL(x.sex = '%1' AND x.age_band = '%2')").arg(sex, band);
    auto named = sql::run(
        m_db.connection(),
        QStringLiteral("SELECT %1 FROM event_participants x %2").arg(namedCells.join(u", "), events), args);
    if (!named)
        return named.error();
    if (named->next())
        addCells(*named, 0);
    auto counted =
        sql::run(m_db.connection(),
                 QStringLiteral("SELECT %1 FROM event_counts x %2").arg(countSums.join(u", "), events), args);
    if (!counted)
        return counted.error();
    if (counted->next())
        addCells(*counted, 0);
    auto campaigns =
        sql::run(m_db.connection(),
                 QStringLiteral("SELECT %1, TOTAL(c.reached_indirect) FROM campaigns c WHERE c.deleted = "
                                "0 AND c.start_date BETWEEN ?1 AND ?2%2")
                     .arg(campaignSums.join(u", "), teamClause(teamUuid, "c", 3)),
                 args);
    if (!campaigns)
        return campaigns.error();
    if (campaigns->next()) {
        addCells(*campaigns, 0);
        counts.reachedIndirectlyThisYear += campaigns->value(SexAgeCounts::kCells).toInt();
    }
    return {};
}

Result<QList<QuarterParticipation>> OverviewQueries::participationByQuarter(const QString& teamUuid,
                                                                            QDate today, int quarters)
{
    QList<QuarterParticipation> result;
    int year = today.year();
    int quarter = (today.month() + 2) / 3;
    for (int i = 0; i < quarters; ++i) {
        QuarterParticipation q;
        q.year = year;
        q.quarter = quarter;
        q.from = quarterStart(year, quarter);
        q.to = q.from.addMonths(3).addDays(-1);
        result.prepend(q);
        if (--quarter == 0) {
            quarter = 4;
            --year;
        }
    }
    if (result.isEmpty())
        return result;
    auto indexOf = [&](int y, int q) -> qsizetype {
        for (qsizetype i = 0; i < result.size(); ++i)
            if (result[i].year == y && result[i].quarter == q)
                return i;
        return -1;
    };

    // ?1 ?2 the range, ?3 the team. The quarter of an ISO date: (month + 2) / 3.
    const QVariantList args{isoDate(result.first().from), isoDate(result.last().to), teamUuid};
    const QString inRange =
        QStringLiteral("x.deleted = 0 AND x.date BETWEEN ?1 AND ?2") + teamClause(teamUuid, "x", 3);
    const QString yearQuarter = QStringLiteral("CAST(substr(x.date, 1, 4) AS INTEGER), "
                                               "(CAST(substr(x.date, 6, 2) AS INTEGER) + 2) / 3");
    QStringList guestSums;
    for (const char* cell : SexAgeCounts::cellCodes())
        guestSums << QStringLiteral("TOTAL(x.guests_%1)").arg(QString::fromLatin1(cell));
    auto guests = sql::run(m_db.connection(),
                           QStringLiteral("SELECT %1, %2 FROM meetings x WHERE %3 GROUP BY 1, 2")
                               .arg(yearQuarter, guestSums.join(u", "), inRange),
                           args);
    if (!guests)
        return guests.error();
    while (guests->next()) {
        const qsizetype i = indexOf(guests->value(0).toInt(), guests->value(1).toInt());
        if (i < 0)
            continue;
        for (int cell = 0; cell < SexAgeCounts::kCells; ++cell)
            result[i].people.setCell(cell, result[i].people.cell(cell) + guests->value(2 + cell).toInt());
    }

    // Members present, by the member's sex and age band (as the period statistics count them).
    auto present = sql::run(m_db.connection(),
                            QStringLiteral("SELECT %1, m.sex, m.age_band, COUNT(*) FROM attendance a "
                                           "JOIN meetings x ON x.uuid = a.meeting JOIN members m ON m.uuid = "
                                           "a.member WHERE a.deleted = 0 AND %2 GROUP BY 1, 2, 3, 4")
                                .arg(yearQuarter, inRange),
                            args);
    if (!present)
        return present.error();
    while (present->next()) {
        const qsizetype i = indexOf(present->value(0).toInt(), present->value(1).toInt());
        const auto sex = enumFromCode<Sex>(present->value(2).toString());
        const auto band = enumFromCode<AgeBand>(present->value(3).toString());
        if (i < 0 || !sex || !band)
            continue;
        result[i].people.set(*sex, *band, result[i].people.at(*sex, *band) + present->value(4).toInt());
    }
    return result;
}

Result<QList<ActivityDueRow>> OverviewQueries::activitiesDue(const QString& deadlineCondition,
                                                             const QString& teamUuid, QDate today, int offset,
                                                             int limit)
{
    // ?1 today, ?2 the end of the upcoming window, ?3 the team, ?4 limit, ?5 offset. For one team its plans
    // lead (CROSS JOIN fixes the order); for every team the index on (status, deadline) does.
    return readList<ActivityDueRow>(
        QStringLiteral(
            "SELECT a.uuid, p.team, p.uuid AS plan_uuid, p.code AS plan_code, a.measure, a.deadline, "
            "a.lead_body, a.status FROM %1 WHERE %2 AND %3 AND %4%5 "
            "ORDER BY a.deadline, p.code, a.position LIMIT ?4 OFFSET ?5")
            .arg(teamUuid.isEmpty() ? QStringLiteral("activities a JOIN plans p ON p.uuid = a.plan")
                                    : QStringLiteral("plans p CROSS JOIN activities a ON a.plan = p.uuid"),
                 QLatin1String(kLivePlanActivity), QLatin1String(kPendingActivity), deadlineCondition,
                 teamClause(teamUuid, "p", 3)),
        {isoDate(today), isoDate(today.addDays(kUpcomingDays)), teamUuid, limit, offset},
        [](const QSqlRecord& row) {
            ActivityDueRow r;
            r.uuid = rows::text(row, "uuid");
            r.teamUuid = rows::text(row, "team");
            r.planUuid = rows::text(row, "plan_uuid");
            r.planCode = rows::text(row, "plan_code");
            r.measure = rows::text(row, "measure");
            r.deadline = rows::date(row, "deadline");
            r.leadBodyUuid = rows::text(row, "lead_body");
            r.status = rows::enumValue(row, "status", ActivityStatus::Planned);
            return r;
        });
}

Result<QList<ActivityDueRow>> OverviewQueries::overdueActivities(const QString& teamUuid, QDate today,
                                                                 int offset, int limit)
{
    return activitiesDue(QStringLiteral("a.deadline < ?1"), teamUuid, today, offset, limit);
}

Result<QList<ActivityDueRow>> OverviewQueries::upcomingActivities(const QString& teamUuid, QDate today,
                                                                  int offset, int limit)
{
    return activitiesDue(QStringLiteral("a.deadline BETWEEN ?1 AND ?2"), teamUuid, today, offset, limit);
}

Result<QList<WaitingConcernRow>> OverviewQueries::concernsWaiting(const QString& teamUuid, int offset,
                                                                  int limit)
{
    // Concerns without a date of first raising come last. ?1 the team, ?2 limit, ?3 offset.
    return readList<WaitingConcernRow>(
        QStringLiteral("SELECT c.uuid, c.team, c.code, c.title, c.first_raised, c.restricted FROM concerns c "
                       "WHERE c.deleted = 0 AND c.status = 'raised'%1 "
                       "ORDER BY c.first_raised IS NULL, c.first_raised, c.code LIMIT ?2 OFFSET ?3")
            .arg(teamClause(teamUuid, "c", 1)),
        {teamUuid, limit, offset}, [](const QSqlRecord& row) {
            WaitingConcernRow r;
            r.uuid = rows::text(row, "uuid");
            r.teamUuid = rows::text(row, "team");
            r.code = rows::text(row, "code");
            r.title = rows::text(row, "title");
            r.firstRaised = rows::date(row, "first_raised");
            r.restricted = row.value(QStringLiteral("restricted")).toInt() != 0;
            return r;
        });
}

} // namespace hamkori
