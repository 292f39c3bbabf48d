// Action plans: the plan, its activities, progress updates and indicator readings as stored, codes, and
// what is refused.
#include "Builders.h"

using namespace hamkori;
using namespace hamkori::coretest;
using hamkori::test::TempDatabase;

namespace {

QString lead(Database& db, const QString& code)
{
    return test::referenceUuid(db, u"lead_body"_s, code);
}

QString funding(Database& db, const QString& code)
{
    return test::referenceUuid(db, u"funding_source"_s, code);
}

ActionPlan fullPlan(const QString& team, const QString& meeting, const QStringList& concerns)
{
    ActionPlan p;
    p.teamUuid = team;
    p.title = u"Нақшаи чорабиниҳо оид ба пешгирии зӯроварии оилавӣ"_s;
    p.periodStart = QDate(2026, 3, 1);
    p.periodEnd = QDate(2026, 12, 31);
    p.concernUuids = concerns;
    p.objective = u"Кам кардани ҳодисаҳои зӯроварӣ дар маҳаллаи Чоркӯҳ"_s;
    p.adoptedMeetingUuid = meeting;
    p.adoptedMinutesNumber = u"3"_s;
    p.approverName = u"Саидов Н."_s;
    p.approverPost = u"Муовини раиси ноҳия"_s;
    p.agreerName = u"Ҷ. А. Раҳимзода"_s;
    p.agreerPost = u"Сардори ШВКД дар шаҳри Исфара"_s;
    p.outgoingNumber = u"12/ҚҲ-04"_s;
    p.ordinanceNumber = u"145"_s;
    p.ordinanceDate = QDate(2026, 2, 27);
    p.status = PlanStatus::Adopted;
    return p;
}

Activity fullActivity(Database& db, const QString& plan)
{
    Activity a;
    a.planUuid = plan;
    a.measure = u"Семинар барои занон оид ба ҳуқуқҳояшон"_s;
    a.leadBodyUuid = lead(db, u"womens_committee"_s);
    a.partners = u"ШКД, ҷамоат"_s;
    a.start = QDate(2026, 3, 15);
    a.deadline = QDate(2026, 4, 30);
    a.resources = u"Толори ҷамоат, 40 дафтарча"_s;
    a.fundingSourceUuid = funding(db, u"small_grant"_s);
    a.amountSomoni = 2450.75;
    a.outputIndicator = u"3 семинар, 60 иштирокчӣ"_s;
    a.outcomeIndicator = u"Шумораи муроҷиатҳо ба милитсия"_s;
    a.outcomeBaseline = 2;
    a.outcomeTarget = 8.5;
    a.verification = u"Протоколҳо, рӯйхати иштирокчиён"_s;
    a.risks = u"Шавҳарон иҷозат намедиҳанд"_s;
    a.genderConflictNotes = u"Танҳо барои занон, бо модератори зан"_s;
    a.status = ActivityStatus::InProgress;
    return a;
}

void requireSamePlan(const ActionPlan& read, const ActionPlan& written)
{
    CHECK(read.teamUuid == written.teamUuid);
    CHECK(read.title == written.title);
    CHECK(read.periodStart == written.periodStart);
    CHECK(read.periodEnd == written.periodEnd);
    CHECK(read.concernUuids == written.concernUuids);
    CHECK(read.objective == written.objective);
    CHECK(read.adoptedMeetingUuid == written.adoptedMeetingUuid);
    CHECK(read.adoptedMinutesNumber == written.adoptedMinutesNumber);
    CHECK(read.approverName == written.approverName);
    CHECK(read.approverPost == written.approverPost);
    CHECK(read.agreerName == written.agreerName);
    CHECK(read.agreerPost == written.agreerPost);
    CHECK(read.outgoingNumber == written.outgoingNumber);
    CHECK(read.ordinanceNumber == written.ordinanceNumber);
    CHECK(read.ordinanceDate == written.ordinanceDate);
    CHECK(read.status == written.status);
}

void requireSameActivity(const Activity& read, const Activity& written)
{
    CHECK(read.planUuid == written.planUuid);
    CHECK(read.position == written.position);
    CHECK(read.measure == written.measure);
    CHECK(read.leadBodyUuid == written.leadBodyUuid);
    CHECK(read.partners == written.partners);
    CHECK(read.start == written.start);
    CHECK(read.deadline == written.deadline);
    CHECK(read.resources == written.resources);
    CHECK(read.fundingSourceUuid == written.fundingSourceUuid);
    CHECK(read.amountSomoni == written.amountSomoni);
    CHECK(read.outputIndicator == written.outputIndicator);
    CHECK(read.outcomeIndicator == written.outcomeIndicator);
    CHECK(read.outcomeBaseline == written.outcomeBaseline);
    CHECK(read.outcomeTarget == written.outcomeTarget);
    CHECK(read.verification == written.verification);
    CHECK(read.risks == written.risks);
    CHECK(read.genderConflictNotes == written.genderConflictNotes);
    CHECK(read.status == written.status);
}

ProgressUpdate progressOf(const QString& activity, QDate date, ActivityStatus status)
{
    ProgressUpdate u;
    u.activityUuid = activity;
    u.date = date;
    u.status = status;
    return u;
}

} // namespace

TEST_CASE("A plan keeps every field and its concerns across a reopen and an update", "[plans]")
{
    TempDatabase db;
    const QString team = test::makeTeam(*db);
    const QString meeting = makeMeeting(*db, team, QDate(2026, 2, 20)).meta.uuid;
    const QString violence = makeConcern(*db, team, u"Зӯроварии оилавӣ"_s, QDate(2026, 1, 10)).meta.uuid;
    const QString marriage =
        makeConcern(*db, team, u"Издивоҷи барвақтӣ"_s, QDate(2026, 1, 11), u"early_marriage"_s).meta.uuid;
    const ActionPlan written = fullPlan(team, meeting, {marriage, violence});
    auto created = PlanRepository(*db).createPlan(written);
    REQUIRE(created.ok());
    CHECK(created->code == u"ISF-AP-2026-01"_s);

    db.reopen();
    auto read = PlanRepository(*db).plan(created->meta.uuid);
    REQUIRE(read.ok());
    requireSamePlan(*read, written);

    ActionPlan changed = *read;
    changed.title = u"План мероприятий на 2026 год"_s;
    changed.periodStart = QDate(2026, 4, 1);
    changed.periodEnd = QDate(2027, 3, 31);
    changed.concernUuids = {violence};
    changed.objective.clear();
    changed.adoptedMeetingUuid.clear();
    changed.adoptedMinutesNumber.clear();
    changed.approverName = u"Rahimov F."_s;
    changed.approverPost = u"Deputy chair of the Hukumat"_s;
    changed.agreerName = u"F. Rahimov"_s;
    changed.agreerPost = u"Chief of district police"_s;
    changed.outgoingNumber.clear();
    changed.ordinanceNumber = u"№ 7-р"_s;
    changed.ordinanceDate = QDate(); // "of …" not known: stored empty, read back empty
    changed.status = PlanStatus::Completed;
    REQUIRE(PlanRepository(*db).updatePlan(changed).ok());

    db.reopen();
    auto again = PlanRepository(*db).plan(created->meta.uuid);
    REQUIRE(again.ok());
    requireSamePlan(*again, changed);
    CHECK(again->code == u"ISF-AP-2026-01"_s);
    auto byCode = PlanRepository(*db).planByCode(u"ISF-AP-2026-01"_s);
    REQUIRE(byCode.ok());
    CHECK(byCode->concernUuids == QStringList{violence});
}

TEST_CASE("An activity keeps every field, optional figures included, across a reopen and an update",
          "[plans]")
{
    TempDatabase db;
    const QString team = test::makeTeam(*db);
    const ActionPlan plan = makePlan(*db, team, u"Нақша"_s, QDate(2026, 3, 1), QDate(2026, 12, 31));
    Activity written = fullActivity(*db, plan.meta.uuid);
    auto created = PlanRepository(*db).createActivity(written);
    REQUIRE(created.ok());
    written.position = 1; // the first of the plan

    db.reopen();
    auto read = PlanRepository(*db).activity(created->meta.uuid);
    REQUIRE(read.ok());
    requireSameActivity(*read, written);

    Activity changed = *read;
    changed.position = 4;
    changed.measure = u"Установить фонари у школы №3"_s;
    changed.leadBodyUuid = lead(*db, u"jamoat"_s);
    changed.partners.clear();
    changed.start = QDate();
    changed.deadline = QDate(2026, 9, 1);
    changed.resources = u"12 фонарей"_s;
    changed.fundingSourceUuid.clear();
    changed.amountSomoni = 0;
    changed.outputIndicator = u"12 фонарей установлено"_s;
    changed.outcomeIndicator.clear();
    changed.outcomeBaseline.reset();
    changed.outcomeTarget = 0.0; // zero is a target, not "none"
    changed.verification = u"Фото"_s;
    changed.risks.clear();
    changed.genderConflictNotes.clear();
    changed.status = ActivityStatus::Delayed;
    REQUIRE(PlanRepository(*db).updateActivity(changed).ok());

    db.reopen();
    auto again = PlanRepository(*db).activity(created->meta.uuid);
    REQUIRE(again.ok());
    requireSameActivity(*again, changed);
    CHECK_FALSE(again->outcomeBaseline.has_value());
    REQUIRE(again->outcomeTarget.has_value());
    CHECK(*again->outcomeTarget == 0.0);
    CHECK(again->fundingSourceUuid.isEmpty());
}

TEST_CASE("Activities are numbered in the order they are added", "[plans]")
{
    TempDatabase db;
    const QString team = test::makeTeam(*db);
    const QString plan = makePlan(*db, team, u"Нақша"_s, QDate(2026, 3, 1), QDate(2026, 12, 31)).meta.uuid;
    CHECK(makeActivity(*db, plan, u"Якум"_s).position == 1);
    CHECK(makeActivity(*db, plan, u"Дуюм"_s).position == 2);
    const Activity third = makeActivity(*db, plan, u"Сеюм"_s);
    CHECK(third.position == 3);
    REQUIRE(PlanRepository(*db).deleteActivity(third.meta.uuid).ok());
    CHECK(makeActivity(*db, plan, u"Сеюми нав"_s).position == 3);

    auto list = PlanRepository(*db).activities(plan);
    REQUIRE(list.ok());
    QStringList measures;
    for (const Activity& a : *list)
        measures << a.measure;
    CHECK(measures == QStringList{u"Якум"_s, u"Дуюм"_s, u"Сеюми нав"_s});
}

TEST_CASE(
    "Progress updates and indicator readings keep every field, and the activity follows the latest update",
    "[plans][progress]")
{
    TempDatabase db;
    const QString team = test::makeTeam(*db);
    const QString plan = makePlan(*db, team, u"Нақша"_s, QDate(2026, 3, 1), QDate(2026, 12, 31)).meta.uuid;
    const QString activity = makeActivity(*db, plan, u"Мусобиқаи футбол барои ҷавонон"_s).meta.uuid;
    PlanRepository plans(*db);

    ProgressUpdate written = progressOf(activity, QDate(2026, 4, 10), ActivityStatus::Done);
    written.note = u"Дар мусобиқа 8 даста иштирок кард."_s;
    for (int i = 0; i < SexAgeCounts::kCells; ++i)
        written.reached.setCell(i, 10 * (i + 1));
    written.reachedIndirectly = 350;
    written.spentSomoni = 1200.5;
    auto added = plans.addProgress(written);
    REQUIRE(added.ok());
    // An older update entered later does not move the activity back.
    REQUIRE(plans.addProgress(progressOf(activity, QDate(2026, 3, 20), ActivityStatus::InProgress)).ok());

    IndicatorReading reading;
    reading.activityUuid = activity;
    reading.date = QDate(2026, 5, 1);
    reading.value = 6.5;
    reading.note = u"Маълумоти ШКД"_s;
    REQUIRE(plans.addReading(reading).ok());

    db.reopen();
    PlanRepository reopened(*db);
    CHECK(reopened.activity(activity)->status == ActivityStatus::Done);
    auto updates = reopened.progress(activity);
    REQUIRE(updates.ok());
    REQUIRE(updates->size() == 2);
    CHECK(updates->at(0).date == QDate(2026, 3, 20)); // by date
    const ProgressUpdate& read = updates->at(1);
    CHECK(read.activityUuid == activity);
    CHECK(read.date == QDate(2026, 4, 10));
    CHECK(read.status == ActivityStatus::Done);
    CHECK(read.note == written.note);
    CHECK(read.reached == written.reached);
    CHECK(read.reached.total() == 360);
    CHECK(read.reachedIndirectly == 350);
    CHECK(read.spentSomoni == 1200.5);
    auto readings = reopened.readings(activity);
    REQUIRE(readings.ok());
    REQUIRE(readings->size() == 1);
    CHECK(readings->first().date == QDate(2026, 5, 1));
    CHECK(readings->first().value == 6.5);
    CHECK(readings->first().note == u"Маълумоти ШКД"_s);

    // Editing the latest update's status moves the activity with it.
    ProgressUpdate edited = read;
    edited.status = ActivityStatus::Delayed;
    edited.reached = {};
    edited.spentSomoni = 0;
    REQUIRE(reopened.updateProgress(edited).ok());
    CHECK(reopened.activity(activity)->status == ActivityStatus::Delayed);
    CHECK(reopened.progress(activity)->at(1).reached.total() == 0);
}

TEST_CASE("Plan codes count per team and per year and continue after the highest", "[plans][codes]")
{
    TempDatabase db;
    const QString isfara = test::makeTeam(*db, u"ISF"_s);
    const QString khujand = test::makeTeam(*db, u"KHJ"_s);
    CHECK(makePlan(*db, isfara, u"A"_s, QDate(2026, 1, 1), QDate(2026, 6, 30)).code == u"ISF-AP-2026-01"_s);
    CHECK(makePlan(*db, isfara, u"B"_s, QDate(2026, 7, 1), QDate(2026, 12, 31)).code == u"ISF-AP-2026-02"_s);
    CHECK(makePlan(*db, isfara, u"C"_s, QDate(2025, 7, 1), QDate(2025, 12, 31)).code == u"ISF-AP-2025-01"_s);
    CHECK(makePlan(*db, khujand, u"D"_s, QDate(2026, 2, 1), QDate(2026, 12, 31)).code == u"KHJ-AP-2026-01"_s);

    ActionPlan typed;
    typed.teamUuid = isfara;
    typed.title = u"From paper"_s;
    typed.periodStart = QDate(2026, 9, 1);
    typed.code = u"ISF-AP-2026-05"_s;
    REQUIRE(PlanRepository(*db).createPlan(typed).ok());
    const ActionPlan next = makePlan(*db, isfara, u"E"_s, QDate(2026, 10, 1), QDate(2026, 12, 31));
    CHECK(next.code == u"ISF-AP-2026-06"_s);
    REQUIRE(PlanRepository(*db).deletePlan(next.meta.uuid).ok());
    CHECK(makePlan(*db, isfara, u"F"_s, QDate(2026, 11, 1), QDate(2026, 12, 31)).code == u"ISF-AP-2026-07"_s);
}

TEST_CASE("Deleting a plan takes its activities, updates and readings, and restore brings them back",
          "[plans][tombstones]")
{
    TempDatabase db;
    const QString team = test::makeTeam(*db);
    const QString concern = makeConcern(*db, team, u"Зӯроварӣ"_s, QDate(2026, 1, 10)).meta.uuid;
    ActionPlan plan = fullPlan(team, QString(), {concern});
    auto created = PlanRepository(*db).createPlan(plan);
    REQUIRE(created.ok());
    const QString activity = makeActivity(*db, created->meta.uuid, u"Семинар"_s).meta.uuid;
    REQUIRE(
        PlanRepository(*db).addProgress(progressOf(activity, QDate(2026, 4, 1), ActivityStatus::Done)).ok());
    IndicatorReading reading;
    reading.activityUuid = activity;
    reading.date = QDate(2026, 4, 2);
    reading.value = 3;
    REQUIRE(PlanRepository(*db).addReading(reading).ok());

    auto deleted = PlanRepository(*db).deletePlan(created->meta.uuid);
    REQUIRE(deleted.ok());
    CHECK(deleted->size() == 5); // plan, plan concern, activity, update, reading
    CHECK(PlanRepository(*db).plans(team)->isEmpty());
    CHECK_FALSE(PlanRepository(*db).activity(activity).ok());
    CHECK(PlanRepository(*db).progress(activity)->isEmpty());
    CHECK(PlanRepository(*db).readings(activity)->isEmpty());
    CHECK(ConcernRepository(*db).concern(concern).ok()); // the concern itself stays

    Transaction undo(*db);
    REQUIRE(db->records().restore(*deleted).ok());
    REQUIRE(undo.commit().ok());
    CHECK(PlanRepository(*db).plan(created->meta.uuid)->concernUuids == QStringList{concern});
    CHECK(PlanRepository(*db).progress(activity)->size() == 1);
    CHECK(PlanRepository(*db).readings(activity)->size() == 1);
}

TEST_CASE(
    "Invalid plans, activities, updates and readings are refused, naming the field, and nothing is written",
    "[plans][validation]")
{
    TempDatabase db;
    const QString team = test::makeTeam(*db, u"ISF"_s);
    PlanRepository plans(*db);

    SECTION("plans")
    {
        ActionPlan plan = fullPlan(team, QString(), {});
        plan.teamUuid.clear();
        requireRefused(*db, u"team"_s, [&] { return plans.createPlan(plan); });
        plan = fullPlan(team, QString(), {});
        plan.title = u"  "_s;
        requireRefused(*db, u"title"_s, [&] { return plans.createPlan(plan); });
        plan = fullPlan(team, QString(), {});
        plan.periodEnd = QDate(2026, 2, 28);
        requireRefused(*db, u"period_end"_s, [&] { return plans.createPlan(plan); });
        CHECK(plans.createPlan(plan).errorMessage().contains(u"28.02.2026"_s));
        const QString other = test::makeTeam(*db, u"KHJ"_s);
        plan = fullPlan(team, makeMeeting(*db, other, QDate(2026, 2, 1)).meta.uuid, {});
        requireRefused(*db, u"meeting"_s, [&] { return plans.createPlan(plan); });
        plan = fullPlan(team, QString(), {makeConcern(*db, other, u"Чужая"_s, QDate(2026, 1, 3)).meta.uuid});
        requireRefused(*db, u"concerns"_s, [&] { return plans.createPlan(plan); });
    }
    SECTION("activities")
    {
        const QString plan =
            makePlan(*db, team, u"Нақша"_s, QDate(2026, 3, 1), QDate(2026, 12, 31)).meta.uuid;
        Activity activity = fullActivity(*db, plan);
        activity.planUuid = u"none"_s;
        requireRefused(*db, u"plan"_s, [&] { return plans.createActivity(activity); });
        activity = fullActivity(*db, plan);
        activity.measure.clear();
        requireRefused(*db, u"measure"_s, [&] { return plans.createActivity(activity); });
        activity = fullActivity(*db, plan);
        activity.leadBodyUuid = funding(*db, u"donor"_s);
        requireRefused(*db, u"lead_body"_s, [&] { return plans.createActivity(activity); });
        activity = fullActivity(*db, plan);
        activity.fundingSourceUuid = lead(*db, u"police"_s);
        requireRefused(*db, u"funding_source"_s, [&] { return plans.createActivity(activity); });
        activity = fullActivity(*db, plan);
        activity.deadline = QDate(2026, 3, 14);
        requireRefused(*db, u"deadline"_s, [&] { return plans.createActivity(activity); });
        CHECK(plans.createActivity(activity).errorMessage().contains(u"14.03.2026"_s));
        activity = fullActivity(*db, plan);
        activity.amountSomoni = -0.01;
        requireRefused(*db, u"amount"_s, [&] { return plans.createActivity(activity); });
    }
    SECTION("progress updates and readings")
    {
        const QString plan =
            makePlan(*db, team, u"Нақша"_s, QDate(2026, 3, 1), QDate(2026, 12, 31)).meta.uuid;
        const QString activity = makeActivity(*db, plan, u"Семинар"_s).meta.uuid;
        ProgressUpdate update = progressOf(u"none"_s, QDate(2026, 4, 1), ActivityStatus::Done);
        requireRefused(*db, u"activity"_s, [&] { return plans.addProgress(update); });
        update = progressOf(activity, QDate(), ActivityStatus::Done);
        requireRefused(*db, u"date"_s, [&] { return plans.addProgress(update); });
        update = progressOf(activity, QDate(2026, 4, 1), ActivityStatus::Done);
        update.reached.set(Sex::Female, AgeBand::From18To29, -2);
        requireRefused(*db, u"reached"_s, [&] { return plans.addProgress(update); });
        update = progressOf(activity, QDate(2026, 4, 1), ActivityStatus::Done);
        update.reachedIndirectly = -10;
        requireRefused(*db, u"reached_indirect"_s, [&] { return plans.addProgress(update); });
        update = progressOf(activity, QDate(2026, 4, 1), ActivityStatus::Done);
        update.spentSomoni = -5;
        requireRefused(*db, u"spent"_s, [&] { return plans.addProgress(update); });
        IndicatorReading reading;
        reading.activityUuid = u"none"_s;
        reading.date = QDate(2026, 4, 1);
        requireRefused(*db, u"activity"_s, [&] { return plans.addReading(reading); });
        reading.activityUuid = activity;
        reading.date = QDate();
        requireRefused(*db, u"date"_s, [&] { return plans.addReading(reading); });
    }
}

TEST_CASE(
    "The team's latest plan is the one created last, whatever its period, and a deleted one does not count",
    "[plans]")
{
    TempDatabase db;
    const QString isfara = test::makeTeam(*db, u"ISF"_s);
    const QString khujand = test::makeTeam(*db, u"KHJ"_s);
    auto none = PlanRepository(*db).latestPlan(isfara);
    REQUIRE(none.ok());
    CHECK_FALSE(none->has_value());

    ActionPlan first = fullPlan(isfara, {}, {});
    first.title = u"2027"_s;
    first.periodStart = QDate(2027, 1, 1);
    first.periodEnd = QDate(2027, 12, 31);
    first.status = PlanStatus::Draft;
    REQUIRE(PlanRepository(*db).createPlan(first).ok());
    // Made later for an earlier period, with other signatories.
    ActionPlan second = first;
    second.title = u"2025"_s;
    second.periodStart = QDate(2025, 1, 1);
    second.periodEnd = QDate(2025, 12, 31);
    second.agreerName = u"Ф. Раҳимов"_s;
    auto made = PlanRepository(*db).createPlan(second);
    REQUIRE(made.ok());
    makePlan(*db, khujand, u"Khujand"_s, QDate(2026, 1, 1), QDate(2026, 12, 31)); // another team's

    auto latest = PlanRepository(*db).latestPlan(isfara);
    REQUIRE(latest.ok());
    REQUIRE(latest->has_value());
    CHECK((*latest)->title == u"2025"_s);
    ActionPlan fresh;
    fresh.objective = u"unchanged"_s;
    fresh.copySignatoriesFrom(**latest);
    CHECK(fresh.approverName == second.approverName);
    CHECK(fresh.approverPost == second.approverPost);
    CHECK(fresh.agreerName == u"Ф. Раҳимов"_s);
    CHECK(fresh.agreerPost == second.agreerPost);
    CHECK(fresh.outgoingNumber.isEmpty()); // the paper's own numbers are not signatories
    CHECK(fresh.ordinanceNumber.isEmpty());
    CHECK(fresh.objective == u"unchanged"_s);

    REQUIRE(PlanRepository(*db).deletePlan(made->meta.uuid).ok());
    CHECK((*PlanRepository(*db).latestPlan(isfara))->title == u"2027"_s);
}
