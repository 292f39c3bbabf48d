// The date field as people use it (issue 18): dates typed with dots, slashes, dashes or digits alone, over a
// selection or over "no date", mean what was typed; what is not a date is refused with a message that keeps
// the text, keeps the date, keeps the user's focus, goes when it no longer applies and follows a change of
// language; the calendar opens at today and is not painted with the field's error frame. At the end, two more
// of issue 18's everyday traps: a long conflict value that widened the window, and a silent check on opening.
#include "core/storage/IntegrityStamp.h"
#include "core/storage/PlanRepository.h"
#include "support/TestSupport.h"
#include "support/UiTestSupport.h"
#include "translations/Translations.h"
#include "ui/Session.h"
#include "ui/pages/PlansPage.h"
#include "ui/pages/exchange/ConflictResolver.h"
#include "ui/pages/plans/ActivitiesPanel.h"
#include "ui/pages/plans/ActivityTableModel.h"
#include "ui/pages/plans/ProgressUpdateDialog.h"
#include "ui/widgets/FieldErrors.h"
#include "ui/widgets/OpeningNotice.h"
#include "ui/widgets/OptionalDateEdit.h"
#include <QAction>
#include <QApplication>
#include <QCalendarWidget>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QSignalSpy>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QVBoxLayout>

using namespace hamkori;
using namespace hamkori::plans;

namespace {

/// A window with a date field, its message label, a text field and a button, shown and active.
struct Window
{
    QWidget window;
    OptionalDateEdit* date = new OptionalDateEdit(&window);
    QLabel* message = FieldErrors::makeMessageLabel(&window);
    QLineEdit* other = new QLineEdit(&window);
    QPushButton* button = new QPushButton(QStringLiteral("OK"), &window);

    Window()
    {
        auto* layout = new QVBoxLayout(&window);
        layout->addWidget(date);
        layout->addWidget(message);
        layout->addWidget(other);
        layout->addWidget(button);
        date->setEmptyText(QStringLiteral("not known"));
        date->showMessagesIn(message);
        window.show();
        QApplication::setActiveWindow(&window);
        REQUIRE(QTest::qWaitForWindowActive(&window));
    }
};

/// Clicks into the field, selects what it shows (as a double click or Ctrl+A does), types and presses Enter.
void typeOver(OptionalDateEdit* date, const QString& typed)
{
    QTest::mouseClick(date, Qt::LeftButton, {}, QPoint(8, date->height() / 2));
    QTest::keyClick(date, Qt::Key_A, Qt::ControlModifier);
    if (typed.isEmpty())
        QTest::keyClick(date, Qt::Key_Backspace);
    else
        test::typeText(date, typed); // over the selection (a QDateEdit ignored this)
    QTest::keyClick(date, Qt::Key_Return);
}

} // namespace

TEST_CASE("a date field means what was typed, however it was typed", "[ui][dates]")
{
    Window w;
    QSignalSpy committed(w.date, &OptionalDateEdit::committed);
    CHECK(w.date->text().isEmpty());
    CHECK(w.date->placeholderText() == QStringLiteral("not known"));

    const QDate thisYear = QDate::currentDate();
    const struct
    {
        const char* typed;
        QDate meant;
    } ways[] = {{"15.08.2027", {2027, 8, 15}}, // the dots that gave 15.03.2027 in a QDateEdit
                {"01.03.2026", {2026, 3, 1}},  // gave 01.08.2026
                {"30.06.2027", {2027, 6, 30}}, // gave 30.12.2026
                {"15/08/2027", {2027, 8, 15}}, {"15-08-2027", {2027, 8, 15}},
                {"1.3.2026", {2026, 3, 1}},    {"15082027", {2027, 8, 15}},
                {"150827", {2027, 8, 15}},     {"15.8.27", {2027, 8, 15}},
                {"2027-08-15", {2027, 8, 15}}, {"24.12", {thisYear.year(), 12, 24}}};
    for (const auto& way : ways) {
        INFO(way.typed);
        const qsizetype before = committed.size();
        typeOver(w.date, QString::fromUtf8(way.typed));
        CHECK(w.date->optionalDate() == way.meant);
        CHECK(w.date->text() == way.meant.toString(QStringLiteral("dd.MM.yyyy"))); // written back one way
        CHECK(w.date->message().isEmpty());
        CHECK(committed.size() == before + 1); // one finished edit, one commit
    }

    // "No date" again: the field emptied, then a date typed straight over the empty text.
    typeOver(w.date, QString());
    CHECK_FALSE(w.date->optionalDate().isValid());
    CHECK(w.date->text().isEmpty());
    w.date->setFocus();
    QTest::keyClicks(w.date, QStringLiteral("05.12.2026"));
    QTest::keyClick(w.date, Qt::Key_Tab); // leaving the field finishes the edit too
    CHECK(w.date->optionalDate() == QDate(2026, 12, 5));
    CHECK(w.date->text() == QStringLiteral("05.12.2026")); // the whole year, not "05.12.202"
}

TEST_CASE("loading a date is not an edit, and a required field never shows no date", "[ui][dates]")
{
    OptionalDateEdit optional;
    QSignalSpy committed(&optional, &OptionalDateEdit::committed);
    optional.setOptionalDate(QDate(2026, 3, 8));
    CHECK(optional.text() == QStringLiteral("08.03.2026"));
    optional.setOptionalDate(QDate());
    CHECK(optional.text().isEmpty());
    CHECK(committed.isEmpty());
    optional.setDate(QDate(2025, 12, 31)); // as a day picked
    CHECK(committed.size() == 1);

    OptionalDateEdit required(nullptr, false);
    CHECK(required.optionalDate() == QDate::currentDate());
    required.setOptionalDate(QDate());
    CHECK(required.optionalDate() == QDate::currentDate());
    required.setText(QString());
    CHECK_FALSE(required.readTyped()); // left empty: said so
    CHECK_FALSE(required.message().isEmpty());
    CHECK(required.optionalDate() == QDate::currentDate());
}

TEST_CASE("what is not a date is refused: the text and the date stay, the message says why, then goes",
          "[ui][dates]")
{
    Window w;
    typeOver(w.date, QStringLiteral("15.08.2027"));
    QSignalSpy committed(w.date, &OptionalDateEdit::committed);

    for (const QString& typed : {QStringLiteral("31.02.2027"), QStringLiteral("05.12.202"),
                                 QStringLiteral("15.13.2027"), QStringLiteral("без датыyz")}) {
        INFO(typed.toStdString());
        typeOver(w.date, typed);
        CHECK(committed.isEmpty());
        CHECK(w.date->optionalDate() == QDate(2027, 8, 15)); // never silently another day
        CHECK(w.date->text() == typed);                      // what was typed is kept to be corrected
        CHECK(w.date->message().contains(typed));
        CHECK(w.message->isVisibleTo(&w.window));
        CHECK(w.message->text() == w.date->message());
        CHECK(w.date->property("hamkoriInvalid").toBool());
    }

    // Corrected: the message goes as soon as the text reads as a date, before Enter.
    w.date->selectAll();
    QTest::keyClicks(w.date, QStringLiteral("28.02.2027"));
    CHECK(w.date->message().isEmpty());
    CHECK_FALSE(w.message->isVisibleTo(&w.window));
    CHECK_FALSE(w.date->property("hamkoriInvalid").toBool());
    QTest::keyClick(w.date, Qt::Key_Return);
    CHECK(committed.size() == 1);
    CHECK(w.date->optionalDate() == QDate(2027, 2, 28));
}

TEST_CASE("a refused date keeps the user's focus where they put it", "[ui][dates]")
{
    Window w;
    w.date->setFocus();
    QTest::keyClicks(w.date, QStringLiteral("32.01.2027"));
    // The user clicks into the next field and types: nothing lands in the date ("без датыyz").
    QTest::mouseClick(w.other, Qt::LeftButton);
    CHECK_FALSE(w.date->message().isEmpty()); // refused on leaving, and said so
    CHECK(QApplication::focusWidget() == w.other);
    test::typeText(QApplication::focusWidget(), QStringLiteral("yz"));
    CHECK(w.other->text() == QStringLiteral("yz"));
    CHECK(w.date->text() == QStringLiteral("32.01.2027"));

    // A form's own refusal (core's, shown by FieldErrors) does not take the focus from another field either…
    FieldErrors errors(nullptr, &w.window);
    auto* otherMessage = FieldErrors::makeMessageLabel(&w.window);
    errors.bind(QStringLiteral("name"), w.other, otherMessage);
    w.date->setFocus();
    errors.show(fieldError(QStringLiteral("name"), QStringLiteral("A name is needed.")));
    CHECK(QApplication::focusWidget() == w.date);
    CHECK(errors.messageFor(QStringLiteral("name")) == QStringLiteral("A name is needed."));
    // …but after a button was pressed to save, it goes to the field to correct.
    w.button->setFocus();
    errors.show(fieldError(QStringLiteral("name"), QStringLiteral("A name is needed.")));
    CHECK(QApplication::focusWidget() == w.other);
    // Typing in the field ends its message: it was about a value no longer there.
    QTest::keyClicks(w.other, QStringLiteral("a"));
    CHECK(errors.messageFor(QStringLiteral("name")).isEmpty());
}

TEST_CASE("the calendar opens at today when there is no date, and the field's error does not reach it",
          "[ui][dates]")
{
    Window w;
    REQUIRE_FALSE(w.date->optionalDate().isValid());
    QAction* open = w.date->findChild<QAction*>(QStringLiteral("openCalendar"));
    REQUIRE(open != nullptr);
    open->trigger();
    QCalendarWidget* calendar = w.date->calendarWidget();
    REQUIRE(QTest::qWaitFor([calendar] { return calendar->isVisible(); }, 2000));
    CHECK(calendar->yearShown() == QDate::currentDate().year());
    CHECK(calendar->monthShown() == QDate::currentDate().month());
    CHECK_FALSE(w.date->optionalDate().isValid()); // opening it chose nothing
    calendar->hide();

    // With an error shown the calendar is still drawn in its own style, and opens at the date it had.
    typeOver(w.date, QStringLiteral("14.03.2025"));
    typeOver(w.date, QStringLiteral("14.033.2025"));
    REQUIRE(w.date->property("hamkoriInvalid").toBool());
    QTest::keyClick(w.date, Qt::Key_Down, Qt::AltModifier);
    REQUIRE(QTest::qWaitFor([calendar] { return calendar->isVisible(); }, 2000));
    CHECK_FALSE(w.date->isAncestorOf(calendar));
    CHECK(calendar->styleSheet().isEmpty());
    CHECK(calendar->yearShown() == 2025);
    CHECK(calendar->monthShown() == 3);

    // A day picked is the date, the refusal gone.
    QSignalSpy committed(w.date, &OptionalDateEdit::committed);
    Q_EMIT calendar->clicked(QDate(2025, 3, 20));
    CHECK_FALSE(calendar->isVisible());
    CHECK(committed.size() == 1);
    CHECK(w.date->optionalDate() == QDate(2025, 3, 20));
    CHECK(w.date->text() == QStringLiteral("20.03.2025"));
    CHECK(w.date->message().isEmpty());
}

TEST_CASE("a date's refusal follows a change of language", "[ui][dates]")
{
    Window w;
    typeOver(w.date, QStringLiteral("31.02.2027"));
    const QString english = w.date->message();
    REQUIRE_FALSE(english.isEmpty());
    REQUIRE(Translations::install(QStringLiteral("tg")));
    QCoreApplication::sendPostedEvents(nullptr, QEvent::LanguageChange); // the windows get it posted
    const QString tajik = w.date->message();
    const QString shownInTajik = w.message->text();
    Translations::install(QStringLiteral("en"));
    QCoreApplication::sendPostedEvents(nullptr, QEvent::LanguageChange);
    CHECK(shownInTajik == tajik);
    CHECK(tajik != english);
    CHECK(tajik.contains(QStringLiteral("31.02.2027")));
    CHECK(w.message->text() == w.date->message());
    CHECK(w.date->message() == english);
}

namespace {
QList<Activity> activitiesOf(Database& db, const QString& planUuid)
{
    auto activities = PlanRepository(db).activities(planUuid);
    REQUIRE(activities.ok());
    return *activities;
}

ActionPlan planOf(Database& db, const QString& team)
{
    auto plans = PlanRepository(db).plans(team);
    REQUIRE(plans.ok());
    REQUIRE(plans->size() == 1);
    return plans->first();
}
} // namespace

TEST_CASE("every kind of date field reads what was typed: a form, a table cell, a dialog", "[ui][dates]")
{
    test::TempDatabase db;
    const QString team = test::makeTeam(*db);
    Session session(*db);
    session.setCurrentTeam(team);
    PlansPage page(session);
    page.resize(1280, 720);
    page.show();
    QApplication::setActiveWindow(&page);
    REQUIRE(QTest::qWaitForWindowActive(&page));
    QTest::mouseClick(test::child<QPushButton>(page, "newPlan"), Qt::LeftButton);
    const QString planUuid = planOf(*db, team).meta.uuid;

    SECTION("a form saved field by field: the plan's period")
    {
        auto* start = test::child<OptionalDateEdit>(page, "planStart");
        start->setFocus();
        start->selectAll();
        test::typeText(start, QStringLiteral("01.03.2026")); // gave 01.08.2026 in a QDateEdit
        QTest::keyClick(start, Qt::Key_Return);
        CHECK(planOf(*db, team).periodStart == QDate(2026, 3, 1));
        const QString before = test::dumpDatabase(*db);
        start->selectAll();
        test::typeText(start, QStringLiteral("01.03.20266"));
        QTest::keyClick(start, Qt::Key_Return);
        CHECK(test::dumpDatabase(*db) == before); // nothing saved
        CHECK(start->text() == QStringLiteral("01.03.20266"));
        CHECK(start->message().contains(QStringLiteral("01.03.20266")));
    }
    SECTION("a table cell: an activity's start and deadline, typed over the cell")
    {
        test::child<QTabWidget>(page, "planTabs")->setCurrentIndex(1);
        QTest::mouseClick(test::child<QPushButton>(page, "addActivity"), Qt::LeftButton);
        auto* view = test::child<QTableView>(page, "activitiesView");
        ActivityTableModel* model = page.activitiesPanel()->model();
        const auto typeInCell = [&](int column, const QString& typed) {
            view->setFocus();
            view->setCurrentIndex(model->index(0, column));
            QTest::keyClick(view, typed.at(0).toLatin1()); // typing on a selected cell opens its editor
            auto* editor = qobject_cast<OptionalDateEdit*>(QApplication::focusWidget());
            REQUIRE(editor != nullptr);
            test::typeText(editor, typed.mid(1));
            QTest::keyClick(editor, Qt::Key_Return);
            QCoreApplication::processEvents(); // the delegate commits and closes the editor queued
        };
        typeInCell(ActivityTableModel::Start, QStringLiteral("15.08.2027")); // gave 15.03.2027
        typeInCell(ActivityTableModel::Deadline, QStringLiteral("30/06/2028"));
        QList<Activity> stored = activitiesOf(*db, planUuid);
        REQUIRE(stored.size() == 1);
        CHECK(stored[0].start == QDate(2027, 8, 15));
        CHECK(stored[0].deadline == QDate(2028, 6, 30));
        CHECK(model->index(0, ActivityTableModel::Start).data().toString() == QStringLiteral("15.08.2027"));
        // The whole date is seen in its column ("05.12.202" was shown before).
        const int needed = view->fontMetrics().horizontalAdvance(QStringLiteral("15.08.2027"));
        CHECK(view->columnWidth(ActivityTableModel::Start) > needed + 8);

        const QString before = test::dumpDatabase(*db);
        typeInCell(ActivityTableModel::Deadline, QStringLiteral("31.02.2028"));
        CHECK(test::dumpDatabase(*db) == before);
        auto* message = test::child<QLabel>(page, "activityMessage");
        CHECK(message->isVisibleTo(&page));
        CHECK(message->text().contains(QStringLiteral("31.02.2028")));
    }
    SECTION("a dialog: a progress update's date typed with dots; one that is not a date keeps it open")
    {
        test::child<QTabWidget>(page, "planTabs")->setCurrentIndex(1);
        QTest::mouseClick(test::child<QPushButton>(page, "addActivity"), Qt::LeftButton);
        test::child<QTabWidget>(page, "activityTabs")->setCurrentIndex(1);
        QTest::mouseClick(test::child<QPushButton>(page, "addProgress"), Qt::LeftButton);
        auto* dialog = page.findChild<ProgressUpdateDialog*>();
        REQUIRE(dialog != nullptr);
        auto* date = test::child<OptionalDateEdit>(*dialog, "progressDate");
        date->setFocus();
        date->selectAll();
        test::typeText(date, QStringLiteral("05.12.202"));
        QTest::mouseClick(test::child<QPushButton>(*dialog, "progressAdd"), Qt::LeftButton);
        CHECK(dialog->isVisible());
        CHECK(date->message().contains(QStringLiteral("05.12.202")));
        auto progress = PlanRepository(*db).progress(activitiesOf(*db, planUuid)[0].meta.uuid);
        REQUIRE(progress.ok());
        CHECK(progress->isEmpty());

        date->selectAll();
        test::typeText(date, QStringLiteral("30.06.2026"));
        QTest::mouseClick(test::child<QPushButton>(*dialog, "progressAdd"), Qt::LeftButton);
        progress = PlanRepository(*db).progress(activitiesOf(*db, planUuid)[0].meta.uuid);
        REQUIRE(progress.ok());
        REQUIRE(progress->size() == 1);
        CHECK(progress->first().date == QDate(2026, 6, 30));
    }
}

TEST_CASE("a conflict over a long text wraps it inside its pane instead of widening the window",
          "[ui][dates]")
{
    test::TempDatabase db;
    exchange::ConflictResolver resolver(*db);
    sync::Conflict conflict;
    conflict.kind = QStringLiteral("concern");
    conflict.record = QStringLiteral("b3c5e0a4-0000-4000-8000-000000000001");
    conflict.label = QStringLiteral("ВАХ-2026-001");
    conflict.field = QStringLiteral("description");
    const QString longText =
        QStringLiteral("Дар маҳаллаи Гулистон наврасон шабона дар назди мағоза ҷамъ мешаванд ва ")
            .repeated(6);
    for (const QString& device : {QStringLiteral("laptop-a"), QStringLiteral("laptop-b")}) {
        sync::ConflictVersion version;
        version.field = conflict.field;
        version.value = QString(longText + device);
        version.device = device;
        version.shown = conflict.versions.isEmpty();
        conflict.versions << version;
    }
    resolver.setConflict(conflict, {});
    REQUIRE(resolver.choices().size() >= 2);
    CHECK(resolver.choices().at(0)->accessibleName().contains(QStringLiteral("маҳаллаи Гулистон")));
    // A 1427 px window came from such a value (issue 18): the pane asks for no more than a page's width.
    CHECK(resolver.minimumSizeHint().width() < 700);
    CHECK(resolver.sizeHint().width() < 1000);
}

TEST_CASE("a large file to be checked on opening shows what is happening, a small or verified one does not",
          "[ui][dates]")
{
    QTemporaryDir dir;
    const QString stamps = dir.filePath(QStringLiteral("stamps.json"));
    const QString small = dir.filePath(QStringLiteral("small.hamkori"));
    const QString large = dir.filePath(QStringLiteral("large.hamkori"));
    for (const auto& [path, size] :
         {std::pair{small, qint64(4096)}, std::pair{large, kOpeningNoticeBytes + 1}}) {
        QFile file(path);
        REQUIRE(file.open(QIODevice::WriteOnly));
        REQUIRE(file.resize(size));
    }
    CHECK(showOpeningNotice(small, stamps) == nullptr);
    const std::unique_ptr<QWidget> notice = showOpeningNotice(large, stamps);
    REQUIRE(notice != nullptr);
    CHECK(notice->isVisible());
    const QString text = test::child<QLabel>(*notice, "openingNoticeText")->text();
    CHECK(text.contains(QStringLiteral("large.hamkori")));
    CHECK(text.contains(QStringLiteral("MB")));

    // Verified on this laptop and unchanged since: it opens without a check, and without the notice.
    IntegrityStamp(stamps).record(large, QDateTime::currentDateTime());
    CHECK(showOpeningNotice(large, stamps) == nullptr);
}
