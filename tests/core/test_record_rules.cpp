// Rules that hold across every kind of record: records stay in their team, codes stay unique within a team,
// deleted meetings cannot be referred to, deletes can be undone, and the clock's stamps stay in order.
#include "Builders.h"
#include "core/storage/HybridClock.h"
#include "core/storage/PrioritisationRepository.h"

using namespace hamkori;
using namespace hamkori::coretest;
using hamkori::test::TempDatabase;

TEST_CASE("A record cannot move to another team", "[rules]")
{
    TempDatabase db;
    const QString isfara = test::makeTeam(*db, u"ISF"_s);
    const QString kulob = test::makeTeam(*db, u"KUL"_s);
    Concern concern = makeConcern(*db, isfara, u"Кӯчаҳои торик"_s, QDate(2026, 2, 1));
    Meeting meeting = makeMeeting(*db, isfara, QDate(2026, 2, 1));
    const QString before = test::dumpDatabase(*db);

    concern.teamUuid = kulob;
    auto moved = ConcernRepository(*db).updateConcern(concern);
    REQUIRE_FALSE(moved.ok());
    CHECK(moved.error().field == u"team"_s);
    meeting.teamUuid = kulob;
    CHECK(MeetingRepository(*db).updateMeeting(meeting).error().field == u"team"_s);
    CHECK(test::dumpDatabase(*db) == before);
}

TEST_CASE("A typed code already used in the team is refused, another team may use it", "[rules]")
{
    TempDatabase db;
    const QString isfara = test::makeTeam(*db, u"ISF"_s);
    const QString kulob = test::makeTeam(*db, u"KUL"_s);
    const Concern first = makeConcern(*db, isfara, u"Драки"_s, QDate(2026, 2, 1));
    REQUIRE(first.code == u"ISF-2026-001"_s);

    Concern copy;
    copy.teamUuid = isfara;
    copy.title = u"Другая"_s;
    copy.code = first.code;
    copy.categoryUuid = test::categoryUuid(*db);
    const qint64 journal = db->records().journalSize();
    auto refused = ConcernRepository(*db).createConcern(copy);
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.error().field == u"code"_s);
    CHECK(refused.errorMessage().contains(first.code));
    CHECK(db->records().journalSize() == journal);

    copy.teamUuid = kulob;
    CHECK(ConcernRepository(*db).createConcern(copy).ok());

    const Meeting meeting = makeMeeting(*db, isfara, QDate(2026, 3, 1));
    Meeting second;
    second.teamUuid = isfara;
    second.date = QDate(2026, 4, 1);
    second.code = meeting.code;
    CHECK(MeetingRepository(*db).createMeeting(second).error().field == u"code"_s);

    const ActionPlan plan = makePlan(*db, isfara, u"Нақша"_s, QDate(2026, 1, 1), QDate(2026, 12, 31));
    ActionPlan twin = plan;
    twin.meta = {};
    twin.concernUuids.clear();
    CHECK(PlanRepository(*db).createPlan(twin).error().field == u"code"_s);
    // Its own code is no clash when the plan is saved again.
    CHECK(PlanRepository(*db).updatePlan(plan).ok());
}

TEST_CASE("A record that arrived with a code taken here stays editable, a new clash is still refused",
          "[rules][sync]")
{
    // Two laptops registered a concern at the same time and both took ISF-2026-002; the exchange brought the
    // other laptop's record here with that code (written as an import writes it, through the record store).
    TempDatabase db;
    const QString isfara = test::makeTeam(*db, u"ISF"_s);
    makeConcern(*db, isfara, u"Драки"_s, QDate(2026, 2, 1));
    const Concern mine = makeConcern(*db, isfara, u"Кӯчаҳои торик"_s, QDate(2026, 2, 2));
    Concern theirs = makeConcern(*db, isfara, u"Оби нӯшокӣ"_s, QDate(2026, 2, 3));
    {
        Transaction arrival(*db);
        REQUIRE(db->records().update(u"concern"_s, theirs.meta.uuid, {{u"code"_s, mine.code}}).ok());
        REQUIRE(arrival.commit().ok());
    }
    theirs = *ConcernRepository(*db).concern(theirs.meta.uuid);
    REQUIRE(theirs.code == mine.code);

    theirs.title = u"Оби нӯшокии ифлос"_s;
    auto edited = ConcernRepository(*db).updateConcern(theirs);
    INFO(edited.errorMessage().toStdString());
    CHECK(edited.ok());
    CHECK(ConcernRepository(*db).concern(theirs.meta.uuid)->title == u"Оби нӯшокии ифлос"_s);

    // Typing another record's code is still refused.
    Concern first = *ConcernRepository(*db).concern(mine.meta.uuid);
    first.code = u"ISF-2026-001"_s;
    auto clash = ConcernRepository(*db).updateConcern(first);
    REQUIRE_FALSE(clash.ok());
    CHECK(clash.error().field == u"code"_s);
}

TEST_CASE("A deleted meeting cannot be where a concern was raised, a round held or a plan adopted", "[rules]")
{
    TempDatabase db;
    const QString team = test::makeTeam(*db, u"ISF"_s);
    const Meeting meeting = makeMeeting(*db, team, QDate(2026, 3, 1));
    REQUIRE(MeetingRepository(*db).deleteMeeting(meeting.meta.uuid).ok());

    Concern concern;
    concern.teamUuid = team;
    concern.title = u"Драки"_s;
    concern.categoryUuid = test::categoryUuid(*db);
    concern.firstMeetingUuid = meeting.meta.uuid;
    CHECK(ConcernRepository(*db).createConcern(concern).error().field == u"meeting"_s);

    PrioritisationRound round;
    round.teamUuid = team;
    round.date = QDate(2026, 3, 1);
    round.meetingUuid = meeting.meta.uuid;
    CHECK(PrioritisationRepository(*db).createRound(round).error().field == u"meeting"_s);

    ActionPlan plan;
    plan.teamUuid = team;
    plan.title = u"Нақша"_s;
    plan.adoptedMeetingUuid = meeting.meta.uuid;
    CHECK(PlanRepository(*db).createPlan(plan).error().field == u"meeting"_s);
}

TEST_CASE("A delete is undone by restoring what it took, in one transaction of its own", "[rules]")
{
    TempDatabase db;
    const QString team = test::makeTeam(*db, u"ISF"_s);
    const Concern concern = makeConcern(*db, team, u"Драки"_s, QDate(2026, 2, 1));
    auto deleted = ConcernRepository(*db).deleteConcern(concern.meta.uuid);
    REQUIRE(deleted.ok());
    CHECK(deleted->size() == 2); // the concern and its first status entry
    CHECK_FALSE(ConcernRepository(*db).concern(concern.meta.uuid).ok());

    REQUIRE_FALSE(db->inTransaction());
    REQUIRE(ConcernRepository(*db).restore(*deleted).ok());
    CHECK(ConcernRepository(*db).concern(concern.meta.uuid)->title == u"Драки"_s);
    CHECK(ConcernRepository(*db).statusHistory(concern.meta.uuid)->size() == 1);
}

TEST_CASE("When the counter is full the clock moves on a millisecond, keeping stamps in order",
          "[rules][clock]")
{
    test::ManualClock wall(1'000'000);
    HybridClock clock(u"dev"_s, &wall);
    // A stamp from a laptop whose clock is ahead, with a full counter.
    clock.observe(HlcStamp{5'000'000, HybridClock::kMaxCounter, u"other"_s}.toString());
    const QString next = clock.tick();
    const HlcStamp parsed = HlcStamp::parse(next);
    CHECK(parsed.wallMs == 5'000'001);
    CHECK(parsed.counter == 0);
    CHECK(next > HlcStamp{5'000'000, HybridClock::kMaxCounter, u"other"_s}.toString());
    CHECK(clock.tick() > next);
}

TEST_CASE("A failure inside a nested transaction says that nothing was saved", "[rules]")
{
    TempDatabase db;
    const qint64 journal = db->records().journalSize();
    {
        Transaction outer(*db);
        {
            Transaction inner(*db); // goes out of scope without commit: the whole change must roll back
        }
        auto committed = outer.commit();
        REQUIRE_FALSE(committed.ok());
        CHECK(committed.errorMessage().contains(u"Nothing was changed"_s));
    }
    CHECK(db->records().journalSize() == journal);
    CHECK_FALSE(db->inTransaction());
}
