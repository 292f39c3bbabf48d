// The concern editor (beside the register on the Concerns page), driven offscreen: every edit is saved at
// once, named on the undo stack, undone and redone; refused edits show their message and save nothing; the
// link map draws the links and opens a concern when its box is clicked.
#include "core/demo/DemoLoader.h"
#include "core/storage/ConcernQueries.h"
#include "core/storage/ConcernRepository.h"
#include "core/storage/MeetingRepository.h"
#include "core/storage/PlanRepository.h"
#include "core/storage/PrioritisationRepository.h"
#include "core/storage/ReferenceRepository.h"
#include "support/PageFixture.h"
#include "support/TestSupport.h"
#include "support/UiTestSupport.h"
#include "ui/widgets/OptionalDateEdit.h"
#include "ui/Session.h"
#include "ui/pages/concerns/editor/AddLinkDialog.h"
#include "ui/pages/concerns/editor/ChangeStatusDialog.h"
#include "ui/pages/concerns/editor/ConcernEditor.h"
#include "ui/pages/concerns/editor/LinkMapItems.h"
#include "ui/pages/concerns/editor/LinkMapView.h"
#include "ui/widgets/FieldErrors.h"
#include <QAbstractItemModelTester>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScrollArea>
#include <QSignalSpy>
#include <QTabWidget>
#include <QTableView>
#include <QTest>
#include <QUndoStack>

using namespace hamkori;

namespace {

QString makeConcern(Database& db, const QString& team, const QString& title,
                    const QString& category = QStringLiteral("domestic_violence"))
{
    Concern concern;
    concern.teamUuid = team;
    concern.title = title;
    concern.categoryUuid = test::categoryUuid(db, category);
    concern.firstRaised = QDate(2026, 2, 10);
    concern.place = QStringLiteral("Чоркӯҳ");
    auto created = ConcernRepository(db).createConcern(concern);
    INFO(created.errorMessage().toStdString());
    REQUIRE(created.ok());
    return created->meta.uuid;
}

Concern stored(Database& db, const QString& uuid)
{
    auto concern = ConcernRepository(db).concern(uuid);
    REQUIRE(concern.ok());
    return *concern;
}

using hamkori::test::child;

/// Replaces a line edit's text the way a person does (select all, type) and presses Return.
void retype(QLineEdit* edit, const QString& text)
{
    edit->setFocus();
    edit->selectAll();
    QTest::keyClick(edit, Qt::Key_Backspace);
    test::typeText(edit, text);
    QTest::keyClick(edit, Qt::Key_Return);
}

void leave(QWidget* widget)
{
    QFocusEvent out(QEvent::FocusOut, Qt::TabFocusReason);
    QApplication::sendEvent(widget, &out);
}

void chooseData(QComboBox* combo, const QVariant& data)
{
    const int index = combo->findData(data);
    REQUIRE(index >= 0);
    combo->setCurrentIndex(index);
}

void clickOk(QDialog* dialog)
{
    auto* buttons = dialog->findChild<QDialogButtonBox*>();
    REQUIRE(buttons != nullptr);
    QTest::mouseClick(buttons->button(QDialogButtonBox::Ok), Qt::LeftButton);
}

/// Every item model inside the editor, under the model tester.
void testModels(QWidget& editor, QObject* owner)
{
    for (QAbstractItemView* view : editor.findChildren<QAbstractItemView*>())
        if (view->model() && !view->model()->property("tested").toBool()) {
            view->model()->setProperty("tested", true);
            new QAbstractItemModelTester(view->model(), QAbstractItemModelTester::FailureReportingMode::Fatal,
                                         owner);
        }
}

struct Fixture : test::PageFixture<ConcernEditor>
{
    Fixture()
    {
        concern = makeConcern(*db, team, QStringLiteral("Domestic violence in Chorkuh"));
        open(QSize(900, 720));
        page->showConcern(concern);
        testModels(*page, page.get());
    }

    QString concern;
    ConcernEditor& editor() { return *page; }
    QUndoStack* undo() const { return session.undoStack(); }
};

} // namespace

TEST_CASE("the editor shows a concern and saves title, description, category, restricted and the triangle",
          "[concerneditor]")
{
    Fixture f;
    Database& db = *f.db;
    const Concern original = stored(db, f.concern);
    CHECK(f.editor().concernUuid() == f.concern);
    CHECK(child<QLabel>(f.editor(), "code")->text() == original.code);
    auto* title = child<QLineEdit>(f.editor(), "title");
    CHECK(title->text() == QStringLiteral("Domestic violence in Chorkuh"));
    CHECK(child<QLineEdit>(f.editor(), "place")->text() == QStringLiteral("Чоркӯҳ"));
    CHECK_FALSE(child<QLabel>(f.editor(), "restrictedMark")->isVisibleTo(&f.editor()));

    // Title, in Tajik.
    const QString tajik = QStringLiteral("Зӯроварии хонаводагӣ дар Чоркӯҳ");
    retype(title, tajik);
    CHECK(stored(db, f.concern).title == tajik);
    REQUIRE(f.undo()->count() == 1);
    CHECK(f.undo()->undoText() == QStringLiteral("change the title of %1").arg(original.code));

    // An empty title is refused: the message shows at the field, nothing is saved or pushed.
    retype(title, QString());
    CHECK(stored(db, f.concern).title == tajik);
    CHECK(f.undo()->count() == 1);
    auto* titleError = child<QLabel>(f.editor(), "titleError");
    CHECK(titleError->isVisibleTo(&f.editor()));
    CHECK(titleError->text() == QStringLiteral("Enter a short title for the concern."));
    CHECK(title->text().isEmpty()); // what was typed stays
    retype(title, tajik);
    CHECK_FALSE(titleError->isVisibleTo(&f.editor()));

    // Description: saved when the field is left.
    auto* description = child<QPlainTextEdit>(f.editor(), "description");
    description->setFocus();
    test::typeText(description, QStringLiteral("Ҳар ҳафта дар маҳалла"));
    leave(description);
    CHECK(stored(db, f.concern).description == QStringLiteral("Ҳар ҳафта дар маҳалла"));
    REQUIRE(f.undo()->count() == 2);

    // Category.
    const QString drugs = test::categoryUuid(db, QStringLiteral("drugs_alcohol"));
    chooseData(child<QComboBox>(f.editor(), "category"), drugs);
    CHECK(stored(db, f.concern).categoryUuid == drugs);
    CHECK(f.undo()->undoText() == QStringLiteral("change the category of %1").arg(original.code));

    // Restricted: stored, and the header shows the mark.
    auto* restricted = child<QCheckBox>(f.editor(), "restricted");
    QTest::mouseClick(restricted, Qt::LeftButton, {}, QPoint(6, restricted->height() / 2)); // on the box

    CHECK(stored(db, f.concern).restricted);
    CHECK(child<QLabel>(f.editor(), "restrictedMark")->isVisibleTo(&f.editor()));
    CHECK(f.undo()->undoText() == QStringLiteral("restrict %1").arg(original.code));

    // Two sides of the problem triangle.
    retype(child<QLineEdit>(f.editor(), "offender"), QStringLiteral("Шавҳарони бекор"));
    retype(child<QLineEdit>(f.editor(), "guardian"), QStringLiteral("Ҳамсояҳо"));
    CHECK(stored(db, f.concern).triangle.offender == QStringLiteral("Шавҳарони бекор"));
    CHECK(stored(db, f.concern).triangle.guardian == QStringLiteral("Ҳамсояҳо"));
    REQUIRE(f.undo()->count() == 6);

    // Undo each edit, newest first, and check the data file after each.
    f.undo()->undo();
    CHECK(stored(db, f.concern).triangle.guardian.isEmpty());
    CHECK(stored(db, f.concern).triangle.offender == QStringLiteral("Шавҳарони бекор"));
    f.undo()->undo();
    CHECK(stored(db, f.concern).triangle.offender.isEmpty());
    f.undo()->undo();
    CHECK_FALSE(stored(db, f.concern).restricted);
    CHECK_FALSE(restricted->isChecked());
    CHECK_FALSE(child<QLabel>(f.editor(), "restrictedMark")->isVisibleTo(&f.editor()));
    f.undo()->undo();
    CHECK(stored(db, f.concern).categoryUuid == original.categoryUuid);
    CHECK(child<QComboBox>(f.editor(), "category")->currentData().toString() == original.categoryUuid);
    f.undo()->undo();
    CHECK(stored(db, f.concern).description.isEmpty());
    f.undo()->undo();
    CHECK(stored(db, f.concern).title == QStringLiteral("Domestic violence in Chorkuh"));
    CHECK(title->text() == QStringLiteral("Domestic violence in Chorkuh"));

    // And redo them all.
    for (int i = 0; i < 6; ++i)
        f.undo()->redo();
    const Concern redone = stored(db, f.concern);
    CHECK(redone.title == tajik);
    CHECK(redone.description == QStringLiteral("Ҳар ҳафта дар маҳалла"));
    CHECK(redone.categoryUuid == drugs);
    CHECK(redone.restricted);
    CHECK(redone.triangle.offender == QStringLiteral("Шавҳарони бекор"));
    CHECK(redone.triangle.guardian == QStringLiteral("Ҳамсояҳо"));
    CHECK(title->text() == tajik);
}

TEST_CASE("an undone field edit leaves later edits of other fields alone", "[concerneditor]")
{
    Fixture f;
    Database& db = *f.db;
    retype(child<QLineEdit>(f.editor(), "place"), QStringLiteral("Сурх"));
    // Another page changes the title meanwhile.
    Concern other = stored(db, f.concern);
    other.title = QStringLiteral("Renamed elsewhere");
    REQUIRE(ConcernRepository(db).updateConcern(other).ok());
    CHECK(child<QLineEdit>(f.editor(), "title")->text() == QStringLiteral("Renamed elsewhere")); // reloaded
    f.undo()->undo();
    CHECK(stored(db, f.concern).place == QStringLiteral("Чоркӯҳ"));
    CHECK(stored(db, f.concern).title == QStringLiteral("Renamed elsewhere"));
}

TEST_CASE("changing the status goes through a dialog, dropping needs a note, undo changes it back",
          "[concerneditor]")
{
    Fixture f;
    Database& db = *f.db;
    const QString code = stored(db, f.concern).code;
    QTest::mouseClick(child<QPushButton>(f.editor(), "changeStatus"), Qt::LeftButton);
    auto* dialog = f.editor().findChild<ChangeStatusDialog*>();
    REQUIRE(dialog != nullptr);
    REQUIRE(dialog->isVisible());

    // Dropping without a note: refused, the message shows under the note, nothing changes.
    chooseData(child<QComboBox>(*dialog, "newStatus"), int(ConcernStatus::Dropped));
    clickOk(dialog);
    CHECK(dialog->isVisible());
    auto* noteError = child<QLabel>(*dialog, "statusNoteError");
    CHECK(noteError->isVisibleTo(dialog));
    CHECK(noteError->text() == QStringLiteral("Say why the concern is dropped."));
    CHECK(stored(db, f.concern).status == ConcernStatus::Raised);
    CHECK(f.undo()->count() == 0);

    // Analysed, dated.
    chooseData(child<QComboBox>(*dialog, "newStatus"), int(ConcernStatus::Analysed));
    child<OptionalDateEdit>(*dialog, "statusDate")->setDate(QDate(2026, 3, 5));
    auto* note = child<QPlainTextEdit>(*dialog, "statusNote");
    note->setFocus();
    test::typeText(note, QStringLiteral("Таҳлил шуд"));
    clickOk(dialog);
    CHECK_FALSE(dialog->isVisible());
    CHECK(stored(db, f.concern).status == ConcernStatus::Analysed);
    CHECK(f.undo()->undoText() == QStringLiteral("change status of %1").arg(code));
    auto history = ConcernRepository(db).statusHistory(f.concern);
    REQUIRE(history.ok());
    REQUIRE(history->size() == 2);
    CHECK(history->last().status == ConcernStatus::Analysed);
    CHECK(history->last().date == QDate(2026, 3, 5));
    CHECK(history->last().note == QStringLiteral("Таҳлил шуд"));
    CHECK(child<QLabel>(f.editor(), "status")->text() == QStringLiteral("Analysed"));
    auto* historyView = child<QTableView>(f.editor(), "statusHistory");
    REQUIRE(historyView->model()->rowCount() == 2);
    CHECK(historyView->model()->index(0, 0).data().toString() == QStringLiteral("05.03.2026"));
    CHECK(historyView->model()->index(0, 1).data().toString() == QStringLiteral("Analysed"));

    f.undo()->undo();
    CHECK(stored(db, f.concern).status == ConcernStatus::Raised);
    history = ConcernRepository(db).statusHistory(f.concern);
    REQUIRE(history->size() == 3);
    CHECK(history->last().status == ConcernStatus::Raised);
    CHECK(history->last().note == QStringLiteral("undone"));
    CHECK(child<QLabel>(f.editor(), "status")->text() == QStringLiteral("Raised"));
    f.undo()->redo();
    CHECK(stored(db, f.concern).status == ConcernStatus::Analysed);

    // Dropping with a note.
    QTest::mouseClick(child<QPushButton>(f.editor(), "changeStatus"), Qt::LeftButton);
    chooseData(child<QComboBox>(*dialog, "newStatus"), int(ConcernStatus::Dropped));
    CHECK(child<QPlainTextEdit>(*dialog, "statusNote")->toPlainText().isEmpty()); // a fresh dialog
    child<QPlainTextEdit>(*dialog, "statusNote")->setPlainText(QStringLiteral("Merged with another concern"));
    clickOk(dialog);
    CHECK(stored(db, f.concern).status == ConcernStatus::Dropped);
}

TEST_CASE("causes, effects, drivers, conflict risk and baseline are saved and undone", "[concerneditor]")
{
    Fixture f;
    Database& db = *f.db;
    child<QTabWidget>(f.editor(), "concernTabs")->setCurrentIndex(1);

    // Causes: typed and added with Enter.
    auto* newCause = child<QLineEdit>(f.editor(), "causesNew");
    newCause->setFocus();
    test::typeText(newCause, QStringLiteral("Бекорӣ"));
    QTest::keyClick(newCause, Qt::Key_Return);
    test::typeText(newCause, QStringLiteral("Муҳоҷирати меҳнатӣ"));
    QTest::mouseClick(child<QWidget>(f.editor(), "causesAdd"), Qt::LeftButton);
    CHECK(stored(db, f.concern).causes ==
          QStringList{QStringLiteral("Бекорӣ"), QStringLiteral("Муҳоҷирати меҳнатӣ")});
    CHECK(newCause->text().isEmpty());
    auto* causes = child<QListView>(f.editor(), "causes");
    REQUIRE(causes->model()->rowCount() == 2);

    // Edited in place (what the view's editor commits), moved up, removed with Delete.
    REQUIRE(causes->model()->setData(causes->model()->index(0, 0), QStringLiteral("Бекории ҷавонон")));
    CHECK(stored(db, f.concern).causes.first() == QStringLiteral("Бекории ҷавонон"));
    causes->setCurrentIndex(causes->model()->index(1, 0));
    QTest::mouseClick(child<QWidget>(f.editor(), "causesUp"), Qt::LeftButton);
    CHECK(stored(db, f.concern).causes ==
          QStringList{QStringLiteral("Муҳоҷирати меҳнатӣ"), QStringLiteral("Бекории ҷавонон")});
    // A cause clicked and then typed on stays as it was: the typing starts a new cause (issue 18).
    QTest::mouseClick(causes->viewport(), Qt::LeftButton, {},
                      causes->visualRect(causes->model()->index(0, 0)).center());
    test::typeText(causes, QStringLiteral("Нашъа"));
    CHECK(stored(db, f.concern).causes ==
          QStringList{QStringLiteral("Муҳоҷирати меҳнатӣ"), QStringLiteral("Бекории ҷавонон")});
    CHECK(causes->model()->index(0, 0).data().toString() == QStringLiteral("Муҳоҷирати меҳнатӣ"));
    CHECK(newCause->text() == QStringLiteral("Нашъа"));
    CHECK(newCause->window()->focusWidget() == newCause);
    newCause->clear();

    causes->setFocus();
    causes->setCurrentIndex(causes->model()->index(0, 0));
    QTest::keyClick(causes, Qt::Key_Delete);
    CHECK(stored(db, f.concern).causes == QStringList{QStringLiteral("Бекории ҷавонон")});

    // An effect.
    auto* newEffect = child<QLineEdit>(f.editor(), "effectsNew");
    newEffect->setFocus();
    test::typeText(newEffect, QStringLiteral("Fear at home"));
    QTest::keyClick(newEffect, Qt::Key_Return);
    CHECK(stored(db, f.concern).effects == QStringList{QStringLiteral("Fear at home")});

    // Drivers: ticked in the list.
    auto* drivers = child<QListView>(f.editor(), "drivers");
    QAbstractItemModel* driverModel = drivers->model();
    const QString unemployment =
        test::referenceUuid(db, QStringLiteral("driver"), QStringLiteral("unemployment"));
    const QString norms = test::referenceUuid(db, QStringLiteral("driver"), QStringLiteral("gender_norms"));
    const auto rowOf = [&](const QString& uuid) {
        for (int row = 0; row < driverModel->rowCount(); ++row)
            if (driverModel->index(row, 0).data(Qt::UserRole).toString() == uuid)
                return row;
        return -1;
    };
    REQUIRE(rowOf(unemployment) >= 0);
    CHECK(driverModel->index(rowOf(unemployment), 0).data().toString() == QStringLiteral("Unemployment"));
    REQUIRE(
        driverModel->setData(driverModel->index(rowOf(unemployment), 0), Qt::Checked, Qt::CheckStateRole));
    REQUIRE(driverModel->setData(driverModel->index(rowOf(norms), 0), Qt::Checked, Qt::CheckStateRole));
    CHECK(*ConcernRepository(db).drivers(f.concern) == QStringList{unemployment, norms});
    CHECK(f.undo()->undoText() == QStringLiteral("change the drivers of %1").arg(stored(db, f.concern).code));

    // Conflict risk.
    chooseData(child<QComboBox>(f.editor(), "conflictRisk"), int(ConflictRisk::High));
    CHECK(stored(db, f.concern).conflictRisk == ConflictRisk::High);

    // Baseline: a figure without a date is refused next to the date; with the date both are saved.
    const int before = f.undo()->count();
    retype(child<QLineEdit>(f.editor(), "baselineValue"), QStringLiteral("12"));
    CHECK_FALSE(stored(db, f.concern).baselineValue.has_value());
    CHECK(f.undo()->count() == before);
    auto* baselineError = child<QLabel>(f.editor(), "baselineError");
    CHECK(baselineError->isVisibleTo(&f.editor()));
    CHECK(baselineError->text() == QStringLiteral("Enter the date of the baseline figure as dd.MM.yyyy."));
    auto* baselineDate = child<OptionalDateEdit>(f.editor(), "baselineDate");
    baselineDate->setDate(QDate(2026, 1, 31));
    Q_EMIT baselineDate->editingFinished();
    CHECK(stored(db, f.concern).baselineValue == std::optional<double>(12));
    CHECK(stored(db, f.concern).baselineDate == QDate(2026, 1, 31));
    CHECK_FALSE(baselineError->isVisibleTo(&f.editor()));
    REQUIRE(f.undo()->count() == before + 1);

    // Undo: baseline, risk, drivers (twice), effect, the three cause edits… check each step's state.
    f.undo()->undo();
    CHECK_FALSE(stored(db, f.concern).baselineValue.has_value());
    CHECK(child<QLineEdit>(f.editor(), "baselineValue")->text().isEmpty());
    f.undo()->undo();
    CHECK(stored(db, f.concern).conflictRisk == ConflictRisk::NotAssessed);
    f.undo()->undo();
    CHECK(*ConcernRepository(db).drivers(f.concern) == QStringList{unemployment});
    CHECK(driverModel->index(rowOf(norms), 0).data(Qt::CheckStateRole).toInt() == Qt::Unchecked);
    f.undo()->undo();
    CHECK(ConcernRepository(db).drivers(f.concern)->isEmpty());
    f.undo()->undo();
    CHECK(stored(db, f.concern).effects.isEmpty());
    f.undo()->undo();
    CHECK(stored(db, f.concern).causes ==
          QStringList{QStringLiteral("Муҳоҷирати меҳнатӣ"), QStringLiteral("Бекории ҷавонон")});
    CHECK(causes->model()->rowCount() == 2);
    for (int i = 0; i < 6; ++i)
        f.undo()->redo();
    const Concern redone = stored(db, f.concern);
    CHECK(redone.causes == QStringList{QStringLiteral("Бекории ҷавонон")});
    CHECK(redone.effects == QStringList{QStringLiteral("Fear at home")});
    CHECK(*ConcernRepository(db).drivers(f.concern) == QStringList{unemployment, norms});
    CHECK(redone.conflictRisk == ConflictRisk::High);
    CHECK(redone.baselineValue == std::optional<double>(12));
}

TEST_CASE("a link added in the dialog shows in the list and on the map, clicking a box opens it",
          "[concerneditor]")
{
    Fixture f;
    Database& db = *f.db;
    const QString alcohol =
        makeConcern(db, f.team, QStringLiteral("Alcohol sold to minors"), QStringLiteral("drugs_alcohol"));
    const QString unemployment =
        makeConcern(db, f.team, QStringLiteral("Idle young men"), QStringLiteral("youth_crime"));
    // A second-degree link: alcohol ← unemployment.
    REQUIRE(ConcernRepository(db).addLink(unemployment, alcohol, LinkKind::Aggravates, QString()).ok());
    child<QTabWidget>(f.editor(), "concernTabs")->setCurrentIndex(2);
    auto* map = f.editor().findChild<LinkMapView*>();
    REQUIRE(map != nullptr);
    CHECK(map->boxCount() == 1);
    CHECK(map->arrowCount() == 0);

    QTest::mouseClick(child<QPushButton>(f.editor(), "addLink"), Qt::LeftButton);
    auto* dialog = f.editor().findChild<AddLinkDialog*>();
    REQUIRE(dialog != nullptr);
    REQUIRE(dialog->isVisible());
    testModels(*dialog, dialog);
    auto* candidates = child<QTableView>(*dialog, "linkCandidates");
    CHECK(candidates->model()->rowCount() == 2); // the team's other concerns, not itself
    test::typeText(child<QLineEdit>(*dialog, "linkSearch"), QStringLiteral("alcohol"));
    REQUIRE(candidates->model()->rowCount() == 1);
    CHECK(candidates->model()->index(0, 1).data().toString() == QStringLiteral("Alcohol sold to minors"));
    candidates->selectRow(0);
    chooseData(child<QComboBox>(*dialog, "linkKind"), int(LinkKind::Causes));
    child<QLineEdit>(*dialog, "linkNote")->setText(QStringLiteral("Drunk husbands"));
    clickOk(dialog);
    CHECK_FALSE(dialog->isVisible());

    auto links = ConcernRepository(db).links(f.concern);
    REQUIRE(links.ok());
    REQUIRE(links->size() == 1);
    CHECK(links->first().fromUuid == f.concern);
    CHECK(links->first().toUuid == alcohol);
    CHECK(links->first().kind == LinkKind::Causes);
    CHECK(links->first().note == QStringLiteral("Drunk husbands"));
    const QString alcoholCode = stored(db, alcohol).code;
    CHECK(f.undo()->undoText() ==
          QStringLiteral("link %1 to %2").arg(stored(db, f.concern).code, alcoholCode));

    auto* list = child<QTableView>(f.editor(), "links");
    REQUIRE(list->model()->rowCount() == 1);
    CHECK(list->model()->index(0, 0).data().toString() ==
          QStringLiteral("→ ") + displayName(LinkKind::Causes));
    CHECK(list->model()->index(0, 1).data().toString() == alcoholCode);
    CHECK(list->model()->index(0, 2).data().toString() == QStringLiteral("Alcohol sold to minors"));
    CHECK(list->model()->index(0, 3).data().toString() == QStringLiteral("Drunk husbands"));
    // The map: this concern, the linked one and the one linked to that; two labelled arrows.
    CHECK(map->boxCount() == 3);
    CHECK(map->arrowCount() == 2);
    int labelled = 0;
    for (QGraphicsItem* item : map->scene()->items())
        if (item->type() == LinkArrowItem::Type)
            labelled += static_cast<LinkArrowItem*>(item)->label() == displayName(LinkKind::Causes) ? 1 : 0;
    CHECK(labelled == 1);

    // Clicking another concern's box asks to open it.
    QSignalSpy opened(&f.editor(), &ConcernEditor::openConcernRequested);
    ConcernBoxItem* box = map->box(unemployment);
    REQUIRE(box != nullptr);
    QTest::mouseClick(map->viewport(), Qt::LeftButton, {},
                      map->mapFromScene(box->sceneBoundingRect().center()));
    REQUIRE(opened.size() == 1);
    CHECK(opened.first().first().toString() == unemployment);
    // Clicking this concern's own box does nothing.
    QTest::mouseClick(map->viewport(), Qt::LeftButton, {},
                      map->mapFromScene(map->box(f.concern)->sceneBoundingRect().center()));
    CHECK(opened.size() == 1);

    // Undo and redo the link.
    f.undo()->undo();
    CHECK(ConcernRepository(db).links(f.concern)->isEmpty());
    CHECK(list->model()->rowCount() == 0);
    CHECK(map->boxCount() == 1);
    f.undo()->redo();
    CHECK(ConcernRepository(db).links(f.concern)->size() == 1);
    CHECK(map->boxCount() == 3);

    // Removing with Delete, undone.
    list->setCurrentIndex(list->model()->index(0, 0));
    QTest::keyClick(list, Qt::Key_Delete);
    CHECK(ConcernRepository(db).links(f.concern)->isEmpty());
    CHECK(map->arrowCount() == 0);
    f.undo()->undo();
    CHECK(ConcernRepository(db).links(f.concern)->size() == 1);
    CHECK(map->arrowCount() == 2);
}

TEST_CASE("meetings, rounds and plans of the concern are listed and open their page", "[concerneditor]")
{
    Fixture f;
    Database& db = *f.db;
    const QString other =
        makeConcern(db, f.team, QStringLiteral("Dark streets"), QStringLiteral("unsafe_spaces"));
    Meeting meeting;
    meeting.teamUuid = f.team;
    meeting.date = QDate(2026, 2, 10);
    meeting.kind = MeetingKind::WomenFocusGroup;
    auto held = MeetingRepository(db).createMeeting(meeting);
    REQUIRE(held.ok());
    Concern concern = stored(db, f.concern);
    concern.firstMeetingUuid = held->meta.uuid;
    REQUIRE(ConcernRepository(db).updateConcern(concern).ok());

    PrioritisationRound round;
    round.teamUuid = f.team;
    round.meetingUuid = held->meta.uuid;
    round.title = QStringLiteral("Spring round");
    round.date = QDate(2026, 3, 1);
    round.concernUuids = {f.concern, other};
    PrioritisationRepository prioritisation(db);
    auto started = prioritisation.createRound(round);
    REQUIRE(started.ok());
    const QString severity = test::referenceUuid(db, QStringLiteral("criterion"), QStringLiteral("severity"));
    REQUIRE(
        prioritisation.setScore(started->meta.uuid, f.concern, severity, ParticipantGroup::Women, 5).ok());
    REQUIRE(prioritisation.setScore(started->meta.uuid, other, severity, ParticipantGroup::Women, 2).ok());
    REQUIRE(prioritisation.decide(started->meta.uuid, {f.concern}, QString(), QDate(2026, 3, 1)).ok());

    ActionPlan plan;
    plan.teamUuid = f.team;
    plan.title = QStringLiteral("Safe homes");
    plan.concernUuids = {f.concern};
    auto planned = PlanRepository(db).createPlan(plan);
    REQUIRE(planned.ok());

    auto* meetings = child<QTableView>(f.editor(), "concernMeetings");
    auto* rounds = child<QTableView>(f.editor(), "concernRounds");
    auto* plans = child<QTableView>(f.editor(), "concernPlans");
    REQUIRE(meetings->model()->rowCount() == 2); // first raised, and scored there
    CHECK(meetings->model()->index(0, 0).data().toString() == QStringLiteral("10.02.2026"));
    CHECK(meetings->model()->index(0, 3).data().toString() == QStringLiteral("first raised"));
    CHECK(meetings->model()->index(1, 3).data().toString() == QStringLiteral("scored (Spring round)"));
    REQUIRE(rounds->model()->rowCount() == 1);
    CHECK(rounds->model()->index(0, 0).data().toString() == QStringLiteral("Spring round"));
    CHECK(rounds->model()->index(0, 2).data().toString() == QStringLiteral("1 of 2"));
    CHECK(rounds->model()->index(0, 3).data().toString() == QStringLiteral("chosen"));
    REQUIRE(plans->model()->rowCount() == 1);
    CHECK(plans->model()->index(0, 0).data().toString() == planned->code);
    CHECK(plans->model()->index(0, 1).data().toString() == QStringLiteral("Safe homes"));
    CHECK(plans->model()->index(0, 2).data().toString() == QStringLiteral("Draft"));

    // The status moved to "prioritised" with the decision; the description tab shows it.
    CHECK(child<QLabel>(f.editor(), "status")->text() == QStringLiteral("Prioritised"));
    CHECK(child<QComboBox>(f.editor(), "firstMeeting")->currentData().toString() == held->meta.uuid);

    QSignalSpy open(&f.session, &Session::openRequested);
    child<QTabWidget>(f.editor(), "concernTabs")->setCurrentIndex(3);
    plans->setCurrentIndex(plans->model()->index(0, 0));
    QTest::keyClick(plans, Qt::Key_Return);
    REQUIRE(open.size() == 1);
    CHECK(open.first().at(0).toString() == QStringLiteral("plan"));
    CHECK(open.first().at(1).toString() == planned->meta.uuid);
    meetings->setCurrentIndex(meetings->model()->index(0, 0));
    QTest::keyClick(meetings, Qt::Key_Return);
    REQUIRE(open.size() == 2);
    CHECK(open.last().at(0).toString() == QStringLiteral("meeting"));
    CHECK(open.last().at(1).toString() == held->meta.uuid);

    // The meeting combo saves the first meeting, undoably.
    chooseData(child<QComboBox>(f.editor(), "firstMeeting"), QString());
    CHECK(stored(db, f.concern).firstMeetingUuid.isEmpty());
    CHECK(meetings->model()->rowCount() == 1);
    f.undo()->undo();
    CHECK(stored(db, f.concern).firstMeetingUuid == held->meta.uuid);
}

TEST_CASE("the editor keeps what the user is typing when the data changes, and shows nothing for no concern",
          "[concerneditor]")
{
    Fixture f;
    Database& db = *f.db;
    f.editor().activateWindow();
    REQUIRE(QTest::qWaitForWindowActive(&f.editor()));
    auto* place = child<QLineEdit>(f.editor(), "place");
    place->setFocus();
    REQUIRE(place->hasFocus());
    place->selectAll();
    test::typeText(place, QStringLiteral("Ворух"));
    Concern changed = stored(db, f.concern);
    changed.description = QStringLiteral("Changed on another page");
    REQUIRE(ConcernRepository(db).updateConcern(changed).ok());
    CHECK(child<QPlainTextEdit>(f.editor(), "description")->toPlainText() ==
          QStringLiteral("Changed on another page"));
    CHECK(place->text() == QStringLiteral("Ворух"));

    f.editor().showConcern(QString());
    CHECK(f.editor().concernUuid().isEmpty());
    CHECK(child<QLabel>(f.editor(), "editorPlaceholder")->isVisibleTo(&f.editor()));
    CHECK_FALSE(child<QLineEdit>(f.editor(), "title")->isVisibleTo(&f.editor()));

    // A language change retranslates without losing the concern.
    f.editor().showConcern(f.concern);
    QEvent change(QEvent::LanguageChange);
    QApplication::sendEvent(&f.editor(), &change);
    CHECK(f.editor().concernUuid() == f.concern);
    CHECK(child<QTabWidget>(f.editor(), "concernTabs")->tabText(1) == QStringLiteral("&Analysis"));
}

// Not a test: renders each tab of the editor with the demo data into PNG files to look at
// (run with "[.concerneditorshots]"; HAMKORI_SHOTS names the folder, /tmp/concerneditor-shots by default).
TEST_CASE("screenshots of the concern editor", "[.concerneditorshots]")
{
    test::TempDatabase db;
    REQUIRE(demo::loadDemo(*db).ok());
    // The concern with the most links.
    QString best;
    qsizetype most = -1;
    ConcernFilter all;
    auto concerns = ConcernRepository(*db).page(all, 0, 2000);
    REQUIRE(concerns.ok());
    for (const ConcernRow& row : *concerns) {
        auto network = ConcernQueries(*db).network(row.uuid);
        REQUIRE(network.ok());
        if (network->nodes.size() > most) {
            most = network->nodes.size();
            best = row.uuid;
        }
    }
    Session session(*db);
    session.setCurrentTeam(stored(*db, best).teamUuid);
    ConcernEditor editor(session);
    editor.resize(qEnvironmentVariableIntValue("HAMKORI_SHOT_WIDTH") > 0
                      ? qEnvironmentVariableIntValue("HAMKORI_SHOT_WIDTH")
                      : 640,
                  620);
    editor.show();
    editor.showConcern(best);
    const QString folder = qEnvironmentVariableIsSet("HAMKORI_SHOTS")
                               ? qEnvironmentVariable("HAMKORI_SHOTS")
                               : QStringLiteral("/tmp/concerneditor-shots");
    QDir().mkpath(folder);
    auto* tabs = child<QTabWidget>(editor, "concernTabs");
    for (int i = 0; i < tabs->count(); ++i) {
        tabs->setCurrentIndex(i);
        QTest::qWait(50);
        REQUIRE(editor.grab().save(folder + QStringLiteral("/tab-%1.png").arg(i)));
    }
    int area = 0;
    for (QScrollArea* scroll : editor.findChildren<QScrollArea*>())
        REQUIRE(scroll->widget()->grab().save(folder + QStringLiteral("/scrolled-%1.png").arg(area++)));
    QTest::mouseClick(child<QPushButton>(editor, "changeStatus"), Qt::LeftButton);
    auto* status = editor.findChild<ChangeStatusDialog*>();
    REQUIRE(status->grab().save(folder + QStringLiteral("/status-dialog.png")));
    status->reject();
    tabs->setCurrentIndex(2);
    QTest::mouseClick(child<QPushButton>(editor, "addLink"), Qt::LeftButton);
    auto* link = editor.findChild<AddLinkDialog*>();
    REQUIRE(link->grab().save(folder + QStringLiteral("/link-dialog.png")));
    link->reject();
}
