// The prioritisation page driven offscreen: starting a round through its dialog, keyboard scoring per group,
// live totals, ranks and divergence, pairwise ranking, the decision, deletion, and undo/redo of each; every
// model of the page under QAbstractItemModelTester.
#include "core/analysis/Pairwise.h"
#include "core/storage/ConcernRepository.h"
#include "core/storage/MeetingRepository.h"
#include "core/storage/PlanRepository.h"
#include "core/storage/PrioritisationRepository.h"
#include "support/TestSupport.h"
#include "support/UiTestSupport.h"
#include "ui/widgets/OptionalDateEdit.h"
#include "ui/Session.h"
#include "ui/pages/PrioritisationPage.h"
#include "ui/pages/prioritisation/DecisionDialog.h"
#include "ui/pages/prioritisation/PairwiseWidget.h"
#include "ui/pages/prioritisation/ResultsModel.h"
#include "ui/pages/prioritisation/RoundDialog.h"
#include "ui/pages/prioritisation/RoundListModel.h"
#include "ui/pages/prioritisation/ScoreGridModel.h"
#include "ui/pages/prioritisation/ScoreGridView.h"
#include "ui/pages/prioritisation/StandingsModel.h"
#include "ui/widgets/FieldErrors.h"
#include "ui/widgets/NextStepBar.h"
#include <QAbstractItemModelTester>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDoubleSpinBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTabBar>
#include <QTabWidget>
#include <QTableView>
#include <QTableWidget>
#include <QTest>
#include <QUndoStack>

using namespace hamkori;

namespace {

constexpr int kUuidRole = Qt::UserRole + 1; // the dialogs' checklists keep the UUID here

struct Fixture
{
    Fixture()
    {
        team = test::makeTeam(*db);
        Meeting m;
        m.teamUuid = team;
        m.date = QDate(2026, 2, 10);
        m.place = QStringLiteral("Маркази ҳамкорӣ");
        auto madeMeeting = MeetingRepository(*db).createMeeting(m);
        REQUIRE(madeMeeting.ok());
        meeting = madeMeeting->meta.uuid;
        lights = concern(QStringLiteral("Кӯчаҳои торик"), QStringLiteral("unsafe_spaces"));
        fights = concern(QStringLiteral("Драки подростков"), QStringLiteral("youth_crime"));
        drugs = concern(QStringLiteral("Нашъамандӣ"), QStringLiteral("drugs_alcohol"));
        closed = concern(QStringLiteral("Old closed concern"), QStringLiteral("theft"));
        REQUIRE(
            ConcernRepository(*db).changeStatus(closed, ConcernStatus::Closed, QDate(2026, 1, 20), {}).ok());
        severity = test::referenceUuid(*db, QStringLiteral("criterion"), QStringLiteral("severity"));
        feasibility = test::referenceUuid(*db, QStringLiteral("criterion"), QStringLiteral("feasibility"));
    }

    QString concern(const QString& title, const QString& category)
    {
        Concern c;
        c.teamUuid = team;
        c.title = title;
        c.firstRaised = QDate(2026, 1, 5);
        c.categoryUuid = test::categoryUuid(*db, category);
        auto made = ConcernRepository(*db).createConcern(c);
        INFO(made.errorMessage().toStdString());
        REQUIRE(made.ok());
        return made->meta.uuid;
    }

    QString code(const QString& uuid) { return ConcernRepository(*db).concern(uuid)->code; }
    ConcernStatus status(const QString& uuid) { return ConcernRepository(*db).concern(uuid)->status; }

    /// A round made directly in the repository (for the tests that do not test the dialog).
    QString makeRound(QList<RoundCriterion> criteria)
    {
        PrioritisationRound r;
        r.teamUuid = team;
        r.meetingUuid = meeting;
        r.title = QStringLiteral("February round");
        r.date = QDate(2026, 2, 10);
        r.criteria = std::move(criteria);
        r.concernUuids = {lights, fights, drugs};
        auto made = PrioritisationRepository(*db).createRound(r);
        REQUIRE(made.ok());
        return made->meta.uuid;
    }

    /// The group's score of a concern on a criterion as stored, 0 when none.
    int stored(const QString& round, const QString& concern, const QString& criterion, ParticipantGroup group)
    {
        auto scores = PrioritisationRepository(*db).scores(round);
        REQUIRE(scores.ok());
        for (const Score& s : *scores)
            if (s.concernUuid == concern && s.criterionUuid == criterion && s.group == group)
                return s.value;
        return 0;
    }

    int scoreCount(const QString& round)
    {
        auto scores = PrioritisationRepository(*db).scores(round);
        REQUIRE(scores.ok());
        return int(scores->size());
    }

    test::TempDatabase db;
    QString team, meeting, lights, fights, drugs, closed, severity, feasibility;
};

using hamkori::test::child;

void setChecked(QTableWidget* table, const QString& uuid, bool checked)
{
    for (int i = 0; i < table->rowCount(); ++i)
        if (table->item(i, 0)->data(kUuidRole).toString() == uuid) {
            table->item(i, 0)->setCheckState(checked ? Qt::Checked : Qt::Unchecked);
            return;
        }
    FAIL("not listed in the dialog");
}

QString cell(QAbstractItemModel* model, int row, int column, int role = Qt::DisplayRole)
{
    return model->data(model->index(row, column), role).toString();
}

QString score(double value)
{
    return QLocale().toString(value, 'f', 2);
}

void typeScores(ScoreGridView* grid, const char* digits)
{
    for (const char* d = digits; *d; ++d)
        QTest::keyClick(grid, *d);
}

} // namespace

TEST_CASE("a round started through the dialog is scored by keyboard for two groups and decided",
          "[prioritisation][ui]")
{
    Fixture f;
    Session session(*f.db);
    session.setCurrentTeam(f.team);
    PrioritisationPage page(session);
    page.resize(1130, 650);
    page.show();
    QAbstractItemModelTester roundsTester(page.roundModel(),
                                          QAbstractItemModelTester::FailureReportingMode::Fatal);
    QAbstractItemModelTester gridTester(page.gridModel(),
                                        QAbstractItemModelTester::FailureReportingMode::Fatal);
    QAbstractItemModelTester resultsTester(page.resultsModel(),
                                           QAbstractItemModelTester::FailureReportingMode::Fatal);
    QAbstractItemModelTester standingsTester(page.pairwiseWidget()->standings(),
                                             QAbstractItemModelTester::FailureReportingMode::Fatal);
    CHECK(page.roundModel()->rowCount() == 0);

    // 1. Start a round: a refused one first (no criterion ticked), then the real one.
    int listed = -1;
    bool refusedShown = false;
    page.setDialogDriver([&](QDialog& dialog) {
        auto* concerns = child<QTableWidget>(dialog, QStringLiteral("roundConcerns"));
        auto* criteria = child<QTableWidget>(dialog, QStringLiteral("roundCriteria"));
        listed = concerns->rowCount();
        auto* meetingBox = child<QComboBox>(dialog, QStringLiteral("roundMeeting"));
        meetingBox->setCurrentIndex(meetingBox->findData(f.meeting));
        test::typeText(child<QLineEdit>(dialog, QStringLiteral("roundTitle")),
                       QStringLiteral("Интихоби феврал"));
        child<OptionalDateEdit>(dialog, QStringLiteral("roundDate"))->setDate(QDate(2026, 2, 10));
        for (const QString& uuid : {f.lights, f.fights, f.drugs})
            setChecked(concerns, uuid, true);
        for (int i = 0; i < criteria->rowCount(); ++i)
            criteria->item(i, 0)->setCheckState(Qt::Unchecked);
        QTest::mouseClick(child<QPushButton>(dialog, QStringLiteral("roundOk")), Qt::LeftButton);
        refusedShown =
            !static_cast<RoundDialog&>(dialog).errors()->messageFor(QStringLiteral("criteria")).isEmpty();
        CHECK(dialog.result() == QDialog::Rejected); // still open
        CHECK(PrioritisationRepository(*f.db).rounds(f.team)->isEmpty());
        // Severity (default weight 2) and feasibility with its weight lowered to 0.5.
        setChecked(criteria, f.severity, true);
        setChecked(criteria, f.feasibility, true);
        for (int i = 0; i < criteria->rowCount(); ++i)
            if (criteria->item(i, 0)->data(kUuidRole).toString() == f.feasibility)
                qobject_cast<QDoubleSpinBox*>(criteria->cellWidget(i, 1))->setValue(0.5);
        QTest::mouseClick(child<QPushButton>(dialog, QStringLiteral("roundOk")), Qt::LeftButton);
        CHECK(dialog.result() == QDialog::Accepted);
    });
    QTest::mouseClick(child<QPushButton>(page, QStringLiteral("startRound")), Qt::LeftButton);
    CHECK(listed == 3); // the closed concern is not offered
    CHECK(refusedShown);

    auto rounds = PrioritisationRepository(*f.db).rounds(f.team);
    REQUIRE(rounds.ok());
    REQUIRE(rounds->size() == 1);
    const PrioritisationRound round = rounds->first();
    CHECK(round.title == QStringLiteral("Интихоби феврал"));
    CHECK(round.meetingUuid == f.meeting);
    CHECK(round.date == QDate(2026, 2, 10));
    CHECK(round.concernUuids == QStringList{f.lights, f.fights, f.drugs});
    REQUIRE(round.criteria.size() == 2);
    CHECK(round.criteria[0] == RoundCriterion{f.severity, 2.0});
    CHECK(round.criteria[1] == RoundCriterion{f.feasibility, 0.5});
    CHECK(page.currentRound() == round.meta.uuid);
    CHECK(page.roundModel()->rowCount() == 1);
    CHECK(session.undoStack()->undoText().startsWith(QStringLiteral("start round")));

    // Undo removes the round, redo brings it back.
    session.undoStack()->undo();
    CHECK(PrioritisationRepository(*f.db).rounds(f.team)->isEmpty());
    CHECK(page.currentRound().isEmpty());
    session.undoStack()->redo();
    CHECK(PrioritisationRepository(*f.db).rounds(f.team)->size() == 1);
    CHECK(page.currentRound() == round.meta.uuid);
    const QString r = round.meta.uuid;

    // 2. The grid: rows are concerns, columns criteria with their weight.
    auto* grid = child<ScoreGridView>(page, QStringLiteral("scoreGrid"));
    auto* groups = child<QTabBar>(page, QStringLiteral("groupBar"));
    ScoreGridModel* model = page.gridModel();
    REQUIRE(model->rowCount() == 3);
    REQUIRE(model->columnCount() == 2);
    CHECK(model->headerData(0, Qt::Vertical).toString().startsWith(f.code(f.lights)));
    CHECK(model->headerData(1, Qt::Horizontal).toString().contains(QLocale().toString(0.5)));

    // Women: lights 5 2, fights 3 4, drugs 1 1 — each digit moves to the next cell.
    groups->setCurrentIndex(int(ParticipantGroup::Women));
    grid->setCurrentIndex(model->index(0, 0));
    typeScores(grid, "52");
    CHECK(grid->currentIndex() == model->index(1, 0));
    typeScores(grid, "3411");
    CHECK(f.stored(r, f.lights, f.severity, ParticipantGroup::Women) == 5);
    CHECK(f.stored(r, f.lights, f.feasibility, ParticipantGroup::Women) == 2);
    CHECK(f.stored(r, f.fights, f.severity, ParticipantGroup::Women) == 3);
    CHECK(f.stored(r, f.fights, f.feasibility, ParticipantGroup::Women) == 4);
    CHECK(f.stored(r, f.drugs, f.severity, ParticipantGroup::Women) == 1);
    CHECK(f.stored(r, f.drugs, f.feasibility, ParticipantGroup::Women) == 1);
    CHECK(session.undoStack()->undoText() ==
          QStringLiteral("score %1 on Feasibility for women").arg(f.code(f.drugs)));

    // Invalid keys are refused with a message, nothing is saved.
    auto* message = child<QLabel>(page, QStringLiteral("gridMessage"));
    grid->setCurrentIndex(model->index(2, 1));
    QTest::keyClick(grid, '7');
    CHECK(message->isVisible());
    CHECK_FALSE(message->text().isEmpty());
    QTest::keyClick(grid, 'x');
    CHECK(f.stored(r, f.drugs, f.feasibility, ParticipantGroup::Women) == 1);
    CHECK(f.scoreCount(r) == 6);
    CHECK_FALSE(model->setData(model->index(2, 1), 9));
    CHECK(f.scoreCount(r) == 6);

    // Delete clears a cell; undo puts it back.
    QTest::keyClick(grid, Qt::Key_Delete);
    CHECK(f.stored(r, f.drugs, f.feasibility, ParticipantGroup::Women) == 0);
    CHECK(cell(model, 2, 1).isEmpty());
    session.undoStack()->undo();
    CHECK(f.stored(r, f.drugs, f.feasibility, ParticipantGroup::Women) == 1);
    CHECK(cell(model, 2, 1) == QStringLiteral("1"));

    // Men: lights 2 1, fights 4 2, drugs 3 5.
    QTest::mouseClick(groups, Qt::LeftButton, {}, groups->tabRect(int(ParticipantGroup::Men)).center());
    REQUIRE(model->group() == ParticipantGroup::Men);
    CHECK(cell(model, 0, 0).isEmpty());
    grid->setCurrentIndex(model->index(0, 0));
    typeScores(grid, "214235");
    CHECK(f.stored(r, f.lights, f.severity, ParticipantGroup::Men) == 2);
    CHECK(f.stored(r, f.drugs, f.feasibility, ParticipantGroup::Men) == 5);
    CHECK(f.stored(r, f.lights, f.severity, ParticipantGroup::Women) == 5); // the women's scores stay
    CHECK(f.scoreCount(r) == 12);

    // 3. Results, by hand (weights 2 and 0.5, so sum 2.5):
    //   women: lights (10+1)/2.5 = 4.4, fights (6+2)/2.5 = 3.2, drugs (2+0.5)/2.5 = 1.0 → ranks 1 2 3
    //   men:   lights (4+0.5)/2.5 = 1.8, fights (8+1)/2.5 = 3.6, drugs (6+2.5)/2.5 = 3.4 → ranks 3 1 2
    //   overall: lights 3.1, fights 3.4, drugs 2.2 → fights 1, lights 2, drugs 3
    //   rank gaps: lights 2, fights 1, drugs 1 → lights is the most divergent.
    ResultsModel* results = page.resultsModel();
    REQUIRE(results->rowCount() == 3);
    CHECK(cell(results, 0, ResultsModel::ConcernColumn).contains(f.code(f.fights)));
    CHECK(cell(results, 0, ResultsModel::OverallColumn) == score(3.4));
    CHECK(cell(results, 0, ResultsModel::RankColumn) == QStringLiteral("1"));
    CHECK(cell(results, 1, ResultsModel::ConcernColumn).contains(f.code(f.lights)));
    CHECK(cell(results, 1, ResultsModel::OverallColumn) == score(3.1));
    CHECK(cell(results, 1, ResultsModel::RankColumn) == QStringLiteral("2"));
    CHECK(cell(results, 2, ResultsModel::ConcernColumn).contains(f.code(f.drugs)));
    CHECK(cell(results, 2, ResultsModel::OverallColumn) == score(2.2));
    CHECK(cell(results, 2, ResultsModel::RankColumn) == QStringLiteral("3"));
    const int women = ResultsModel::FirstGroupColumn + int(ParticipantGroup::Women);
    const int men = ResultsModel::FirstGroupColumn + int(ParticipantGroup::Men);
    CHECK(cell(results, 1, women) == QStringLiteral("%1 (rank 1)").arg(score(4.4)));
    CHECK(cell(results, 1, men) == QStringLiteral("%1 (rank 3)").arg(score(1.8)));
    CHECK(cell(results, 0, men) == QStringLiteral("%1 (rank 1)").arg(score(3.6)));
    CHECK(cell(results, 2, ResultsModel::FirstGroupColumn + int(ParticipantGroup::Youth)).isEmpty());
    // The divergent concern (lights) is highlighted, the others are not.
    CHECK(results->data(results->index(1, ResultsModel::ConcernColumn), Qt::BackgroundRole).value<QColor>() ==
          ResultsModel::divergenceColour());
    CHECK_FALSE(results->data(results->index(0, ResultsModel::ConcernColumn), Qt::BackgroundRole).isValid());
    CHECK_FALSE(results->data(results->index(2, ResultsModel::OverallColumn), Qt::BackgroundRole).isValid());
    const QString top = child<QLabel>(page, QStringLiteral("topOfGroup"))->text();
    CHECK(top.contains(QStringLiteral("Women: ") + f.code(f.lights)));
    CHECK(top.contains(QStringLiteral("Men: ") + f.code(f.fights)));

    // Undo of the last men's score updates the results at once: drugs men = 6/2 = 3.0 → overall 2.0.
    session.undoStack()->undo();
    CHECK(f.stored(r, f.drugs, f.feasibility, ParticipantGroup::Men) == 0);
    CHECK(cell(results, 2, ResultsModel::OverallColumn) == score(2.0));
    session.undoStack()->redo();
    CHECK(f.stored(r, f.drugs, f.feasibility, ParticipantGroup::Men) == 5);
    CHECK(cell(results, 2, ResultsModel::OverallColumn) == score(2.2));

    // 4. The decision: a refused one (nothing ticked), then the top two. Before it, the user selects in the
    // results the two concerns the team chose: the dialog ticks those, and only those (issue 18).
    auto* resultsView = child<QTableView>(page, QStringLiteral("results"));
    QTest::mouseClick(resultsView->viewport(), Qt::LeftButton, {},
                      resultsView->visualRect(results->index(0, ResultsModel::ConcernColumn)).center());
    QTest::mouseClick(resultsView->viewport(), Qt::LeftButton, Qt::ControlModifier,
                      resultsView->visualRect(results->index(1, ResultsModel::ConcernColumn)).center());
    bool decisionRefused = false;
    QStringList preTicked;
    page.setDialogDriver([&](QDialog& dialog) {
        auto* list = child<QListWidget>(dialog, QStringLiteral("decisionConcerns"));
        for (int i = 0; i < list->count(); ++i) {
            if (list->item(i)->checkState() == Qt::Checked)
                preTicked << list->item(i)->data(kUuidRole).toString();
            list->item(i)->setCheckState(Qt::Unchecked);
        }
        QTest::mouseClick(child<QPushButton>(dialog, QStringLiteral("decisionOk")), Qt::LeftButton);
        decisionRefused =
            !static_cast<DecisionDialog&>(dialog).errors()->messageFor(QStringLiteral("chosen")).isEmpty();
        CHECK_FALSE(PrioritisationRepository(*f.db).round(r)->decided);
        for (int i = 0; i < list->count(); ++i)
            if (list->item(i)->data(kUuidRole).toString() != f.drugs)
                list->item(i)->setCheckState(Qt::Checked);
        test::typeText(child<QPlainTextEdit>(dialog, QStringLiteral("decisionNote")),
                       QStringLiteral("Ҳарду гурӯҳ розӣ шуданд"));
        child<OptionalDateEdit>(dialog, QStringLiteral("decisionDate"))->setDate(QDate(2026, 2, 11));
        QTest::mouseClick(child<QPushButton>(dialog, QStringLiteral("decisionOk")), Qt::LeftButton);
    });
    QTest::mouseClick(child<QPushButton>(page, QStringLiteral("recordDecision")), Qt::LeftButton);
    CHECK(decisionRefused);
    CHECK(preTicked == QStringList{f.fights, f.lights}); // the two selected, not the top three
    auto decided = PrioritisationRepository(*f.db).round(r);
    REQUIRE(decided.ok());
    CHECK(decided->decided);
    CHECK(decided->chosenConcernUuids == QStringList{f.lights, f.fights});
    CHECK(decided->decisionNote == QStringLiteral("Ҳарду гурӯҳ розӣ шуданд"));
    CHECK(f.status(f.lights) == ConcernStatus::Prioritised);
    CHECK(f.status(f.fights) == ConcernStatus::Prioritised);
    CHECK(f.status(f.drugs) == ConcernStatus::Raised);
    CHECK(ConcernRepository(*f.db).statusHistory(f.lights)->last().date == QDate(2026, 2, 11));
    // The decided round shows the chosen concerns.
    const QString header = child<QLabel>(page, QStringLiteral("roundHeader"))->text();
    CHECK(header.contains(QStringLiteral("Decided")));
    CHECK(header.contains(f.code(f.lights)));
    CHECK_FALSE(header.contains(f.code(f.drugs)));
    CHECK(cell(results, 1, ResultsModel::ConcernColumn).startsWith(QStringLiteral("\u2714")));
    CHECK(cell(page.roundModel(), 0, RoundListModel::DecisionColumn) == QStringLiteral("Decided"));
    CHECK(cell(page.roundModel(), 0, RoundListModel::DecisionColumn, Qt::ToolTipRole)
              .startsWith(QStringLiteral("Decided: 2 concern")));

    // Undo restores the round and the concerns' status; redo decides again.
    session.undoStack()->undo();
    CHECK_FALSE(PrioritisationRepository(*f.db).round(r)->decided);
    CHECK(PrioritisationRepository(*f.db).round(r)->chosenConcernUuids.isEmpty());
    CHECK(f.status(f.lights) == ConcernStatus::Raised);
    CHECK(f.status(f.fights) == ConcernStatus::Raised);
    CHECK_FALSE(
        child<QLabel>(page, QStringLiteral("roundHeader"))->text().contains(QStringLiteral("Decided")));
    session.undoStack()->redo();
    CHECK(PrioritisationRepository(*f.db).round(r)->decided);
    CHECK(f.status(f.lights) == ConcernStatus::Prioritised);
    CHECK(f.status(f.fights) == ConcernStatus::Prioritised);
    CHECK(f.status(f.drugs) == ConcernStatus::Raised);
}

TEST_CASE("pairwise ranking over three concerns counts wins and moves to the next pair",
          "[prioritisation][ui]")
{
    Fixture f;
    const QString r = f.makeRound({{f.severity, 1.0}});
    Session session(*f.db);
    session.setCurrentTeam(f.team);
    PrioritisationPage page(session);
    page.show();
    QAbstractItemModelTester standingsTester(page.pairwiseWidget()->standings(),
                                             QAbstractItemModelTester::FailureReportingMode::Fatal);
    REQUIRE(page.openRecord(QStringLiteral("round"), r));
    CHECK_FALSE(page.openRecord(QStringLiteral("concern"), f.lights));
    child<QTabWidget>(page, QStringLiteral("modeTabs"))->setCurrentIndex(1);

    PairwiseWidget* pairwise = page.pairwiseWidget();
    auto* first = child<QPushButton>(*pairwise, QStringLiteral("pairFirst"));
    auto* second = child<QPushButton>(*pairwise, QStringLiteral("pairSecond"));
    auto* progress = child<QLabel>(*pairwise, QStringLiteral("pairProgress"));
    const auto pairs = analysis::allPairs({f.lights, f.fights, f.drugs});
    REQUIRE(pairs.size() == 3);
    CHECK(progress->text() == QStringLiteral("0 of 3 pairs compared"));

    // The preference: lights > fights > drugs. Each click records and moves on.
    const QStringList preference{f.lights, f.fights, f.drugs};
    for (int answered = 0; answered < 3; ++answered) {
        const int index = pairwise->currentPair();
        REQUIRE(index == answered);
        const auto& pair = pairs[index];
        CHECK(first->text().startsWith(f.code(pair.first)));
        CHECK(second->text().startsWith(f.code(pair.second)));
        const bool firstWins = preference.indexOf(pair.first) < preference.indexOf(pair.second);
        QTest::mouseClick(firstWins ? first : second, Qt::LeftButton);
    }
    CHECK(progress->text().startsWith(QStringLiteral("All 3 pairs compared")));
    auto standings = PrioritisationRepository(*f.db).pairwiseStandings(r);
    REQUIRE(standings.ok());
    CHECK(standings->complete());
    REQUIRE(standings->standings.size() == 3);
    CHECK(standings->standings[0].concern == f.lights);
    CHECK(standings->standings[0].wins == 2);
    CHECK(standings->standings[0].rank == 1);
    CHECK(standings->standings[1].concern == f.fights);
    CHECK(standings->standings[1].wins == 1);
    CHECK(standings->standings[2].concern == f.drugs);
    CHECK(standings->standings[2].wins == 0);
    CHECK(standings->standings[2].rank == 3);
    StandingsModel* shown = pairwise->standings();
    REQUIRE(shown->rowCount() == 3);
    CHECK(cell(shown, 0, StandingsModel::ConcernColumn).contains(f.code(f.lights)));
    CHECK(cell(shown, 0, StandingsModel::WinsColumn) == QStringLiteral("2"));
    CHECK(cell(shown, 2, StandingsModel::RankColumn) == QStringLiteral("3"));

    // Undo takes the last choice back (the pair is open again); redo records it again.
    session.undoStack()->undo();
    CHECK(PrioritisationRepository(*f.db).pairwiseStandings(r)->comparisonsDone == 2);
    CHECK(progress->text() == QStringLiteral("2 of 3 pairs compared"));
    session.undoStack()->redo();
    CHECK(PrioritisationRepository(*f.db).pairwiseStandings(r)->comparisonsDone == 3);

    // Changing an answer: go back to the first pair and choose the other concern; undo restores it.
    QTest::mouseClick(child<QPushButton>(*pairwise, QStringLiteral("pairNext")), Qt::LeftButton);
    const int index = pairwise->currentPair();
    const auto& pair = pairs[index];
    const QString before =
        preference.indexOf(pair.first) < preference.indexOf(pair.second) ? pair.first : pair.second;
    QTest::mouseClick(before == pair.first ? second : first, Qt::LeftButton);
    auto changed = PrioritisationRepository(*f.db).pairwise(r);
    REQUIRE(changed.ok());
    CHECK(changed->size() == 3);
    CHECK(std::any_of(changed->cbegin(), changed->cend(), [&](const PairwiseComparison& p) {
        return QSet<QString>{p.firstUuid, p.secondUuid} == QSet<QString>{pair.first, pair.second} &&
               p.winnerUuid != before;
    }));
    session.undoStack()->undo();
    auto restored = PrioritisationRepository(*f.db).pairwiseStandings(r);
    CHECK(restored->standings[0].concern == f.lights);
    CHECK(restored->standings[0].wins == 2);
}

TEST_CASE("editing a round's criteria and deleting a round are confirmed and undoable",
          "[prioritisation][ui]")
{
    Fixture f;
    const QString r = f.makeRound({{f.severity, 2.0}, {f.feasibility, 1.0}});
    REQUIRE(
        PrioritisationRepository(*f.db).setScore(r, f.lights, f.severity, ParticipantGroup::Youth, 4).ok());
    Session session(*f.db);
    session.setCurrentTeam(f.team);
    PrioritisationPage page(session);
    page.show();
    QAbstractItemModelTester gridTester(page.gridModel(),
                                        QAbstractItemModelTester::FailureReportingMode::Fatal);
    QAbstractItemModelTester roundsTester(page.roundModel(),
                                          QAbstractItemModelTester::FailureReportingMode::Fatal);
    REQUIRE(page.currentRound() == r);
    CHECK(page.gridModel()->columnCount() == 2);

    // Edit: drop the drugs concern, raise the weight of feasibility to 3.
    page.setDialogDriver([&](QDialog& dialog) {
        setChecked(child<QTableWidget>(dialog, QStringLiteral("roundConcerns")), f.drugs, false);
        auto* criteria = child<QTableWidget>(dialog, QStringLiteral("roundCriteria"));
        for (int i = 0; i < criteria->rowCount(); ++i) {
            const bool used = criteria->item(i, 0)->checkState() == Qt::Checked;
            const QString uuid = criteria->item(i, 0)->data(kUuidRole).toString();
            CHECK(used == (uuid == f.severity || uuid == f.feasibility));
            if (uuid == f.feasibility)
                qobject_cast<QDoubleSpinBox*>(criteria->cellWidget(i, 1))->setValue(3.0);
        }
        QTest::mouseClick(child<QPushButton>(dialog, QStringLiteral("roundOk")), Qt::LeftButton);
    });
    QTest::mouseClick(child<QPushButton>(page, QStringLiteral("editRound")), Qt::LeftButton);
    auto edited = PrioritisationRepository(*f.db).round(r);
    REQUIRE(edited.ok());
    CHECK(edited->concernUuids == QStringList{f.lights, f.fights});
    CHECK(edited->criteria[1] == RoundCriterion{f.feasibility, 3.0});
    CHECK(page.gridModel()->rowCount() == 2);
    session.undoStack()->undo();
    CHECK(PrioritisationRepository(*f.db).round(r)->concernUuids == QStringList{f.lights, f.fights, f.drugs});
    CHECK(PrioritisationRepository(*f.db).round(r)->criteria[1].weight == 1.0);
    CHECK(page.gridModel()->rowCount() == 3);

    // Delete: a "no" keeps it; a "yes" deletes the round with its scores; undo brings both back.
    QString asked;
    page.setConfirm([&](const QString& question) {
        asked = question;
        return false;
    });
    QTest::mouseClick(child<QPushButton>(page, QStringLiteral("deleteRound")), Qt::LeftButton);
    CHECK(asked.contains(QStringLiteral("February round")));
    CHECK(asked.contains(QStringLiteral("scores")));
    CHECK(PrioritisationRepository(*f.db).rounds(f.team)->size() == 1);
    page.setConfirm([](const QString&) { return true; });
    QTest::keyClick(child<QTableView>(page, QStringLiteral("roundList")), Qt::Key_Delete);
    CHECK(PrioritisationRepository(*f.db).rounds(f.team)->isEmpty());
    CHECK(page.currentRound().isEmpty());
    CHECK(page.roundModel()->rowCount() == 0);
    session.undoStack()->undo();
    CHECK(PrioritisationRepository(*f.db).rounds(f.team)->size() == 1);
    CHECK(f.stored(r, f.lights, f.severity, ParticipantGroup::Youth) == 4);
    CHECK(page.currentRound() == r);
}

TEST_CASE("after a decision the page offers the action plan made from exactly those priorities",
          "[prioritisation][guidance][ui]")
{
    Fixture f;
    const QString r = f.makeRound({{f.severity, 1.0}});
    // Drugs ranks first: still, the dialog ticks nothing the user did not choose.
    PrioritisationRepository rounds(*f.db);
    REQUIRE(rounds.setScore(r, f.drugs, f.severity, ParticipantGroup::Women, 5).ok());
    REQUIRE(rounds.setScore(r, f.lights, f.severity, ParticipantGroup::Women, 3).ok());
    REQUIRE(rounds.setScore(r, f.fights, f.severity, ParticipantGroup::Women, 1).ok());
    Session session(*f.db);
    session.setCurrentTeam(f.team);
    PrioritisationPage page(session);
    page.resize(1130, 650);
    page.show();
    QStringList opened;
    QObject::connect(&session, &Session::openRequested, [&](const QString& kind, const QString& uuid) {
        opened << kind + QLatin1Char(':') + uuid;
    });
    auto* offer = child<NextStepBar>(page, QStringLiteral("decisionNextStep"));
    CHECK_FALSE(offer->isVisible());

    QStringList preTicked;
    const auto decide = [&](const QStringList& chosen) {
        preTicked.clear();
        page.setDialogDriver([&](QDialog& dialog) {
            auto* list = child<QListWidget>(dialog, QStringLiteral("decisionConcerns"));
            for (int i = 0; i < list->count(); ++i) {
                const QString uuid = list->item(i)->data(kUuidRole).toString();
                if (list->item(i)->checkState() == Qt::Checked)
                    preTicked << uuid;
                list->item(i)->setCheckState(chosen.contains(uuid) ? Qt::Checked : Qt::Unchecked);
            }
            QTest::mouseClick(child<QPushButton>(dialog, QStringLiteral("decisionOk")), Qt::LeftButton);
        });
        QTest::mouseClick(child<QPushButton>(page, QStringLiteral("recordDecision")), Qt::LeftButton);
    };
    decide({f.lights, f.fights});
    CHECK(preTicked.isEmpty()); // nothing was selected in the results
    REQUIRE(PrioritisationRepository(*f.db).round(r)->decided);
    REQUIRE(offer->isVisible());
    CHECK(child<QPushButton>(page, QStringLiteral("nextStepMakePlan"))->text() ==
          QStringLiteral("Make the action plan from these priorities"));

    // Undoing the decision takes the offer away.
    session.undoStack()->undo();
    CHECK_FALSE(offer->isVisible());
    session.undoStack()->redo();
    CHECK_FALSE(offer->isVisible());

    // Changing the decision offers it again; the earlier choice is what is ticked.
    decide({f.lights, f.fights});
    CHECK(preTicked.size() == 2);
    REQUIRE(offer->isVisible());
    QTest::mouseClick(child<QPushButton>(page, QStringLiteral("nextStepMakePlan")), Qt::LeftButton);
    INFO(child<QLabel>(page, QStringLiteral("gridMessage"))->text().toStdString());
    auto plans = PlanRepository(*f.db).plans(f.team);
    REQUIRE(plans.ok());
    REQUIRE(plans->size() == 1);
    QStringList addressed = plans->first().concernUuids;
    addressed.sort();
    QStringList expected{f.lights, f.fights};
    expected.sort();
    CHECK(addressed == expected);
    CHECK(opened == QStringList{QStringLiteral("plan:") + plans->first().meta.uuid});
    CHECK_FALSE(offer->isVisible());
    // One undo step takes the plan away with its concerns.
    session.undoStack()->undo();
    CHECK(PlanRepository(*f.db).plans(f.team)->isEmpty());
    CHECK(PrioritisationRepository(*f.db).round(r)->decided);
}
