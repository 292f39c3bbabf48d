// Issue 21 in core: perception survey rounds with their own questionnaire, sheets typed in and tallies; the
// indicators by sex and age band with their intervals worked out by hand, the women–men gap, the change from
// baseline to endline, the small-group rule and ties among the concerns named; validation, undo through field
// patches, bundles and conflicts.
#include "Builders.h"
#include "core/analysis/SurveyIndicators.h"
#include "core/model/Questionnaire.h"
#include "core/model/RecordCatalogue.h"
#include "core/storage/RecordEdits.h"
#include "core/storage/ReferenceRepository.h"
#include "core/storage/SurveyRepository.h"
#include "core/sync/Merge.h"
#include "core/sync/MergeConflicts.h"

using namespace hamkori;
using namespace hamkori::coretest;
using analysis::kFewestAnswers;
using hamkori::test::TempDatabase;

namespace {

constexpr qint64 kDay = 24 * 3600 * 1000;

Survey makeSurvey(Database& db, const QString& team, SurveyKind kind, QDate start,
                  const QString& copyFrom = {})
{
    Survey survey;
    survey.teamUuid = team;
    survey.kind = kind;
    survey.start = start;
    survey.end = start.addDays(6);
    survey.area = u"Маҳаллаи Гулистон, деҳаи Чоркӯҳ"_s;
    survey.interviewers = u"Ду узви гурӯҳ"_s;
    auto made = SurveyRepository(db).createSurvey(survey, copyFrom);
    INFO(made.errorMessage().toStdString());
    REQUIRE(made.ok());
    return *made;
}

SurveyResponse sheet(const QString& survey, int number, Sex sex, AgeBand band,
                     const QList<std::pair<int, QList<int>>>& answers)
{
    SurveyResponse r;
    r.surveyUuid = survey;
    r.sheet = number;
    r.sex = sex;
    r.ageBand = band;
    r.group = RespondentGroup::Resident;
    for (const auto& [question, options] : answers)
        r.setAnswer(question, options);
    return r;
}

void addAll(Database& db, const QList<SurveyResponse>& sheets)
{
    SurveyRepository surveys(db);
    for (const SurveyResponse& r : sheets) {
        auto added = surveys.addResponse(r);
        INFO(added.errorMessage().toStdString());
        REQUIRE(added.ok());
    }
}

// The baseline of the tests, 22 sheets (question numbers of the standard questionnaire: 1 safe by day,
// 4 biggest concerns, 5 trust, 6 whom first, 11 knows the team):
//   12 women 30–49: by day 6×"very", 3×"fairly", 2×"a bit unsafe", 1×"very unsafe"   → safe 9 of 12 = 75 %
//                   trust 3×fully, 3×mostly, 6×a little                              → 6 of 12 = 50 %
//                   first 4×police, 8×family                                          → 4 of 12
//                   knows 2×yes, 9×no, 1 left empty                                   → 2 of 11
//                   concerns: 8 name category 1 (and 6), 5 name category 6 alone… (see below)
//   10 men 18–29:   by day 4×very, 4×fairly, 2×very unsafe                            → 8 of 10 = 80 %
//                   trust 2×fully, 1×mostly, 7×not at all                             → 3 of 10 = 30 %
//                   first 5×police, 5×elders                                          → 5 of 10
//                   knows 3×yes, 7×no                                                 → 3 of 10
//   everyone: safe by day 17 of 22 = 77.3 %, women − men = −5 points.
//   concerns named (several answers): women 1–8 name categories 1 and 6, women 9–10 category 6, women 11–12
//   category 2; men 1–8 category 3, men 9–10 leave it empty. Of 20 who answered: category 6 (road safety)
//   10, category 1 8, category 3 8, category 2 2 → ranks 1, 2, 2, 4.
QList<SurveyResponse> baselineSheets(const QString& survey)
{
    QList<SurveyResponse> sheets;
    const int womenDay[] = {1, 1, 1, 1, 1, 1, 2, 2, 2, 3, 3, 4};
    const int womenTrust[] = {1, 1, 1, 2, 2, 2, 3, 3, 3, 3, 3, 3};
    for (int i = 0; i < 12; ++i) {
        const QList<int> concerns = i < 8 ? QList<int>{1, 6} : i < 10 ? QList<int>{6} : QList<int>{2};
        QList<std::pair<int, QList<int>>> answers{
            {1, {womenDay[i]}}, {4, concerns}, {5, {womenTrust[i]}}, {6, {i < 4 ? 1 : 5}}};
        if (i < 11)
            answers.append({11, {i < 2 ? 1 : 2}});
        sheets << sheet(survey, i + 1, Sex::Female, AgeBand::From30To49, answers);
    }
    const int menDay[] = {1, 1, 1, 1, 2, 2, 2, 2, 4, 4};
    const int menTrust[] = {1, 1, 2, 4, 4, 4, 4, 4, 4, 4};
    for (int i = 0; i < 10; ++i)
        sheets << sheet(survey, 13 + i, Sex::Male, AgeBand::From18To29,
                        {{1, {menDay[i]}},
                         {4, i < 8 ? QList<int>{3} : QList<int>{}},
                         {5, {menTrust[i]}},
                         {6, {i < 5 ? 1 : 3}},
                         {11, {i < 3 ? 1 : 2}}});
    return sheets;
}

const analysis::IndicatorResult& find(const QList<analysis::IndicatorResult>& all, SurveyIndicator which)
{
    for (const auto& result : all)
        if (result.indicator == which)
            return result;
    FAIL("indicator not computed");
    return all.first();
}

} // namespace

TEST_CASE("A share with its 95% interval, worked out by hand, and the small-group rule", "[surveys]")
{
    // Wilson's interval for 40 of 50: p = 0.8, z = 1.96; centre (0.8 + 1.9208/50) / (1 + 3.8415/50) = 0.7786,
    // half-width 1.96 / 1.0768 × √(0.0032 + 0.000384) = 0.1090 → 66.96 % to 88.76 %.
    const analysis::Proportion share = analysis::proportion(40, 50, kFewestAnswers);
    CHECK_FALSE(share.tooFew);
    CHECK(share.percent == Approx(80.0));
    CHECK(share.low == Approx(66.963).epsilon(1e-4));
    CHECK(share.high == Approx(88.756).epsilon(1e-4));
    // Nobody of 15: the interval still says how far it could be (0 to 20.4 %).
    CHECK(analysis::proportion(0, 15, kFewestAnswers).high == Approx(20.388).epsilon(1e-4));
    // Nine answers, threshold ten: "too few answers", whatever the share.
    CHECK(analysis::proportion(9, 9, 10).tooFew);
    CHECK_FALSE(analysis::proportion(9, 10, 10).tooFew);
    CHECK(analysis::proportion(0, 0, 1).tooFew);
    // A difference needs both sides; 40 of 50 against 20 of 50 is clearly apart, 9 of 12 against 8 of 10 not.
    CHECK(analysis::difference(analysis::proportion(40, 50, 10), analysis::proportion(20, 50, 10)).clear());
    const analysis::Difference gap =
        analysis::difference(analysis::proportion(9, 12, 10), analysis::proportion(8, 10, 10));
    CHECK(gap.points == Approx(-5.0));
    CHECK(gap.low == Approx(-36.660).epsilon(1e-4));
    CHECK(gap.high == Approx(29.920).epsilon(1e-4));
    CHECK_FALSE(gap.clear());
    CHECK(analysis::difference(analysis::proportion(9, 9, 10), analysis::proportion(8, 10, 10)).tooFew);
}

TEST_CASE("A round's indicators by sex and age band, the gap and the concerns named, from typed sheets",
          "[surveys]")
{
    TempDatabase db;
    const QString team = test::makeTeam(*db);
    const Survey baseline = makeSurvey(*db, team, SurveyKind::Baseline, QDate(2026, 2, 2));
    addAll(*db, baselineSheets(baseline.meta.uuid));
    auto counts = SurveyRepository(*db).counts(baseline.meta.uuid);
    REQUIRE(counts.ok());
    CHECK(counts->sheets == 22);
    const auto all = analysis::indicators(*counts, kFewestAnswers);

    const auto& day = find(all, SurveyIndicator::SafeByDay);
    REQUIRE(day.asked);
    CHECK(day.of(RespondentSplit::All).yes == 17);
    CHECK(day.of(RespondentSplit::All).base == 22);
    CHECK(day.of(RespondentSplit::All).percent == Approx(77.273).epsilon(1e-4));
    CHECK(day.of(RespondentSplit::Women).percent == Approx(75.0));
    CHECK(day.of(RespondentSplit::Men).percent == Approx(80.0));
    CHECK(day.of(RespondentSplit::From30To49).base == 12);
    CHECK(day.of(RespondentSplit::From18To29).base == 10);
    // Nobody under 18 or over 50 answered: too few answers, never 0 %.
    CHECK(day.of(RespondentSplit::Under18).tooFew);
    CHECK(day.of(RespondentSplit::From50).tooFew);
    CHECK(day.gap.points == Approx(-5.0));

    CHECK(find(all, SurveyIndicator::TrustPolice).of(RespondentSplit::Women).percent == Approx(50.0));
    CHECK(find(all, SurveyIndicator::TrustPolice).of(RespondentSplit::Men).percent == Approx(30.0));
    CHECK(find(all, SurveyIndicator::TrustPolice).gap.points == Approx(20.0));
    CHECK(find(all, SurveyIndicator::PoliceFirst).of(RespondentSplit::All).yes == 9);
    // A sheet left empty is not an answer: 2 of the 11 women who answered know the team.
    const auto& knows = find(all, SurveyIndicator::KnowsTeam);
    CHECK(knows.of(RespondentSplit::Women).yes == 2);
    CHECK(knows.of(RespondentSplit::Women).base == 11);
    CHECK(knows.of(RespondentSplit::All).base == 21);
    // Nobody was asked about contact with the police in these sheets: asked, but too few answers.
    CHECK(find(all, SurveyIndicator::SatisfiedWithPolice).asked);
    CHECK(find(all, SurveyIndicator::SatisfiedWithPolice).of(RespondentSplit::All).tooFew);

    // Concerns named: road safety 10, domestic violence 8 and youth crime 8 share the second rank.
    auto categories = ReferenceRepository(*db).items(ReferenceList::Category);
    REQUIRE(categories.ok());
    QMap<QString, int> prioritised{{categories->at(0).meta.uuid, 2}};
    const auto named = analysis::namedConcerns(*counts, prioritised, kFewestAnswers);
    REQUIRE(named.size() >= 4);
    CHECK(named[0].categoryUuid == categories->at(5).meta.uuid);
    CHECK(named[0].share.yes == 10);
    CHECK(named[0].share.base == 20); // two men left the question empty
    CHECK(named[0].rank == 1);
    CHECK(named[1].rank == 2);
    CHECK(named[2].rank == 2);
    CHECK(named[1].categoryUuid == categories->at(0).meta.uuid); // ties keep the order offered
    CHECK(named[1].prioritised == 2);
    CHECK(named[2].categoryUuid == categories->at(2).meta.uuid);
    CHECK(named[2].prioritised == 0);
    CHECK(named[3].rank == 4);
    CHECK(named[3].share.yes == 2);
}

TEST_CASE("The change from baseline to endline, and which rounds make the pair", "[surveys]")
{
    TempDatabase db;
    const QString team = test::makeTeam(*db);
    const Survey baseline = makeSurvey(*db, team, SurveyKind::Baseline, QDate(2026, 2, 2));
    addAll(*db, baselineSheets(baseline.meta.uuid));
    // The endline asks what the baseline asked: 11 of 12 women and 9 of 10 men feel safe by day.
    const Survey endline = makeSurvey(*db, team, SurveyKind::Endline, QDate(2026, 11, 2), baseline.meta.uuid);
    QList<SurveyResponse> sheets;
    for (int i = 0; i < 12; ++i)
        sheets << sheet(endline.meta.uuid, i + 1, Sex::Female, AgeBand::From30To49, {{1, {i < 11 ? 2 : 4}}});
    for (int i = 0; i < 10; ++i)
        sheets << sheet(endline.meta.uuid, 13 + i, Sex::Male, AgeBand::From18To29, {{1, {i < 9 ? 1 : 3}}});
    addAll(*db, sheets);
    const Survey midline = makeSurvey(*db, team, SurveyKind::Midline, QDate(2026, 6, 1));

    auto rounds = SurveyRepository(*db).counts(QStringList{team});
    REQUIRE(rounds.ok());
    REQUIRE(rounds->size() == 3);
    QList<Survey> surveys;
    for (const auto& round : *rounds)
        surveys << round.survey;
    const auto pair = analysis::baselineAndEndline(surveys);
    REQUIRE(pair);
    CHECK(surveys[pair->first].meta.uuid == baseline.meta.uuid);
    CHECK(surveys[pair->second].meta.uuid == endline.meta.uuid);
    CHECK_FALSE(analysis::baselineAndEndline({surveys[0], surveys[1]}));

    const auto changes = analysis::change((*rounds)[pair->first], (*rounds)[pair->second], kFewestAnswers);
    const analysis::IndicatorChange* day = nullptr;
    for (const auto& item : changes)
        if (item.before.indicator == SurveyIndicator::SafeByDay)
            day = &item;
    REQUIRE(day);
    // 17 of 22 (77.3 %) to 20 of 22 (90.9 %): +13.6 points, interval −8.9 to +35.4 (not clear of chance).
    const analysis::Difference& everyone = day->change[std::size_t(RespondentSplit::All)];
    CHECK(everyone.points == Approx(13.636).epsilon(1e-4));
    CHECK(everyone.low == Approx(-8.935).epsilon(1e-3));
    CHECK(everyone.high == Approx(35.363).epsilon(1e-4));
    CHECK_FALSE(everyone.clear());
    CHECK(day->change[std::size_t(RespondentSplit::Women)].points == Approx(100.0 * 11 / 12 - 75.0));
    CHECK(day->change[std::size_t(RespondentSplit::Under18)].tooFew);
    // Trust was not answered at the endline: too few answers there, so no change is given.
    for (const auto& item : changes)
        if (item.before.indicator == SurveyIndicator::TrustPolice)
            CHECK(item.change[std::size_t(RespondentSplit::All)].tooFew);
    CHECK(midline.kind == SurveyKind::Midline);
}

TEST_CASE("Tallies count like sheets: by sex and age where noted, for everyone where not", "[surveys]")
{
    TempDatabase db;
    const QString team = test::makeTeam(*db);
    Survey round = makeSurvey(*db, team, SurveyKind::Baseline, QDate(2026, 3, 1));
    // The team tallied 50 people at the market: 30 women 30–49, 15 men 18–29 and 5 not noted.
    round.tallied.set(Sex::Female, AgeBand::From30To49, 30);
    round.tallied.set(Sex::Male, AgeBand::From18To29, 15);
    round.talliedUnsplit = 5;
    REQUIRE(SurveyRepository(*db).updateSurvey(round).ok());
    SurveyRepository surveys(*db);
    // Safe by day: option 1 by 20 women and the 5 not noted; option 3 by 10 women and 15 men.
    SurveyTally safe;
    safe.surveyUuid = round.meta.uuid;
    safe.question = 1;
    safe.option = 1;
    safe.people.set(Sex::Female, AgeBand::From30To49, 20);
    safe.unsplit = 5;
    REQUIRE(surveys.addTally(safe).ok());
    SurveyTally unsafe = safe;
    unsafe.option = 3;
    unsafe.people = {};
    unsafe.people.set(Sex::Female, AgeBand::From30To49, 10);
    unsafe.people.set(Sex::Male, AgeBand::From18To29, 15);
    unsafe.unsplit = 0;
    REQUIRE(surveys.addTally(unsafe).ok());
    // Reasons (several answers): poor lighting named 30 times, by people not noted; the base is the 50.
    SurveyTally lighting;
    lighting.surveyUuid = round.meta.uuid;
    lighting.question = 3;
    lighting.option = 1;
    lighting.unsplit = 30;
    REQUIRE(surveys.addTally(lighting).ok());
    // A second tally of the same option is refused: the first one is corrected instead.
    auto twice = surveys.addTally(lighting);
    REQUIRE_FALSE(twice.ok());
    CHECK(twice.error().field == u"option"_s);

    auto counts = surveys.counts(round.meta.uuid);
    REQUIRE(counts.ok());
    CHECK(counts->talliedPeople == 50);
    const auto day = analysis::indicator(*counts, SurveyIndicator::SafeByDay, kFewestAnswers);
    CHECK(day.of(RespondentSplit::All).yes == 25);
    CHECK(day.of(RespondentSplit::All).base == 50);
    CHECK(day.of(RespondentSplit::Women).percent == Approx(100.0 * 20 / 30));
    CHECK(day.of(RespondentSplit::Men).percent == Approx(0.0));
    const analysis::QuestionCounts* reasons = counts->question(SurveyTopic::UnsafeReasons);
    REQUIRE(reasons);
    CHECK(analysis::countIn(reasons->chosen[0], RespondentSplit::All) == 30);
    CHECK(analysis::countIn(reasons->answered, RespondentSplit::All) == 50);
    CHECK(analysis::countIn(reasons->answered, RespondentSplit::Women) == 30);
}

TEST_CASE("A new round has the standard questionnaire, and an endline copies its baseline's own questions",
          "[surveys]")
{
    TempDatabase db;
    const QString team = test::makeTeam(*db);
    const Survey baseline = makeSurvey(*db, team, SurveyKind::Baseline, QDate(2026, 2, 2));
    SurveyRepository surveys(*db);
    auto questions = surveys.questions(baseline.meta.uuid);
    REQUIRE(questions.ok());
    REQUIRE(questions->size() == 11);
    CHECK(questions->at(0).topic == SurveyTopic::SafeByDay);
    CHECK(questionnaire::options(questions->at(0)).size() == 4);
    CHECK(questions->at(3).topic == SurveyTopic::TopConcerns);
    CHECK(questions->at(3).maxChoices == 3);
    CHECK(questions->at(3).options.size() == ReferenceRepository(*db).items(ReferenceList::Category)->size());
    CHECK(questionnaire::text(questions->at(4)) == u"How much do you trust the local police?"_s);

    // The team adds a question of its own and a seventh option ("the imam") after the standard ones of
    // "whom first", and renames the first option.
    SurveyQuestion own;
    own.surveyUuid = baseline.meta.uuid;
    own.text = u"Оё дар маҳаллаи шумо чароғҳои кӯча кор мекунанд?"_s;
    own.options = {u"Ҳа"_s, u"Не"_s, u"Қисман"_s};
    auto added = surveys.addQuestion(own);
    REQUIRE(added.ok());
    CHECK(added->number == 12);
    SurveyQuestion first = questions->at(5);
    first.options = {u"Нозири участка"_s, {}, {}, {}, {}, {}, {}, u"Имом"_s};
    REQUIRE(surveys.updateQuestion(first).ok());
    const QStringList offered = questionnaire::options(*surveys.question(first.meta.uuid));
    CHECK(offered.size() == 8);
    CHECK(offered.first() == u"Нозири участка"_s);
    CHECK(offered[1] == u"The jamoat"_s);
    CHECK(offered.last() == u"Имом"_s);

    const Survey endline = makeSurvey(*db, team, SurveyKind::Endline, QDate(2026, 11, 2), baseline.meta.uuid);
    auto copied = surveys.questions(endline.meta.uuid);
    REQUIRE(copied.ok());
    REQUIRE(copied->size() == 12);
    CHECK(copied->last().text == own.text);
    CHECK(questionnaire::options(copied->at(5)).last() == u"Имом"_s);
    CHECK(copied->at(5).meta.uuid != first.meta.uuid);
    CHECK(endline.code == u"ISF-S-2026-02"_s);
}

TEST_CASE("Refused rounds, questions, sheets and tallies say why and write nothing", "[surveys]")
{
    TempDatabase db;
    const QString team = test::makeTeam(*db);
    const QString other = test::makeTeam(*db, u"KHJ"_s);
    const Survey round = makeSurvey(*db, team, SurveyKind::Baseline, QDate(2026, 2, 2));
    SurveyRepository surveys(*db);

    auto refusedField = [](const auto& result) {
        REQUIRE_FALSE(result.ok());
        CHECK_FALSE(result.errorMessage().isEmpty());
        return result.error().field;
    };
    Survey backwards = round;
    backwards.end = QDate(2026, 1, 1);
    CHECK(refusedField(surveys.updateSurvey(backwards)) == u"end_date"_s);
    Survey foreign = round;
    foreign.concernUuids = {test::makeConcern(*db, other, u"Бархӯрд дар марз"_s)};
    CHECK(refusedField(surveys.updateSurvey(foreign)) == u"concerns"_s);

    CHECK(refusedField(surveys.addResponse(
              sheet(round.meta.uuid, 1, Sex::Male, AgeBand::Under18, {{1, {5}}}))) == u"answer_1"_s);
    CHECK(refusedField(surveys.addResponse(
              sheet(round.meta.uuid, 1, Sex::Male, AgeBand::Under18, {{1, {1, 2}}}))) == u"answer_1"_s);
    CHECK(refusedField(surveys.addResponse(
              sheet(round.meta.uuid, 1, Sex::Male, AgeBand::Under18, {{4, {1, 2, 3, 4}}}))) == u"answer_4"_s);
    CHECK(refusedField(surveys.addResponse(
              sheet(round.meta.uuid, 1, Sex::Male, AgeBand::Under18, {{15, {1}}}))) == u"answer_15"_s);
    REQUIRE(surveys.addResponse(sheet(round.meta.uuid, 1, Sex::Male, AgeBand::Under18, {{1, {1}}})).ok());
    CHECK(refusedField(surveys.addResponse(sheet(round.meta.uuid, 1, Sex::Female, AgeBand::Under18, {}))) ==
          u"sheet"_s);

    SurveyQuestion lonely;
    lonely.surveyUuid = round.meta.uuid;
    lonely.text = u"Савол"_s;
    lonely.options = {u"Ҳа"_s};
    CHECK(refusedField(surveys.addQuestion(lonely)) == u"options"_s);
    SurveyQuestion wordless;
    wordless.surveyUuid = round.meta.uuid;
    wordless.options = {u"Ҳа"_s, u"Не"_s};
    CHECK(refusedField(surveys.addQuestion(wordless)) == u"text"_s);

    SurveyTally outside;
    outside.surveyUuid = round.meta.uuid;
    outside.question = 1;
    outside.option = 5;
    outside.unsplit = 3;
    CHECK(refusedField(surveys.addTally(outside)) == u"option"_s);

    CHECK(surveys.responses(round.meta.uuid)->size() == 1);
    CHECK(surveys.tallies(round.meta.uuid)->isEmpty());
    CHECK(surveys.questions(round.meta.uuid)->size() == 11);
    CHECK(surveys.survey(round.meta.uuid)->end == round.end);
}

TEST_CASE("Undoing an answer typed on a sheet touches only that answer", "[surveys]")
{
    TempDatabase db;
    const QString team = test::makeTeam(*db);
    const Survey round = makeSurvey(*db, team, SurveyKind::Baseline, QDate(2026, 2, 2));
    SurveyRepository surveys(*db);
    const SurveyResponse typed = *surveys.addResponse(
        sheet(round.meta.uuid, 1, Sex::Female, AgeBand::From18To29, {{1, {2}}, {4, {1, 6}}}));
    SurveyResponse corrected = typed;
    corrected.setAnswer(5, {1});
    const FieldPatch patch = RecordEdits::patch(typed, corrected);
    REQUIRE(patch.changes.size() == 1);
    CHECK(patch.changes.first().column == u"answer_5"_s);
    REQUIRE(RecordEdits(*db).apply(patch).ok());
    // Meanwhile another answer of the same sheet is corrected: undoing answer 5 leaves it.
    SurveyResponse later = *surveys.response(typed.meta.uuid);
    later.setAnswer(1, {3});
    REQUIRE(surveys.updateResponse(later).ok());
    REQUIRE(RecordEdits(*db).apply(patch.inverse()).ok());
    const SurveyResponse now = *surveys.response(typed.meta.uuid);
    CHECK(now.answer(5).isEmpty());
    CHECK(now.answer(1) == QList<int>{3});
    CHECK(now.answer(4) == QList<int>({1, 6}));
}

TEST_CASE("Surveys travel with their team, and two laptops correcting one sheet give a named conflict",
          "[surveys][sync]")
{
    TempDatabase a;
    TempDatabase b;
    b.clock.advance(kDay);
    const QString isfara = test::makeTeam(*a, u"ISF"_s);
    const QString khujand = test::makeTeam(*a, u"KHJ"_s);
    const Survey ours = makeSurvey(*a, isfara, SurveyKind::Baseline, QDate(2026, 2, 2));
    makeSurvey(*a, khujand, SurveyKind::Baseline, QDate(2026, 2, 2));
    addAll(*a, baselineSheets(ours.meta.uuid));
    SurveyTally tally;
    tally.surveyUuid = ours.meta.uuid;
    tally.question = 2;
    tally.option = 1;
    tally.unsplit = 7;
    REQUIRE(SurveyRepository(*a).addTally(tally).ok());

    auto bundle = test::exportable(*a, {isfara});
    REQUIRE(bundle.ok());
    auto report = sync::applyBundle(*b, *bundle, {.trustNewSender = true});
    REQUIRE(report.ok());
    CHECK(report->kinds.value(u"survey"_s).added == 1);
    CHECK(report->kinds.value(u"survey_question"_s).added == 11);
    CHECK(report->kinds.value(u"survey_response"_s).added == 22);
    CHECK(report->kinds.value(u"survey_tally"_s).added == 1);
    CHECK(report->setAside.isEmpty());
    const QString described = report->describe().join(u'\n');
    CHECK(described.contains(u"Perception surveys: new 1"_s));
    CHECK(described.contains(u"Survey sheets: new 22"_s));
    auto counted = SurveyRepository(*b).counts(ours.meta.uuid);
    REQUIRE(counted.ok());
    CHECK(analysis::indicator(*counted, SurveyIndicator::SafeByDay, kFewestAnswers)
              .of(RespondentSplit::All)
              .yes == 17);
    CHECK(SurveyRepository(*b).surveys({})->size() == 1);

    // Both laptops correct sheet 1's answer to question 1: a conflict named by the answer's number.
    SurveyResponse onA = SurveyRepository(*a).responses(ours.meta.uuid)->first();
    onA.setAnswer(1, {2});
    REQUIRE(SurveyRepository(*a).updateResponse(onA).ok());
    SurveyResponse onB = SurveyRepository(*b).responses(ours.meta.uuid)->first();
    onB.setAnswer(1, {3});
    onB.setAnswer(5, {4});
    REQUIRE(SurveyRepository(*b).updateResponse(onB).ok());
    for (auto [from, to] : {std::pair{&*a, &*b}, std::pair{&*b, &*a}}) {
        auto next = test::exportable(*from, {});
        REQUIRE(next.ok());
        REQUIRE(sync::applyBundle(*to, *next, {.trustNewSender = true}).ok());
    }
    for (Database* laptop : {&*a, &*b}) {
        auto inbox = sync::conflicts(*laptop);
        REQUIRE(inbox.ok());
        REQUIRE(inbox->size() == 1);
        CHECK(catalogue::kindLabel(inbox->first().kind) == u"Survey sheets"_s);
        CHECK(catalogue::fieldLabel(inbox->first().kind, inbox->first().field) == u"answer to question 1"_s);
        CHECK(SurveyRepository(*laptop).responses(ours.meta.uuid)->first().answer(5) == QList<int>{4});
    }
}

TEST_CASE("Every field of the survey kinds has a label, answers numbered", "[surveys]")
{
    for (const char* kind :
         {"survey", "survey_concern", "survey_question", "survey_response", "survey_tally"}) {
        const catalogue::Kind* found = catalogue::kind(QString::fromLatin1(kind));
        REQUIRE(found);
        for (const catalogue::Field& field : found->fields)
            CHECK_FALSE(field.label().contains(u'%'));
    }
    CHECK(catalogue::fieldLabel(u"survey_response"_s, u"answer_12"_s) == u"answer to question 12"_s);
    CHECK(catalogue::fieldLabel(u"survey"_s, u"tallied_f_18_29"_s) == u"women tallied, 18–29"_s);
}
