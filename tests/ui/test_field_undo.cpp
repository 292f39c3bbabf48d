// Field by field, everywhere (issue 15): for every editor, an edit made here, then an import that changes
// another field of the same record, then Ctrl+Z: the edited field goes back, the imported one stays; redo
// brings the edit back and still leaves the import alone. Laptop A edits through the page's own path; laptop
// B makes the other change and sends it in a bundle, as in the field.
#include "core/model/ActionPlan.h"
#include "core/model/Concern.h"
#include "core/model/Meeting.h"
#include "core/storage/ConcernRepository.h"
#include "core/storage/MeetingRepository.h"
#include "core/storage/PlanRepository.h"
#include "core/storage/PrioritisationRepository.h"
#include "core/storage/RecordEdits.h"
#include "core/storage/ReferenceRepository.h"
#include "core/storage/TeamRepository.h"
#include "core/sync/Merge.h"
#include "support/TestSupport.h"
#include "ui/Session.h"
#include "ui/pages/concerns/editor/ConcernEdits.h"
#include "ui/pages/meetings/MeetingEdit.h"
#include "ui/pages/plans/ActivityTableModel.h"
#include "ui/pages/plans/PlanEdit.h"
#include "ui/pages/settings/GazetteerModel.h"
#include "ui/pages/settings/ReferenceListModel.h"
#include "ui/undo/Undo.h"
#include <QAbstractItemModelTester>
#include <QSettings>
#include <QUndoStack>

using namespace hamkori;
using namespace Qt::StringLiterals;
using hamkori::plans::ActivityTableModel;
using hamkori::settings::GazetteerModel;
using hamkori::settings::ReferenceListModel;

namespace {

/// Laptop A (with the window's session) and laptop B, which received everything A has.
struct TwoLaptops
{
    TwoLaptops()
    {
        QSettings().clear();
        team = test::makeTeam(*a);
        b.clock.advance(60000);
    }
    test::TempDatabase a;
    test::TempDatabase b;
    Session session{*a};
    QString team;

    static void send(Database& from, Database& to)
    {
        auto bundle = test::exportable(from, {}, {});
        REQUIRE(bundle.ok());
        auto report = sync::applyBundle(to, *bundle, {.trustNewSender = true});
        INFO(report.errorMessage().toStdString());
        REQUIRE(report.ok());
        REQUIRE(report->totals().quarantined == 0);
        REQUIRE(report->totals().conflicts == 0);
    }
    void shareWithB() { send(*a, *b); }
    /// B changes a field of the record and its bundle reaches A (the import the undo must not touch).
    void importFromB(const FieldPatch& patch)
    {
        REQUIRE_FALSE(patch.isEmpty());
        auto applied = RecordEdits(*b).apply(patch);
        INFO(applied.errorMessage().toStdString());
        REQUIRE(applied.ok());
        send(*b, *a);
    }
    QUndoStack& stack() { return *session.undoStack(); }
};

} // namespace

TEST_CASE("Undo of an activity's deadline leaves the partners an import changed since, and redo works",
          "[ui][undo][field-undo]")
{
    TwoLaptops f;
    ActionPlan plan;
    plan.teamUuid = f.team;
    plan.title = u"Нақшаи чорабиниҳо"_s;
    plan.periodStart = QDate(2026, 3, 1);
    plan.periodEnd = QDate(2026, 12, 31);
    auto madePlan = PlanRepository(*f.a).createPlan(plan);
    REQUIRE(madePlan.ok());
    Activity activity;
    activity.planUuid = madePlan->meta.uuid;
    activity.measure = u"Семинар барои занон"_s;
    activity.leadBodyUuid = test::referenceUuid(*f.a, u"lead_body"_s, u"police"_s);
    activity.deadline = QDate(2026, 4, 30);
    activity.partners = u"Ҷамоат"_s;
    auto made = PlanRepository(*f.a).createActivity(activity);
    REQUIRE(made.ok());
    f.shareWithB();

    ActivityTableModel model(f.session);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    model.setPlan(madePlan->meta.uuid);
    REQUIRE(model.rowCount() == 1);
    REQUIRE(model.setData(model.index(0, ActivityTableModel::Deadline), QDate(2026, 6, 15), Qt::EditRole));

    Activity theirs = *PlanRepository(*f.b).activity(made->meta.uuid);
    Activity changed = theirs;
    changed.partners = u"Кумитаи кор бо занон ва оила"_s;
    f.importFromB(RecordEdits::patch(theirs, changed));

    f.stack().undo();
    auto now = PlanRepository(*f.a).activity(made->meta.uuid);
    REQUIRE(now.ok());
    CHECK(now->deadline == QDate(2026, 4, 30));
    CHECK(now->partners == u"Кумитаи кор бо занон ва оила"_s);
    f.stack().redo();
    now = PlanRepository(*f.a).activity(made->meta.uuid);
    CHECK(now->deadline == QDate(2026, 6, 15));
    CHECK(now->partners == u"Кумитаи кор бо занон ва оила"_s);
}

TEST_CASE("Undo of a plan header edit leaves the objective an import changed since, and redo works",
          "[ui][undo][field-undo]")
{
    TwoLaptops f;
    ActionPlan plan;
    plan.teamUuid = f.team;
    plan.title = u"Нақшаи чорабиниҳо"_s;
    plan.objective = u"Кам кардани зӯроварӣ"_s;
    plan.periodStart = QDate(2026, 3, 1);
    plan.periodEnd = QDate(2026, 12, 31);
    auto made = PlanRepository(*f.a).createPlan(plan);
    REQUIRE(made.ok());
    f.shareWithB();
    ActionPlan after = *made;
    after.title = u"Нақшаи чорабиниҳо барои соли 2026"_s;
    REQUIRE(plans::updatePlanUndoably(f.session, u"retitle"_s, *made, after).ok());

    ActionPlan theirs = *PlanRepository(*f.b).plan(made->meta.uuid);
    ActionPlan changed = theirs;
    changed.objective = u"Кам кардани зӯроварӣ дар оила"_s;
    f.importFromB(RecordEdits::patch(theirs, changed));

    f.stack().undo();
    auto now = PlanRepository(*f.a).plan(made->meta.uuid);
    REQUIRE(now.ok());
    CHECK(now->title == u"Нақшаи чорабиниҳо"_s);
    CHECK(now->objective == u"Кам кардани зӯроварӣ дар оила"_s);
    f.stack().redo();
    now = PlanRepository(*f.a).plan(made->meta.uuid);
    CHECK(now->title == u"Нақшаи чорабиниҳо барои соли 2026"_s);
    CHECK(now->objective == u"Кам кардани зӯроварӣ дар оила"_s);
}

TEST_CASE("Undo of a round edit leaves the decision note an import changed since, and redo works",
          "[ui][undo][field-undo]")
{
    TwoLaptops f;
    PrioritisationRound round;
    round.teamUuid = f.team;
    round.title = u"Даври аввал"_s;
    round.date = QDate(2026, 2, 10);
    auto made = PrioritisationRepository(*f.a).createRound(round);
    REQUIRE(made.ok());
    f.shareWithB();
    PrioritisationRound after = *made;
    after.title = u"Даври якум"_s;
    REQUIRE(undo::edit(f.session, u"edit round"_s, RecordEdits::patch(*made, after)).ok());

    PrioritisationRound theirs = *PrioritisationRepository(*f.b).round(made->meta.uuid);
    PrioritisationRound changed = theirs;
    changed.date = QDate(2026, 2, 12);
    f.importFromB(RecordEdits::patch(theirs, changed));

    f.stack().undo();
    auto now = PrioritisationRepository(*f.a).round(made->meta.uuid);
    REQUIRE(now.ok());
    CHECK(now->title == u"Даври аввал"_s);
    CHECK(now->date == QDate(2026, 2, 12));
    f.stack().redo();
    now = PrioritisationRepository(*f.a).round(made->meta.uuid);
    CHECK(now->title == u"Даври якум"_s);
    CHECK(now->date == QDate(2026, 2, 12));
}

TEST_CASE("Undo of a list entry's Tajik name leaves its Russian name an import changed since, and redo works",
          "[ui][undo][field-undo]")
{
    TwoLaptops f;
    auto added = ReferenceRepository(*f.a).addItem(
        {{}, ReferenceList::Category, {}, u"Water disputes"_s, {}, {}, 50, 1.0});
    REQUIRE(added.ok());
    f.shareWithB();
    ReferenceListModel model(f.session);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    model.setList(ReferenceList::Category);
    const int row = model.rowOf(added->meta.uuid);
    REQUIRE(row >= 0);
    REQUIRE(
        model.setData(model.index(row, ReferenceListModel::Tajik), u"Баҳсҳо бар сари об"_s, Qt::EditRole));

    ReferenceItem theirs = *ReferenceRepository(*f.b).item(added->meta.uuid);
    ReferenceItem changed = theirs;
    changed.nameRu = u"Споры из-за воды"_s;
    f.importFromB(RecordEdits::patch(theirs, changed));

    f.stack().undo();
    auto now = ReferenceRepository(*f.a).item(added->meta.uuid);
    REQUIRE(now.ok());
    CHECK(now->nameTg.isEmpty());
    CHECK(now->nameRu == u"Споры из-за воды"_s);
    f.stack().redo();
    now = ReferenceRepository(*f.a).item(added->meta.uuid);
    CHECK(now->nameTg == u"Баҳсҳо бар сари об"_s);
    CHECK(now->nameRu == u"Споры из-за воды"_s);
}

TEST_CASE("Undo of a place's former names leaves its Russian name an import changed since, and redo works",
          "[ui][undo][field-undo]")
{
    TwoLaptops f;
    auto place = ReferenceRepository(*f.a).findPlace(u"Isfara"_s);
    REQUIRE(place.ok());
    GazetteerModel model(f.session);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    const int row = model.rowOf(place->meta.uuid);
    REQUIRE(row >= 0);
    REQUIRE(model.setData(model.index(row, GazetteerModel::FormerNames), u"Канибадам-2"_s, Qt::EditRole));

    GazetteerEntry theirs = *ReferenceRepository(*f.b).gazetteerEntry(place->meta.uuid);
    GazetteerEntry changed = theirs;
    changed.nameRu = u"город Исфара"_s;
    f.importFromB(RecordEdits::patch(theirs, changed));

    f.stack().undo();
    auto now = ReferenceRepository(*f.a).gazetteerEntry(place->meta.uuid);
    REQUIRE(now.ok());
    CHECK(now->formerNames == place->formerNames);
    CHECK(now->nameRu == u"город Исфара"_s);
    f.stack().redo();
    now = ReferenceRepository(*f.a).gazetteerEntry(place->meta.uuid);
    CHECK(now->formerNames == u"Канибадам-2"_s);
    CHECK(now->nameRu == u"город Исфара"_s);
}

TEST_CASE("Undo of a meeting's place leaves its minutes an import changed since, and redo works",
          "[ui][undo][field-undo]")
{
    TwoLaptops f;
    Meeting meeting;
    meeting.teamUuid = f.team;
    meeting.date = QDate(2026, 1, 20);
    meeting.place = u"Мактаби №3"_s;
    auto made = MeetingRepository(*f.a).createMeeting(meeting);
    REQUIRE(made.ok());
    f.shareWithB();
    Meeting edited = *made;
    edited.place = u"Толори ҷамоат"_s;
    REQUIRE(
        editMeetingField(f.session, u"change place"_s, edited, [](Meeting& target, const Meeting& source) {
            target.place = source.place;
        }).ok());

    Meeting theirs = *MeetingRepository(*f.b).meeting(made->meta.uuid);
    Meeting changed = theirs;
    changed.minutes = u"Занон дар бораи зӯроварӣ сухан карданд."_s;
    f.importFromB(RecordEdits::patch(theirs, changed));

    f.stack().undo();
    auto now = MeetingRepository(*f.a).meeting(made->meta.uuid);
    REQUIRE(now.ok());
    CHECK(now->place == u"Мактаби №3"_s);
    CHECK(now->minutes == u"Занон дар бораи зӯроварӣ сухан карданд."_s);
    f.stack().redo();
    now = MeetingRepository(*f.a).meeting(made->meta.uuid);
    CHECK(now->place == u"Толори ҷамоат"_s);
    CHECK(now->minutes == u"Занон дар бораи зӯроварӣ сухан карданд."_s);
}

TEST_CASE("Undo of a member's post leaves the phone an import changed since, and redo works",
          "[ui][undo][field-undo]")
{
    TwoLaptops f;
    Member member;
    member.teamUuid = f.team;
    member.name = u"Мавҷуда Раҳимова"_s;
    member.post = u"мутахассис"_s;
    auto made = TeamRepository(*f.a).createMember(member);
    REQUIRE(made.ok());
    f.shareWithB();
    Member after = *made;
    after.post = u"мутахассиси пешбар"_s;
    REQUIRE(undo::edit(f.session, u"change post"_s, RecordEdits::patch(*made, after)).ok());

    Member theirs = *TeamRepository(*f.b).member(made->meta.uuid);
    Member changed = theirs;
    changed.phone = u"+992 92 700 11 22"_s;
    f.importFromB(RecordEdits::patch(theirs, changed));

    f.stack().undo();
    auto now = TeamRepository(*f.a).member(made->meta.uuid);
    REQUIRE(now.ok());
    CHECK(now->post == u"мутахассис"_s);
    CHECK(now->phone == u"+992 92 700 11 22"_s);
    f.stack().redo();
    now = TeamRepository(*f.a).member(made->meta.uuid);
    CHECK(now->post == u"мутахассиси пешбар"_s);
    CHECK(now->phone == u"+992 92 700 11 22"_s);
}

TEST_CASE("Undo of a team's address leaves the jamoat an import changed since, and redo works",
          "[ui][undo][field-undo]")
{
    TwoLaptops f;
    f.shareWithB();
    const Team before = *TeamRepository(*f.a).team(f.team);
    Team after = before;
    after.address = u"кӯчаи Исмоили Сомонӣ 12"_s;
    REQUIRE(undo::edit(f.session, u"change address"_s, RecordEdits::patch(before, after)).ok());

    Team theirs = *TeamRepository(*f.b).team(f.team);
    Team changed = theirs;
    changed.jamoat = u"Ворух"_s;
    f.importFromB(RecordEdits::patch(theirs, changed));

    f.stack().undo();
    auto now = TeamRepository(*f.a).team(f.team);
    REQUIRE(now.ok());
    CHECK(now->address == before.address);
    CHECK(now->jamoat == u"Ворух"_s);
    f.stack().redo();
    now = TeamRepository(*f.a).team(f.team);
    CHECK(now->address == u"кӯчаи Исмоили Сомонӣ 12"_s);
    CHECK(now->jamoat == u"Ворух"_s);
}

TEST_CASE("Undo of a concern's title leaves its place an import changed since, and redo works",
          "[ui][undo][field-undo]")
{
    TwoLaptops f;
    Concern concern;
    concern.teamUuid = f.team;
    concern.title = u"Драки у школы"_s;
    concern.firstRaised = QDate(2026, 1, 10);
    concern.categoryUuid = test::categoryUuid(*f.a);
    auto made = ConcernRepository(*f.a).createConcern(concern);
    REQUIRE(made.ok());
    f.shareWithB();
    ConcernEdits edits(f.session, nullptr, nullptr);
    edits.setConcern(*made);
    REQUIRE(edits.save(u"retitle"_s, [](Concern& c) { c.title = u"Драки подростков у школы"_s; }));

    Concern theirs = *ConcernRepository(*f.b).concern(made->meta.uuid);
    Concern changed = theirs;
    changed.place = u"Ворух"_s;
    f.importFromB(RecordEdits::patch(theirs, changed));

    f.stack().undo();
    auto now = ConcernRepository(*f.a).concern(made->meta.uuid);
    REQUIRE(now.ok());
    CHECK(now->title == u"Драки у школы"_s);
    CHECK(now->place == u"Ворух"_s);
    f.stack().redo();
    now = ConcernRepository(*f.a).concern(made->meta.uuid);
    CHECK(now->title == u"Драки подростков у школы"_s);
    CHECK(now->place == u"Ворух"_s);
}

TEST_CASE(
    "Saves made while typing the minutes are one undo step, and typing them back leaves nothing to undo",
    "[ui][undo][field-undo]")
{
    TwoLaptops f;
    Meeting held;
    held.teamUuid = f.team;
    held.date = QDate(2026, 1, 20);
    auto made = MeetingRepository(*f.a).createMeeting(held);
    REQUIRE(made.ok());
    const QString meeting = made->meta.uuid;
    const Meeting before = *MeetingRepository(*f.a).meeting(meeting);
    Meeting first = before;
    first.minutes = u"Ҷаласа соати 10 оғоз шуд."_s;
    REQUIRE(editMeetingField(
                f.session, u"change minutes"_s, first,
                [](Meeting& to, const Meeting& from) { to.minutes = from.minutes; }, true)
                .ok());
    Meeting second = first;
    second.minutes = u"Ҷаласа соати 10 оғоз шуд. Ҳозирон: 14 нафар."_s;
    REQUIRE(editMeetingField(
                f.session, u"change minutes"_s, second,
                [](Meeting& to, const Meeting& from) { to.minutes = from.minutes; }, true)
                .ok());
    CHECK(f.stack().count() == 1);
    f.stack().undo();
    CHECK(MeetingRepository(*f.a).meeting(meeting)->minutes == before.minutes);
    f.stack().redo();
    CHECK(MeetingRepository(*f.a).meeting(meeting)->minutes == second.minutes);

    // A deliberate edit of another field is a step of its own, and so is the next save of the minutes.
    Meeting placed = second;
    placed.place = u"Маҳаллаи Гулистон"_s;
    REQUIRE(editMeetingField(f.session, u"change place"_s, placed, [](Meeting& to, const Meeting& from) {
                to.place = from.place;
            }).ok());
    CHECK(f.stack().count() == 2);

    Meeting back = placed;
    back.minutes = before.minutes;
    REQUIRE(editMeetingField(
                f.session, u"change minutes"_s, back,
                [](Meeting& to, const Meeting& from) { to.minutes = from.minutes; }, true)
                .ok());
    REQUIRE(f.stack().count() == 3);
    Meeting backAgain = back;
    backAgain.minutes = second.minutes;
    REQUIRE(editMeetingField(
                f.session, u"change minutes"_s, backAgain,
                [](Meeting& to, const Meeting& from) { to.minutes = from.minutes; }, true)
                .ok());
    CHECK(f.stack().count() == 2); // typed back to where this run of saves began: nothing to undo
    CHECK(MeetingRepository(*f.a).meeting(meeting)->minutes == second.minutes);
}

TEST_CASE("Two deliberate edits of the same field are two undo steps", "[ui][undo][field-undo]")
{
    TwoLaptops f;
    const Team before = *TeamRepository(*f.a).team(f.team);
    Team first = before;
    first.address = u"кӯчаи Сомонӣ"_s;
    REQUIRE(undo::edit(f.session, u"change address"_s, RecordEdits::patch(before, first)).ok());
    Team second = first;
    second.address = u"кӯчаи Сомонӣ 12"_s;
    REQUIRE(undo::edit(f.session, u"change address"_s, RecordEdits::patch(first, second)).ok());
    CHECK(f.stack().count() == 2);
    f.stack().undo();
    CHECK(TeamRepository(*f.a).team(f.team)->address == first.address);
    f.stack().undo();
    CHECK(TeamRepository(*f.a).team(f.team)->address == before.address);
}
