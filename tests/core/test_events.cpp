// Issue 20 in core: events with their people, trainers, sheets and follow-ups; campaigns with their channels
// and materials; the averages and gains worked out by hand; reach counted once when a progress update names
// the event or campaign that carried it out; validation, undo through field patches, bundles and conflicts.
#include "Builders.h"
#include "core/analysis/TrainingResults.h"
#include "core/demo/DemoLoader.h"
#include "core/model/RecordCatalogue.h"
#include "core/storage/CampaignRepository.h"
#include "core/storage/EventRepository.h"
#include "core/storage/OverviewQueries.h"
#include "core/storage/RecordEdits.h"
#include "core/storage/StatisticsRepository.h"
#include "core/sync/Merge.h"
#include "core/sync/MergeConflicts.h"
#include <QSet>

using namespace hamkori;
using namespace hamkori::coretest;
using hamkori::test::TempDatabase;

namespace {

constexpr qint64 kDay = 24 * 3600 * 1000;

Event makeEvent(Database& db, const QString& team, EventKind kind, QDate start, const QString& title)
{
    Event event;
    event.teamUuid = team;
    event.kind = kind;
    event.start = start;
    event.title = title;
    event.place = u"Толори ҷамоати Чорку"_s;
    event.questions = u"Мавзӯъ барои кори ман муфид буд\nТренерҳо фаҳмо шарҳ доданд\nТашкили чорабинӣ"_s;
    auto made = EventRepository(db).createEvent(event);
    INFO(made.errorMessage().toStdString());
    REQUIRE(made.ok());
    return *made;
}

template <class T> T added(Database& db, const T& record)
{
    auto made = EventRepository(db).add(record);
    INFO(made.errorMessage().toStdString());
    REQUIRE(made.ok());
    return *made;
}

EventParticipant participant(const QString& event, const QString& name, Sex sex, AgeBand band,
                             ParticipantRole role)
{
    EventParticipant p;
    p.eventUuid = event;
    p.name = name;
    p.sex = sex;
    p.ageBand = band;
    p.role = role;
    return p;
}

TestScore score(const QString& event, int sheet, std::optional<double> pre, std::optional<double> post)
{
    TestScore t;
    t.eventUuid = event;
    t.sheet = sheet;
    t.pre = pre;
    t.post = post;
    return t;
}

FeedbackSheet feedback(const QString& event, int sheet, std::array<int, Event::kMaxQuestions> answers)
{
    FeedbackSheet f;
    f.eventUuid = event;
    f.sheet = sheet;
    f.answers = answers;
    return f;
}

Campaign makeCampaign(Database& db, const QString& team, QDate start, int womenReached, int menReached,
                      int indirect)
{
    Campaign campaign;
    campaign.teamUuid = team;
    campaign.title = u"Маъракаи «Хонаи бе зӯроварӣ»"_s;
    campaign.start = start;
    campaign.end = start.addDays(30);
    campaign.reached.set(Sex::Female, AgeBand::From18To29, womenReached);
    campaign.reached.set(Sex::Male, AgeBand::From30To49, menReached);
    campaign.reachedIndirectly = indirect;
    campaign.indirectMethod = indirect ? u"Шунавандагони радиои ноҳия"_s : QString();
    campaign.channels = {u"radio"_s, u"school"_s};
    campaign.cost = 1500;
    auto made = CampaignRepository(db).createCampaign(campaign);
    INFO(made.errorMessage().toStdString());
    REQUIRE(made.ok());
    return *made;
}

sync::MergeReport exchange(Database& from, Database& to, const QStringList& teams = {})
{
    auto bundle = test::exportable(from, teams);
    INFO(bundle.errorMessage().toStdString());
    REQUIRE(bundle.ok());
    auto report = sync::applyBundle(to, *bundle, {.trustNewSender = true});
    INFO(report.errorMessage().toStdString());
    REQUIRE(report.ok());
    return *report;
}

} // namespace

TEST_CASE("A training's test averages and gain, worked out by hand", "[events]")
{
    // Four sheets out of 20: (8, 14), (10, 16), (12, —), (—, 18).
    const QList<TestScore> sheets = {score({}, 1, 8, 14), score({}, 2, 10, 16),
                                     score({}, 3, 12, std::nullopt), score({}, 4, std::nullopt, 18)};
    const analysis::TestResults results = analysis::testResults(sheets, 20);
    CHECK(results.preSheets == 3);
    CHECK(results.postSheets == 3);
    CHECK(results.pairedSheets == 2);
    CHECK(*results.averagePre == Approx(10.0));  // (8 + 10 + 12) / 3
    CHECK(*results.averagePost == Approx(16.0)); // (14 + 16 + 18) / 3
    CHECK(*results.averageGain == Approx(6.0));  // only the two sheets with both: (6 + 6) / 2
    CHECK(results.percent(*results.averageGain) == Approx(30.0));
    // No sheet: no average, not a zero.
    const analysis::TestResults none = analysis::testResults({}, 20);
    CHECK_FALSE(none.averagePre.has_value());
    CHECK_FALSE(none.averageGain.has_value());
}

TEST_CASE("Feedback averages per question and overall, an unanswered question left out", "[events]")
{
    const QList<FeedbackSheet> sheets = {feedback({}, 1, {5, 4, 3}), feedback({}, 2, {4, 0, 5}),
                                         feedback({}, 3, {3, 2, 0})};
    const analysis::FeedbackResults results = analysis::feedbackResults(sheets, 3);
    CHECK(results.sheets == 3);
    REQUIRE(results.averageByQuestion.size() == 3);
    CHECK(*results.averageByQuestion[0] == Approx(4.0)); // (5 + 4 + 3) / 3
    CHECK(*results.averageByQuestion[1] == Approx(3.0)); // (4 + 2) / 2
    CHECK(*results.averageByQuestion[2] == Approx(4.0)); // (3 + 5) / 2
    CHECK(results.answersByQuestion == QList<int>{3, 2, 2});
    CHECK(*results.overall == Approx(26.0 / 7.0));
    const analysis::FeedbackResults empty = analysis::feedbackResults({feedback({}, 1, {0, 0, 0})}, 3);
    CHECK_FALSE(empty.averageByQuestion[0].has_value());
    CHECK_FALSE(empty.overall.has_value());
}

TEST_CASE("An event with its people, trainers, sheets and follow-ups comes back as stored", "[events]")
{
    TempDatabase db;
    const QString team = test::makeTeam(*db);
    const Concern concern = makeConcern(*db, team, u"Зӯроварӣ дар оила"_s, QDate(2026, 1, 20));
    const ActionPlan plan = makePlan(*db, team, u"Нақшаи 2026"_s, QDate(2026, 1, 1), QDate(2026, 12, 31));
    const Activity activity = makeActivity(*db, plan.meta.uuid, u"Омӯзиши нозирони минтақавӣ"_s);
    const Member member = makeMember(*db, team, u"Гулнора Раҳимова"_s, Sex::Female, AgeBand::From30To49);

    Event event;
    event.teamUuid = team;
    event.kind = EventKind::Training;
    event.title = u"Омӯзиш оид ба полисияи ҷомеавӣ ва гендер"_s;
    event.start = QDate(2026, 4, 14);
    event.end = QDate(2026, 4, 15);
    event.place = u"Исфара, толори Ҳукумат"_s;
    event.planUuid = plan.meta.uuid;
    event.activityUuid = activity.meta.uuid;
    event.concernUuids = {concern.meta.uuid};
    event.topics = u"Полисияи ҷомеавӣ\nГендер ва амният"_s;
    event.testOutOf = 20;
    auto made = EventRepository(*db).createEvent(event);
    INFO(made.errorMessage().toStdString());
    REQUIRE(made.ok());
    CHECK(made->code == u"ISF-E-2026-01"_s);
    CHECK(made->concernUuids == QStringList{concern.meta.uuid});
    CHECK(made->lastDay() == QDate(2026, 4, 15));

    EventParticipant fromTeam =
        participant(made->meta.uuid, member.name, member.sex, member.ageBand, ParticipantRole::Cso);
    fromTeam.memberUuid = member.meta.uuid;
    added(*db, fromTeam);
    added(*db, participant(made->meta.uuid, u"Фаррух Назаров"_s, Sex::Male, AgeBand::From18To29,
                           ParticipantRole::Police));
    EventCount officers;
    officers.eventUuid = made->meta.uuid;
    officers.role = ParticipantRole::Police;
    officers.people.set(Sex::Male, AgeBand::From30To49, 12);
    officers.people.set(Sex::Female, AgeBand::From30To49, 3);
    added(*db, officers);
    Trainer trainer;
    trainer.eventUuid = made->meta.uuid;
    trainer.name = u"Дилором Каримова"_s;
    trainer.organisation = u"Академияи ВКД"_s;
    trainer.background = TrainerBackground::Academic;
    added(*db, trainer);
    added(*db, score(made->meta.uuid, 1, 8, 14));
    FollowUp followUp;
    followUp.eventUuid = made->meta.uuid;
    followUp.date = QDate(2026, 6, 1);
    followUp.note = u"Ду нозир дар мактабҳо дарс гузаронданд"_s;
    added(*db, followUp);

    EventRepository events(*db);
    auto people = events.people(made->meta.uuid);
    REQUIRE(people.ok());
    CHECK(people->named == 2);
    CHECK(people->counted == 15);
    CHECK(people->total() == 17);
    CHECK(people->byRole.value(ParticipantRole::Police) == 16); // one named, 12 men and 3 women counted
    CHECK(people->bySexAndAge.at(Sex::Female, AgeBand::From30To49) == 4);
    auto list = events.events({team});
    REQUIRE(list.ok());
    REQUIRE(list->size() == 1);
    CHECK(list->first().participants == 17);
    CHECK(events.of<EventParticipant>(made->meta.uuid)->first().name == u"Гулнора Раҳимова"_s);
    CHECK(events.of<Trainer>(made->meta.uuid)->first().background == TrainerBackground::Academic);
    CHECK(events.of<FollowUp>(made->meta.uuid)->first().note.startsWith(u"Ду нозир"_s));
    CHECK(*events.nextSheet<TestScore>(made->meta.uuid) == 2);

    // Deleting the member leaves the participant on the list, counted as they were.
    REQUIRE(TeamRepository(*db).deleteMember(member.meta.uuid).ok());
    CHECK(events.people(made->meta.uuid)->named == 2);

    // Deleting the event takes what hangs off it.
    auto deleted = events.deleteEvent(made->meta.uuid);
    REQUIRE(deleted.ok());
    CHECK(deleted->size() >= 7);
    CHECK(rowCount(*db, u"event_participants"_s) == 2);
    CHECK(queryValue(*db, u"SELECT COUNT(*) FROM event_participants WHERE deleted = 0"_s).toInt() == 0);
    REQUIRE(events.restore(*deleted).ok());
    CHECK(events.people(made->meta.uuid)->total() == 17);
}

TEST_CASE("Refused events, sheets and campaigns say why and write nothing", "[events]")
{
    TempDatabase db;
    const QString team = test::makeTeam(*db);
    const QString other = test::makeTeam(*db, u"KHJ"_s);
    const Event event = makeEvent(*db, team, EventKind::Training, QDate(2026, 3, 3), u"Тренинг"_s);
    EventRepository events(*db);

    Event backwards = event;
    backwards.end = QDate(2026, 3, 1);
    requireRefused(*db, u"end_date"_s, [&] { return events.updateEvent(backwards); });
    Event untitled = event;
    untitled.title = u"  "_s;
    requireRefused(*db, u"title"_s, [&] { return events.updateEvent(untitled); });
    Event foreignConcern = event;
    foreignConcern.concernUuids = {makeConcern(*db, other, u"Дуздӣ"_s, QDate(2026, 1, 5)).meta.uuid};
    requireRefused(*db, u"concerns"_s, [&] { return events.updateEvent(foreignConcern); });
    Event tooManyQuestions = event;
    tooManyQuestions.questions = u"1\n2\n3\n4\n5\n6\n7\n8\n9"_s;
    requireRefused(*db, u"questions"_s, [&] { return events.updateEvent(tooManyQuestions); });

    // A score above the test's highest score (100 by default), a sheet number taken, a sheet without scores.
    added(*db, score(event.meta.uuid, 1, 40, 70));
    requireRefused(*db, u"post"_s, [&] { return events.add(score(event.meta.uuid, 2, 40, 140)); });
    requireRefused(*db, u"sheet"_s, [&] { return events.add(score(event.meta.uuid, 1, 50, 60)); });
    requireRefused(*db, u"pre"_s,
                   [&] { return events.add(score(event.meta.uuid, 3, std::nullopt, std::nullopt)); });
    // The event has three questions: an answer to the fourth is refused, naming it.
    auto fourth = events.add(feedback(event.meta.uuid, 1, {5, 5, 5, 4}));
    REQUIRE_FALSE(fourth.ok());
    CHECK(fourth.error().field == u"answer_4"_s);
    CHECK(fourth.errorMessage().contains(u"4"_s));
    // An answer of 6 is refused by the catalogue's range.
    REQUIRE_FALSE(events.add(feedback(event.meta.uuid, 2, {6, 0, 0})).ok());
    // Two rows for the police counted in one event.
    EventCount police;
    police.eventUuid = event.meta.uuid;
    police.role = ParticipantRole::Police;
    police.people.set(Sex::Male, AgeBand::From30To49, 5);
    added(*db, police);
    requireRefused(*db, u"role"_s, [&] { return events.add(police); });
    requireRefused(*db, u"name"_s, [&] {
        return events.add(
            participant(event.meta.uuid, u" "_s, Sex::Male, AgeBand::From50, ParticipantRole::Jamoat));
    });

    CampaignRepository campaigns(*db);
    Campaign noMethod;
    noMethod.teamUuid = team;
    noMethod.title = u"Радио"_s;
    noMethod.start = QDate(2026, 5, 1);
    noMethod.reachedIndirectly = 20000;
    requireRefused(*db, u"indirect_method"_s, [&] { return campaigns.createCampaign(noMethod); });
    Campaign unknownChannel = noMethod;
    unknownChannel.indirectMethod = u"Шунавандагон"_s;
    unknownChannel.channels = {u"pigeons"_s};
    requireRefused(*db, u"channels"_s, [&] { return campaigns.createCampaign(unknownChannel); });
}

TEST_CASE(
    "Reach is counted once: a progress update that names a campaign or an event adds nothing of its own",
    "[events][statistics]")
{
    TempDatabase db;
    const QString team = test::makeTeam(*db);
    const ActionPlan plan = makePlan(*db, team, u"Нақша"_s, QDate(2026, 1, 1), QDate(2026, 12, 31));
    const Activity activity = makeActivity(*db, plan.meta.uuid, u"Маърака дар мактабҳо"_s);
    // The campaign reached 40 women and 25 men directly, 20 000 indirectly.
    const Campaign campaign = makeCampaign(*db, team, QDate(2026, 3, 1), 40, 25, 20000);
    // An information session with 6 named women and 10 counted men.
    const Event session =
        makeEvent(*db, team, EventKind::InformationSession, QDate(2026, 3, 10), u"Вохӯрӣ"_s);
    for (int i = 0; i < 6; ++i)
        added(*db, participant(session.meta.uuid, u"Иштирокчӣ %1"_s.arg(i + 1), Sex::Female,
                               AgeBand::From18To29, ParticipantRole::Community));
    EventCount men;
    men.eventUuid = session.meta.uuid;
    men.role = ParticipantRole::Community;
    men.people.set(Sex::Male, AgeBand::From18To29, 10);
    added(*db, men);

    PlanRepository plans(*db);
    auto update = [&](int women, int indirect, const QString& event, const QString& campaignUuid) {
        ProgressUpdate u;
        u.activityUuid = activity.meta.uuid;
        u.date = QDate(2026, 3, 20);
        u.reached.set(Sex::Female, AgeBand::From18To29, women);
        u.reachedIndirectly = indirect;
        u.eventUuid = event;
        u.campaignUuid = campaignUuid;
        auto made = plans.addProgress(u);
        INFO(made.errorMessage().toStdString());
        REQUIRE(made.ok());
    };
    update(40, 20000, {}, campaign.meta.uuid); // the campaign's own figures, typed again: not counted twice
    update(40, 0, {}, campaign.meta.uuid);     // a second update of the same campaign: nor thrice
    update(6, 0, session.meta.uuid, {});       // the session's people
    update(3, 100, {}, {});                    // an update of its own: 3 women, 100 indirectly

    auto stats = StatisticsRepository(*db).period(team, QDate(2026, 1, 1), QDate(2026, 12, 31));
    REQUIRE(stats.ok());
    // Women: campaign 40 + session 6 + own update 3; men: campaign 25 + session 10.
    CHECK(stats->reached.total(Sex::Female) == 49);
    CHECK(stats->reached.total(Sex::Male) == 35);
    CHECK(stats->reachedIndirectly == 20100);
    CHECK(stats->campaigns == 1);
    CHECK(stats->campaignReached.total() == 65);
    CHECK(stats->campaignsByChannel.value(CampaignChannel::Radio) == 1);
    CHECK(stats->campaignCost == 1500);
    CHECK(stats->eventParticipants.total() == 16);
    CHECK(stats->eventsByKind.value(EventKind::InformationSession) == 1);

    // The Overview's year figures follow the same rule.
    OverviewQueries overview(*db);
    auto counts = overview.counts(team, QDate(2026, 6, 1));
    REQUIRE(counts.ok());
    CHECK(counts->reachedThisYear.total(Sex::Female) == 49);
    CHECK(counts->reachedThisYear.total(Sex::Male) == 35);
    CHECK(counts->reachedIndirectlyThisYear == 20100);
    auto everyone = overview.counts({}, QDate(2026, 6, 1));
    REQUIRE(everyone.ok());
    CHECK(everyone->reachedThisYear.total() == 84);

    // An update cannot name both, nor another team's campaign.
    ProgressUpdate both;
    both.activityUuid = activity.meta.uuid;
    both.date = QDate(2026, 4, 1);
    both.eventUuid = session.meta.uuid;
    both.campaignUuid = campaign.meta.uuid;
    requireRefused(*db, u"campaign"_s, [&] { return plans.addProgress(both); });
    const QString other = test::makeTeam(*db, u"KHJ"_s);
    ProgressUpdate foreign;
    foreign.activityUuid = activity.meta.uuid;
    foreign.date = QDate(2026, 4, 1);
    foreign.campaignUuid = makeCampaign(*db, other, QDate(2026, 3, 1), 1, 1, 0).meta.uuid;
    requireRefused(*db, u"campaign"_s, [&] { return plans.addProgress(foreign); });
}

TEST_CASE("The period's trainings: people trained by sex, role and age, average scores, gain and feedback",
          "[events][statistics]")
{
    TempDatabase db;
    const QString team = test::makeTeam(*db);
    // Training 1, test out of 20: sheets (8, 14) and (10, 16); feedback 5, 4 and 3, 3.
    Event first = makeEvent(*db, team, EventKind::Training, QDate(2026, 2, 10), u"Тренинги 1"_s);
    first.testOutOf = 20;
    REQUIRE(EventRepository(*db).updateEvent(first).ok());
    added(*db, score(first.meta.uuid, 1, 8, 14));
    added(*db, score(first.meta.uuid, 2, 10, 16));
    added(*db, feedback(first.meta.uuid, 1, {5, 4}));
    added(*db, feedback(first.meta.uuid, 2, {3, 3}));
    added(*db, participant(first.meta.uuid, u"Н. Сафарова"_s, Sex::Female, AgeBand::From18To29,
                           ParticipantRole::Jamoat));
    // Training 2, out of 100: one sheet (50, 80) and one with only a score before (40); 12 police men
    // counted.
    const Event second = makeEvent(*db, team, EventKind::Training, QDate(2026, 9, 1), u"Тренинги 2"_s);
    added(*db, score(second.meta.uuid, 1, 50, 80));
    added(*db, score(second.meta.uuid, 2, 40, std::nullopt));
    EventCount police;
    police.eventUuid = second.meta.uuid;
    police.role = ParticipantRole::Police;
    police.people.set(Sex::Male, AgeBand::From30To49, 12);
    added(*db, police);
    // A round table in the period, and a training of the next year: neither counts as trained in 2026.
    const Event table = makeEvent(*db, team, EventKind::RoundTable, QDate(2026, 5, 5), u"Мизи мудаввар"_s);
    added(*db, participant(table.meta.uuid, u"Раиси ҷамоат"_s, Sex::Male, AgeBand::From50,
                           ParticipantRole::Jamoat));
    const Event later = makeEvent(*db, team, EventKind::Training, QDate(2027, 1, 10), u"Тренинги 3"_s);
    added(*db,
          participant(later.meta.uuid, u"Касе"_s, Sex::Female, AgeBand::From18To29, ParticipantRole::Cso));

    auto stats = StatisticsRepository(*db).period(team, QDate(2026, 1, 1), QDate(2026, 12, 31));
    REQUIRE(stats.ok());
    CHECK(stats->trainings == 2);
    CHECK(stats->eventsByKind.value(EventKind::RoundTable) == 1);
    CHECK(stats->trained.total() == 13);
    CHECK(stats->trained.at(Sex::Male, AgeBand::From30To49) == 12);
    CHECK(stats->trainedByRole.value(ParticipantRole::Police) == 12);
    CHECK(stats->trainedByRole.value(ParticipantRole::Jamoat) == 1);
    CHECK(stats->eventParticipants.total() == 14); // the round table's chair too
    // In percent of each test: before 40, 50, 50, 40 → 45; after 70, 80, 80 → 76.67; gain over the three
    // sheets with both: 30, 30, 30 → 30.
    CHECK(stats->testSheets == 3);
    CHECK(*stats->averagePreScore == Approx(45.0));
    CHECK(*stats->averagePostScore == Approx(230.0 / 3.0));
    CHECK(*stats->averageGain == Approx(30.0));
    CHECK(stats->feedbackSheets == 2);
    CHECK(*stats->averageFeedback == Approx(15.0 / 4.0));
}

TEST_CASE("Undoing an edit of an event, a sheet or a campaign touches only what that edit changed",
          "[events]")
{
    TempDatabase db;
    const QString team = test::makeTeam(*db);
    const Event made = makeEvent(*db, team, EventKind::RoundTable, QDate(2026, 5, 5), u"Мизи мудаввар"_s);
    Event edited = made;
    edited.title = u"Мизи мудаввар оид ба ҷавонон"_s;
    edited.kind = EventKind::Conference;
    const FieldPatch patch = RecordEdits::patch(made, edited);
    CHECK(patch.changes.size() == 2);
    REQUIRE(RecordEdits(*db).apply(patch).ok());
    // Meanwhile the place changes (another page, an import): undoing the title and kind leaves it.
    Event later = *EventRepository(*db).event(made.meta.uuid);
    later.place = u"Маркази ҳамкорӣ"_s;
    REQUIRE(EventRepository(*db).updateEvent(later).ok());
    REQUIRE(RecordEdits(*db).apply(patch.inverse()).ok());
    const Event now = *EventRepository(*db).event(made.meta.uuid);
    CHECK(now.title == u"Мизи мудаввар"_s);
    CHECK(now.kind == EventKind::RoundTable);
    CHECK(now.place == u"Маркази ҳамкорӣ"_s);

    const TestScore sheet = added(*db, score(made.meta.uuid, 1, 30, 60));
    TestScore corrected = sheet;
    corrected.post = 65;
    const FieldPatch sheetPatch = RecordEdits::patch(sheet, corrected);
    REQUIRE(RecordEdits(*db).apply(sheetPatch).ok());
    CHECK(*EventRepository(*db).get<TestScore>(sheet.meta.uuid)->post == 65);
    REQUIRE(RecordEdits(*db).apply(sheetPatch.inverse()).ok());
    CHECK(*EventRepository(*db).get<TestScore>(sheet.meta.uuid)->post == 60);

    const Campaign campaign = makeCampaign(*db, team, QDate(2026, 3, 1), 10, 10, 0);
    Campaign moreChannels = campaign;
    moreChannels.channels << u"tv"_s;
    const FieldPatch channels = RecordEdits::patch(campaign, moreChannels);
    REQUIRE(channels.changes.size() == 1);
    CHECK(channels.changes.first().column == u"channels"_s);
    REQUIRE(RecordEdits(*db).apply(channels).ok());
    CHECK(CampaignRepository(*db).campaign(campaign.meta.uuid)->channels ==
          QStringList({u"tv"_s, u"radio"_s, u"school"_s}));
    REQUIRE(RecordEdits(*db).apply(channels.inverse()).ok());
    CHECK(CampaignRepository(*db).campaign(campaign.meta.uuid)->channels ==
          QStringList({u"radio"_s, u"school"_s}));
}

TEST_CASE("Events and campaigns travel with their team, and two laptops editing one give a named conflict",
          "[events][sync]")
{
    TempDatabase a;
    TempDatabase b;
    b.clock.advance(kDay);
    const QString isfara = test::makeTeam(*a, u"ISF"_s);
    const QString khujand = test::makeTeam(*a, u"KHJ"_s);
    // A member of Khujand's team takes part in Isfara's training: B, which holds only Isfara, still gets the
    // participant, with the name and counts it needs.
    const Member guest = makeMember(*a, khujand, u"Шаҳноза Юсупова"_s);
    const Event training = makeEvent(*a, isfara, EventKind::Training, QDate(2026, 4, 1), u"Тренинг"_s);
    EventParticipant p =
        participant(training.meta.uuid, guest.name, guest.sex, guest.ageBand, ParticipantRole::Cso);
    p.memberUuid = guest.meta.uuid;
    added(*a, p);
    added(*a, score(training.meta.uuid, 1, 40, 70));
    added(*a, feedback(training.meta.uuid, 1, {5, 4, 4}));
    const Campaign ours = makeCampaign(*a, isfara, QDate(2026, 3, 1), 10, 5, 0);
    const Campaign theirs = makeCampaign(*a, khujand, QDate(2026, 3, 1), 1, 1, 0);
    CampaignMaterial leaflets;
    leaflets.campaignUuid = ours.meta.uuid;
    leaflets.item = u"Варақа"_s;
    leaflets.quantity = 2000;
    REQUIRE(CampaignRepository(*a).addMaterial(leaflets).ok());

    const sync::MergeReport report = exchange(*a, *b, {isfara});
    CHECK(report.kinds.value(u"event"_s).added == 1);
    CHECK(report.kinds.value(u"event_participant"_s).added == 1);
    CHECK(report.kinds.value(u"event_test"_s).added == 1);
    CHECK(report.kinds.value(u"campaign"_s).added == 1);
    CHECK(report.kinds.value(u"campaign_channel"_s).added == 2);
    CHECK(report.kinds.value(u"campaign_material"_s).added == 1);
    CHECK(report.setAside.isEmpty());
    const QString described = report.describe().join(u'\n');
    CHECK(described.contains(u"Events: new 1"_s));
    CHECK(described.contains(u"Campaigns: new 1"_s));
    CHECK(described.contains(u"Test sheets: new 1"_s));
    CHECK(EventRepository(*b).people(training.meta.uuid)->named == 1);
    CHECK_FALSE(CampaignRepository(*b).campaign(theirs.meta.uuid).ok());

    // Both laptops correct the same campaign: its title on both (a conflict), its cost on one (merged).
    Campaign onA = *CampaignRepository(*a).campaign(ours.meta.uuid);
    onA.title = u"Маъракаи баҳорӣ"_s;
    REQUIRE(CampaignRepository(*a).updateCampaign(onA).ok());
    Campaign onB = *CampaignRepository(*b).campaign(ours.meta.uuid);
    onB.title = u"Маъракаи мактабӣ"_s;
    onB.cost = 2500;
    REQUIRE(CampaignRepository(*b).updateCampaign(onB).ok());
    exchange(*a, *b);
    exchange(*b, *a);
    for (Database* laptop : {&*a, &*b}) {
        auto inbox = sync::conflicts(*laptop);
        REQUIRE(inbox.ok());
        REQUIRE(inbox->size() == 1);
        CHECK(inbox->first().kind == u"campaign"_s);
        CHECK(catalogue::kindLabel(inbox->first().kind) == u"Campaigns"_s);
        CHECK(catalogue::fieldLabel(inbox->first().kind, inbox->first().field) == u"title"_s);
        CHECK(CampaignRepository(*laptop).campaign(ours.meta.uuid)->cost == 2500);
    }
    CHECK(recordsDump(*a) == recordsDump(*b));
}

TEST_CASE("Every field of the new kinds has a label, and feedback answers are numbered", "[events]")
{
    for (const char* kind : {"event", "event_participant", "event_count", "event_trainer", "event_test",
                             "event_feedback", "event_follow_up", "event_organiser", "event_concern",
                             "campaign", "campaign_channel", "campaign_concern", "campaign_material"}) {
        const catalogue::Kind* found = catalogue::kind(QString::fromLatin1(kind));
        REQUIRE(found);
        for (const catalogue::Field& field : found->fields)
            CHECK_FALSE(field.label().contains(u'%'));
    }
    CHECK(catalogue::fieldLabel(u"event_feedback"_s, u"answer_3"_s) == u"answer to question 3"_s);
    CHECK(catalogue::fieldLabel(u"progress_update"_s, u"campaign"_s) == u"carried out by the campaign"_s);
}

TEST_CASE(
    "The demo holds a year of trainings, round tables, reporting days and campaigns across the ten districts",
    "[events][demo]")
{
    TempDatabase db;
    auto loaded = demo::loadDemo(*db);
    INFO(loaded.errorMessage().toStdString());
    REQUIRE(loaded.ok());
    CHECK(loaded->events.events >= 24);
    CHECK(loaded->events.campaigns >= 3);
    auto events = EventRepository(*db).events({}, QDate(2026, 1, 1), QDate(2026, 12, 31));
    REQUIRE(events.ok());
    QMap<EventKind, int> kinds;
    QSet<QString> districts;
    QHash<QString, QString> districtOfTeam;
    auto teams = TeamRepository(*db).teams();
    REQUIRE(teams.ok());
    for (const Team& team : *teams)
        districtOfTeam.insert(team.meta.uuid, team.districtUuid);
    for (const EventSummary& summary : *events) {
        kinds[summary.event.kind] += 1;
        districts.insert(districtOfTeam.value(summary.event.teamUuid));
    }
    CHECK(kinds.value(EventKind::Training) >= 8);
    CHECK(kinds.value(EventKind::RoundTable) >= 2);
    CHECK(kinds.value(EventKind::ReportingDay) >= 1);
    CHECK(districts.size() == 10);

    // Over every team, the year's statistics show people trained, a gain and feedback, and campaigns.
    auto stats = StatisticsRepository(*db).period({}, QDate(2026, 1, 1), QDate(2026, 12, 31));
    REQUIRE(stats.ok());
    CHECK(stats->trained.total() >= 100);
    CHECK(stats->trained.total(Sex::Female) > 0);
    CHECK(stats->trainedByRole.value(ParticipantRole::Police) > 0);
    REQUIRE(stats->averageGain.has_value());
    CHECK(*stats->averageGain > 5);
    CHECK(*stats->averagePostScore > *stats->averagePreScore);
    REQUIRE(stats->averageFeedback.has_value());
    CHECK(*stats->averageFeedback > 3);
    CHECK(*stats->averageFeedback <= 5);
    CHECK(stats->campaigns >= 3);
    CHECK(stats->campaignReachedIndirectly > 10000);
    // Some progress updates name the event or campaign that carried them out.
    CHECK(queryValue(*db,
                     u"SELECT COUNT(*) FROM progress_updates WHERE deleted = 0 AND (event IS NOT NULL OR "
                     "campaign IS NOT NULL)"_s)
              .toInt() >= 5);

    // Loading it again adds nothing.
    const QString before = recordsDump(*db);
    REQUIRE(demo::loadDemo(*db).ok());
    CHECK(recordsDump(*db) == before);
}
