// Issue 21, where people read survey results: the results panel of a round (indicators by sex and age band
// with intervals and "too few answers" for a small group, the women–men gap, the change from the team's
// baseline to its endline as a table and grouped bars, the concerns named beside the team's priorities), the
// all-teams comparison and the Overview's line. Expected figures worked out by hand (Wilson and Newcombe
// intervals, as in tests/core/test_surveys.cpp), rounded to whole numbers as the screen shows them.
#include "core/model/Concern.h"
#include "core/storage/ConcernRepository.h"
#include "core/storage/ReferenceRepository.h"
#include "core/storage/SurveyRepository.h"
#include "support/TestSupport.h"
#include "support/UiTestSupport.h"
#include "ui/Session.h"
#include "ui/pages/OverviewPage.h"
#include "ui/pages/surveys/ResultsChangeChart.h"
#include "ui/pages/surveys/ResultsText.h"
#include "ui/pages/surveys/SurveyComparisonDialog.h"
#include "ui/pages/surveys/SurveyResultsPanel.h"
#include <QCheckBox>
#include <QComboBox>
#include <QDir>
#include <QHeaderView>
#include <QLabel>
#include <QListWidget>
#include <QSettings>
#include <QSpinBox>
#include <QTabWidget>
#include <QTableWidget>
#include <QTest>
#include <QtCharts/QBarSet>

using namespace hamkori;

namespace {

// Standard question numbers: 4 biggest concerns, 5 trust in the police.
constexpr int kConcernsQuestion = 4;
constexpr int kTrustQuestion = 5;

Survey makeRound(Database& db, const QString& team, SurveyKind kind, QDate start,
                 const QString& copyFrom = {})
{
    Survey survey;
    survey.teamUuid = team;
    survey.kind = kind;
    survey.start = start;
    survey.end = start.addDays(6);
    survey.area = QStringLiteral("Маҳаллаи Гулистон");
    auto made = SurveyRepository(db).createSurvey(survey, copyFrom);
    INFO(made.errorMessage().toStdString());
    REQUIRE(made.ok());
    return *made;
}

/// `count` sheets of people of one sex and age band, the first `trusting` of whom trust the police (option 1,
/// the others option 3), each naming concern option `concern` (0: none).
void addSheets(Database& db, const QString& survey, Sex sex, AgeBand band, int count, int trusting,
               int concern = 0)
{
    SurveyRepository surveys(db);
    for (int i = 0; i < count; ++i) {
        SurveyResponse sheet;
        sheet.surveyUuid = survey;
        auto next = surveys.nextSheet(survey);
        REQUIRE(next.ok());
        sheet.sheet = *next;
        sheet.sex = sex;
        sheet.ageBand = band;
        sheet.setAnswer(kTrustQuestion, {i < trusting ? 1 : 3});
        if (concern > 0)
            sheet.setAnswer(kConcernsQuestion, {concern});
        auto added = surveys.addResponse(sheet);
        INFO(added.errorMessage().toStdString());
        REQUIRE(added.ok());
    }
}

struct Rounds
{
    QString isf, dsh, khj; // teams
    QString isfBaseline, isfEndline, dshBaseline, dshEndline, khjBaseline;
    QString firstCategory; // the category of the concerns question's option 1
};

// ISF, baseline March 2025: 20 women 30–49 (8 trust the police, all name concern option 1), 7 girls under 18
//   (2 trust, option 3), 20 men 18–29 (10 trust, option 2): trust 20 of 47 = 42.6 % (29.5–56.7);
//   women 10 of 27 = 37.0 % (21.5–55.8), men 10 of 20 = 50 % (29.9–70.1), gap −13.0 (−38.3 to +14.5);
//   under 18: 7 answers, too few; 30–49: 8 of 20 = 40 % (21.9–61.3).
// ISF, endline March 2026: 20 women 30–49 (14 trust), 20 men 18–29 (12 trust): 26 of 40 = 65 % (49.5–77.9);
//   change +22.4 (+1.4 to +40.8): clear. Women 37 → 70 %.
// DSH: 5 of 30 → 6 of 30 (16.7 % → 20 %), +3.3 (−16.6 to +23.0): not clear.
// KHJ: a baseline only.
// ISF prioritised one concern of option 1's category.
Rounds makeRounds(Database& db)
{
    Rounds r;
    r.isf = test::makeTeam(db, QStringLiteral("ISF"));
    r.dsh = test::makeTeam(db, QStringLiteral("DSH"));
    r.khj = test::makeTeam(db, QStringLiteral("KHJ"));
    r.isfBaseline = makeRound(db, r.isf, SurveyKind::Baseline, QDate(2025, 3, 3)).meta.uuid;
    r.isfEndline = makeRound(db, r.isf, SurveyKind::Endline, QDate(2026, 3, 2), r.isfBaseline).meta.uuid;
    addSheets(db, r.isfBaseline, Sex::Female, AgeBand::From30To49, 20, 8, 1);
    addSheets(db, r.isfBaseline, Sex::Female, AgeBand::Under18, 7, 2, 3);
    addSheets(db, r.isfBaseline, Sex::Male, AgeBand::From18To29, 20, 10, 2);
    addSheets(db, r.isfEndline, Sex::Female, AgeBand::From30To49, 20, 14);
    addSheets(db, r.isfEndline, Sex::Male, AgeBand::From18To29, 20, 12);
    r.dshBaseline = makeRound(db, r.dsh, SurveyKind::Baseline, QDate(2025, 4, 7)).meta.uuid;
    r.dshEndline = makeRound(db, r.dsh, SurveyKind::Endline, QDate(2026, 4, 6), r.dshBaseline).meta.uuid;
    addSheets(db, r.dshBaseline, Sex::Male, AgeBand::From30To49, 30, 5);
    addSheets(db, r.dshEndline, Sex::Male, AgeBand::From30To49, 30, 6);
    r.khjBaseline = makeRound(db, r.khj, SurveyKind::Baseline, QDate(2025, 5, 5)).meta.uuid;
    addSheets(db, r.khjBaseline, Sex::Female, AgeBand::From50, 12, 6);

    auto questions = SurveyRepository(db).questions(r.isfBaseline);
    REQUIRE(questions.ok());
    for (const SurveyQuestion& question : *questions)
        if (question.topic == SurveyTopic::TopConcerns)
            r.firstCategory = question.options.value(0);
    REQUIRE_FALSE(r.firstCategory.isEmpty());
    Concern concern;
    concern.teamUuid = r.isf;
    concern.title = QStringLiteral("Роҳи мактаб торик аст");
    concern.categoryUuid = r.firstCategory;
    concern.status = ConcernStatus::Prioritised;
    concern.firstRaised = QDate(2025, 2, 10);
    auto created = ConcernRepository(db).createConcern(concern);
    INFO(created.errorMessage().toStdString());
    REQUIRE(created.ok());
    return r;
}

int rowOf(QTableWidget* table, const QString& first)
{
    for (int row = 0; row < table->rowCount(); ++row)
        if (table->item(row, 0) && table->item(row, 0)->text() == first)
            return row;
    FAIL("no row " << first.toStdString());
    return -1;
}

QString text(QTableWidget* table, int row, int column)
{
    QTableWidgetItem* item = table->item(row, column);
    return item ? item->text() : QString();
}

QStringList headers(QTableWidget* table)
{
    QStringList labels;
    for (int column = 0; column < table->columnCount(); ++column)
        labels << table->horizontalHeaderItem(column)->text();
    return labels;
}

const QString kTrust = QStringLiteral("Trust the local police");

} // namespace

TEST_CASE(
    "the results panel shows a round's indicators by sex and age band, a small group as too few answers",
    "[ui][survey-results]")
{
    QSettings().remove(QStringLiteral("surveys/fewestAnswers"));
    test::TempDatabase db;
    const Rounds r = makeRounds(*db);
    Session session(*db);
    session.setCurrentTeam(r.isf);
    SurveyResultsPanel panel(session);
    panel.resize(1130, 650);
    panel.show();
    panel.setSurvey(r.isfBaseline);

    auto* fewest = test::child<QSpinBox>(panel, "surveyFewestAnswers");
    CHECK(fewest->value() == analysis::kFewestAnswers);
    auto* table = test::child<QTableWidget>(panel, "surveyIndicators");
    CHECK(headers(table) ==
          QStringList{QStringLiteral("Indicator"), QStringLiteral("All"), QStringLiteral("Women"),
                      QStringLiteral("Men"), QStringLiteral("Under 18"), QStringLiteral("18–29"),
                      QStringLiteral("30–49"), QStringLiteral("50+"), QStringLiteral("Women–men gap")});
    const int trust = rowOf(table, kTrust);
    CHECK(text(table, trust, 1) == QStringLiteral("43 % (30–57) n=47"));
    CHECK(text(table, trust, 2) == QStringLiteral("37 % (22–56) n=27"));
    CHECK(text(table, trust, 3) == QStringLiteral("50 % (30–70) n=20"));
    CHECK(text(table, trust, 4) == QStringLiteral("too few answers (n=7)"));
    CHECK(text(table, trust, 5) == QStringLiteral("50 % (30–70) n=20"));
    CHECK(text(table, trust, 6) == QStringLiteral("40 % (22–61) n=20"));
    CHECK(text(table, trust, 7) == QStringLiteral("too few answers (n=0)"));
    CHECK(text(table, trust, 8) == QStringLiteral("−13 points (−38 to +14)"));
    CHECK_FALSE(table->item(trust, 8)->font().bold()); // the gap's interval holds zero
    // No percentage anywhere for a group under the threshold.
    for (int row = 0; row < table->rowCount(); ++row)
        for (int column = 1; column < table->columnCount() - 1; ++column)
            if (text(table, row, column).contains(QStringLiteral("n=7")))
                CHECK(text(table, row, column).startsWith(QStringLiteral("too few answers")));

    // A lower threshold, typed, shows the seven girls' figure and is remembered for the next panel.
    fewest->selectAll();
    QTest::keyClicks(fewest, QStringLiteral("5"));
    QTest::keyClick(fewest, Qt::Key_Return);
    CHECK(text(table, rowOf(table, kTrust), 4) == QStringLiteral("29 % (8–64) n=7"));
    SurveyResultsPanel again(session);
    CHECK(test::child<QSpinBox>(again, "surveyFewestAnswers")->value() == 5);
    QSettings().remove(QStringLiteral("surveys/fewestAnswers"));
}

TEST_CASE("the results panel shows the change from baseline to endline as a table and grouped bars",
          "[ui][survey-results]")
{
    QSettings().remove(QStringLiteral("surveys/fewestAnswers"));
    test::TempDatabase db;
    const Rounds r = makeRounds(*db);
    Session session(*db);
    SurveyResultsPanel panel(session);
    panel.resize(1130, 650);
    panel.show();
    panel.setSurvey(r.isfEndline);
    test::child<QTabWidget>(panel, "surveyResultsTabs")->setCurrentIndex(1);

    CHECK_FALSE(test::child<QLabel>(panel, "surveyChangeMissing")->isVisible());
    auto* changes = test::child<QTableWidget>(panel, "surveyChanges");
    const int trust = rowOf(changes, kTrust);
    CHECK(text(changes, trust, 1) == QStringLiteral("43 % (30–57) n=47"));
    CHECK(text(changes, trust, 2) == QStringLiteral("65 % (50–78) n=40"));
    CHECK(text(changes, trust, 3) == QStringLiteral("+22 points (+1 to +41)"));
    CHECK(text(changes, trust, 4) == QStringLiteral("yes"));
    CHECK(changes->item(trust, 3)->font().bold());
    // Nobody answered "safe by day": no figure, no claim of change.
    CHECK(text(changes, rowOf(changes, QStringLiteral("Feel safe in their area by day")), 3) ==
          QStringLiteral("too few answers"));

    auto* chart = test::child<ResultsChangeChart>(panel, "surveyChangeChart");
    REQUIRE(chart->barSets().size() == 2);
    CHECK(chart->barSets()[0]->label() == QStringLiteral("Baseline"));
    CHECK(chart->barSets()[1]->label() == QStringLiteral("Endline"));
    const qsizetype index = chart->names().indexOf(kTrust);
    REQUIRE(index >= 0);
    CHECK(chart->values(0)[index] == 43);
    CHECK(chart->values(1)[index] == 65);

    // Women only: 10 of 27 → 14 of 20.
    auto* split = test::child<QComboBox>(panel, "surveyChangeSplit");
    split->setFocus();
    QTest::keyClick(split, Qt::Key_Down);
    CHECK(split->currentText() == QStringLiteral("Women"));
    CHECK(chart->values(0)[chart->names().indexOf(kTrust)] == 37);
    CHECK(chart->values(1)[chart->names().indexOf(kTrust)] == 70);
    CHECK(text(changes, rowOf(changes, kTrust), 3) == QStringLiteral("+33 points (+4 to +55)"));

    // KHJ has a baseline only: a sentence says what is missing, no chart.
    panel.setSurvey(r.khjBaseline);
    auto* missing = test::child<QLabel>(panel, "surveyChangeMissing");
    CHECK(missing->isVisible());
    CHECK(missing->text().startsWith(QStringLiteral("This team has no endline survey yet.")));
    CHECK_FALSE(chart->isVisible());
    CHECK(chart->barSets().isEmpty());
}

TEST_CASE("the results panel ranks the concerns named, ties sharing a rank, beside the team's priorities",
          "[ui][survey-results]")
{
    test::TempDatabase db;
    const Rounds r = makeRounds(*db);
    Session session(*db);
    SurveyResultsPanel panel(session);
    panel.show();
    panel.setSurvey(r.isfBaseline);
    auto* concerns = test::child<QTableWidget>(panel, "surveyConcerns");
    REQUIRE(concerns->rowCount() >= 4);
    auto category = ReferenceRepository(*db).items(ReferenceList::Category);
    REQUIRE(category.ok());
    QString firstName;
    for (const ReferenceItem& item : *category)
        if (item.meta.uuid == r.firstCategory)
            firstName = item.name(QStringLiteral("en"));
    // Options 1 and 2 were named by 20 of 47 each: both first; option 3 by 7: third; the rest fourth.
    CHECK(text(concerns, 0, 0) == QStringLiteral("1"));
    CHECK(text(concerns, 1, 0) == QStringLiteral("1"));
    CHECK(text(concerns, 2, 0) == QStringLiteral("3"));
    CHECK(text(concerns, 3, 0) == QStringLiteral("4"));
    CHECK(text(concerns, 0, 1) == firstName);
    CHECK(text(concerns, 0, 2) == QStringLiteral("43 % (30–57) n=47"));
    CHECK(text(concerns, 0, 3) == SurveyResultsPanel::tr("yes: %n concern(s)", "", 1));
    CHECK(text(concerns, 0, 3).startsWith(QStringLiteral("yes: 1 concern")));
    CHECK(text(concerns, 1, 3) == QStringLiteral("no"));
    CHECK(text(concerns, 2, 2) == QStringLiteral("15 % (7–28) n=47"));
}

TEST_CASE("the results panel's labels follow a change to Tajik", "[ui][survey-results]")
{
    test::TempDatabase db;
    const Rounds r = makeRounds(*db);
    Session session(*db);
    SurveyResultsPanel panel(session);
    panel.show();
    panel.setSurvey(r.isfBaseline);
    test::LanguageScope tajik(QStringLiteral("tg"));
    QApplication::processEvents();
    auto* table = test::child<QTableWidget>(panel, "surveyIndicators");
    CHECK(headers(table).last() == SurveyResultsPanel::tr("Women–men gap"));
    CHECK(headers(table)[1] == SurveyResultsPanel::tr("All"));
    // The indicators' names and the small group's words in the language shown.
    const int trust = rowOf(table, displayName(SurveyIndicator::TrustPolice));
    CHECK(text(table, trust, 4) == ResultsText::tr("too few answers (n=%1)").arg(7));
    CHECK(test::child<QTabWidget>(panel, "surveyResultsTabs")->tabText(1) ==
          SurveyResultsPanel::tr("Change since baseline"));
}

TEST_CASE("the comparison lists every team's baseline and endline, sortable, and the teams without a pair",
          "[ui][survey-results]")
{
    test::TempDatabase db;
    const Rounds r = makeRounds(*db);
    Session session(*db);
    SurveyComparisonDialog dialog(session, analysis::kFewestAnswers);
    dialog.show();
    auto* table = test::child<QTableWidget>(dialog, "comparisonTable");
    REQUIRE(table->rowCount() == 2);
    CHECK(test::child<QComboBox>(dialog, "comparisonIndicator")->currentText() == kTrust);
    // Largest change first.
    const QString isf = QStringLiteral("Гурӯҳи ҳамкории ISF");
    const QString dsh = QStringLiteral("Гурӯҳи ҳамкории DSH");
    CHECK(text(table, 0, 0) == isf);
    CHECK(text(table, 1, 0) == dsh);
    CHECK(text(table, 0, 1) == QStringLiteral("03.03.2025–09.03.2025"));
    CHECK(text(table, 0, 2) == QStringLiteral("02.03.2026–08.03.2026"));
    CHECK(text(table, 0, 3) == QStringLiteral("43 %"));
    CHECK(text(table, 0, 4) == QStringLiteral("65 %"));
    CHECK(text(table, 0, 5) == QStringLiteral("+22 points (+1 to +41)"));
    CHECK(text(table, 0, 6) == QStringLiteral("yes"));
    CHECK(text(table, 0, 7) == QStringLiteral("47 / 40"));
    CHECK(text(table, 1, 3) == QStringLiteral("17 %"));
    CHECK(text(table, 1, 4) == QStringLiteral("20 %"));
    CHECK(text(table, 1, 5) == QStringLiteral("+3 points (−17 to +23)"));
    CHECK(text(table, 1, 6) == QStringLiteral("no"));
    CHECK(text(table, 1, 7) == QStringLiteral("30 / 30"));

    // Sorted by the baseline's share, lowest first: DSH, then ISF.
    table->horizontalHeader()->setSortIndicator(3, Qt::AscendingOrder);
    CHECK(text(table, 0, 0) == dsh);

    auto* missing = test::child<QListWidget>(dialog, "comparisonMissing");
    REQUIRE(missing->count() == 1);
    CHECK(missing->item(0)->text() ==
          QStringLiteral("Гурӯҳи ҳамкории KHJ: This team has no endline survey yet."));

    // Another indicator nobody answered: too few answers, no percentage.
    auto* indicator = test::child<QComboBox>(dialog, "comparisonIndicator");
    indicator->setCurrentIndex(indicator->findData(int(SurveyIndicator::SafeByDay)));
    CHECK(text(table, 0, 3) == QStringLiteral("too few answers (n=0)"));
    CHECK(text(table, 0, 6).isEmpty());
}

TEST_CASE("the overview shows the latest baseline → endline of the team, and of all teams", "[ui][overview]")
{
    QSettings().remove(QStringLiteral("surveys/fewestAnswers"));
    test::TempDatabase db;
    const Rounds r = makeRounds(*db);
    Session session(*db);
    session.setCurrentTeam(r.isf);
    OverviewPage page(session);
    page.setToday(QDate(2026, 5, 15));
    page.resize(1130, 650);
    page.show();
    REQUIRE(QTest::qWaitFor([&] { return page.hasLoaded(); }, 2000));
    auto* line = test::child<QLabel>(page, "overviewSurveyChange");
    CHECK(line->text().startsWith(QStringLiteral("Surveys, latest baseline → endline: ")));
    CHECK(line->text().contains(QStringLiteral("Trust the local police: 43 % → 65 % (+22 points)")));
    CHECK(line->text().contains(QStringLiteral("Feel safe in their area after dark: too few answers")));

    // All teams: ISF's and DSH's latest pairs, their people added: 25 of 77 → 32 of 70.
    test::child<QCheckBox>(page, "allTeams")->click();
    // (The English plural forms come from translations/hamkori_en.ts: "2 teams", or "2 team(s)" before.)
    CHECK(line->text().startsWith(
        OverviewPage::tr("Surveys, latest baseline → endline of %n team(s): %1", "", 2).arg(QString())));
    CHECK(line->text().contains(QStringLiteral("Trust the local police: 32 % → 46 % (+13 points)")));

    // KHJ: a baseline alone.
    test::child<QCheckBox>(page, "allTeams")->click();
    session.setCurrentTeam(r.khj);
    CHECK(line->text() == QStringLiteral("Surveys: no baseline and endline yet"));
}

// Pictures of the panel's three tabs at the size of the Surveys page in a 1366×768 window, and of the
// comparison, to look at: run by hand with "[.survey-results-shots]".
TEST_CASE("screenshots of the survey results", "[.survey-results-shots]")
{
    test::TempDatabase db;
    const Rounds r = makeRounds(*db);
    Session session(*db);
    const QString folder = QDir::temp().filePath(QStringLiteral("surveyresults-shots"));
    QDir().mkpath(folder);
    // The whole page's width, and the width of the Surveys page's tabs beside its list of rounds.
    for (const int width : {1130, 740}) {
        SurveyResultsPanel panel(session);
        panel.resize(width, 640);
        panel.show();
        panel.setSurvey(r.isfBaseline);
        auto* tabs = test::child<QTabWidget>(panel, "surveyResultsTabs");
        for (int tab = 0; tab < tabs->count(); ++tab) {
            tabs->setCurrentIndex(tab);
            QApplication::processEvents();
            CHECK(panel.grab().save(folder + QStringLiteral("/panel-%1-%2.png").arg(width).arg(tab)));
        }
    }
    SurveyComparisonDialog dialog(session, analysis::kFewestAnswers);
    dialog.show();
    QApplication::processEvents();
    CHECK(dialog.grab().save(folder + QStringLiteral("/comparison.png")));
    session.setCurrentTeam(r.isf);
    OverviewPage overview(session);
    overview.setToday(QDate(2026, 5, 15));
    overview.resize(1130, 650);
    overview.show();
    REQUIRE(QTest::qWaitFor([&] { return overview.hasLoaded(); }, 2000));
    CHECK(overview.grab().save(folder + QStringLiteral("/overview.png")));
}
