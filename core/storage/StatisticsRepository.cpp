#include "StatisticsRepository.h"
#include "../model/Event.h"
#include "CentreRepository.h"
#include "CommitmentRepository.h"
#include "Rows.h"

namespace hamkori {

using analysis::KindCounts;
using analysis::PeriodStatistics;

namespace {
// " AND c.team = ?3" when the statistics are for one team, nothing for all teams.
QString teamClause(int scope, const char* alias)
{
    // scope: 0 every team, 1 the team ?3, 2 every live team of the kind ?3 (StatisticsRepository::Scope).
    if (scope == 2)
        return QStringLiteral(" AND %1.team IN (SELECT uuid FROM teams WHERE kind = ?3 AND deleted = 0)")
            .arg(QLatin1String(alias));
    return scope == 1 ? QStringLiteral(" AND %1.team = ?3").arg(QLatin1String(alias)) : QString();
}
} // namespace

Result<KindCounts> StatisticsRepository::kindCounts()
{
    auto query = sql::run(m_db.connection(),
                          QStringLiteral("SELECT (SELECT COUNT(*) FROM teams WHERE deleted = 0), "
                                         "(SELECT COUNT(*) FROM members WHERE deleted = 0), "
                                         "(SELECT COUNT(*) FROM meetings WHERE deleted = 0), "
                                         "(SELECT COUNT(*) FROM concerns WHERE deleted = 0), "
                                         "(SELECT COUNT(*) FROM rounds WHERE deleted = 0), "
                                         "(SELECT COUNT(*) FROM plans WHERE deleted = 0), "
                                         "(SELECT COUNT(*) FROM activities WHERE deleted = 0), "
                                         "(SELECT COUNT(*) FROM progress_updates WHERE deleted = 0), "
                                         "(SELECT COUNT(*) FROM journal)"));
    if (!query)
        return query.error();
    query->next();
    KindCounts c;
    qint64* fields[] = {&c.teams, &c.members,    &c.meetings, &c.concerns, &c.rounds,
                        &c.plans, &c.activities, &c.updates,  &c.journal};
    for (int i = 0; i < 9; ++i)
        *fields[i] = query->value(i).toLongLong();
    return c;
}

Result<PeriodStatistics> StatisticsRepository::period(const QString& teamUuid, QDate from, QDate to,
                                                      bool includeRestricted, const QString& groupKind)
{
    PeriodStatistics s;
    s.teamUuid = teamUuid;
    s.groupKind = teamUuid.isEmpty() ? groupKind : QString();
    s.from = from;
    s.to = to;
    // Every query below takes (from, to) and then, when a team is chosen, the team: ?1 ?2 ?3.
    QVariantList args{from.toString(Qt::ISODate), to.toString(Qt::ISODate)};
    if (!teamUuid.isEmpty())
        args << teamUuid;
    else if (!s.groupKind.isEmpty())
        args << s.groupKind;
    const Scope scope = !teamUuid.isEmpty()      ? Scope::OneTeam
                        : !s.groupKind.isEmpty() ? Scope::TeamsOfKind
                                                 : Scope::AllTeams;
    if (auto done = addMeetings(s, scope, args); !done)
        return done.error();
    if (auto done = addConcerns(s, scope, includeRestricted, args); !done)
        return done.error();
    if (auto done = addActivities(s, scope, args); !done)
        return done.error();
    if (auto done = addIndicators(s, scope, args); !done)
        return done.error();
    if (auto done = addCentresAndCommitments(s); !done)
        return done.error();
    if (auto done = addEvents(s, scope, args); !done)
        return done.error();
    if (auto done = addCampaigns(s, scope, args); !done)
        return done.error();
    if (auto done = addSurveys(s, scope); !done)
        return done.error();
    return s;
}

namespace {

QString sumOfCells(const char* alias, const char* prefix)
{
    QStringList sums;
    for (const char* cell : SexAgeCounts::cellCodes())
        sums << QStringLiteral("TOTAL(%1.%2%3)")
                    .arg(QLatin1String(alias), QLatin1String(prefix), QLatin1String(cell));
    return sums.join(u", ");
}

std::optional<double> optionalValue(const QVariant& value)
{
    return value.isNull() ? std::nullopt : std::optional<double>(value.toDouble());
}

} // namespace

Result<void> StatisticsRepository::addEvents(PeriodStatistics& s, Scope scope, const QVariantList& args)
{
    // Events count by their first day; what hangs off them only through a live event.
    const QString events =
        QStringLiteral("JOIN events e ON e.uuid = x.event WHERE x.deleted = 0 AND e.deleted = 0 "
                       "AND e.start_date BETWEEN ?1 AND ?2%1")
            .arg(teamClause(int(scope), "e"));
    auto kinds = sql::run(m_db.connection(),
                          QStringLiteral("SELECT e.kind, COUNT(*) FROM events e WHERE e.deleted = 0 AND "
                                         "e.start_date BETWEEN ?1 AND ?2%1 GROUP BY e.kind")
                              .arg(teamClause(int(scope), "e")),
                          args);
    if (!kinds)
        return kinds.error();
    while (kinds->next())
        if (auto kind = enumFromCode<EventKind>(kinds->value(0).toString())) {
            s.eventsByKind[*kind] += kinds->value(1).toInt();
            if (*kind == EventKind::Training)
                s.trainings += kinds->value(1).toInt();
        }

    auto addPeople = [&s](const QString& kindCode, ParticipantRole role, const SexAgeCounts& people) {
        s.eventParticipants += people;
        const auto kind = enumFromCode<EventKind>(kindCode);
        if (kind)
            s.participantsByKind[*kind] += people.total();
        if (kind != EventKind::Training)
            return;
        s.trained += people;
        s.trainedByRole[role] += people.total();
    };
    auto named = sql::run(m_db.connection(),
                          QStringLiteral("SELECT e.kind, x.role, x.sex, x.age_band, COUNT(*) FROM "
                                         "event_participants x %1 GROUP BY 1, 2, 3, 4")
                              .arg(events),
                          args);
    if (!named)
        return named.error();
    while (named->next()) {
        const auto role = enumFromCode<ParticipantRole>(named->value(1).toString());
        const auto sex = enumFromCode<Sex>(named->value(2).toString());
        const auto band = enumFromCode<AgeBand>(named->value(3).toString());
        if (!role || !sex || !band)
            continue;
        SexAgeCounts people;
        people.set(*sex, *band, named->value(4).toInt());
        addPeople(named->value(0).toString(), *role, people);
    }
    auto counted = sql::run(m_db.connection(),
                            QStringLiteral("SELECT e.kind, x.role, %1 FROM event_counts x %2 "
                                           "GROUP BY 1, 2")
                                .arg(sumOfCells("x", "people_"), events),
                            args);
    if (!counted)
        return counted.error();
    while (counted->next()) {
        const auto role = enumFromCode<ParticipantRole>(counted->value(1).toString());
        if (!role)
            continue;
        SexAgeCounts people;
        for (int i = 0; i < SexAgeCounts::kCells; ++i)
            people.setCell(i, counted->value(2 + i).toInt());
        addPeople(counted->value(0).toString(), *role, people);
    }
    s.reached += s.eventParticipants;

    // Scores as a percentage of each test's highest score, so that a test out of 20 and one out of 100
    // average together; the gain only over sheets with both scores.
    auto tests = sql::run(
        m_db.connection(),
        QStringLiteral(
            "SELECT AVG(x.pre * 100.0 / e.test_out_of), AVG(x.post * 100.0 / e.test_out_of), "
            "SUM(x.pre IS NOT NULL AND x.post IS NOT NULL), AVG(CASE WHEN x.pre IS NOT NULL AND "
            "x.post IS NOT NULL THEN (x.post - x.pre) * 100.0 / e.test_out_of END) FROM event_tests x "
            "%1 AND e.kind = 'training'")
            .arg(events),
        args);
    if (!tests)
        return tests.error();
    if (tests->next()) {
        s.averagePreScore = optionalValue(tests->value(0));
        s.averagePostScore = optionalValue(tests->value(1));
        s.testSheets = tests->value(2).toInt();
        s.averageGain = optionalValue(tests->value(3));
    }
    QStringList answers, given;
    for (int q = 1; q <= Event::kMaxQuestions; ++q) {
        answers << QStringLiteral("x.answer_%1").arg(q);
        given << QStringLiteral("(x.answer_%1 > 0)").arg(q);
    }
    auto feedback =
        sql::run(m_db.connection(),
                 QStringLiteral("SELECT COUNT(*), TOTAL(%1), TOTAL(%2) FROM event_feedback x %3 AND "
                                "e.kind = 'training'")
                     .arg(answers.join(u" + "), given.join(u" + "), events),
                 args);
    if (!feedback)
        return feedback.error();
    if (feedback->next()) {
        s.feedbackSheets = feedback->value(0).toInt();
        const double count = feedback->value(2).toDouble();
        if (count > 0)
            s.averageFeedback = feedback->value(1).toDouble() / count;
    }
    return {};
}

Result<void> StatisticsRepository::addCampaigns(PeriodStatistics& s, Scope scope, const QVariantList& args)
{
    const QString inPeriod =
        QStringLiteral("c.deleted = 0 AND c.start_date BETWEEN ?1 AND ?2%1").arg(teamClause(int(scope), "c"));
    auto totals =
        sql::run(m_db.connection(),
                 QStringLiteral("SELECT COUNT(*), %1, TOTAL(c.reached_indirect), TOTAL(c.cost) FROM "
                                "campaigns c WHERE %2")
                     .arg(sumOfCells("c", "reached_"), inPeriod),
                 args);
    if (!totals)
        return totals.error();
    if (totals->next()) {
        s.campaigns = totals->value(0).toInt();
        for (int i = 0; i < SexAgeCounts::kCells; ++i)
            s.campaignReached.setCell(i, totals->value(1 + i).toInt());
        s.campaignReachedIndirectly = totals->value(1 + SexAgeCounts::kCells).toInt();
        s.campaignCost = totals->value(2 + SexAgeCounts::kCells).toDouble();
    }
    s.reached += s.campaignReached;
    s.reachedIndirectly += s.campaignReachedIndirectly;
    auto channels =
        sql::run(m_db.connection(),
                 QStringLiteral("SELECT x.channel, COUNT(*) FROM campaign_channels x JOIN campaigns c ON "
                                "c.uuid = x.campaign WHERE x.deleted = 0 AND %1 GROUP BY x.channel")
                     .arg(inPeriod),
                 args);
    if (!channels)
        return channels.error();
    while (channels->next())
        if (auto channel = enumFromCode<CampaignChannel>(channels->value(0).toString()))
            s.campaignsByChannel[*channel] += channels->value(1).toInt();
    return {};
}

Result<void> StatisticsRepository::addCentresAndCommitments(PeriodStatistics& s)
{
    QStringList teams = s.teamUuid.isEmpty() ? QStringList() : QStringList{s.teamUuid};
    if (!s.groupKind.isEmpty()) {
        auto ofKind = readList<QString>(
            QStringLiteral("SELECT uuid FROM teams WHERE kind = ? AND deleted = 0 ORDER BY uuid"),
            {s.groupKind}, [](const QSqlRecord& row) { return row.value(0).toString(); });
        if (!ofKind)
            return ofKind.error();
        teams = *ofKind;
        if (teams.isEmpty())
            return {}; // no team of that kind: no centre used, nothing asked
    }
    auto uses = CentreRepository(m_db).use(s.from, s.to, teams);
    if (!uses)
        return uses.error();
    for (const CentreUse& use : *uses)
        s.centres.append(
            {use.centre.name, use.receptionDays, use.visitors, use.meetings, use.equipmentNeedingRepair});
    // Overdue as of the end of the period, as activities are.
    auto counts = CommitmentRepository(m_db).counts(teams, s.from, s.to, s.to);
    if (!counts)
        return counts.error();
    s.requestsMade = counts->requests;
    s.recommendationsMade = counts->recommendations;
    s.recommendationsAdopted = counts->recommendationsAdopted;
    s.commitmentsAnswered = counts->answered;
    s.commitmentsDone = counts->done;
    s.commitmentsOverdue = counts->overdue;
    s.pledged = counts->pledged;
    s.delivered = counts->delivered;
    return {};
}

Result<void> StatisticsRepository::addMeetings(PeriodStatistics& s, Scope scope, const QVariantList& args)
{
    const QString inPeriod =
        QStringLiteral("x.deleted = 0 AND x.date BETWEEN ?1 AND ?2") + teamClause(int(scope), "x");
    QStringList guestSums;
    for (const char* cell : SexAgeCounts::cellCodes())
        guestSums << QStringLiteral("TOTAL(guests_%1)").arg(QString::fromLatin1(cell));
    auto meetings =
        sql::run(m_db.connection(),
                 QStringLiteral("SELECT kind, COUNT(*), %1 FROM meetings x WHERE %2 GROUP BY kind")
                     .arg(guestSums.join(u", "), inPeriod),
                 args);
    if (!meetings)
        return meetings.error();
    while (meetings->next()) {
        const int count = meetings->value(1).toInt();
        s.meetings += count;
        if (auto kind = enumFromCode<MeetingKind>(meetings->value(0).toString()))
            s.meetingsByKind[*kind] += count;
        for (int i = 0; i < SexAgeCounts::kCells; ++i)
            s.guests.setCell(i, s.guests.cell(i) + meetings->value(2 + i).toInt());
    }
    // Attendances and the different members behind them, in one pass over the same rows.
    auto present = sql::run(m_db.connection(),
                            QStringLiteral("SELECT m.sex, m.age_band, COUNT(*), COUNT(DISTINCT a.member) "
                                           "FROM attendance a JOIN meetings x ON x.uuid = a.meeting "
                                           "JOIN members m ON m.uuid = a.member "
                                           "WHERE a.deleted = 0 AND %1 GROUP BY m.sex, m.age_band")
                                .arg(inPeriod),
                            args);
    if (!present)
        return present.error();
    while (present->next()) {
        const auto sex = enumFromCode<Sex>(present->value(0).toString());
        const auto band = enumFromCode<AgeBand>(present->value(1).toString());
        if (!sex || !band)
            continue;
        s.membersPresent.set(*sex, *band, present->value(2).toInt());
        s.uniqueMembers.set(*sex, *band, present->value(3).toInt());
    }
    return {};
}

Result<void> StatisticsRepository::addConcerns(PeriodStatistics& s, Scope scope, bool includeRestricted,
                                               const QVariantList& args)
{
    const QString team = teamClause(int(scope), "c") +
                         (includeRestricted ? QString() : QStringLiteral(" AND c.restricted = 0"));
    auto raised = sql::run(m_db.connection(),
                           QStringLiteral("SELECT category, COUNT(*) FROM concerns c WHERE c.deleted = 0 AND "
                                          "c.first_raised BETWEEN ?1 AND ?2%1 GROUP BY category")
                               .arg(team),
                           args);
    if (!raised)
        return raised.error();
    while (raised->next()) {
        s.raisedByCategory[raised->value(0).toString()] = raised->value(1).toInt();
        s.concernsRaised += raised->value(1).toInt();
    }
    auto byStatus = sql::run(m_db.connection(),
                             QStringLiteral("SELECT status, COUNT(*) FROM concerns c WHERE c.deleted = 0 AND "
                                            "c.first_raised <= ?2%1 GROUP BY status")
                                 .arg(team),
                             args);
    if (!byStatus)
        return byStatus.error();
    while (byStatus->next()) {
        const auto status = enumFromCode<ConcernStatus>(byStatus->value(0).toString());
        if (!status)
            continue;
        s.concernsByStatus[*status] = byStatus->value(1).toInt();
        if (*status != ConcernStatus::Resolved && *status != ConcernStatus::Closed &&
            *status != ConcernStatus::Dropped)
            s.concernsOpen += byStatus->value(1).toInt();
    }
    auto resolved =
        sql::scalar(m_db.connection(),
                    QStringLiteral("SELECT COUNT(DISTINCT h.concern) FROM concern_status_history h "
                                   "JOIN concerns c ON c.uuid = h.concern WHERE h.deleted = 0 AND "
                                   "c.deleted = 0 AND h.status IN ('resolved', 'closed') AND "
                                   "h.date BETWEEN ?1 AND ?2%1")
                        .arg(team),
                    args);
    if (!resolved)
        return resolved.error();
    s.concernsResolved = resolved->toInt();
    auto prioritised = sql::scalar(
        m_db.connection(),
        QStringLiteral("SELECT COUNT(DISTINCT rc.concern) FROM round_concerns rc "
                       "JOIN rounds r ON r.uuid = rc.round JOIN concerns c ON c.uuid = rc.concern "
                       "WHERE rc.deleted = 0 AND r.deleted = 0 AND c.deleted = 0 AND "
                       "rc.chosen = 1 AND r.decided = 1 AND r.date BETWEEN ?1 AND ?2%1")
            .arg(team),
        args);
    if (!prioritised)
        return prioritised.error();
    s.concernsPrioritised = prioritised->toInt();
    return {};
}

Result<void> StatisticsRepository::addActivities(PeriodStatistics& s, Scope scope, const QVariantList& args)
{
    const QString team = teamClause(int(scope), "p");
    // A plan is adopted on the date of the meeting that adopted it, which often falls before or after the
    // start of the plan's own period (a plan for the year adopted in February); only a plan that names no
    // meeting is taken as adopted when its period starts. In force: its period overlaps the report's.
    auto plans = sql::run(
        m_db.connection(),
        QStringLiteral("SELECT SUM(COALESCE(m.date, p.period_start) BETWEEN ?1 AND ?2), "
                       "SUM((p.period_start IS NULL OR p.period_start <= ?2) AND "
                       "(p.period_end IS NULL OR p.period_end >= ?1)) "
                       "FROM plans p LEFT JOIN meetings m ON m.uuid = p.adopted_meeting AND m.deleted = 0 "
                       "WHERE p.deleted = 0 AND p.status IN ('adopted', 'completed')%1")
            .arg(team),
        args);
    if (!plans)
        return plans.error();
    if (plans->next()) {
        s.plansAdopted = plans->value(0).toInt();
        s.plansInForce = plans->value(1).toInt();
    }

    const QString running = QStringLiteral("a.deleted = 0 AND p.deleted = 0 AND p.status <> 'cancelled' AND "
                                           "(a.start_date IS NULL OR a.start_date <= ?2) AND "
                                           "(a.deadline IS NULL OR a.deadline >= ?1)") +
                            team;
    auto activities = sql::run(
        m_db.connection(),
        QStringLiteral("SELECT a.status, COUNT(*), TOTAL(a.amount), "
                       "SUM(a.deadline < ?2 AND a.status NOT IN ('done', 'cancelled')) "
                       "FROM activities a JOIN plans p ON p.uuid = a.plan WHERE %1 GROUP BY a.status")
            .arg(running),
        args);
    if (!activities)
        return activities.error();
    while (activities->next()) {
        if (auto status = enumFromCode<ActivityStatus>(activities->value(0).toString()))
            s.activitiesByStatus[*status] += activities->value(1).toInt();
        s.activitiesOverdue += activities->value(3).toInt();
    }
    auto money =
        sql::run(m_db.connection(),
                 QStringLiteral("SELECT COALESCE(a.funding_source, ''), TOTAL(a.amount) FROM activities a "
                                "JOIN plans p ON p.uuid = a.plan WHERE %1 GROUP BY a.funding_source")
                     .arg(running),
                 args);
    if (!money)
        return money.error();
    while (money->next())
        s.plannedBySource[money->value(0).toString()] = money->value(1).toDouble();

    QStringList reachedSums;
    for (const char* cell : SexAgeCounts::cellCodes())
        reachedSums << QStringLiteral("TOTAL(u.reached_%1)").arg(QString::fromLatin1(cell));
    auto reached = sql::run(
        m_db.connection(),
        QStringLiteral("SELECT %1, TOTAL(u.reached_indirect), TOTAL(u.spent) FROM progress_updates u "
                       "JOIN activities a ON a.uuid = u.activity JOIN plans p ON p.uuid = a.plan "
                       "WHERE u.deleted = 0 AND a.deleted = 0 AND p.deleted = 0 AND "
                       "u.date BETWEEN ?1 AND ?2 AND u.event IS NULL AND u.campaign IS NULL%2")
            .arg(reachedSums.join(u", "), team),
        args);
    if (!reached)
        return reached.error();
    if (reached->next()) {
        for (int i = 0; i < SexAgeCounts::kCells; ++i)
            s.reached.setCell(i, reached->value(i).toInt());
        s.reachedIndirectly = reached->value(SexAgeCounts::kCells).toInt();
        s.spent = reached->value(SexAgeCounts::kCells + 1).toDouble();
    }
    return {};
}

Result<void> StatisticsRepository::addIndicators(PeriodStatistics& s, Scope scope, const QVariantList& args)
{
    const QString team = teamClause(int(scope), "p");
    auto query = sql::run(
        m_db.connection(),
        QStringLiteral(
            "SELECT p.code, a.outcome_indicator, a.outcome_baseline, a.outcome_target, "
            "(SELECT r.value FROM indicator_readings r WHERE r.activity = a.uuid AND r.deleted = 0 "
            "AND r.date <= ?2 ORDER BY r.date DESC, r.modified_hlc DESC LIMIT 1), "
            "(SELECT MAX(r.date) FROM indicator_readings r WHERE r.activity = a.uuid AND r.deleted = 0 "
            "AND r.date <= ?2) "
            "FROM activities a JOIN plans p ON p.uuid = a.plan "
            "WHERE a.deleted = 0 AND p.deleted = 0 AND p.status <> 'cancelled' AND "
            "a.outcome_indicator <> '' AND (a.start_date IS NULL OR a.start_date <= ?2) AND "
            "(a.deadline IS NULL OR a.deadline >= ?1)%1 ORDER BY p.code, a.position")
            .arg(team),
        args);
    if (!query)
        return query.error();
    const auto number = [&](int column) {
        return query->isNull(column) ? std::nullopt : std::optional<double>(query->value(column).toDouble());
    };
    while (query->next())
        s.indicators << PeriodStatistics::Indicator{
            query->value(0).toString(),
            query->value(1).toString(),
            number(2),
            number(3),
            number(4),
            QDate::fromString(query->value(5).toString(), Qt::ISODate)};
    return {};
}

} // namespace hamkori
