// Who signs in the demo and in generated data (core/demo/Signatories): a meeting's chair and secretary are
// members present, a plan is agreed by the district police chief (the team's own when it has one) and
// approved, and some plans carry an ordinance and an outgoing number.
#include "Builders.h"
#include "core/demo/DemoLoader.h"
#include "core/demo/Generator.h"
#include "core/demo/Signatories.h"

using namespace hamkori;
using namespace hamkori::coretest;
using hamkori::test::TempDatabase;

namespace {

Member member(const QString& name, const QString& post, MemberCategory category = MemberCategory::Other)
{
    Member m;
    m.name = name;
    m.post = post;
    m.category = category;
    return m;
}

/// The names of the members present at a meeting.
QStringList presentNames(Database& db, const Meeting& meeting)
{
    auto present = MeetingRepository(db).presentMembers(meeting.meta.uuid);
    auto members = TeamRepository(db).members(meeting.teamUuid);
    REQUIRE(present.ok());
    REQUIRE(members.ok());
    QStringList names;
    for (const Member& m : *members)
        if (present->contains(m.meta.uuid))
            names << m.name;
    return names;
}

/// Every plan of the file has both signatories, every meeting with members present a chair and a secretary
/// among them; counts the plans with an ordinance and those with an outgoing number.
void checkSignatories(Database& db, int& ordinances, int& outgoing)
{
    auto teams = TeamRepository(db).teams();
    REQUIRE(teams.ok());
    REQUIRE_FALSE(teams->isEmpty());
    for (const Team& team : *teams) {
        INFO("team " << team.code.toStdString());
        auto plans = PlanRepository(db).plans(team.meta.uuid);
        REQUIRE(plans.ok());
        // Every partnership team has a plan; the demo's public council and initiative group have none yet.
        if (team.kind == GroupKind::PartnershipTeam)
            REQUIRE_FALSE(plans->isEmpty());
        for (const ActionPlan& plan : *plans) {
            INFO("plan " << plan.code.toStdString());
            CHECK_FALSE(plan.approverName.isEmpty());
            CHECK_FALSE(plan.approverPost.isEmpty());
            CHECK_FALSE(plan.agreerName.isEmpty());
            CHECK_FALSE(plan.agreerPost.isEmpty());
            CHECK(plan.ordinanceNumber.isEmpty() == !plan.ordinanceDate.isValid());
            ordinances += plan.ordinanceNumber.isEmpty() ? 0 : 1;
            outgoing += plan.outgoingNumber.isEmpty() ? 0 : 1;
        }
        auto meetings = MeetingRepository(db).meetings(team.meta.uuid);
        REQUIRE(meetings.ok());
        for (const Meeting& meeting : *meetings) {
            INFO("meeting " << meeting.code.toStdString());
            const QStringList present = presentNames(db, meeting);
            if (present.size() < 2)
                continue;
            CHECK(present.contains(meeting.chair));
            CHECK(present.contains(meeting.secretary));
            CHECK(meeting.chair != meeting.secretary);
        }
    }
}

} // namespace

TEST_CASE("A meeting is chaired by its facilitator when present, and minuted by a secretary present",
          "[demo]")
{
    const QList<Member> present{member(u"Раҳимова Мавлуда Абдуллоевна"_s, u"Раиси ташкилот"_s),
                                member(u"Ҳакимова Шаҳло"_s, u"Сармутахассис"_s),
                                member(u"Ҷӯраев Фаррух Шарифович"_s, u"Котиби ҷамоат"_s)};
    demo::MeetingOfficers officers = demo::meetingOfficers(present, u"Ҳакимова Шаҳло"_s);
    CHECK(officers.chair == u"Ҳакимова Шаҳло"_s);
    CHECK(officers.secretary == u"Ҷӯраев Фаррух Шарифович"_s); // the jamoat's secretary
    // A facilitator who is not present does not chair; with no secretary present, the next member minutes.
    officers = demo::meetingOfficers(present.mid(0, 2), u"Мирзоева Нигина"_s);
    CHECK(officers.chair == u"Раҳимова Мавлуда Абдуллоевна"_s);
    CHECK(officers.secretary == u"Ҳакимова Шаҳло"_s);
    officers = demo::meetingOfficers(present.mid(0, 1), {});
    CHECK(officers.chair == u"Раҳимова Мавлуда Абдуллоевна"_s);
    CHECK(officers.secretary.isEmpty());
    CHECK(demo::meetingOfficers({}, u"Ҳакимова Шаҳло"_s).chair.isEmpty());
}

TEST_CASE("The district police chief is a police member heading a department, not a section", "[demo]")
{
    const Member inspector =
        member(u"Қодиров Далер"_s, u"Нозири калони минтақавии милитсия"_s, MemberCategory::Police);
    const Member sectionHead = member(
        u"Гулов Сайфулло"_s, u"Начальник отделения профилактики правонарушений"_s, MemberCategory::Police);
    const Member chief =
        member(u"Раҳимзода Ҷамшед"_s, u"Сардори ШКД дар ноҳияи Вахш"_s, MemberCategory::Police);
    const Member notPolice = member(u"Усмонов Фаррух"_s, u"Начальник ОВД района"_s, MemberCategory::Hukumat);
    CHECK_FALSE(demo::districtPoliceChief({inspector, sectionHead, notPolice}).has_value());
    const auto found = demo::districtPoliceChief({inspector, chief, sectionHead});
    REQUIRE(found.has_value());
    CHECK(found->name == chief.name);
    CHECK(demo::districtPoliceChief(
              {member(u"Назаров"_s, u"Начальник ОВД города Вахдат"_s, MemberCategory::Police)})
              .has_value());
}

TEST_CASE(
    "Every demo plan is agreed and approved, some are annexes to an ordinance, and meetings have a chair "
    "and a secretary present",
    "[demo]")
{
    TempDatabase db;
    REQUIRE(demo::loadDemo(*db).ok());
    int ordinances = 0;
    int outgoing = 0;
    checkSignatories(*db, ordinances, outgoing);
    CHECK(ordinances == 5);
    CHECK(outgoing == 5);
    auto isfara = PlanRepository(*db).planByCode(u"ISF-AP-2026-01"_s);
    REQUIRE(isfara.ok());
    CHECK(isfara->agreerName == u"Қурбонзода Илҳом Назарович"_s);
    CHECK(isfara->agreerPost == u"Сардори ШВКД дар шаҳри Исфара"_s);
    CHECK(isfara->ordinanceNumber == u"45"_s);
    CHECK(isfara->ordinanceDate == QDate(2026, 3, 30));
}

TEST_CASE("Generated plans and meetings have their signatories too", "[demo]")
{
    TempDatabase db;
    demo::GenerateOptions options;
    options.seed = 17;
    REQUIRE(demo::generate(*db, options).ok());
    int ordinances = 0;
    int outgoing = 0;
    checkSignatories(*db, ordinances, outgoing);
    CHECK(ordinances > 0);
    CHECK(outgoing > 0);
}
