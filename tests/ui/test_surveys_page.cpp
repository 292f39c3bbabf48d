// The Surveys page driven offscreen in Tajik: a baseline made through its form and an endline that asks what
// the baseline asked; 200 paper sheets typed from the keyboard only (digits, Tab and Enter), their counts and
// indicators against what the typed digits imply; a wrong digit refused with core's message and nothing
// written; undo of one cell giving back only that answer; counts per option on the Tallies tab; a question of
// the team's own in Tajik added, answered and removed with undo.
#include "core/analysis/SurveyIndicators.h"
#include "core/demo/DemoLoader.h"
#include "core/model/Questionnaire.h"
#include "core/storage/SurveyRepository.h"
#include "core/storage/TeamRepository.h"
#include "support/PageFixture.h"
#include "support/UiTestSupport.h"
#include "ui/MainWindow.h"
#include "ui/pages/SurveysPage.h"
#include "ui/pages/surveys/QuestionnairePanel.h"
#include "ui/pages/surveys/SheetModel.h"
#include "ui/pages/surveys/SurveySheetsPanel.h"
#include "ui/pages/surveys/TalliesPanel.h"
#include "ui/widgets/OptionalDateEdit.h"
#include <QApplication>
#include <QComboBox>
#include <QDir>
#include <QElapsedTimer>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSettings>
#include <QTabWidget>
#include <QTableView>
#include <QTest>
#include <QUndoStack>

using namespace hamkori;
using hamkori::test::child;

namespace {

const QString kArea = QStringLiteral("Маҳаллаи Гулистон ва деҳаи Чоркӯҳ");
const QString kOwnQuestion = QStringLiteral("Оё шумо маркази ҳамкории милитсия ва ҷомеаро медонед?");

QWidget* focused()
{
    QWidget* widget = QApplication::focusWidget();
    REQUIRE(widget != nullptr);
    return widget;
}

void keys(const QString& text)
{
    for (const QChar ch : text)
        QTest::keyClick(focused(), ch.toLatin1());
}

void key(Qt::Key which)
{
    QTest::keyClick(focused(), which);
    // An editor hands over what Enter confirmed on the next turn of the event loop.
    QApplication::processEvents();
}

/// A cell's digits and Tab (Enter on the last cell of a row).
void cell(const QString& digits, Qt::Key after = Qt::Key_Tab)
{
    keys(digits);
    key(after);
}

void click(const QWidget& parent, const char* name)
{
    QTest::mouseClick(child<QPushButton>(parent, name), Qt::LeftButton);
}

Survey makeRound(Database& db, const QString& team, SurveyKind kind = SurveyKind::Baseline)
{
    Survey s;
    s.teamUuid = team;
    s.kind = kind;
    s.start = QDate(2026, 2, 2);
    s.area = kArea;
    auto made = SurveyRepository(db).createSurvey(s);
    INFO(made.errorMessage().toStdString());
    REQUIRE(made.ok());
    return *made;
}

SurveyResponse sheetOf(Database& db, const QString& survey, int number)
{
    auto all = SurveyRepository(db).responses(survey);
    REQUIRE(all.ok());
    for (const SurveyResponse& r : *all)
        if (r.sheet == number)
            return r;
    FAIL("no sheet " << number);
    return {};
}

int columnOf(const QAbstractItemModel* model, int question)
{
    for (int column = SheetModel::FirstQuestion; column < model->columnCount(); ++column)
        if (model->headerData(column, Qt::Horizontal).toString() == QString::number(question))
            return column;
    FAIL("no column for question " << question);
    return -1;
}

struct Fixture : test::PageFixture<SurveysPage>
{
    test::LanguageScope tajik{QStringLiteral("tg")};

    SurveysPage& start()
    {
        SurveysPage& shown = open(QSize(1130, 650));
        shown.activateWindow();
        REQUIRE(QTest::qWaitForWindowActive(&shown)); // the focus moves only in an active window
        return shown;
    }
    QTableView* sheets(SurveysPage& page)
    {
        page.tabs()->setCurrentIndex(2);
        auto* grid = child<QTableView>(page, "sheetGrid");
        checkModel(grid->model());
        return grid;
    }
};

/// What sheet i (0-based) of the 200 says: a pattern that reaches every option and both sexes.
struct Typed
{
    int sex, age, group, safeDay, safeNight, trust, firstTo, knows;
    QString reasons;
};
Typed typedSheet(int i)
{
    Typed t;
    t.sex = i % 3 == 0 ? 2 : 1;
    t.age = 1 + (i / 3) % 4;
    t.group = 1 + i % 6;
    t.safeDay = 1 + i % 4;
    t.safeNight = 1 + (i / 2) % 4;
    t.trust = 1 + (i % 7) % 4;
    t.firstTo = 1 + i % 7;
    t.knows = i % 5 == 0 ? 1 : 2;
    // Several reasons, typed both ways people type them; most sheets leave it empty.
    t.reasons = i % 10 == 0 ? QStringLiteral("1 6") : i % 10 == 1 ? QStringLiteral("27") : QString();
    return t;
}

} // namespace

TEST_CASE("a baseline is made through the form, and an endline asks what the baseline asked",
          "[surveys-page]")
{
    Fixture f;
    SurveysPage& page = f.start();
    f.checkModel(child<QTableView>(page, "surveyList")->model());

    click(page, "newSurveyButton");
    auto* kind = child<QComboBox>(page, "surveyKind");
    CHECK(kind->hasFocus());
    CHECK(kind->currentData().toInt() == int(SurveyKind::Baseline));
    auto* start = child<OptionalDateEdit>(page, "surveyStart");
    start->setFocus();
    start->selectAll();
    QTest::keyClick(start, Qt::Key_Backspace);
    test::typeText(start, QStringLiteral("02.02.2026"));
    QTest::keyClick(start, Qt::Key_Return);
    auto* area = child<QLineEdit>(page, "surveyArea");
    area->setFocus();
    test::typeText(area, kArea);
    click(page, "createSurveyButton");
    auto all = SurveyRepository(*f.db).surveys({f.team});
    REQUIRE(all->size() == 1);
    const Survey baseline = all->first().survey;
    CHECK(baseline.code == QStringLiteral("ISF-S-2026-01"));
    CHECK(baseline.kind == SurveyKind::Baseline);
    CHECK(baseline.area == kArea);
    CHECK(baseline.start == QDate(2026, 2, 2));
    CHECK(page.currentSurvey() == baseline.meta.uuid);
    auto asked = SurveyRepository(*f.db).questions(baseline.meta.uuid);
    REQUIRE(asked->size() == 11); // the questionnaire that comes with Hamkori

    // The baseline gets a question of the team's own.
    SurveyQuestion own;
    own.surveyUuid = baseline.meta.uuid;
    own.text = kOwnQuestion;
    own.options = {QStringLiteral("Ҳа"), QStringLiteral("Не")};
    REQUIRE(SurveyRepository(*f.db).addQuestion(own).ok());

    // A new round: choosing "endline" offers the baseline's questions.
    click(page, "newSurveyButton");
    auto* copyFrom = child<QComboBox>(page, "surveyCopyFrom");
    CHECK(copyFrom->currentData().toString().isEmpty()); // a baseline starts from the standard questions
    QTest::keyClick(kind, Qt::Key_Down);
    QTest::keyClick(kind, Qt::Key_Down);
    REQUIRE(kind->currentData().toInt() == int(SurveyKind::Endline));
    CHECK(copyFrom->currentData().toString() == baseline.meta.uuid);
    click(page, "createSurveyButton");
    all = SurveyRepository(*f.db).surveys({f.team});
    REQUIRE(all->size() == 2);
    const QString endline = page.currentSurvey();
    REQUIRE_FALSE(endline.isEmpty());
    CHECK(SurveyRepository(*f.db).survey(endline)->kind == SurveyKind::Endline);
    auto copied = SurveyRepository(*f.db).questions(endline);
    auto original = SurveyRepository(*f.db).questions(baseline.meta.uuid);
    REQUIRE(copied->size() == 12);
    for (int i = 0; i < 12; ++i) {
        CHECK(copied->at(i).number == original->at(i).number);
        CHECK(copied->at(i).topic == original->at(i).topic);
        CHECK(copied->at(i).text == original->at(i).text);
        CHECK(copied->at(i).options == original->at(i).options);
    }
    CHECK(copied->last().text == kOwnQuestion);
    // The kind filter narrows the list.
    QAbstractItemModel* list = child<QTableView>(page, "surveyList")->model();
    CHECK(list->rowCount() == 2);
    auto* filter = child<QComboBox>(page, "surveyKindFilter");
    filter->setFocus();
    QTest::keyClick(filter, Qt::Key_Down); // baseline
    CHECK(list->rowCount() == 1);

    // Undo takes the endline away again.
    f.session.undoStack()->undo();
    CHECK(SurveyRepository(*f.db).surveys({f.team})->size() == 1);
}

TEST_CASE("200 sheets are typed from the keyboard and give the figures their digits imply", "[surveys-page]")
{
    Fixture f;
    const Survey round = makeRound(*f.db, f.team);
    SurveysPage& page = f.start();
    REQUIRE(page.openRecord(QStringLiteral("survey"), round.meta.uuid));
    QTableView* grid = f.sheets(page);
    REQUIRE(grid->model()->columnCount() == SheetModel::FirstQuestion + 11);
    // The column's question in the language shown, with its options numbered.
    CHECK(grid->model()->headerData(SheetModel::FirstQuestion, Qt::Horizontal, Qt::ToolTipRole).toString() ==
          QStringLiteral("1. ") +
              QCoreApplication::translate("Questionnaire",
                                          "How safe do you feel walking alone in your area during the day?"));
    int surveyChanges = 0;
    QObject::connect(&page, &SurveysPage::surveyDataChanged, &page, [&](const QString& uuid) {
        CHECK(uuid == round.meta.uuid);
        ++surveyChanges;
    });

    QElapsedTimer timer;
    timer.start();
    grid->setFocus();
    constexpr int kSheets = 200;
    for (int i = 0; i < kSheets; ++i) {
        const Typed t = typedSheet(i);
        cell(QString::number(t.sex));
        cell(QString::number(t.age));
        cell(QString::number(t.group));
        cell(QString::number(t.safeDay));
        cell(QString::number(t.safeNight));
        cell(t.reasons);
        cell(QString());                  // 4: the biggest concerns, not answered
        cell(QString::number(t.trust));   // 5
        cell(QString::number(t.firstTo)); // 6
        for (int skipped = 7; skipped <= 10; ++skipped)
            cell(QString());
        cell(QString::number(t.knows), Qt::Key_Return); // 11, the last: on to the next sheet
    }
    WARN("200 sheets typed in " << timer.elapsed() << " ms");

    auto stored = SurveyRepository(*f.db).responses(round.meta.uuid);
    REQUIRE(stored->size() == kSheets);
    int women = 0, safeDay = 0, safeDayWomen = 0, trust = 0, policeFirst = 0, knows = 0, knowsMen = 0;
    for (int i = 0; i < kSheets; ++i) {
        const Typed t = typedSheet(i);
        const SurveyResponse& r = stored->at(i);
        INFO("sheet " << i + 1);
        REQUIRE(r.sheet == i + 1);
        CHECK(r.sex == (t.sex == 1 ? Sex::Female : Sex::Male));
        CHECK(int(r.ageBand) == t.age - 1);
        CHECK(int(r.group) == t.group - 1);
        CHECK(r.answer(1) == QList<int>{t.safeDay});
        CHECK(r.answer(5) == QList<int>{t.trust});
        CHECK(r.answer(11) == QList<int>{t.knows});
        CHECK(r.answer(4).isEmpty());
        women += t.sex == 1;
        safeDay += t.safeDay <= 2;
        safeDayWomen += t.sex == 1 && t.safeDay <= 2;
        trust += t.trust <= 2;
        policeFirst += t.firstTo == 1;
        knows += t.knows == 1;
        knowsMen += t.sex == 2 && t.knows == 1;
    }
    // "1 6" and "27" (every option of the reasons has one digit) are two reasons each.
    CHECK(stored->at(0).answer(3) == QList<int>{1, 6});
    CHECK(stored->at(1).answer(3) == QList<int>{2, 7});
    CHECK(stored->at(2).answer(3).isEmpty());

    auto counts = SurveyRepository(*f.db).counts(round.meta.uuid);
    REQUIRE(counts.ok());
    CHECK(counts->sheets == kSheets);
    CHECK(analysis::countIn(counts->respondents, RespondentSplit::Women) == women);
    CHECK(analysis::countIn(counts->respondents, RespondentSplit::Men) == kSheets - women);
    const auto indicators = analysis::indicators(*counts, analysis::kFewestAnswers);
    const auto find = [&indicators](SurveyIndicator which) {
        for (const auto& result : indicators)
            if (result.indicator == which)
                return result;
        FAIL("no indicator");
        return analysis::IndicatorResult{};
    };
    const auto day = find(SurveyIndicator::SafeByDay);
    CHECK(day.of(RespondentSplit::All).yes == safeDay);
    CHECK(day.of(RespondentSplit::All).base == kSheets);
    CHECK(day.of(RespondentSplit::Women).yes == safeDayWomen);
    CHECK(day.of(RespondentSplit::Women).base == women);
    CHECK(find(SurveyIndicator::TrustPolice).of(RespondentSplit::All).yes == trust);
    CHECK(find(SurveyIndicator::PoliceFirst).of(RespondentSplit::All).yes == policeFirst);
    const auto known = find(SurveyIndicator::KnowsTeam);
    CHECK(known.of(RespondentSplit::All).yes == knows);
    CHECK(known.of(RespondentSplit::Men).yes == knowsMen);
    CHECK(known.of(RespondentSplit::Men).base == kSheets - women);
    // By hand: women are the sheets i % 3 != 0, 133 of 200; safe by day (1 or 2) is half of them.
    CHECK(women == 133);
    CHECK(safeDay == 100);

    // Under the table: the sheets, women and men.
    const QString tally = child<QLabel>(page, "sheetTally")->text();
    CHECK(tally.contains(QStringLiteral("200")));
    CHECK(tally.contains(QStringLiteral("133")));
    CHECK(tally.contains(QStringLiteral("67")));
    CHECK(surveyChanges > 0);
    // The list counts the sheets.
    QAbstractItemModel* list = child<QTableView>(page, "surveyList")->model();
    CHECK(list->index(0, 4).data().toInt() == kSheets);
    // The cursor waits on the next sheet, numbered 201.
    CHECK(grid->currentIndex().row() == kSheets);
    CHECK(grid->model()->index(kSheets, SheetModel::SheetColumn).data().toString() == QStringLiteral("201"));
}

TEST_CASE("a wrong digit is refused with a message and kept to correct, and undo gives back one answer alone",
          "[surveys-page]")
{
    Fixture f;
    const Survey round = makeRound(*f.db, f.team);
    for (int n = 1; n <= 2; ++n) {
        SurveyResponse r;
        r.surveyUuid = round.meta.uuid;
        r.sheet = n;
        r.setAnswer(1, {1});
        r.setAnswer(5, {3});
        REQUIRE(SurveyRepository(*f.db).addResponse(r).ok());
    }
    SurveysPage& page = f.start();
    REQUIRE(page.openRecord(QStringLiteral("survey"), round.meta.uuid));
    QTableView* grid = f.sheets(page);
    const int trust = columnOf(grid->model(), 5);
    grid->setFocus();
    grid->setCurrentIndex(grid->model()->index(0, trust));
    auto* help = child<QLabel>(page, "sheetColumnHelp");
    CHECK(help->text().startsWith(QStringLiteral("5. ")));
    CHECK(help->text().contains(QStringLiteral("4 ") +
                                QCoreApplication::translate("Questionnaire", "Not at all")));

    // Option 7 of a question with four options.
    const SurveyResponse before = sheetOf(*f.db, round.meta.uuid, 1);
    const int undoSteps = f.session.undoStack()->count();
    cell(QStringLiteral("7"), Qt::Key_Return);
    auto* error = child<QLabel>(page, "sheetError");
    CHECK(error->isVisible());
    CHECK(error->text().contains(QStringLiteral("7")));
    CHECK_FALSE(error->text().isEmpty());
    CHECK(sheetOf(*f.db, round.meta.uuid, 1).answer(5) == before.answer(5));
    CHECK(f.session.undoStack()->count() == undoSteps);
    // What was typed stays in the cell, and the cursor with it, to be corrected.
    CHECK(grid->model()->index(0, trust).data().toString() == QStringLiteral("7"));
    CHECK(grid->currentIndex() == grid->model()->index(0, trust));
    // Two answers to a question that takes one are refused the same way.
    key(Qt::Key_Backspace);
    cell(QStringLiteral("1 2"), Qt::Key_Return);
    CHECK(error->isVisible());
    CHECK(sheetOf(*f.db, round.meta.uuid, 1).answer(5) == before.answer(5));
    // Corrected: saved, the message goes.
    for (int i = 0; i < 3; ++i)
        key(Qt::Key_Backspace);
    cell(QStringLiteral("2"));
    CHECK_FALSE(error->isVisible());
    CHECK(sheetOf(*f.db, round.meta.uuid, 1).answer(5) == QList<int>{2});
    // What the Edit menu says in the window's language (Tajik here).
    CHECK(f.session.undoStack()->undoText() ==
          QCoreApplication::translate("hamkori::SheetModel", "change survey sheet %1 of %2")
              .arg(1)
              .arg(QStringLiteral("ISF-S-2026-01")));

    // A wrong sex is refused too, with a message of the page.
    // As a click does: the table takes the focus (the open editor saves and closes), then the cell.
    grid->setFocus();
    grid->setCurrentIndex(grid->model()->index(1, SheetModel::SexColumn));
    cell(QStringLiteral("3"));
    CHECK(error->isVisible());
    CHECK(sheetOf(*f.db, round.meta.uuid, 2).sex == Sex::Female);
    key(Qt::Key_Backspace);
    cell(QStringLiteral("2"));
    CHECK(sheetOf(*f.db, round.meta.uuid, 2).sex == Sex::Male);

    // Now question 1 of sheet 1; undo gives it back and leaves question 5 as corrected, and the sex.
    grid->setFocus();
    grid->setCurrentIndex(grid->model()->index(0, columnOf(grid->model(), 1)));
    cell(QStringLiteral("4"));
    CHECK(sheetOf(*f.db, round.meta.uuid, 1).answer(1) == QList<int>{4});
    f.session.undoStack()->undo(); // the last step: question 1 of sheet 1
    SurveyResponse after = sheetOf(*f.db, round.meta.uuid, 1);
    CHECK(after.answer(1) == QList<int>{1});
    CHECK(after.answer(5) == QList<int>{2});
    CHECK(sheetOf(*f.db, round.meta.uuid, 2).sex == Sex::Male);
    f.session.undoStack()->undo();
    CHECK(sheetOf(*f.db, round.meta.uuid, 2).sex == Sex::Female);
    CHECK(sheetOf(*f.db, round.meta.uuid, 1).answer(5) == QList<int>{2});

    // A sheet deleted comes back with undo.
    grid->setCurrentIndex(grid->model()->index(1, SheetModel::SheetColumn));
    click(page, "deleteSheetButton");
    CHECK(SurveyRepository(*f.db).responses(round.meta.uuid)->size() == 1);
    f.session.undoStack()->undo();
    CHECK(SurveyRepository(*f.db).responses(round.meta.uuid)->size() == 2);
}

TEST_CASE("counts per option are typed on the Tallies tab, each count one undo step", "[surveys-page]")
{
    Fixture f;
    const Survey round = makeRound(*f.db, f.team);
    SurveysPage& page = f.start();
    REQUIRE(page.openRecord(QStringLiteral("survey"), round.meta.uuid));
    page.tabs()->setCurrentIndex(3);
    auto* question = child<QComboBox>(page, "tallyQuestion");
    question->setCurrentIndex(question->findData(5)); // trust in the police
    auto* grid = child<QTableView>(page, "tallyGrid");
    f.checkModel(grid->model());
    REQUIRE(grid->model()->rowCount() == 4);
    const auto typeAt = [&](int option, int column, const QString& digits) {
        grid->setFocus();
        grid->setCurrentIndex(grid->model()->index(option - 1, column));
        keys(digits);
        key(Qt::Key_Return);
    };
    const int women30 = int(Sex::Female) * SexAgeCounts::kBands + int(AgeBand::From30To49);
    const int men50 = int(Sex::Male) * SexAgeCounts::kBands + int(AgeBand::From50);
    typeAt(1, women30, QStringLiteral("12"));
    typeAt(1, TallyModel::kUnsplitColumn, QStringLiteral("3"));
    typeAt(3, men50, QStringLiteral("5"));
    auto tallies = SurveyRepository(*f.db).tallies(round.meta.uuid);
    REQUIRE(tallies->size() == 2);
    CHECK(tallies->at(0).question == 5);
    CHECK(tallies->at(0).option == 1);
    CHECK(tallies->at(0).people.at(Sex::Female, AgeBand::From30To49) == 12);
    CHECK(tallies->at(0).unsplit == 3);
    CHECK(tallies->at(1).option == 3);
    CHECK(tallies->at(1).people.at(Sex::Male, AgeBand::From50) == 5);
    CHECK(grid->model()->index(0, TallyModel::kTotalColumn).data().toInt() == 15);

    // Trust from the tallies alone: 15 of the 20 tallied chose "fully".
    auto counts = SurveyRepository(*f.db).counts(round.meta.uuid);
    const auto trust = analysis::indicator(*counts, SurveyIndicator::TrustPolice, analysis::kFewestAnswers);
    CHECK(trust.of(RespondentSplit::All).yes == 15);
    CHECK(trust.of(RespondentSplit::All).base == 20);

    // Undo takes back the last count alone; again, the unsplit 3 and not the 12.
    f.session.undoStack()->undo();
    CHECK(SurveyRepository(*f.db).tallies(round.meta.uuid)->size() == 1);
    f.session.undoStack()->undo();
    tallies = SurveyRepository(*f.db).tallies(round.meta.uuid);
    REQUIRE(tallies->size() == 1);
    CHECK(tallies->at(0).unsplit == 0);
    CHECK(tallies->at(0).people.at(Sex::Female, AgeBand::From30To49) == 12);
}

TEST_CASE("a question of the team's own in Tajik is added, answered on a sheet and removed with undo",
          "[surveys-page]")
{
    Fixture f;
    const Survey round = makeRound(*f.db, f.team);
    SurveysPage& page = f.start();
    REQUIRE(page.openRecord(QStringLiteral("survey"), round.meta.uuid));
    page.tabs()->setCurrentIndex(1);
    click(page, "newQuestionButton");
    auto* text = child<QLineEdit>(page, "questionText");
    text->setFocus();
    test::typeText(text, kOwnQuestion);
    auto* options = child<QPlainTextEdit>(page, "questionOptions");
    options->setFocus();
    const QStringList lines{QStringLiteral("Ҳа, медонам"), QStringLiteral("Шунидаам"), QStringLiteral("Не")};
    for (int i = 0; i < lines.size(); ++i) {
        if (i > 0)
            QTest::keyClick(options, Qt::Key_Return);
        test::typeText(options, lines[i]);
    }
    click(page, "saveQuestionButton");
    auto asked = SurveyRepository(*f.db).questions(round.meta.uuid);
    REQUIRE(asked->size() == 12);
    const SurveyQuestion own = asked->last();
    CHECK(own.number == 12);
    CHECK(own.topic == SurveyTopic::Custom);
    CHECK(own.text == kOwnQuestion);
    CHECK(own.options == lines);
    CHECK(own.answerKind == AnswerKind::OneOption);

    // A standard option renamed, the rest kept as they are.
    REQUIRE(page.questionnaire()->chooseQuestion(11));
    options->selectAll();
    const QStringList standard = questionnaire::standardOptions(SurveyTopic::KnowsTeam);
    options->setFocus();
    QTest::keyClick(options, Qt::Key_Backspace);
    test::typeText(options, QStringLiteral("Ҳа, гурӯҳро медонам"));
    QTest::keyClick(options, Qt::Key_Return);
    test::typeText(options, standard.at(1));
    click(page, "saveQuestionButton");
    auto knows = SurveyRepository(*f.db).questions(round.meta.uuid)->at(10);
    CHECK(knows.options == QStringList{QStringLiteral("Ҳа, гурӯҳро медонам")});
    CHECK(f.session.undoStack()->undoText() ==
          QCoreApplication::translate("hamkori::QuestionnairePanel", "change question %1 of %2")
              .arg(11)
              .arg(QStringLiteral("ISF-S-2026-01")));
    // Leaving out a standard option is refused.
    options->setFocus();
    options->selectAll();
    QTest::keyClick(options, Qt::Key_Backspace);
    test::typeText(options, QStringLiteral("Ҳа"));
    click(page, "saveQuestionButton");
    CHECK(child<QLabel>(page, "questionError_options")->isVisible());
    CHECK(SurveyRepository(*f.db).questions(round.meta.uuid)->at(10).options == knows.options);

    // Answered on the Sheets tab: its column, its Tajik text as the column's tip.
    QTableView* grid = f.sheets(page);
    const int column = columnOf(grid->model(), 12);
    CHECK(grid->model()->headerData(column, Qt::Horizontal, Qt::ToolTipRole).toString() ==
          QStringLiteral("12. ") + kOwnQuestion);
    grid->setFocus();
    grid->setCurrentIndex(grid->model()->index(0, SheetModel::SexColumn));
    cell(QStringLiteral("1"));
    grid->setFocus();
    grid->setCurrentIndex(grid->model()->index(0, column));
    CHECK(child<QLabel>(page, "sheetColumnHelp")->text().contains(QStringLiteral("2 Шунидаам")));
    cell(QStringLiteral("2"), Qt::Key_Return);
    CHECK(sheetOf(*f.db, round.meta.uuid, 1).answer(12) == QList<int>{2});

    // Removed, and back with undo; the sheet's answer stays all along.
    page.tabs()->setCurrentIndex(1);
    REQUIRE(page.questionnaire()->chooseQuestion(12));
    click(page, "removeQuestionButton");
    CHECK(SurveyRepository(*f.db).questions(round.meta.uuid)->size() == 11);
    CHECK(grid->model()->columnCount() == SheetModel::FirstQuestion + 11);
    f.session.undoStack()->undo();
    CHECK(SurveyRepository(*f.db).questions(round.meta.uuid)->size() == 12);
    CHECK(sheetOf(*f.db, round.meta.uuid, 1).answer(12) == QList<int>{2});
}

// Not run by default: pictures of every tab of the page in the window at 1366×768, with the demo teams and a
// round of 40 sheets and some tallies, to look at ("[.surveys-shots]"; the folder from
// HAMKORI_SURVEYS_SHOTS).
TEST_CASE("pictures of the Surveys page", "[.surveys-shots]")
{
    QSettings().clear();
    test::TempDatabase db;
    REQUIRE(demo::loadDemo(*db).ok());
    MainWindow window(*db);
    window.resize(1366, 768);
    QString team;
    auto teams = TeamRepository(*db).teams();
    REQUIRE(teams.ok());
    for (const Team& t : *teams)
        if (t.code == QStringLiteral("KUS"))
            team = t.meta.uuid;
    REQUIRE_FALSE(team.isEmpty());
    window.session().setCurrentTeam(team);
    Survey s = makeRound(*db, team);
    s.title = QStringLiteral("Пурсиши ибтидоии бехатарӣ дар маҳаллаҳои Гулистон ва Чоркӯҳ");
    s.interviewers = QStringLiteral("Ду узви гурӯҳ ва як нозири милитсия");
    REQUIRE(SurveyRepository(*db).updateSurvey(s).ok());
    SurveyRepository surveys(*db);
    for (int i = 0; i < 40; ++i) {
        const Typed t = typedSheet(i);
        SurveyResponse r;
        r.surveyUuid = s.meta.uuid;
        r.sheet = i + 1;
        r.sex = t.sex == 1 ? Sex::Female : Sex::Male;
        r.ageBand = AgeBand(t.age - 1);
        r.setAnswer(1, {t.safeDay});
        r.setAnswer(2, {t.safeNight});
        r.setAnswer(5, {t.trust});
        r.setAnswer(6, {t.firstTo});
        r.setAnswer(11, {t.knows});
        if (!t.reasons.isEmpty())
            r.setAnswer(3, {1, 6});
        REQUIRE(surveys.addResponse(r).ok());
    }
    SurveyTally tally;
    tally.surveyUuid = s.meta.uuid;
    tally.question = 1;
    tally.option = 2;
    tally.people.set(Sex::Female, AgeBand::From30To49, 14);
    tally.unsplit = 3;
    REQUIRE(surveys.addTally(tally).ok());

    window.show();
    QApplication::processEvents();
    SurveysPage* page = nullptr;
    for (int i = 0; i < window.pages().size() && !page; ++i) {
        window.showPage(i);
        QApplication::processEvents();
        if (auto* shown = window.findChild<SurveysPage*>(); shown && shown->isVisible())
            page = shown;
    }
    REQUIRE(page != nullptr);
    REQUIRE(page->openRecord(QStringLiteral("survey"), s.meta.uuid));
    const QString folder =
        qEnvironmentVariable("HAMKORI_SURVEYS_SHOTS", QStringLiteral("/tmp/surveys-shots"));
    QDir().mkpath(folder);
    for (const QString& language : {QStringLiteral("en"), QStringLiteral("tg"), QStringLiteral("ru")}) {
        test::LanguageScope scope(language);
        QCoreApplication::sendPostedEvents(nullptr, QEvent::LanguageChange);
        for (int tab = 0; tab < page->tabs()->count(); ++tab) {
            page->tabs()->setCurrentIndex(tab);
            if (tab == 2) {
                auto* grid = child<QTableView>(*page, "sheetGrid");
                grid->setCurrentIndex(grid->model()->index(3, columnOf(grid->model(), 5)));
            }
            QApplication::processEvents();
            window.grab().save(QStringLiteral("%1/surveys-%2-%3.png").arg(folder, language).arg(tab));
        }
    }
}
