// Period statistics and record counts over a small data set built by hand, with the numbers worked out
// below. The period is the first quarter of 2026; two teams, Isfara (ISF) and Khujand (KHJ).
#include "Builders.h"
#include "core/storage/PrioritisationRepository.h"
#include "core/storage/StatisticsRepository.h"

using namespace hamkori;
using namespace hamkori::coretest;
using hamkori::test::TempDatabase;

namespace {

const QDate kFrom(2026, 1, 1);
const QDate kTo(2026, 3, 31);

SexAgeCounts counts(std::initializer_list<std::tuple<Sex, AgeBand, int>> cells)
{
    SexAgeCounts result;
    for (const auto& [sex, band, count] : cells)
        result.set(sex, band, count);
    return result;
}

struct DataSet
{
    QString isfara, khujand;
    QString violence, fights, oldTheft, dropped;
    QString dv, youth, theft, drugs, road;
    QString hukumatBudget, smallGrant, community, policeBudget;
};

void present(Database& db, const Meeting& meeting, const QList<Member>& members)
{
    for (const Member& member : members)
        REQUIRE(MeetingRepository(db).setPresent(meeting.meta.uuid, member.meta.uuid, true).ok());
}

// Isfara: meetings on 15.01 (regular; guests F18–29 ×3, M30–49 ×2; Aziza and Bakhtiyor present) and 20.02
// (women's focus group; guests F<18 ×4, F30–49 ×6; Aziza and Gulnora present); 20.12.2025 is outside the
// period; a deleted meeting on 25.01 does not count. Khujand: 05.03 (consultation; guests M<18 ×10; Davron).
void addMeetings(Database& db, DataSet& d)
{
    const Member aziza = makeMember(db, d.isfara, u"Азиза"_s, Sex::Female, AgeBand::From18To29);
    const Member bakhtiyor = makeMember(db, d.isfara, u"Бахтиёр"_s, Sex::Male, AgeBand::From30To49);
    const Member gulnora = makeMember(db, d.isfara, u"Гулнора"_s, Sex::Female, AgeBand::From50);
    const Member davron = makeMember(db, d.khujand, u"Даврон"_s, Sex::Male, AgeBand::From18To29);
    present(db,
            makeMeeting(db, d.isfara, QDate(2026, 1, 15), MeetingKind::Regular,
                        counts({{Sex::Female, AgeBand::From18To29, 3}, {Sex::Male, AgeBand::From30To49, 2}})),
            {aziza, bakhtiyor});
    present(db,
            makeMeeting(db, d.isfara, QDate(2026, 2, 20), MeetingKind::WomenFocusGroup,
                        counts({{Sex::Female, AgeBand::Under18, 4}, {Sex::Female, AgeBand::From30To49, 6}})),
            {aziza, gulnora});
    present(db,
            makeMeeting(db, d.isfara, QDate(2025, 12, 20), MeetingKind::Regular,
                        counts({{Sex::Male, AgeBand::From50, 7}})),
            {bakhtiyor});
    const Meeting deleted = makeMeeting(db, d.isfara, QDate(2026, 1, 25), MeetingKind::Regular,
                                        counts({{Sex::Male, AgeBand::From50, 100}}));
    present(db, deleted, {gulnora});
    REQUIRE(MeetingRepository(db).deleteMeeting(deleted.meta.uuid).ok());
    present(db,
            makeMeeting(db, d.khujand, QDate(2026, 3, 5), MeetingKind::CommunityConsultation,
                        counts({{Sex::Male, AgeBand::Under18, 10}})),
            {davron});
}

// Isfara: violence (15.01, resolved 10.03), fights (01.02, analysed, then prioritised 25.02), old theft
// (01.11.2025, closed 15.02), dropped (01.03, dropped 20.03), drugs (10.04, after the period). Khujand: road
// (20.01, raised).
void addConcerns(Database& db, DataSet& d)
{
    ConcernRepository concerns(db);
    d.violence = makeConcern(db, d.isfara, u"Зӯроварии оилавӣ"_s, QDate(2026, 1, 15)).meta.uuid;
    d.fights = makeConcern(db, d.isfara, u"Драки"_s, QDate(2026, 2, 1), u"youth_crime"_s).meta.uuid;
    d.oldTheft = makeConcern(db, d.isfara, u"Дуздӣ"_s, QDate(2025, 11, 1), u"theft"_s).meta.uuid;
    d.dropped = makeConcern(db, d.isfara, u"Граффити"_s, QDate(2026, 3, 1), u"youth_crime"_s).meta.uuid;
    makeConcern(db, d.isfara, u"Нашъа"_s, QDate(2026, 4, 10), u"drugs_alcohol"_s);
    makeConcern(db, d.khujand, u"ДТП у рынка"_s, QDate(2026, 1, 20), u"road_safety"_s);
    REQUIRE(concerns.changeStatus(d.violence, ConcernStatus::Resolved, QDate(2026, 3, 10), QString()).ok());
    REQUIRE(concerns.changeStatus(d.fights, ConcernStatus::Analysed, QDate(2026, 2, 10), QString()).ok());
    REQUIRE(concerns.changeStatus(d.oldTheft, ConcernStatus::Closed, QDate(2026, 2, 15), QString()).ok());
    REQUIRE(
        concerns.changeStatus(d.dropped, ConcernStatus::Dropped, QDate(2026, 3, 20), u"Not a safety issue"_s)
            .ok());
    const Concern deleted = makeConcern(db, d.isfara, u"Deleted"_s, QDate(2026, 2, 2));
    REQUIRE(concerns.deleteConcern(deleted.meta.uuid).ok());

    PrioritisationRound round;
    round.teamUuid = d.isfara;
    round.date = QDate(2026, 2, 25);
    round.concernUuids = {d.violence, d.fights};
    auto created = PrioritisationRepository(db).createRound(round);
    REQUIRE(created.ok());
    REQUIRE(PrioritisationRepository(db)
                .decide(created->meta.uuid, {d.fights}, QString(), QDate(2026, 2, 25))
                .ok());
}

void addProgress(Database& db, const Activity& activity, QDate date, ActivityStatus status,
                 const SexAgeCounts& reached, int indirectly, double spent)
{
    ProgressUpdate u;
    u.activityUuid = activity.meta.uuid;
    u.date = date;
    u.status = status;
    u.reached = reached;
    u.reachedIndirectly = indirectly;
    u.spentSomoni = spent;
    REQUIRE(PlanRepository(db).addProgress(u).ok());
}

// Isfara, adopted plan for 2026: a1 10.01–28.02, 1500 TJS Hukumat budget, done on 10.02 (reached F<18 ×20,
// M<18 ×15, 100 indirectly, 1200.50 spent); a2 01.02–15.03, 800 TJS small grant, in progress on 01.03 (F30–49
// ×7, 300 spent), overdue at 31.03; a3 May–June, outside the period; a4 without dates or money. Draft plan:
// a5 01.03–31.03, 250 TJS community, progress dated 05.04 (outside). Cancelled plan: a6, never counted.
// Khujand, adopted from 01.03: a7 01.03–20.03, 400 TJS police budget, delayed on 10.03 (M18–29 ×5, 50
// indirectly, 100 spent).
void addPlans(Database& db, DataSet& d)
{
    const QString p1 =
        makePlan(db, d.isfara, u"Нақшаи 2026"_s, QDate(2026, 1, 1), QDate(2026, 12, 31)).meta.uuid;
    const Activity a1 =
        makeActivity(db, p1, u"a1"_s, QDate(2026, 1, 10), QDate(2026, 2, 28), 1500, u"hukumat_budget"_s);
    const Activity a2 =
        makeActivity(db, p1, u"a2"_s, QDate(2026, 2, 1), QDate(2026, 3, 15), 800, u"small_grant"_s);
    makeActivity(db, p1, u"a3"_s, QDate(2026, 5, 1), QDate(2026, 6, 30), 5000, u"hukumat_budget"_s);
    makeActivity(db, p1, u"a4"_s);
    addProgress(db, a1, QDate(2026, 2, 10), ActivityStatus::Done,
                counts({{Sex::Female, AgeBand::Under18, 20}, {Sex::Male, AgeBand::Under18, 15}}), 100,
                1200.5);
    addProgress(db, a2, QDate(2026, 3, 1), ActivityStatus::InProgress,
                counts({{Sex::Female, AgeBand::From30To49, 7}}), 0, 300);

    const QString p2 =
        makePlan(db, d.isfara, u"Draft"_s, QDate(2026, 2, 1), QDate(2026, 6, 30), PlanStatus::Draft)
            .meta.uuid;
    const Activity a5 = makeActivity(db, p2, u"a5"_s, QDate(2026, 3, 1), QDate(2026, 3, 31), 250,
                                     u"community_contribution"_s);
    addProgress(db, a5, QDate(2026, 4, 5), ActivityStatus::InProgress,
                counts({{Sex::Male, AgeBand::From18To29, 9}}), 0, 0);
    const QString p3 =
        makePlan(db, d.isfara, u"Cancelled"_s, QDate(2026, 1, 1), QDate(2026, 3, 31), PlanStatus::Cancelled)
            .meta.uuid;
    makeActivity(db, p3, u"a6"_s, QDate(2026, 1, 1), QDate(2026, 3, 1), 999, u"hukumat_budget"_s);

    const QString p4 = makePlan(db, d.khujand, u"План"_s, QDate(2026, 3, 1), QDate(2026, 12, 31)).meta.uuid;
    const Activity a7 =
        makeActivity(db, p4, u"a7"_s, QDate(2026, 3, 1), QDate(2026, 3, 20), 400, u"police_budget"_s);
    addProgress(db, a7, QDate(2026, 3, 10), ActivityStatus::Delayed,
                counts({{Sex::Male, AgeBand::From18To29, 5}}), 50, 100);
}

DataSet makeDataSet(Database& db)
{
    DataSet d;
    d.isfara = test::makeTeam(db, u"ISF"_s);
    d.khujand = test::makeTeam(db, u"KHJ"_s);
    d.dv = test::categoryUuid(db, u"domestic_violence"_s);
    d.youth = test::categoryUuid(db, u"youth_crime"_s);
    d.road = test::categoryUuid(db, u"road_safety"_s);
    d.hukumatBudget = test::referenceUuid(db, u"funding_source"_s, u"hukumat_budget"_s);
    d.smallGrant = test::referenceUuid(db, u"funding_source"_s, u"small_grant"_s);
    d.community = test::referenceUuid(db, u"funding_source"_s, u"community_contribution"_s);
    d.policeBudget = test::referenceUuid(db, u"funding_source"_s, u"police_budget"_s);
    addMeetings(db, d);
    addConcerns(db, d);
    addPlans(db, d);
    return d;
}

analysis::PeriodStatistics statistics(Database& db, const QString& team)
{
    auto result = StatisticsRepository(db).period(team, kFrom, kTo);
    INFO(result.errorMessage().toStdString());
    REQUIRE(result.ok());
    CHECK(result->teamUuid == team);
    CHECK(result->from == kFrom);
    CHECK(result->to == kTo);
    return *result;
}

} // namespace

TEST_CASE("Period statistics of one team count meetings, people, concerns and activities", "[statistics]")
{
    TempDatabase db;
    const DataSet d = makeDataSet(*db);
    const analysis::PeriodStatistics s = statistics(*db, d.isfara);

    CHECK(s.meetings == 2);
    CHECK(s.meetingsByKind ==
          QMap<MeetingKind, int>{{MeetingKind::Regular, 1}, {MeetingKind::WomenFocusGroup, 1}});
    CHECK(s.guests == counts({{Sex::Female, AgeBand::Under18, 4},
                              {Sex::Female, AgeBand::From18To29, 3},
                              {Sex::Female, AgeBand::From30To49, 6},
                              {Sex::Male, AgeBand::From30To49, 2}}));
    CHECK(s.membersPresent == counts({{Sex::Female, AgeBand::From18To29, 2},
                                      {Sex::Male, AgeBand::From30To49, 1},
                                      {Sex::Female, AgeBand::From50, 1}}));
    CHECK(s.participants().total() == 19);
    CHECK(s.participants().total(Sex::Female) == 16);

    CHECK(s.concernsRaised == 3);
    CHECK(s.raisedByCategory == QMap<QString, int>{{d.dv, 1}, {d.youth, 2}});
    CHECK(s.concernsByStatus == QMap<ConcernStatus, int>{{ConcernStatus::Resolved, 1},
                                                         {ConcernStatus::Prioritised, 1},
                                                         {ConcernStatus::Closed, 1},
                                                         {ConcernStatus::Dropped, 1}});
    CHECK(s.concernsOpen == 1);
    CHECK(s.concernsResolved == 2);
    CHECK(s.concernsPrioritised == 1);

    CHECK(s.plansAdopted == 1);
    CHECK(s.activitiesByStatus == QMap<ActivityStatus, int>{{ActivityStatus::Done, 1},
                                                            {ActivityStatus::InProgress, 2},
                                                            {ActivityStatus::Planned, 1}});
    CHECK(s.activitiesOverdue == 1);
    CHECK(s.plannedBySource ==
          QMap<QString, double>{
              {d.hukumatBudget, 1500.0}, {d.smallGrant, 800.0}, {d.community, 250.0}, {QString(), 0.0}});
    CHECK(s.reached == counts({{Sex::Female, AgeBand::Under18, 20},
                               {Sex::Male, AgeBand::Under18, 15},
                               {Sex::Female, AgeBand::From30To49, 7}}));
    CHECK(s.reached.total() == 42);
    CHECK(s.reachedIndirectly == 100);
    CHECK(s.spent == Approx(1500.5));
}

TEST_CASE("Period statistics of all teams add the other teams' records", "[statistics]")
{
    TempDatabase db;
    const DataSet d = makeDataSet(*db);
    const analysis::PeriodStatistics s = statistics(*db, QString());

    CHECK(s.meetings == 3);
    CHECK(s.meetingsByKind[MeetingKind::CommunityConsultation] == 1);
    CHECK(s.guests.total() == 25);
    CHECK(s.guests.at(Sex::Male, AgeBand::Under18) == 10);
    CHECK(s.membersPresent.total() == 5);
    CHECK(s.membersPresent.at(Sex::Male, AgeBand::From18To29) == 1);

    CHECK(s.concernsRaised == 4);
    CHECK(s.raisedByCategory == QMap<QString, int>{{d.dv, 1}, {d.youth, 2}, {d.road, 1}});
    CHECK(s.concernsByStatus[ConcernStatus::Raised] == 1);
    CHECK(s.concernsOpen == 2);
    CHECK(s.concernsResolved == 2);
    CHECK(s.concernsPrioritised == 1);

    CHECK(s.plansAdopted == 2);
    CHECK(s.activitiesByStatus[ActivityStatus::Delayed] == 1);
    CHECK(s.activitiesOverdue == 2);
    CHECK(s.plannedBySource[d.policeBudget] == 400.0);
    CHECK(s.plannedBySource.size() == 5);
    CHECK(s.reached.total() == 47);
    CHECK(s.reachedIndirectly == 150);
    CHECK(s.spent == Approx(1600.5));
}

TEST_CASE("A period without records gives zeros, and other teams' records never leak in", "[statistics]")
{
    TempDatabase db;
    const DataSet d = makeDataSet(*db);
    auto empty = StatisticsRepository(*db).period(d.khujand, QDate(2024, 1, 1), QDate(2024, 12, 31));
    REQUIRE(empty.ok());
    CHECK(empty->meetings == 0);
    CHECK(empty->participants().total() == 0);
    CHECK(empty->concernsRaised == 0);
    CHECK(empty->concernsByStatus.isEmpty());
    CHECK(empty->plansAdopted == 0);
    CHECK(empty->activitiesByStatus.isEmpty());
    CHECK(empty->reached.total() == 0);
    CHECK(empty->spent == 0.0);

    const analysis::PeriodStatistics khujand = statistics(*db, d.khujand);
    CHECK(khujand.meetings == 1);
    CHECK(khujand.guests.total() == 10);
    CHECK(khujand.membersPresent.total() == 1);
    CHECK(khujand.concernsRaised == 1);
    CHECK(khujand.concernsOpen == 1);
    CHECK(khujand.concernsResolved == 0);
    CHECK(khujand.activitiesOverdue == 1);
    CHECK(khujand.reached.total() == 5);
}

TEST_CASE("Record counts leave tombstones out", "[statistics]")
{
    TempDatabase db;
    makeDataSet(*db);
    auto c = StatisticsRepository(*db).kindCounts();
    REQUIRE(c.ok());
    CHECK(c->teams == 2);
    CHECK(c->members == 4);
    CHECK(c->meetings == 4); // the deleted one left out
    CHECK(c->concerns == 6); // the deleted one left out
    CHECK(c->rounds == 1);
    CHECK(c->plans == 4);
    CHECK(c->activities == 7);
    CHECK(c->updates == 4);
    CHECK(c->journal == db->records().journalSize());
    CHECK(c->journal > 0);
}

namespace {

/// An adopted plan for the period [start, end], adopted at a meeting on `adopted` (none when null).
void makeAdoptedPlan(Database& db, const QString& team, QDate adopted, QDate start, QDate end,
                     PlanStatus status = PlanStatus::Adopted)
{
    ActionPlan plan = makePlan(db, team, u"Plan"_s, start, end, status);
    if (adopted.isNull())
        return;
    plan.adoptedMeetingUuid = makeMeeting(db, team, adopted).meta.uuid;
    REQUIRE(PlanRepository(db).updatePlan(plan).ok());
}

} // namespace

// The first quarter of 2026 again. A: a plan for July 2025 – June 2026, adopted on 10.02.2026 (adopted in the
// quarter, in force). C: names no meeting, its period starts 01.02.2026 (adopted, in force). F: completed,
// 01.04.2025 – 31.01.2026, adopted 30.03.2025 (in force only). D: the year 2025, adopted 10.01.2025
// (neither). E: a draft inside the quarter (neither). Adopted: A and C = 2; in force: A, C and F = 3.
// Counting by the plan's own period, as before, found only C.
TEST_CASE("Period statistics count plans adopted at a meeting in the period, and plans in force",
          "[statistics][plans]")
{
    TempDatabase db;
    const QString team = test::makeTeam(*db, u"ISF"_s);
    makeAdoptedPlan(*db, team, QDate(2026, 2, 10), QDate(2025, 7, 1), QDate(2026, 6, 30));
    makeAdoptedPlan(*db, team, QDate(), QDate(2026, 2, 1), QDate(2026, 12, 31));
    makeAdoptedPlan(*db, team, QDate(2025, 3, 30), QDate(2025, 4, 1), QDate(2026, 1, 31),
                    PlanStatus::Completed);
    makeAdoptedPlan(*db, team, QDate(2025, 1, 10), QDate(2025, 1, 1), QDate(2025, 12, 31));
    makeAdoptedPlan(*db, team, QDate(2026, 1, 20), QDate(2026, 1, 1), QDate(2026, 3, 31), PlanStatus::Draft);

    const analysis::PeriodStatistics s = statistics(*db, team);
    CHECK(s.plansAdopted == 2);
    CHECK(s.plansInForce == 3);

    // A plan adopted at a meeting in January for a period that starts in April counts as adopted in the
    // quarter.
    makeAdoptedPlan(*db, team, QDate(2026, 1, 25), QDate(2026, 4, 1), QDate(2026, 12, 31));
    const analysis::PeriodStatistics later = statistics(*db, team);
    CHECK(later.plansAdopted == 3);
    CHECK(later.plansInForce == 3);
}
