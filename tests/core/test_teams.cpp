// Teams and their members: what is stored, what is refused, and what deleting a team takes with it.
#include "Builders.h"
#include "core/analysis/PeriodStatistics.h"
#include "core/storage/PrioritisationRepository.h"
#include "core/storage/ReferenceRepository.h"
#include "core/storage/StatisticsRepository.h"

using namespace hamkori;
using namespace hamkori::coretest;
using hamkori::test::TempDatabase;

namespace {

QString placeUuid(Database& db, const QString& name)
{
    auto place = ReferenceRepository(db).findPlace(name);
    REQUIRE(place.ok());
    return place->meta.uuid;
}

void requireSameTeam(const Team& read, const Team& written)
{
    CHECK(read.name == written.name);
    CHECK(read.code == written.code);
    CHECK(read.districtUuid == written.districtUuid);
    CHECK(read.jamoat == written.jamoat);
    CHECK(read.address == written.address);
    CHECK(read.established == written.established);
}

void requireSameMember(const Member& read, const Member& written)
{
    CHECK(read.teamUuid == written.teamUuid);
    CHECK(read.name == written.name);
    CHECK(read.category == written.category);
    CHECK(read.sex == written.sex);
    CHECK(read.ageBand == written.ageBand);
    CHECK(read.organisation == written.organisation);
    CHECK(read.post == written.post);
    CHECK(read.phone == written.phone);
    CHECK(read.joined == written.joined);
    CHECK(read.left == written.left);
}

Team isfaraTeam(Database& db)
{
    Team team;
    team.name = u"Гурӯҳи ҳамкории милитсия ва ҷомеаи Исфара"_s;
    team.code = u"ISF"_s;
    team.districtUuid = placeUuid(db, u"Isfara"_s);
    team.jamoat = u"Чоркӯҳ"_s;
    team.address = u"кӯчаи Исмоили Сомонӣ 12"_s;
    team.established = QDate(2019, 3, 15);
    return team;
}

Member fullMember(const QString& team)
{
    Member member;
    member.teamUuid = team;
    member.name = u"Мавҷуда Раҳимова"_s;
    member.category = MemberCategory::WomensCommittee;
    member.sex = Sex::Female;
    member.ageBand = AgeBand::From50;
    member.organisation = u"Кумитаи кор бо занон ва оила"_s;
    member.post = u"мутахассиси пешбар"_s;
    member.phone = u"+992 92 700 11 22"_s;
    member.joined = QDate(2019, 4, 1);
    member.left = QDate(2025, 12, 31);
    return member;
}

} // namespace

TEST_CASE("A team keeps every field across a reopen, before and after an update", "[teams]")
{
    TempDatabase db;
    const Team written = isfaraTeam(*db);
    auto created = TeamRepository(*db).createTeam(written);
    REQUIRE(created.ok());
    const QString uuid = created->meta.uuid;
    CHECK_FALSE(uuid.isEmpty());
    CHECK(created->meta.createdHlc == created->meta.modifiedHlc);
    CHECK(created->meta.device == db->identity().id());

    db.reopen();
    auto read = TeamRepository(*db).team(uuid);
    REQUIRE(read.ok());
    requireSameTeam(*read, written);

    Team changed = *read;
    changed.name = u"CPPT Khujand"_s;
    changed.code = u"KHJ"_s;
    changed.districtUuid = placeUuid(*db, u"Khujand"_s);
    changed.jamoat = u"Панҷшанбе"_s;
    changed.address = u"Rudaki Avenue 5"_s;
    changed.established = QDate(2021, 11, 30);
    REQUIRE(TeamRepository(*db).updateTeam(changed).ok());

    db.reopen();
    auto again = TeamRepository(*db).team(uuid);
    REQUIRE(again.ok());
    requireSameTeam(*again, changed);
    CHECK(again->meta.modifiedHlc > again->meta.createdHlc);
    CHECK(again->meta.createdHlc == created->meta.createdHlc);
}

TEST_CASE("A member keeps every field across a reopen, before and after an update", "[teams]")
{
    TempDatabase db;
    const QString team = test::makeTeam(*db);
    const Member written = fullMember(team);
    auto created = TeamRepository(*db).createMember(written);
    REQUIRE(created.ok());

    db.reopen();
    auto read = TeamRepository(*db).member(created->meta.uuid);
    REQUIRE(read.ok());
    requireSameMember(*read, written);

    Member changed = *read;
    changed.name = u"Фарҳод Каримов"_s;
    changed.category = MemberCategory::Police;
    changed.sex = Sex::Male;
    changed.ageBand = AgeBand::From18To29;
    changed.organisation = u"ШКД ноҳияи Исфара"_s;
    changed.post = u"нозири минтақавӣ"_s;
    changed.phone = QString();
    changed.joined = QDate(2022, 2, 2);
    changed.left = QDate();
    REQUIRE(TeamRepository(*db).updateMember(changed).ok());

    db.reopen();
    auto again = TeamRepository(*db).member(created->meta.uuid);
    REQUIRE(again.ok());
    requireSameMember(*again, changed);
    CHECK_FALSE(again->left.isValid());
}

TEST_CASE("Teams are found by code, listed by name and summarised with their counts", "[teams]")
{
    TempDatabase db;
    const QString isfara = test::makeTeam(*db, u"ISF"_s);
    const QString buston = test::makeTeam(*db, u"BST"_s);
    makeMember(*db, isfara, u"Азиза"_s);
    Member gone = fullMember(isfara); // left on 31.12.2025, so not active today
    REQUIRE(TeamRepository(*db).createMember(gone).ok());
    makeMeeting(*db, isfara, QDate(2026, 1, 20));
    makeConcern(*db, isfara, u"Драки подростков"_s, QDate(2026, 1, 20));
    makeConcern(*db, isfara, u"Торговля наркотиками"_s, QDate(2026, 1, 21));
    makePlan(*db, isfara, u"Нақшаи чорабиниҳо"_s, QDate(2026, 1, 1), QDate(2026, 12, 31));

    auto byCode = TeamRepository(*db).teamByCode(u"BST"_s);
    REQUIRE(byCode.ok());
    CHECK(byCode->meta.uuid == buston);
    auto unknown = TeamRepository(*db).teamByCode(u"XYZ"_s);
    REQUIRE_FALSE(unknown.ok());
    CHECK(unknown.errorMessage().contains(u"XYZ"_s));

    auto teams = TeamRepository(*db).teams();
    REQUIRE(teams.ok());
    REQUIRE(teams->size() == 2);
    CHECK(teams->at(0).code == u"BST"_s); // "Гурӯҳи ҳамкории BST" sorts before "… ISF"
    CHECK(teams->at(1).code == u"ISF"_s);

    auto summaries = TeamRepository(*db).summaries();
    REQUIRE(summaries.ok());
    REQUIRE(summaries->size() == 2);
    const TeamSummary& isf = summaries->at(1);
    CHECK(isf.team.meta.uuid == isfara);
    CHECK(isf.districtNameEn == u"Isfara"_s);
    CHECK(isf.districtNameTg == u"Шаҳри Исфара"_s);
    CHECK(isf.districtNameRu == u"г. Исфара"_s);
    CHECK(isf.members == 1);
    CHECK(isf.meetings == 1);
    CHECK(isf.concerns == 2);
    CHECK(isf.plans == 1);
    CHECK(summaries->at(0).members == 0);
    CHECK(summaries->at(0).concerns == 0);
}

TEST_CASE("Invalid teams are refused, naming the field, and nothing is written", "[teams][validation]")
{
    TempDatabase db;
    test::makeTeam(*db, u"ISF"_s);
    TeamRepository teams(*db);
    Team team = isfaraTeam(*db);
    team.code = u"KHJ"_s;

    SECTION("empty name")
    {
        team.name = u"   "_s;
        requireRefused(*db, u"name"_s, [&] { return teams.createTeam(team); });
    }
    SECTION("code in small letters, too short, too long or with digits")
    {
        for (const QString& code : {u"khj"_s, u"K"_s, u"KHUJAND"_s, u"KH1"_s, QString()}) {
            INFO(code.toStdString());
            team.code = code;
            requireRefused(*db, u"code"_s, [&] { return teams.createTeam(team); });
        }
    }
    SECTION("code of another team")
    {
        team.code = u"ISF"_s;
        requireRefused(*db, u"code"_s, [&] { return teams.createTeam(team); });
        auto refused = teams.createTeam(team);
        CHECK(refused.errorMessage().contains(u"Гурӯҳи ҳамкории ISF"_s));
    }
    SECTION("unknown district")
    {
        team.districtUuid = u"3f1d9a52-0000-4000-8000-000000000000"_s;
        requireRefused(*db, u"district"_s, [&] { return teams.createTeam(team); });
        team.districtUuid.clear();
        requireRefused(*db, u"district"_s, [&] { return teams.createTeam(team); });
    }
    SECTION("an update is checked the same way, but a team may keep its own code")
    {
        auto created = teams.createTeam(team);
        REQUIRE(created.ok());
        Team changed = *created;
        changed.jamoat = u"Ворух"_s;
        CHECK(teams.updateTeam(changed).ok());
        changed.code = u"ISF"_s;
        requireRefused(*db, u"code"_s, [&] { return teams.updateTeam(changed); });
        changed.code = u"KHJ"_s;
        changed.name.clear();
        requireRefused(*db, u"name"_s, [&] { return teams.updateTeam(changed); });
    }
}

TEST_CASE("Invalid members are refused, naming the field, and nothing is written", "[teams][validation]")
{
    TempDatabase db;
    const QString team = test::makeTeam(*db);
    TeamRepository teams(*db);
    Member member = fullMember(team);

    SECTION("no team")
    {
        member.teamUuid = u"no-such-team"_s;
        requireRefused(*db, u"team"_s, [&] { return teams.createMember(member); });
    }
    SECTION("empty name")
    {
        member.name = u" \t"_s;
        requireRefused(*db, u"name"_s, [&] { return teams.createMember(member); });
    }
    SECTION("left before joining, with both dates in the message")
    {
        member.joined = QDate(2024, 5, 1);
        member.left = QDate(2024, 4, 30);
        requireRefused(*db, u"left"_s, [&] { return teams.createMember(member); });
        const QString message = teams.createMember(member).errorMessage();
        CHECK(message.contains(u"30.04.2024"_s));
        CHECK(message.contains(u"01.05.2024"_s));
    }
    SECTION("an update is checked the same way")
    {
        auto created = teams.createMember(member);
        REQUIRE(created.ok());
        Member changed = *created;
        changed.name.clear();
        requireRefused(*db, u"name"_s, [&] { return teams.updateMember(changed); });
    }
}

TEST_CASE("Deleting a team takes its members, meetings, concerns, rounds and plans", "[teams][tombstones]")
{
    TempDatabase db;
    const QString team = test::makeTeam(*db, u"ISF"_s);
    const QString other = test::makeTeam(*db, u"KHJ"_s);
    const Member member = makeMember(*db, team, u"Азиза"_s);
    const Meeting meeting = makeMeeting(*db, team, QDate(2026, 1, 20));
    REQUIRE(MeetingRepository(*db).setPresent(meeting.meta.uuid, member.meta.uuid, true).ok());
    const Concern concern = makeConcern(*db, team, u"Драки подростков"_s, QDate(2026, 1, 20));
    PrioritisationRound round;
    round.teamUuid = team;
    round.date = QDate(2026, 2, 1);
    round.concernUuids = {concern.meta.uuid};
    REQUIRE(PrioritisationRepository(*db).createRound(round).ok());
    const ActionPlan plan = makePlan(*db, team, u"Нақшаи 2026"_s, QDate(2026, 1, 1), QDate(2026, 12, 31));
    makeActivity(*db, plan.meta.uuid, u"Рейди шабона"_s);
    makeMember(*db, other, u"Бахтиёр"_s);
    makeConcern(*db, other, u"Дуздӣ"_s, QDate(2026, 1, 5), u"theft"_s);

    auto deleted = TeamRepository(*db).deleteTeam(team);
    REQUIRE(deleted.ok());

    auto counts = StatisticsRepository(*db).kindCounts();
    REQUIRE(counts.ok());
    CHECK(counts->teams == 1);
    CHECK(counts->members == 1);
    CHECK(counts->meetings == 0);
    CHECK(counts->concerns == 1);
    CHECK(counts->rounds == 0);
    CHECK(counts->plans == 0);
    CHECK(counts->activities == 0);
    CHECK_FALSE(TeamRepository(*db).team(team).ok());
    CHECK(TeamRepository(*db).members(team)->isEmpty());
    CHECK(MeetingRepository(*db).meetings(team)->isEmpty());
    CHECK(PlanRepository(*db).plans(team)->isEmpty());
    CHECK(PrioritisationRepository(*db).rounds(team)->isEmpty());

    // Tombstones, not removed rows: the deletion must travel to the other laptops.
    CHECK(rowCount(*db, u"teams"_s) == 2);
    CHECK(deletedFlag(*db, u"member"_s, member.meta.uuid) == 1);
    CHECK(deletedFlag(*db, u"concern"_s, concern.meta.uuid) == 1);
    CHECK(queryValue(*db, u"SELECT COUNT(*) FROM attendance WHERE deleted = 1"_s).toInt() == 1);
    CHECK(queryValue(*db, u"SELECT COUNT(*) FROM activities WHERE deleted = 1"_s).toInt() == 1);
    // team, member, meeting, attendance, concern, its status entry, round, 6 criteria, round concern, plan,
    // activity
    CHECK(deleted->size() == 16);

    Transaction undo(*db);
    REQUIRE(db->records().restore(*deleted).ok());
    REQUIRE(undo.commit().ok());
    auto restored = StatisticsRepository(*db).kindCounts();
    REQUIRE(restored.ok());
    CHECK(restored->teams == 2);
    CHECK(restored->members == 2);
    CHECK(restored->meetings == 1);
    CHECK(restored->concerns == 2);
    CHECK(restored->rounds == 1);
    CHECK(restored->plans == 1);
    CHECK(restored->activities == 1);
    CHECK(MeetingRepository(*db).presentMembers(meeting.meta.uuid)->size() == 1);
}
