// Numbers that cannot be true are refused wherever they come from (issue 18: 99,999 guests in one cell, a
// baseline of 99,999,999,999,999, a budget of 9,999,999,999 somoni all saved without a word); numbers that
// are merely unusual are saved with a warning (core/model/Plausibility); a concern's frequency starts "not
// known".
#include "Builders.h"
#include "core/model/Formats.h"
#include "core/model/Limits.h"
#include "core/model/Plausibility.h"
#include "core/model/RecordCatalogue.h"

using namespace hamkori;
using namespace hamkori::coretest;
using hamkori::test::TempDatabase;

TEST_CASE("Counts and amounts that cannot be true are refused, naming the field, and nothing is written",
          "[limits]")
{
    TempDatabase db;
    const QString team = test::makeTeam(*db);
    const ActionPlan plan = makePlan(*db, team, u"Нақша"_s, QDate(2026, 1, 1), QDate(2026, 12, 31));
    const Activity activity = makeActivity(*db, plan.meta.uuid, u"Вохӯрӣ"_s);
    Concern concern = makeConcern(*db, team, u"Дуздӣ"_s, QDate(2026, 2, 1));

    SECTION("99,999 guests of one sex and age band at a meeting")
    {
        Meeting meeting;
        meeting.teamUuid = team;
        meeting.date = QDate(2026, 3, 1);
        meeting.guests.set(Sex::Female, AgeBand::Under18, 99999);
        requireRefused(*db, u"guests_f_u18"_s, [&] { return MeetingRepository(*db).createMeeting(meeting); });
        meeting.guests.set(Sex::Female, AgeBand::Under18, limits::kGuestsPerCell);
        CHECK(MeetingRepository(*db).createMeeting(meeting).ok());
    }
    SECTION("a budget of 9,999,999,999 somoni")
    {
        Activity changed = activity;
        changed.amountSomoni = 9999999999.0;
        requireRefused(*db, u"amount"_s, [&] { return PlanRepository(*db).updateActivity(changed); });
        changed.amountSomoni = limits::kMoney;
        CHECK(PlanRepository(*db).updateActivity(changed).ok());
    }
    SECTION("a baseline of 99,999,999,999,999")
    {
        concern.baselineDate = QDate(2026, 2, 1); // a figure needs the date it was measured
        concern.baselineValue = 99999999999999.0;
        requireRefused(*db, u"baseline_value"_s,
                       [&] { return ConcernRepository(*db).updateConcern(concern); });
        concern.baselineValue = -limits::kMeasure;
        CHECK(ConcernRepository(*db).updateConcern(concern).ok());
    }
    SECTION("a progress update reaching more people than live in Tajikistan, or spending beyond any budget")
    {
        ProgressUpdate update;
        update.activityUuid = activity.meta.uuid;
        update.date = QDate(2026, 3, 1);
        update.reachedIndirectly = limits::kReachedIndirectly + 1;
        requireRefused(*db, u"reached_indirect"_s, [&] { return PlanRepository(*db).addProgress(update); });
        update.reachedIndirectly = 0;
        update.spentSomoni = 1e10;
        requireRefused(*db, u"spent"_s, [&] { return PlanRepository(*db).addProgress(update); });
        update.spentSomoni = 0;
        update.reached.set(Sex::Male, AgeBand::From50, limits::kReachedPerCell + 1);
        requireRefused(*db, u"reached_m_50p"_s, [&] { return PlanRepository(*db).addProgress(update); });
    }
}

TEST_CASE("The catalogue's limits are the editors' limits", "[limits]")
{
    CHECK(catalogue::field(u"meeting", u"guests_m_30_49")->maximum == limits::kGuestsPerCell);
    CHECK(catalogue::field(u"progress_update", u"reached_f_u18")->maximum == limits::kReachedPerCell);
    CHECK(catalogue::field(u"progress_update", u"reached_indirect")->maximum == limits::kReachedIndirectly);
    CHECK(catalogue::field(u"activity", u"amount")->maximum == limits::kMoney);
    CHECK(catalogue::field(u"progress_update", u"spent")->maximum == limits::kMoney);
    CHECK(catalogue::field(u"concern", u"baseline_value")->maximum == limits::kMeasure);
    CHECK(catalogue::field(u"activity", u"outcome_target")->maximum == limits::kMeasure);
    CHECK(catalogue::field(u"indicator_reading", u"value")->minimum == -limits::kMeasure);
}

TEST_CASE("Unusual values are warned about in the user's language, usual ones are not", "[plausibility]")
{
    const test::LanguageScope russian(u"ru"_s);
    SECTION("more spent than budgeted")
    {
        CHECK(plausibility::spentBeyondBudget(1000, 1000).isEmpty());
        CHECK(plausibility::spentBeyondBudget(1000.004, 1000).isEmpty()); // rounding, not overspending
        CHECK(plausibility::spentBeyondBudget(5000, 0).isEmpty());        // no budget to compare with
        const QString warning = plausibility::spentBeyondBudget(1500, 1000);
        CHECK_FALSE(warning.isEmpty());
        CHECK(warning.contains(Formats::money(1500)));
        CHECK(warning.contains(Formats::money(1000)));
        CHECK_FALSE(warning.contains(u"budget"_s)); // translated
    }
    SECTION("progress before the activity starts")
    {
        CHECK(plausibility::progressBeforeStart(QDate(2026, 3, 1), QDate(2026, 3, 1)).isEmpty());
        CHECK(plausibility::progressBeforeStart(QDate(2026, 3, 1), QDate()).isEmpty());
        const QString warning = plausibility::progressBeforeStart(QDate(2026, 2, 28), QDate(2026, 3, 1));
        CHECK(warning.contains(u"01.03.2026"_s));
    }
    SECTION("a meeting far ahead, or after the concerns first raised at it")
    {
        const QDate today(2026, 12, 6);
        CHECK(plausibility::meetingFarAhead(QDate(2027, 6, 1), today).isEmpty());
        CHECK(plausibility::meetingFarAhead(QDate(2099, 6, 1), today).contains(u"01.06.2099"_s));
        CHECK(plausibility::meetingAfterConcernsRaised(QDate(2026, 3, 1), QDate(2026, 3, 1)).isEmpty());
        CHECK(plausibility::meetingAfterConcernsRaised(QDate(2026, 3, 1), QDate()).isEmpty());
        CHECK(plausibility::meetingAfterConcernsRaised(QDate(2099, 3, 1), QDate(2026, 3, 1))
                  .contains(u"01.03.2026"_s));
    }
}

TEST_CASE("A concern's frequency is not known until someone says how often it happens",
          "[concerns][frequency]")
{
    TempDatabase db;
    const QString team = test::makeTeam(*db);
    const Concern concern = makeConcern(*db, team, u"Дуздӣ"_s, QDate(2026, 2, 1));
    CHECK(concern.frequency == Frequency::Unknown);
    auto read = ConcernRepository(*db).concern(concern.meta.uuid);
    REQUIRE(read.ok());
    CHECK(read->frequency == Frequency::Unknown);
    CHECK(queryValue(*db, u"SELECT frequency FROM concerns"_s).toString() == u"unknown"_s);

    // A value written by a later Hamkori that this one does not know is shown as not known, never as
    // "rarely".
    REQUIRE(QSqlQuery(db->connection()).exec(u"UPDATE concerns SET frequency = 'hourly'"_s));
    auto unknownCode = ConcernRepository(*db).concern(concern.meta.uuid);
    REQUIRE(unknownCode.ok());
    CHECK(unknownCode->frequency == Frequency::Unknown);

    // "Not known" is the first choice offered, and has a name in every language.
    const QList<catalogue::FieldChoice> choices = catalogue::field(u"concern", u"frequency")->choiceList();
    REQUIRE_FALSE(choices.isEmpty());
    CHECK(choices.first().value == QVariant(u"unknown"_s));
    const test::LanguageScope tajik(u"tg"_s);
    CHECK(displayName(Frequency::Unknown) != u"Not known"_s);
}
