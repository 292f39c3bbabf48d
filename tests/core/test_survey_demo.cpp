// The perception surveys of the demo (resources/demo/surveys.json) and of generated data (issue 21): several
// teams have a baseline and an endline whose shares rise, sheets come in believable numbers, the biggest
// concerns named lean towards what the team works on, nobody is named, and loading twice adds nothing.
#include "Builders.h"
#include "core/demo/DemoLoader.h"
#include "core/demo/Generator.h"
#include "core/storage/SurveyRepository.h"
#include <QRegularExpression>

using namespace hamkori;
using namespace hamkori::coretest;
using hamkori::test::TempDatabase;

namespace {

double percentOf(const analysis::SurveyCounts& counts, SurveyIndicator which,
                 RespondentSplit split = RespondentSplit::All)
{
    const analysis::IndicatorResult result = analysis::indicator(counts, which, analysis::kFewestAnswers);
    REQUIRE(result.asked);
    REQUIRE_FALSE(result.of(split).tooFew);
    return result.of(split).percent;
}

/// Each team's rounds, counted, by team.
QHash<QString, QList<analysis::SurveyCounts>> roundsByTeam(Database& db)
{
    auto all = SurveyRepository(db).counts(QStringList{});
    REQUIRE(all.ok());
    QHash<QString, QList<analysis::SurveyCounts>> byTeam;
    for (const analysis::SurveyCounts& round : *all)
        byTeam[round.survey.teamUuid] << round;
    return byTeam;
}

/// The team's latest baseline and endline, if it has both.
std::optional<std::pair<analysis::SurveyCounts, analysis::SurveyCounts>>
pairOf(const QList<analysis::SurveyCounts>& rounds)
{
    QList<Survey> surveys;
    for (const analysis::SurveyCounts& round : rounds)
        surveys << round.survey;
    const auto pair = analysis::baselineAndEndline(surveys);
    if (!pair)
        return std::nullopt;
    return std::make_pair(rounds[pair->first], rounds[pair->second]);
}

struct Totals
{
    qsizetype rounds = 0;
    int sheets = 0, tallied = 0;
    bool operator==(const Totals&) const = default;
};

Totals totals(Database& db)
{
    auto rounds = SurveyRepository(db).surveys({});
    REQUIRE(rounds.ok());
    Totals result{rounds->size()};
    for (const SurveySummary& summary : *rounds) {
        result.sheets += summary.sheets;
        result.tallied += summary.tallied;
    }
    return result;
}

} // namespace

TEST_CASE("The demo's teams have baselines and endlines whose trust and safety at night rise",
          "[demo][surveys]")
{
    TempDatabase db;
    auto loaded = demo::loadDemo(*db);
    REQUIRE(loaded.ok());
    CHECK(loaded->surveys.rounds == 12);
    CHECK(loaded->surveys.tallies > 0);

    const auto byTeam = roundsByTeam(*db);
    int pairs = 0;
    for (const auto& rounds : byTeam) {
        const auto pair = pairOf(rounds);
        if (!pair)
            continue;
        ++pairs;
        const auto& [baseline, endline] = *pair;
        INFO(baseline.survey.code.toStdString() << " → " << endline.survey.code.toStdString());
        CHECK(percentOf(endline, SurveyIndicator::TrustPolice) >
              percentOf(baseline, SurveyIndicator::TrustPolice));
        CHECK(percentOf(endline, SurveyIndicator::SafeAtNight) >
              percentOf(baseline, SurveyIndicator::SafeAtNight));
        // About ten months apart, around the team's action plan.
        CHECK(baseline.survey.start.daysTo(endline.survey.start) > 240);
        CHECK(!baseline.survey.planUuid.isEmpty());
        CHECK(endline.survey.planUuid == baseline.survey.planUuid);
        // At the baseline women feel less safe after dark than men.
        CHECK(percentOf(baseline, SurveyIndicator::SafeAtNight, RespondentSplit::Women) <
              percentOf(baseline, SurveyIndicator::SafeAtNight, RespondentSplit::Men));
    }
    CHECK(pairs >= 4);
}

TEST_CASE("The demo's survey rounds: sheets in believable numbers, a midline, a tallied market survey and a "
          "question of a team's own",
          "[demo][surveys]")
{
    TempDatabase db;
    REQUIRE(demo::loadDemo(*db).ok());
    auto all = SurveyRepository(*db).counts(QStringList{});
    REQUIRE(all.ok());
    int midlines = 0, tallyOnly = 0, own = 0;
    for (const analysis::SurveyCounts& round : *all) {
        INFO(round.survey.code.toStdString());
        CHECK(round.survey.lastDay() <= QDate(2026, 11, 20)); // the demo's story ends then
        midlines += round.survey.kind == SurveyKind::Midline ? 1 : 0;
        if (round.sheets == 0) {
            ++tallyOnly;
            CHECK(round.talliedPeople >= 120);
            // Counted per option: the share who trust the police is read from the tallies.
            CHECK(percentOf(round, SurveyIndicator::TrustPolice) > 0);
        } else {
            CHECK(round.sheets >= 120);
            CHECK(round.sheets <= 200);
            // Every age band answered, women and men about half each.
            for (RespondentSplit band : {RespondentSplit::Under18, RespondentSplit::From18To29,
                                         RespondentSplit::From30To49, RespondentSplit::From50})
                CHECK(analysis::countIn(round.respondents, band) > 0);
            const int women = analysis::countIn(round.respondents, RespondentSplit::Women);
            CHECK(women * 100 / round.sheets >= 38);
            CHECK(women * 100 / round.sheets <= 62);
        }
        for (const analysis::QuestionCounts& question : round.questions)
            if (question.question.topic == SurveyTopic::Custom) {
                ++own;
                CHECK(question.question.text.contains(u'ӣ'));
                CHECK(analysis::countIn(question.answered, RespondentSplit::All) > 100);
            }
    }
    CHECK(midlines == 1);
    CHECK(tallyOnly == 1);
    CHECK(own == 2); // the baseline's own question, asked again at the endline
}

TEST_CASE("The biggest concerns people name in the demo lean towards the team's prioritised ones",
          "[demo][surveys]")
{
    TempDatabase db;
    REQUIRE(demo::loadDemo(*db).ok());
    const auto byTeam = roundsByTeam(*db);
    int checked = 0;
    for (auto it = byTeam.cbegin(); it != byTeam.cend(); ++it) {
        auto prioritised = SurveyRepository(*db).prioritisedCategories(it.key());
        REQUIRE(prioritised.ok());
        for (const analysis::SurveyCounts& round : it.value()) {
            if (round.sheets == 0)
                continue;
            const auto named = analysis::namedConcerns(round, *prioritised, analysis::kFewestAnswers);
            REQUIRE_FALSE(named.isEmpty());
            INFO(round.survey.code.toStdString());
            CHECK(named.first().prioritised > 0);
            ++checked;
        }
    }
    CHECK(checked >= 10);
}

TEST_CASE("The demo's surveys name nobody, and loading the demo twice adds no round or sheet",
          "[demo][surveys]")
{
    TempDatabase db;
    REQUIRE(demo::loadDemo(*db).ok());
    // The interviewers are described (members of the team, students), never named: no member's surname and no
    // word shaped like a surname appears.
    QStringList surnames;
    auto teams = TeamRepository(*db).teams();
    REQUIRE(teams.ok());
    for (const Team& team : *teams) {
        auto members = TeamRepository(*db).members(team.meta.uuid);
        REQUIRE(members.ok());
        for (const Member& member : *members)
            surnames << member.name.section(u' ', 0, 0);
    }
    REQUIRE(surnames.size() > 50);
    const QRegularExpression surnameShaped(u"\\w+(ов|ова|ев|ева|зода|заде)\\b"_s,
                                           QRegularExpression::UseUnicodePropertiesOption);
    auto rounds = SurveyRepository(*db).surveys({});
    REQUIRE(rounds.ok());
    REQUIRE(rounds->size() == 12);
    for (const SurveySummary& summary : *rounds) {
        const QString described = summary.survey.interviewers;
        INFO(described.toStdString());
        CHECK(described.size() > 10);
        CHECK_FALSE(surnameShaped.match(described).hasMatch());
        for (const QString& surname : surnames)
            CHECK_FALSE(described.contains(surname));
    }

    const Totals first = totals(*db);
    CHECK(first.sheets > 1500);
    auto again = demo::loadDemo(*db);
    REQUIRE(again.ok());
    CHECK(again->surveys.rounds == 0);
    CHECK(totals(*db) == first);
}

TEST_CASE("Generated data has a baseline and an endline of about 200 sheets every team-year",
          "[demo][surveys]")
{
    TempDatabase db;
    demo::GenerateOptions options;
    options.seed = 7;
    auto report = demo::generate(*db, options);
    REQUIRE(report.ok());
    CHECK(report->surveys.rounds == 6); // one team, three years
    auto all = SurveyRepository(*db).counts(QStringList{});
    REQUIRE(all.ok());
    REQUIRE(all->size() == 6);
    int sheets = 0;
    for (int i = 0; i < all->size(); ++i) {
        const analysis::SurveyCounts& round = (*all)[i];
        INFO(round.survey.code.toStdString());
        CHECK(round.sheets >= 180);
        CHECK(round.sheets <= 220);
        sheets += round.sheets;
        CHECK(round.survey.kind == (i % 2 == 0 ? SurveyKind::Baseline : SurveyKind::Endline));
        CHECK(analysis::countIn(round.respondents, RespondentSplit::Under18) > 0);
        CHECK(analysis::countIn(round.respondents, RespondentSplit::From50) > 0);
        const int women = analysis::countIn(round.respondents, RespondentSplit::Women);
        CHECK(women * 100 / round.sheets >= 40);
        CHECK(women * 100 / round.sheets <= 60);
        if (i % 2 == 1) {
            const analysis::SurveyCounts& baseline = (*all)[i - 1];
            CHECK(baseline.survey.start.year() == round.survey.start.year());
            CHECK(percentOf(round, SurveyIndicator::TrustPolice) >
                  percentOf(baseline, SurveyIndicator::TrustPolice));
        }
    }
    CHECK(report->surveys.sheets == sheets);
}
