// Meetings and attendance: stored fields, codes, derived attendance records and what is refused.
#include "Builders.h"

using namespace hamkori;
using namespace hamkori::coretest;
using hamkori::test::TempDatabase;

namespace {

SexAgeCounts guests(std::initializer_list<std::pair<int, int>> cells)
{
    SexAgeCounts counts;
    for (const auto& [cell, count] : cells)
        counts.setCell(cell, count);
    return counts;
}

Meeting fullMeeting(const QString& team)
{
    Meeting meeting;
    meeting.teamUuid = team;
    meeting.kind = MeetingKind::WomenFocusGroup;
    meeting.date = QDate(2026, 2, 14);
    meeting.place = u"Мактаби №3, деҳаи Ворух"_s;
    meeting.facilitator = u"Нигина Саидова"_s;
    meeting.minutesNumber = u"7"_s;
    meeting.agenda = u"1. Бехатарии роҳ\n2. Равшании кӯчаҳо"_s;
    meeting.minutes = u"Иштирокчиён масъалаи равшании кӯчаро муҳокима карданд."_s;
    meeting.decisions = u"Ба ҷамоат муроҷиат карда шавад."_s;
    meeting.guests = guests({{0, 1}, {1, 2}, {2, 3}, {3, 4}, {4, 5}, {5, 6}, {6, 7}, {7, 8}});
    meeting.chair = u"Ғуломшоева Нигора Қурбоналиевна"_s;
    meeting.secretary = u"Ҷӯраев Фаррух"_s;
    return meeting;
}

void requireSameMeeting(const Meeting& read, const Meeting& written)
{
    CHECK(read.teamUuid == written.teamUuid);
    CHECK(read.kind == written.kind);
    CHECK(read.date == written.date);
    CHECK(read.place == written.place);
    CHECK(read.facilitator == written.facilitator);
    CHECK(read.minutesNumber == written.minutesNumber);
    CHECK(read.agenda == written.agenda);
    CHECK(read.minutes == written.minutes);
    CHECK(read.decisions == written.decisions);
    CHECK(read.guests == written.guests);
    CHECK(read.chair == written.chair);
    CHECK(read.secretary == written.secretary);
}

} // namespace

TEST_CASE("A meeting and its attendance keep every field across a reopen", "[meetings]")
{
    TempDatabase db;
    const QString team = test::makeTeam(*db);
    const Member aziza = makeMember(*db, team, u"Азиза"_s);
    const Member bakhtiyor = makeMember(*db, team, u"Бахтиёр"_s, Sex::Male);
    const Meeting written = fullMeeting(team);
    auto created = MeetingRepository(*db).createMeeting(written);
    REQUIRE(created.ok());
    CHECK(created->code == u"ISF-M-2026-01"_s);
    REQUIRE(MeetingRepository(*db).setPresent(created->meta.uuid, aziza.meta.uuid, true).ok());
    REQUIRE(MeetingRepository(*db).setPresent(created->meta.uuid, bakhtiyor.meta.uuid, true).ok());

    db.reopen();
    auto read = MeetingRepository(*db).meeting(created->meta.uuid);
    REQUIRE(read.ok());
    requireSameMeeting(*read, written);
    CHECK(read->code == u"ISF-M-2026-01"_s);
    CHECK(read->guests.total() == 36);
    CHECK(*MeetingRepository(*db).presentMembers(created->meta.uuid) ==
          QStringList{aziza.meta.uuid, bakhtiyor.meta.uuid}); // by name

    Meeting changed = *read;
    changed.kind = MeetingKind::Review;
    changed.date = QDate(2026, 3, 1);
    changed.place = u"Community policing centre"_s;
    changed.facilitator = u"Farrukh"_s;
    changed.minutesNumber = u"8/2026"_s;
    changed.agenda.clear();
    changed.minutes = u"Short."_s;
    changed.decisions = u"None."_s;
    changed.guests = guests({{4, 12}});
    changed.chair = u"Farrukh Juraev"_s;
    changed.secretary.clear();
    REQUIRE(MeetingRepository(*db).updateMeeting(changed).ok());
    REQUIRE(MeetingRepository(*db).setPresent(created->meta.uuid, aziza.meta.uuid, false).ok());

    db.reopen();
    auto again = MeetingRepository(*db).meeting(created->meta.uuid);
    REQUIRE(again.ok());
    requireSameMeeting(*again, changed);
    CHECK(again->guests.at(Sex::Male, AgeBand::Under18) == 12);
    CHECK(again->guests.total() == 12);
    CHECK(*MeetingRepository(*db).presentMembers(created->meta.uuid) == QStringList{bakhtiyor.meta.uuid});
}

TEST_CASE("Meetings are listed newest first and found by code", "[meetings]")
{
    TempDatabase db;
    const QString team = test::makeTeam(*db);
    const Meeting january = makeMeeting(*db, team, QDate(2026, 1, 10));
    const Meeting march = makeMeeting(*db, team, QDate(2026, 3, 5));
    const Meeting february = makeMeeting(*db, team, QDate(2026, 2, 7));

    auto list = MeetingRepository(*db).meetings(team);
    REQUIRE(list.ok());
    REQUIRE(list->size() == 3);
    CHECK(list->at(0).meta.uuid == march.meta.uuid);
    CHECK(list->at(1).meta.uuid == february.meta.uuid);
    CHECK(list->at(2).meta.uuid == january.meta.uuid);

    auto byCode = MeetingRepository(*db).meetingByCode(u"ISF-M-2026-02"_s);
    REQUIRE(byCode.ok());
    CHECK(byCode->meta.uuid == march.meta.uuid);
    auto unknown = MeetingRepository(*db).meetingByCode(u"ISF-M-2026-09"_s);
    REQUIRE_FALSE(unknown.ok());
    CHECK(unknown.errorMessage().contains(u"ISF-M-2026-09"_s));
}

TEST_CASE("Meeting codes count per team and per year and continue after the highest", "[meetings][codes]")
{
    TempDatabase db;
    const QString isfara = test::makeTeam(*db, u"ISF"_s);
    const QString khujand = test::makeTeam(*db, u"KHJ"_s);

    CHECK(makeMeeting(*db, isfara, QDate(2026, 1, 10)).code == u"ISF-M-2026-01"_s);
    CHECK(makeMeeting(*db, isfara, QDate(2026, 1, 24)).code == u"ISF-M-2026-02"_s);
    CHECK(makeMeeting(*db, isfara, QDate(2025, 12, 20)).code == u"ISF-M-2025-01"_s);
    CHECK(makeMeeting(*db, khujand, QDate(2026, 1, 11)).code == u"KHJ-M-2026-01"_s);

    Meeting typed;
    typed.teamUuid = isfara;
    typed.date = QDate(2026, 2, 1);
    typed.code = u"ISF-M-2026-07"_s; // typed in from a paper register
    REQUIRE(MeetingRepository(*db).createMeeting(typed).ok());
    const Meeting next = makeMeeting(*db, isfara, QDate(2026, 2, 15));
    CHECK(next.code == u"ISF-M-2026-08"_s);

    // A deleted meeting keeps its number: codes are never given twice.
    REQUIRE(MeetingRepository(*db).deleteMeeting(next.meta.uuid).ok());
    CHECK(makeMeeting(*db, isfara, QDate(2026, 3, 1)).code == u"ISF-M-2026-09"_s);
}

TEST_CASE("Ticking a member present is one record, whatever the order of ticks", "[meetings][attendance]")
{
    TempDatabase db;
    const QString team = test::makeTeam(*db);
    const Member member = makeMember(*db, team, u"Азиза"_s);
    const Meeting meeting = makeMeeting(*db, team, QDate(2026, 1, 10));
    MeetingRepository meetings(*db);
    // Two laptops that tick the same box make the same record.
    const QString expectedUuid = derivedUuid(u"attendance"_s, {meeting.meta.uuid, member.meta.uuid});

    REQUIRE(meetings.setPresent(meeting.meta.uuid, member.meta.uuid, true).ok());
    const qint64 journalAfterFirstTick = db->records().journalSize();
    REQUIRE(meetings.setPresent(meeting.meta.uuid, member.meta.uuid, true).ok());
    CHECK(rowCount(*db, u"attendance"_s) == 1);
    CHECK(queryValue(*db, u"SELECT uuid FROM attendance"_s).toString() == expectedUuid);
    CHECK(db->records().journalSize() == journalAfterFirstTick); // ticking again changes nothing

    REQUIRE(meetings.setPresent(meeting.meta.uuid, member.meta.uuid, false).ok());
    CHECK(meetings.presentMembers(meeting.meta.uuid)->isEmpty());
    CHECK(deletedFlag(*db, u"attendance"_s, expectedUuid) == 1);

    REQUIRE(meetings.setPresent(meeting.meta.uuid, member.meta.uuid, true).ok());
    CHECK(rowCount(*db, u"attendance"_s) == 1);
    CHECK(deletedFlag(*db, u"attendance"_s, expectedUuid) == 0);
    CHECK(*meetings.presentMembers(meeting.meta.uuid) == QStringList{member.meta.uuid});

    // Unticking someone who was never ticked writes nothing.
    const Member other = makeMember(*db, team, u"Бахтиёр"_s);
    const qint64 journalBefore = db->records().journalSize();
    REQUIRE(meetings.setPresent(meeting.meta.uuid, other.meta.uuid, false).ok());
    CHECK(db->records().journalSize() == journalBefore);
    CHECK(rowCount(*db, u"attendance"_s) == 1);
}

TEST_CASE("Invalid meetings and attendance are refused, naming the field, and nothing is written",
          "[meetings][validation]")
{
    TempDatabase db;
    const QString team = test::makeTeam(*db, u"ISF"_s);
    MeetingRepository meetings(*db);
    Meeting meeting = fullMeeting(team);

    SECTION("no team")
    {
        meeting.teamUuid.clear();
        requireRefused(*db, u"team"_s, [&] { return meetings.createMeeting(meeting); });
    }
    SECTION("no date")
    {
        meeting.date = QDate();
        requireRefused(*db, u"date"_s, [&] { return meetings.createMeeting(meeting); });
    }
    SECTION("a negative number of guests")
    {
        meeting.guests.set(Sex::Male, AgeBand::From50, -1);
        requireRefused(*db, u"guests"_s, [&] { return meetings.createMeeting(meeting); });
    }
    SECTION("an update is checked the same way")
    {
        auto created = meetings.createMeeting(meeting);
        REQUIRE(created.ok());
        Meeting changed = *created;
        changed.guests.set(Sex::Female, AgeBand::Under18, -3);
        requireRefused(*db, u"guests"_s, [&] { return meetings.updateMeeting(changed); });
    }
    SECTION("a member of another team marked present")
    {
        const QString other = test::makeTeam(*db, u"KHJ"_s);
        const Member stranger = makeMember(*db, other, u"Шерзод Назаров"_s);
        const Meeting held = makeMeeting(*db, team, QDate(2026, 1, 10));
        requireRefused(*db, u"member"_s,
                       [&] { return meetings.setPresent(held.meta.uuid, stranger.meta.uuid, true); });
        CHECK(meetings.setPresent(held.meta.uuid, stranger.meta.uuid, true)
                  .errorMessage()
                  .contains(u"Шерзод Назаров"_s));
    }
    SECTION("an unknown member, or a deleted meeting")
    {
        const Member member = makeMember(*db, team, u"Азиза"_s);
        const Meeting held = makeMeeting(*db, team, QDate(2026, 1, 10));
        requireRefused(*db, u"member"_s,
                       [&] { return meetings.setPresent(held.meta.uuid, u"nobody"_s, true); });
        REQUIRE(meetings.deleteMeeting(held.meta.uuid).ok());
        requireRefused(*db, QString(),
                       [&] { return meetings.setPresent(held.meta.uuid, member.meta.uuid, true); });
    }
}
