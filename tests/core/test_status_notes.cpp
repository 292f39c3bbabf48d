// The notes Hamkori writes into a concern's status history (issue 18: they stayed in the language they were
// written in) are shown in the language of the moment, whichever of the three they were written in; notes
// people typed are shown as typed.
#include "Builders.h"
#include "core/model/StatusNotes.h"

using namespace hamkori;
using namespace hamkori::coretest;
using hamkori::test::TempDatabase;
using statusnotes::Kind;

TEST_CASE("A note Hamkori wrote in one language is shown in another", "[statusnotes]")
{
    const QString code = u"ISF-P-2026-01"_s;
    QString tajik, russianUndone;
    {
        const test::LanguageScope language(u"tg"_s);
        tajik = statusnotes::write(Kind::AddressedByPlan, code);
    }
    {
        const test::LanguageScope language(u"ru"_s);
        russianUndone = statusnotes::write(Kind::StatusChangeUndone);
        const QString shown = statusnotes::shown(tajik);
        CHECK(shown == statusnotes::write(Kind::AddressedByPlan, code));
        CHECK(shown != tajik);
        CHECK(shown.contains(code));
    }
    {
        const test::LanguageScope language(u"en"_s);
        CHECK(statusnotes::shown(tajik) == u"Addressed by the adopted action plan ISF-P-2026-01"_s);
        CHECK(statusnotes::shown(russianUndone) == u"undone"_s);
        CHECK(statusnotes::shown(u"The change to action plan ISF-P-2026-02 was undone"_s) ==
              u"The change to action plan ISF-P-2026-02 was undone"_s);
    }
    {
        const test::LanguageScope language(u"tg"_s);
        CHECK(statusnotes::shown(russianUndone) == statusnotes::write(Kind::StatusChangeUndone));
        CHECK(statusnotes::shown(u"Decision of the prioritisation round undone"_s) ==
              statusnotes::write(Kind::DecisionUndone));
        // Typed by a person: as typed, even when it starts like one of Hamkori's.
        CHECK(statusnotes::shown(u"Not a safety issue"_s) == u"Not a safety issue"_s);
        CHECK(statusnotes::shown(u"undone by the chair, see the minutes"_s) ==
              u"undone by the chair, see the minutes"_s);
        CHECK(statusnotes::shown(QString()).isEmpty());
    }
}

TEST_CASE("A plan adopted in Tajik leaves a history note a Russian user reads in Russian",
          "[statusnotes][plans]")
{
    TempDatabase db;
    const QString team = test::makeTeam(*db);
    const Concern concern = makeConcern(*db, team, u"Дуздӣ"_s, QDate(2026, 2, 1));
    ActionPlan plan =
        makePlan(*db, team, u"Нақша"_s, QDate(2026, 3, 1), QDate(2026, 12, 31), PlanStatus::Draft);
    plan.concernUuids = {concern.meta.uuid};
    {
        const test::LanguageScope language(u"tg"_s);
        plan.status = PlanStatus::Adopted;
        REQUIRE(PlanRepository(*db).updatePlan(plan).ok());
    }
    auto history = ConcernRepository(*db).statusHistory(concern.meta.uuid);
    REQUIRE(history.ok());
    REQUIRE(history->size() == 2);
    const QString stored = history->last().note;
    const test::LanguageScope russian(u"ru"_s);
    CHECK(stored != statusnotes::write(Kind::AddressedByPlan, plan.code)); // written in Tajik
    CHECK(statusnotes::shown(stored) == statusnotes::write(Kind::AddressedByPlan, plan.code));
}
