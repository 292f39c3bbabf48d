// The Events page driven offscreen with Tajik text: a training made through its form with a concern ticked,
// a member of another group and a typed person on its list, police counted by sex and age; test and feedback
// sheets typed from the keyboard only, their averages against figures worked out by hand; undo of a title and
// of a score, each alone; a score above the highest refused; a delete undone with the participants; and the
// page following a change of language.
#include "core/demo/DemoLoader.h"
#include "core/model/Formats.h"
#include "core/storage/EventRepository.h"
#include "core/storage/TeamRepository.h"
#include "support/PageFixture.h"
#include "support/UiTestSupport.h"
#include "ui/MainWindow.h"
#include "ui/pages/EventsPage.h"
#include "ui/pages/directory/CheckList.h"
#include "ui/pages/events/EventDetailsForm.h"
#include "ui/pages/events/MemberPickerDialog.h"
#include "ui/pages/events/ParticipantsPanel.h"
#include "ui/pages/events/SheetsPanel.h"
#include "ui/widgets/HeaderText.h"
#include "ui/widgets/OptionalDateEdit.h"
#include <QApplication>
#include <QComboBox>
#include <QDir>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPointer>
#include <QPushButton>
#include <QSettings>
#include <QTabWidget>
#include <QTableView>
#include <QTest>
#include <QUndoStack>

using namespace hamkori;
using hamkori::test::child;

namespace {

const QString kTitle = QStringLiteral("Омӯзиш оид ба ҳамкории милитсия ва ҷомеа");

void retype(QLineEdit* edit, const QString& text)
{
    edit->setFocus();
    edit->selectAll();
    QTest::keyClick(edit, Qt::Key_Backspace);
    test::typeText(edit, text);
    QTest::keyClick(edit, Qt::Key_Return);
}

QWidget* focused()
{
    QWidget* widget = QApplication::focusWidget();
    REQUIRE(widget != nullptr);
    return widget;
}

/// Keys as a person types them into a table: each into whatever has the focus then (the table, or the editor
/// of the cell that the first key opened).
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

Event stored(Database& db, const QString& uuid)
{
    auto found = EventRepository(db).event(uuid);
    INFO(found.errorMessage().toStdString());
    REQUIRE(found.ok());
    return *found;
}

/// A training of the fixture's team, made in core (the form is tested once, below).
QString addTraining(Database& db, const QString& team, int outOf)
{
    Event e;
    e.teamUuid = team;
    e.title = kTitle;
    e.start = QDate(2026, 3, 12);
    e.testOutOf = outOf;
    auto made = EventRepository(db).createEvent(e);
    INFO(made.errorMessage().toStdString());
    REQUIRE(made.ok());
    return made->meta.uuid;
}

void click(const QWidget& parent, const char* name)
{
    QTest::mouseClick(child<QPushButton>(parent, name), Qt::LeftButton);
}

struct Fixture : test::PageFixture<EventsPage>
{
    EventsPage& start()
    {
        EventsPage& shown = open();
        shown.activateWindow();
        REQUIRE(QTest::qWaitForWindowActive(&shown)); // the focus moves only in an active window
        return shown;
    }
};

} // namespace

TEST_CASE(
    "a training is made through the form, with a concern, a member of another group, a typed person and "
    "police counted",
    "[events-page]")
{
    Fixture f;
    const QString concern =
        test::makeConcern(*f.db, f.team, QStringLiteral("Ҷанҷолҳои оилавӣ дар маҳаллаи Гулистон"));
    // A police officer of another group comes to the training.
    TeamRepository teams(*f.db);
    const QString other = test::makeTeam(*f.db, QStringLiteral("KHJ"));
    Member officer;
    officer.teamUuid = other;
    officer.name = QStringLiteral("Ҷамшед Қодиров");
    officer.category = MemberCategory::Police;
    officer.sex = Sex::Male;
    officer.ageBand = AgeBand::From30To49;
    officer.organisation = QStringLiteral("ШКД-и шаҳри Хуҷанд");
    auto member = teams.createMember(officer);
    REQUIRE(member.ok());
    EventsPage& page = f.start();
    f.checkModel(child<QTableView>(page, "eventList")->model());
    f.checkModel(page.participants()->named());
    f.checkModel(page.participants()->counted());

    click(page, "newEventButton");
    auto* title = child<QLineEdit>(page, "eventTitle");
    CHECK(title->hasFocus());
    test::typeText(title, kTitle);
    retype(child<OptionalDateEdit>(page, "eventStart"), QStringLiteral("12.03.2026"));
    retype(child<OptionalDateEdit>(page, "eventEnd"), QStringLiteral("13.03.2026"));
    click(page, "createEventButton");
    auto all = EventRepository(*f.db).events({f.team});
    REQUIRE(all->size() == 1);
    const QString uuid = all->first().event.meta.uuid;
    Event made = stored(*f.db, uuid);
    CHECK(made.code == QStringLiteral("ISF-E-2026-01"));
    CHECK(made.kind == EventKind::Training);
    CHECK(made.title == kTitle);
    CHECK(made.start == QDate(2026, 3, 12));
    CHECK(made.end == QDate(2026, 3, 13));
    CHECK(page.currentEvent() == uuid);
    auto* list = child<QTableView>(page, "eventList");
    REQUIRE(list->model()->rowCount() == 1);
    CHECK(list->model()->index(0, 3).data().toString() == kTitle);

    child<CheckList>(page, "eventConcerns")->setEntryChecked(concern, true);
    CHECK(stored(*f.db, uuid).concernUuids == QStringList{concern});
    CHECK(f.session.undoStack()->undoText() == QStringLiteral("change the concerns of ISF-E-2026-01"));

    // The officer of the other group, found by part of his name.
    page.tabs()->setCurrentIndex(1);
    click(page, "addMemberButton");
    QPointer<MemberPickerDialog> picker = page.findChild<MemberPickerDialog*>();
    REQUIRE(picker != nullptr);
    auto* search = child<QLineEdit>(*picker, "memberPickerSearch");
    search->setFocus();
    test::typeText(search, QStringLiteral("Қодир"));
    auto* members = child<QTableView>(*picker, "memberPickerTable");
    REQUIRE(members->model()->rowCount() == 1);
    members->selectRow(0);
    click(*picker, "memberPickerAdd");
    auto named = EventRepository(*f.db).of<EventParticipant>(uuid);
    REQUIRE(named->size() == 1);
    CHECK(named->first().memberUuid == member->meta.uuid);
    CHECK(named->first().name == QStringLiteral("Ҷамшед Қодиров"));
    CHECK(named->first().organisation == QStringLiteral("ШКД-и шаҳри Хуҷанд"));
    CHECK(named->first().role == ParticipantRole::Police);
    CHECK(named->first().sex == Sex::Male);
    CHECK(named->first().ageBand == AgeBand::From30To49);

    // The window is active again once the dialog has gone (the focus moves only in an active window).
    REQUIRE(QTest::qWaitFor([&picker] { return picker.isNull(); }, 2000));
    page.activateWindow();
    REQUIRE(QTest::qWaitForWindowActive(&page));

    // Someone who is no member, typed into the new row, her organisation after Tab.
    click(page, "addPersonButton");
    test::typeText(focused(), QStringLiteral("Зарина Раҳимова"));
    key(Qt::Key_Tab);
    test::typeText(focused(), QStringLiteral("Мактаби № 5"));
    key(Qt::Key_Return);
    named = EventRepository(*f.db).of<EventParticipant>(uuid);
    REQUIRE(named->size() == 2);
    const EventParticipant zarina = named->at(0).memberUuid.isEmpty() ? named->at(0) : named->at(1);
    CHECK(zarina.name == QStringLiteral("Зарина Раҳимова"));
    CHECK(zarina.organisation == QStringLiteral("Мактаби № 5"));
    CHECK(zarina.memberUuid.isEmpty());
    CHECK(zarina.sex == Sex::Female);

    // Police counted without names: girls under 18 1, women 18–29 2, men 18–29 4.
    auto* role = child<QComboBox>(page, "newCountedRole");
    role->setCurrentIndex(role->findData(int(ParticipantRole::Police)));
    click(page, "addCountedButton");
    for (const char* typed : {"1", "2", "0", "0", "0"}) {
        keys(QString::fromLatin1(typed));
        key(Qt::Key_Tab);
    }
    keys(QStringLiteral("4"));
    key(Qt::Key_Return);
    auto counted = EventRepository(*f.db).of<EventCount>(uuid);
    REQUIRE(counted->size() == 1);
    CHECK(counted->first().role == ParticipantRole::Police);
    CHECK(counted->first().people.at(Sex::Female, AgeBand::Under18) == 1);
    CHECK(counted->first().people.at(Sex::Female, AgeBand::From18To29) == 2);
    CHECK(counted->first().people.at(Sex::Male, AgeBand::From18To29) == 4);
    CHECK(counted->first().people.total() == 7);
    // Police are counted now: not offered again.
    CHECK(role->findData(int(ParticipantRole::Police)) < 0);
    // Zarina and three counted women, the officer and four counted men.
    CHECK(child<QLabel>(page, "participantTotals")->text() ==
          QStringLiteral("Named: 2 · counted: 7 · in all: 9, of them women 4 and men 5."));
    CHECK(list->model()->index(0, 5).data().toInt() == 9);
}

TEST_CASE("test and feedback sheets are typed from the keyboard, and their averages shown", "[events-page]")
{
    Fixture f;
    const QString uuid = addTraining(*f.db, f.team, 50);
    EventsPage& page = f.start();
    REQUIRE(page.openRecord(QStringLiteral("event"), uuid));
    f.checkModel(page.sheets()->tests());
    f.checkModel(page.sheets()->feedback());

    // The five usual questions, when there are none yet.
    auto* standard = child<QPushButton>(page, "standardQuestionsButton");
    REQUIRE(standard->isEnabled());
    QTest::mouseClick(standard, Qt::LeftButton);
    CHECK(stored(*f.db, uuid).questionList() == EventDetailsForm::standardQuestions());
    CHECK_FALSE(standard->isEnabled());

    // Five sheets out of 50: (20, 35) (25, 40) (30, 30) (15, –) (–, 45), numbers, Tab and Enter only.
    page.tabs()->setCurrentIndex(3);
    auto* tests = child<QTableView>(page, "testGrid");
    tests->setFocus();
    for (const char* typed : {"20\t35\n", "25\t40\n", "30\t30\n", "15\t\n", "\t45\n"})
        for (const QChar ch : QString::fromLatin1(typed)) {
            if (ch == u'\t')
                key(Qt::Key_Tab);
            else if (ch == u'\n')
                key(Qt::Key_Return);
            else
                keys(QString(ch));
        }
    auto sheets = EventRepository(*f.db).of<TestScore>(uuid);
    REQUIRE(sheets->size() == 5);
    const QList<std::pair<std::optional<double>, std::optional<double>>> expected{
        {20, 35}, {25, 40}, {30, 30}, {15, std::nullopt}, {std::nullopt, 45}};
    for (int i = 0; i < 5; ++i) {
        INFO("sheet " << i + 1);
        CHECK(sheets->at(i).sheet == i + 1);
        CHECK(sheets->at(i).pre == expected[i].first);
        CHECK(sheets->at(i).post == expected[i].second);
    }
    // Before: (20 + 25 + 30 + 15) / 4 = 22.5 of 50 = 45 %; after: (35 + 40 + 30 + 45) / 4 = 37.5 = 75 %;
    // the gain over the three sheets with both: (15 + 15 + 0) / 3 = 10.
    CHECK(child<QLabel>(page, "testAverageBefore")->text() ==
          QStringLiteral("Average before: %1 points (%2%)")
              .arg(Formats::number(22.5, 1), Formats::number(45.0, 1)));
    CHECK(child<QLabel>(page, "testAverageAfter")->text() ==
          QStringLiteral("after: %1 points (%2%)").arg(Formats::number(37.5, 1), Formats::number(75.0, 1)));
    CHECK(child<QLabel>(page, "testAverageGain")
              ->text()
              .startsWith(
                  QStringLiteral("Average gain: +%1 points over the 3 ").arg(Formats::number(10.0, 1))));
    // The sheet's gain in its row.
    CHECK(tests->model()->index(0, SheetsPanel::Gain).data().toString() == QStringLiteral("+15"));

    // Three feedback sheets: 5 4 3 5 4 · 4 4 5 0 3 · 3 5 4 4 5 (0: not answered).
    auto* feedback = child<QTableView>(page, "feedbackGrid");
    feedback->setFocus();
    REQUIRE(feedback->model()->columnCount() == 7); // sheet, five questions, comment
    for (const char* sheet : {"54354", "44503", "35445"}) {
        for (const char answer : std::string(sheet)) {
            keys(QString(QLatin1Char(answer)));
            key(Qt::Key_Tab);
        }
        key(Qt::Key_Return); // no comment: on to the next sheet
    }
    auto answered = EventRepository(*f.db).of<FeedbackSheet>(uuid);
    REQUIRE(answered->size() == 3);
    CHECK(answered->at(1).answers[3] == 0);
    CHECK(answered->at(2).answers[4] == 5);
    // By question: 12/3 = 4.0, 13/3 = 4.3, 12/3 = 4.0, 9/2 = 4.5, 12/3 = 4.0; overall 58/14 = 4.1.
    const QString text = child<QLabel>(page, "feedbackAverages")->text();
    const auto one = [](double value) { return Formats::number(value, 1); };
    CHECK(text.startsWith(
        QStringLiteral("Average answer to each question — 1: %1 · 2: %2 · 3: %3 · 4: %4 · 5: %5; "
                       "overall %6, from 3 ")
            .arg(one(4.0), one(4.3), one(4.0), one(4.5), one(4.0), one(4.1))));
    // A question's header names it; its tooltip holds it whole.
    CHECK(feedback->model()->headerData(1, Qt::Horizontal, Qt::ToolTipRole).toString() ==
          QStringLiteral("1. ") + EventDetailsForm::standardQuestions().first());
}

TEST_CASE("undo takes back a title and a score each alone, and a score above the highest is refused",
          "[events-page]")
{
    Fixture f;
    const QString uuid = addTraining(*f.db, f.team, 50);
    TestScore sheet;
    sheet.eventUuid = uuid;
    sheet.pre = 25;
    sheet.post = 40;
    REQUIRE(EventRepository(*f.db).add(sheet).ok());
    EventsPage& page = f.start();
    REQUIRE(page.openRecord(QStringLiteral("event"), uuid));

    retype(child<QLineEdit>(page, "eventTitle"), QStringLiteral("Мизи мудаввар дар бораи бехатарии роҳ"));
    CHECK(stored(*f.db, uuid).title == QStringLiteral("Мизи мудаввар дар бораи бехатарии роҳ"));

    page.tabs()->setCurrentIndex(3);
    auto* tests = child<QTableView>(page, "testGrid");
    tests->setFocus();
    tests->setCurrentIndex(tests->model()->index(0, SheetsPanel::Before));
    keys(QStringLiteral("28"));
    key(Qt::Key_Return);
    CHECK(EventRepository(*f.db).of<TestScore>(uuid)->first().pre == 28.0);
    CHECK(f.session.undoStack()->undoText() == QStringLiteral("change test sheet 1 of ISF-E-2026-01"));

    // Above the highest score: refused with core's message, nothing written, the cell as stored.
    const QString before = test::dumpDatabase(*f.db);
    const int steps = f.session.undoStack()->count();
    tests->setCurrentIndex(tests->model()->index(0, SheetsPanel::After));
    keys(QStringLiteral("60"));
    key(Qt::Key_Return);
    auto* error = child<QLabel>(page, "testError");
    CHECK(error->isVisibleTo(&page));
    CHECK(error->text() ==
          QStringLiteral("A score of 60 is above the test's highest score, 50. Check the sheet, or "
                         "the highest score of the event."));
    CHECK(test::dumpDatabase(*f.db) == before);
    CHECK(f.session.undoStack()->count() == steps);
    CHECK(tests->model()->index(0, SheetsPanel::After).data().toString() == QStringLiteral("40"));
    // Nor in a new sheet.
    tests->setCurrentIndex(tests->model()->index(1, SheetsPanel::Before));
    keys(QStringLiteral("75"));
    key(Qt::Key_Return);
    CHECK(test::dumpDatabase(*f.db) == before);
    CHECK(EventRepository(*f.db).of<TestScore>(uuid)->size() == 1);

    // Ctrl+Z: the score goes back, the title stays; again: the title goes back, the score stays.
    f.session.undoStack()->undo();
    CHECK(EventRepository(*f.db).of<TestScore>(uuid)->first().pre == 25.0);
    CHECK(stored(*f.db, uuid).title == QStringLiteral("Мизи мудаввар дар бораи бехатарии роҳ"));
    CHECK(tests->model()->index(0, SheetsPanel::Before).data().toString() == QStringLiteral("25"));
    f.session.undoStack()->undo();
    CHECK(stored(*f.db, uuid).title == kTitle);
    CHECK(child<QLineEdit>(page, "eventTitle")->text() == kTitle);
    CHECK(EventRepository(*f.db).of<TestScore>(uuid)->first().pre == 25.0);
    CHECK(EventRepository(*f.db).of<TestScore>(uuid)->first().post == 40.0);
}

TEST_CASE("an event deleted after confirmation comes back with its participants on undo", "[events-page]")
{
    Fixture f;
    const QString uuid = addTraining(*f.db, f.team, 100);
    EventParticipant p;
    p.eventUuid = uuid;
    p.name = QStringLiteral("Нигина Ҳасанова");
    REQUIRE(EventRepository(*f.db).add(p).ok());
    EventCount c;
    c.eventUuid = uuid;
    c.role = ParticipantRole::Jamoat;
    c.people.set(Sex::Male, AgeBand::From50, 3);
    REQUIRE(EventRepository(*f.db).add(c).ok());
    EventsPage& page = f.start();
    REQUIRE(page.openRecord(QStringLiteral("event"), uuid));
    auto* list = child<QTableView>(page, "eventList");
    REQUIRE(list->model()->rowCount() == 1);

    QString asked;
    page.setConfirm([&asked](const QString& question) {
        asked = question;
        return true;
    });
    click(page, "deleteEventButton");
    CHECK(asked.contains(QStringLiteral("ISF-E-2026-01")));
    CHECK(EventRepository(*f.db).events({f.team})->isEmpty());
    CHECK(list->model()->rowCount() == 0);
    CHECK(page.currentEvent().isEmpty());

    f.session.undoStack()->undo();
    REQUIRE(list->model()->rowCount() == 1);
    auto people = EventRepository(*f.db).people(uuid);
    REQUIRE(people.ok());
    CHECK(people->named == 1);
    CHECK(people->counted == 3);
    CHECK(list->model()->index(0, 5).data().toInt() == 4);
    CHECK(EventRepository(*f.db).of<EventParticipant>(uuid)->first().name ==
          QStringLiteral("Нигина Ҳасанова"));
}

TEST_CASE("an event of another group opens on the Events page, which switches to that group", "[events-page]")
{
    Fixture f;
    const QString other = test::makeTeam(*f.db, QStringLiteral("KHJ"));
    const QString uuid = addTraining(*f.db, other, 100);
    EventsPage& page = f.start();
    CHECK(child<QTableView>(page, "eventList")->model()->rowCount() == 0);
    REQUIRE(page.openRecord(QStringLiteral("event"), uuid));
    CHECK(f.session.currentTeam() == other);
    CHECK(page.currentEvent() == uuid);
    CHECK(child<QLineEdit>(page, "eventTitle")->text() == kTitle);
    CHECK_FALSE(page.openRecord(QStringLiteral("commitment"), uuid));
}

TEST_CASE("the Events page follows a change of language from Tajik to Russian", "[events-page]")
{
    Fixture f;
    const QString uuid = addTraining(*f.db, f.team, 100);
    EventsPage& page = f.start();
    REQUIRE(page.openRecord(QStringLiteral("event"), uuid));
    auto* filter = child<QComboBox>(page, "eventKindFilter");
    auto* kind = child<QComboBox>(page, "eventKind");
    auto* named = child<QTableView>(page, "participantGrid");
    auto* counted = child<QTableView>(page, "countedGrid");
    const int training = filter->findData(int(EventKind::Training));
    const auto now = [](const char* context, const char* source) {
        return QCoreApplication::translate(context, source);
    };
    const auto checkLanguage = [&] {
        CHECK(filter->itemText(training) == now("EventKind", "Training"));
        CHECK(kind->currentText() == now("EventKind", "Training"));
        CHECK(page.tabs()->tabText(1) == now("hamkori::EventsPage", "Participants"));
        CHECK(named->model()->headerData(ParticipantsPanel::Role, Qt::Horizontal).toString() ==
              now("hamkori::ParticipantsPanel", "Comes from"));
        CHECK(counted->model()->headerData(1, Qt::Horizontal).toString() ==
              QStringLiteral("%1\n%2").arg(now("hamkori::ParticipantsPanel", "Women"),
                                           headerOnTwoLines(now("AgeBand", "Under 18"))));
        CHECK(child<QPushButton>(page, "addMemberButton")->text() ==
              now("hamkori::ParticipantsPanel", "Add &member…"));
    };
    QString tajik;
    {
        test::LanguageScope language(QStringLiteral("tg"));
        QCoreApplication::sendPostedEvents(nullptr, QEvent::LanguageChange);
        tajik = filter->itemText(training);
        CHECK(tajik == QStringLiteral("Омӯзиш"));
        checkLanguage();
    }
    {
        test::LanguageScope language(QStringLiteral("ru"));
        QCoreApplication::sendPostedEvents(nullptr, QEvent::LanguageChange);
        CHECK(filter->itemText(training) != tajik);
        CHECK(kind->currentText() == QStringLiteral("Обучение"));
        CHECK(child<QLabel>(page, "eventHeading")->text() == QStringLiteral("ISF-E-2026-01 · Обучение"));
        checkLanguage();
    }
    QCoreApplication::sendPostedEvents(nullptr, QEvent::LanguageChange);
    CHECK(filter->itemText(training) == QStringLiteral("Training"));
}

// Not run by default: pictures of every tab of the page in the window at 1366×768, with the demo teams and a
// training with people, sheets and follow-ups, to look at ("[.events-shots]"; the folder from
// HAMKORI_EVENTS_SHOTS).
TEST_CASE("pictures of the Events page", "[.events-shots]")
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
    EventRepository events(*db);
    Event e;
    e.teamUuid = team;
    e.title =
        QStringLiteral("Омӯзиш оид ба пешгирии хушунати оилавӣ барои аъзои нави гурӯҳ ва шӯрои ҷамъиятӣ");
    e.start = QDate(2026, 3, 12);
    e.end = QDate(2026, 3, 13);
    e.place = QStringLiteral("Толори Ҷамоати деҳоти Чоркӯҳ");
    e.topics = QStringLiteral("Ҳамкории милитсия ва ҷомеа\nПешгирии хушунат");
    e.testOutOf = 20;
    e.questions = EventDetailsForm::standardQuestions().join(QLatin1Char('\n'));
    auto made = events.createEvent(e);
    REQUIRE(made.ok());
    const QString uuid = made->meta.uuid;
    const QStringList names{QStringLiteral("Зарина Раҳимова"), QStringLiteral("Ҷамшед Қодиров"),
                            QStringLiteral("Нигина Ҳасанова"), QStringLiteral("Фирдавс Саидов")};
    for (const QString& name : names) {
        EventParticipant p;
        p.eventUuid = uuid;
        p.name = name;
        p.organisation = QStringLiteral("Ҷамоати деҳоти Чоркӯҳ");
        REQUIRE(events.add(p).ok());
    }
    EventCount c;
    c.eventUuid = uuid;
    c.role = ParticipantRole::Police;
    c.people.set(Sex::Male, AgeBand::From30To49, 6);
    c.people.set(Sex::Female, AgeBand::From18To29, 2);
    REQUIRE(events.add(c).ok());
    Trainer t;
    t.eventUuid = uuid;
    t.name = QStringLiteral("Мавҷуда Азизова");
    t.organisation = QStringLiteral("Маркази ҳуқуқии «Инсон ва ҳуқуқ»");
    REQUIRE(events.add(t).ok());
    for (int sheet = 1; sheet <= 6; ++sheet) {
        TestScore s;
        s.eventUuid = uuid;
        s.sheet = sheet;
        s.pre = 8 + sheet;
        s.post = 13 + sheet / 2;
        REQUIRE(events.add(s).ok());
        FeedbackSheet fb;
        fb.eventUuid = uuid;
        fb.sheet = sheet;
        fb.answers = {5, 4, 4 + sheet % 2, 3, 5};
        fb.comment = sheet == 2 ? QStringLiteral("Вақт кам буд") : QString();
        REQUIRE(events.add(fb).ok());
    }
    FollowUp follow;
    follow.eventUuid = uuid;
    follow.date = QDate(2026, 4, 2);
    follow.note = QStringLiteral("Ҷаласаи дуюм дар мактаби № 5");
    REQUIRE(events.add(follow).ok());

    window.show();
    QApplication::processEvents();
    EventsPage* page = nullptr;
    for (int i = 0; i < window.pages().size() && !page; ++i) {
        window.showPage(i);
        QApplication::processEvents();
        if (auto* shown = window.findChild<EventsPage*>(); shown && shown->isVisible())
            page = shown;
    }
    REQUIRE(page != nullptr);
    REQUIRE(page->openRecord(QStringLiteral("event"), uuid));
    const QString folder = qEnvironmentVariable("HAMKORI_EVENTS_SHOTS", QStringLiteral("/tmp/events-shots"));
    QDir().mkpath(folder);
    for (const QString& language : {QStringLiteral("en"), QStringLiteral("tg"), QStringLiteral("ru")}) {
        test::LanguageScope scope(language);
        QCoreApplication::sendPostedEvents(nullptr, QEvent::LanguageChange);
        for (int tab = 0; tab < page->tabs()->count(); ++tab) {
            page->tabs()->setCurrentIndex(tab);
            QApplication::processEvents();
            window.grab().save(QStringLiteral("%1/events-%2-%3.png").arg(folder, language).arg(tab));
        }
    }
}
