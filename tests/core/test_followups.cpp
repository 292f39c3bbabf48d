// What the pages asked of core in session 2: the activity's status follows its latest progress update when an
// update is deleted or restored, a link that exists already is refused, and how many meetings each member
// attended.
#include "Builders.h"
#include "core/storage/MeetingQueries.h"

using namespace hamkori;
using namespace hamkori::coretest;
using hamkori::test::TempDatabase;

namespace {

ProgressUpdate progressAt(const QString& activity, QDate date, ActivityStatus status)
{
    ProgressUpdate update;
    update.activityUuid = activity;
    update.date = date;
    update.status = status;
    return update;
}

ActivityStatus statusOf(Database& db, const QString& activity)
{
    auto stored = PlanRepository(db).activity(activity);
    REQUIRE(stored.ok());
    return stored->status;
}

} // namespace

TEST_CASE("Deleting or restoring a progress update gives the activity the status of the latest one left",
          "[plans][progress][tidy]")
{
    TempDatabase db;
    const QString team = test::makeTeam(*db);
    const QString plan = makePlan(*db, team, u"Нақша"_s, QDate(2026, 3, 1), QDate(2026, 12, 31)).meta.uuid;
    const QString activity = makeActivity(*db, plan, u"Мусобиқаи футбол"_s).meta.uuid;
    PlanRepository plans(*db);
    auto started = plans.addProgress(progressAt(activity, QDate(2026, 4, 1), ActivityStatus::InProgress));
    REQUIRE(started.ok());
    auto delayed = plans.addProgress(progressAt(activity, QDate(2026, 5, 1), ActivityStatus::Delayed));
    REQUIRE(delayed.ok());
    auto done = plans.addProgress(progressAt(activity, QDate(2026, 6, 1), ActivityStatus::Done));
    REQUIRE(done.ok());
    REQUIRE(statusOf(*db, activity) == ActivityStatus::Done);

    // The latest goes: the one before it rules again.
    auto taken = plans.deleteProgress(done->meta.uuid);
    REQUIRE(taken.ok());
    CHECK(statusOf(*db, activity) == ActivityStatus::Delayed);
    // An older one goes: the latest still rules.
    auto takenOlder = plans.deleteProgress(started->meta.uuid);
    REQUIRE(takenOlder.ok());
    CHECK(statusOf(*db, activity) == ActivityStatus::Delayed);

    // Restored, the latest rules again, and it is one transaction in the journal's eyes: the records are
    // live.
    REQUIRE(plans.restoreProgress(*taken).ok());
    CHECK(statusOf(*db, activity) == ActivityStatus::Done);
    CHECK(deletedFlag(*db, u"progress_update"_s, done->meta.uuid) == 0);
    REQUIRE(plans.restoreProgress(*takenOlder).ok());
    CHECK(statusOf(*db, activity) == ActivityStatus::Done);
    REQUIRE(plans.progress(activity)->size() == 3);

    // What is gone cannot go twice.
    REQUIRE(plans.deleteProgress(done->meta.uuid).ok());
    CHECK_FALSE(plans.deleteProgress(done->meta.uuid).ok());
    CHECK(statusOf(*db, activity) == ActivityStatus::Delayed);
}

TEST_CASE("Deleting the only progress update keeps the status, or takes the status given for no progress",
          "[plans][progress][tidy]")
{
    TempDatabase db;
    const QString team = test::makeTeam(*db);
    const QString plan = makePlan(*db, team, u"Нақша"_s, QDate(2026, 3, 1), QDate(2026, 12, 31)).meta.uuid;
    const QString activity = makeActivity(*db, plan, u"Семинар"_s).meta.uuid;
    PlanRepository plans(*db);
    REQUIRE(statusOf(*db, activity) == ActivityStatus::Planned);

    auto only = plans.addProgress(progressAt(activity, QDate(2026, 4, 1), ActivityStatus::InProgress));
    REQUIRE(only.ok());
    REQUIRE(statusOf(*db, activity) == ActivityStatus::InProgress);
    auto taken = plans.deleteProgress(only->meta.uuid);
    REQUIRE(taken.ok());
    CHECK(statusOf(*db, activity) == ActivityStatus::InProgress); // nothing to follow: left as it was

    REQUIRE(plans.restoreProgress(*taken).ok());
    auto again = plans.deleteProgress(only->meta.uuid, ActivityStatus::Planned);
    REQUIRE(again.ok());
    CHECK(statusOf(*db, activity) == ActivityStatus::Planned);
    REQUIRE(plans.restoreProgress(*again).ok());
    CHECK(statusOf(*db, activity) == ActivityStatus::InProgress);
}

TEST_CASE("A link that exists already is refused with a message and nothing is written",
          "[concerns][links][tidy]")
{
    TempDatabase db;
    const QString team = test::makeTeam(*db);
    const Concern drugs = makeConcern(*db, team, u"Нашъамандӣ"_s, QDate(2026, 1, 10), u"drugs_alcohol"_s);
    const Concern theft = makeConcern(*db, team, u"Дуздӣ"_s, QDate(2026, 1, 11), u"theft"_s);
    ConcernRepository concerns(*db);
    auto link = concerns.addLink(drugs.meta.uuid, theft.meta.uuid, LinkKind::Causes, u"money for drugs"_s);
    REQUIRE(link.ok());

    requireRefused(*db, u"link"_s, [&] {
        return concerns.addLink(drugs.meta.uuid, theft.meta.uuid, LinkKind::Causes, u"another note"_s);
    });
    auto again = concerns.addLink(drugs.meta.uuid, theft.meta.uuid, LinkKind::Causes, u"another note"_s);
    REQUIRE_FALSE(again.ok());
    CHECK(again.error().message.contains(drugs.code));
    CHECK(again.error().message.contains(theft.code));
    CHECK(concerns.links(drugs.meta.uuid)->first().note == u"money for drugs"_s);

    // Another kind, or the other way round, is another link.
    CHECK(concerns.addLink(drugs.meta.uuid, theft.meta.uuid, LinkKind::Aggravates, QString()).ok());
    CHECK(concerns.addLink(theft.meta.uuid, drugs.meta.uuid, LinkKind::Causes, QString()).ok());
    // A removed link may be made again.
    REQUIRE(concerns.removeLink(link->meta.uuid).ok());
    auto remade = concerns.addLink(drugs.meta.uuid, theft.meta.uuid, LinkKind::Causes, u"again"_s);
    REQUIRE(remade.ok());
    CHECK(remade->note == u"again"_s);
    CHECK(concerns.links(drugs.meta.uuid)->size() == 3);
}

TEST_CASE("Meetings attended counts each member's live attendance at the team's live meetings",
          "[meetings][attendance][tidy]")
{
    TempDatabase db;
    const QString isfara = test::makeTeam(*db, u"ISF"_s);
    const QString khujand = test::makeTeam(*db, u"KHJ"_s);
    const QString zarina = makeMember(*db, isfara, u"Зарина"_s).meta.uuid;
    const QString farhod = makeMember(*db, isfara, u"Фарҳод"_s, Sex::Male).meta.uuid;
    const QString olim = makeMember(*db, isfara, u"Олим"_s, Sex::Male).meta.uuid;
    const QString other = makeMember(*db, khujand, u"Нилуфар"_s).meta.uuid;
    const QString january = makeMeeting(*db, isfara, QDate(2026, 1, 15)).meta.uuid;
    const QString february = makeMeeting(*db, isfara, QDate(2026, 2, 15)).meta.uuid;
    const QString march = makeMeeting(*db, isfara, QDate(2026, 3, 15)).meta.uuid;
    const QString elsewhere = makeMeeting(*db, khujand, QDate(2026, 1, 20)).meta.uuid;
    MeetingRepository meetings(*db);
    for (const QString& meeting : {january, february, march})
        REQUIRE(meetings.setPresent(meeting, zarina, true).ok());
    REQUIRE(meetings.setPresent(february, farhod, true).ok());
    REQUIRE(meetings.setPresent(march, farhod, true).ok());
    REQUIRE(meetings.setPresent(elsewhere, other, true).ok());
    // Ticked and unticked again: not there.
    REQUIRE(meetings.setPresent(january, olim, true).ok());
    REQUIRE(meetings.setPresent(january, olim, false).ok());

    auto counts = MeetingQueries(*db).meetingsAttendedCounts(isfara);
    REQUIRE(counts.ok());
    CHECK(counts->value(zarina) == 3);
    CHECK(counts->value(farhod) == 2);
    CHECK_FALSE(counts->contains(olim));
    CHECK_FALSE(counts->contains(other)); // another team's member

    // A deleted meeting no longer counts; undoing the delete brings it back.
    auto taken = meetings.deleteMeeting(march);
    REQUIRE(taken.ok());
    counts = MeetingQueries(*db).meetingsAttendedCounts(isfara);
    CHECK(counts->value(zarina) == 2);
    CHECK(counts->value(farhod) == 1);
    REQUIRE(meetings.restore(*taken).ok());
    CHECK(MeetingQueries(*db).meetingsAttendedCounts(isfara)->value(zarina) == 3);
}
