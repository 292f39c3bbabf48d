// The Meetings page driven offscreen: log a meeting, edit it, tick attendance, count guests, register a
// concern raised there, delete it — and what the database holds after each step, with undo and redo.
#include "core/storage/ConcernRepository.h"
#include "core/storage/MeetingQueries.h"
#include "core/storage/MeetingRepository.h"
#include "core/storage/TeamRepository.h"
#include "support/PageFixture.h"
#include "support/TestSupport.h"
#include "support/UiTestSupport.h"
#include "translations/Translations.h"
#include "ui/widgets/OptionalDateEdit.h"
#include "ui/Session.h"
#include "ui/pages/MeetingsPage.h"
#include "ui/pages/meetings/AttendanceModel.h"
#include "ui/pages/meetings/AttendancePanel.h"
#include "ui/pages/meetings/MeetingDetailsForm.h"
#include "ui/pages/meetings/MeetingListModel.h"
#include "ui/pages/meetings/RaisedConcernsModel.h"
#include "ui/pages/meetings/RaisedConcernsPanel.h"
#include "ui/pages/meetings/RegisterConcernDialog.h"
#include "ui/widgets/FieldErrors.h"
#include <QAbstractItemModelTester>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTabWidget>
#include <QTableView>
#include <QTest>
#include <QUndoStack>

using namespace hamkori;

namespace {

QString addMember(Database& db, const QString& team, const QString& name, Sex sex, AgeBand band,
                  QDate joined = QDate(2020, 1, 10), QDate left = {})
{
    Member member;
    member.teamUuid = team;
    member.name = name;
    member.sex = sex;
    member.ageBand = band;
    member.category = MemberCategory::Cso;
    member.joined = joined;
    member.left = left;
    auto created = TeamRepository(db).createMember(member);
    INFO(created.errorMessage().toStdString());
    REQUIRE(created.ok());
    return created->meta.uuid;
}

using hamkori::test::child;

Meeting stored(Database& db, const QString& uuid)
{
    auto meeting = MeetingRepository(db).meeting(uuid);
    INFO(meeting.errorMessage().toStdString());
    REQUIRE(meeting.ok());
    return *meeting;
}

int meetingCount(Database& db, const QString& team)
{
    auto meetings = MeetingRepository(db).meetings(team);
    REQUIRE(meetings.ok());
    return int(meetings->size());
}

QStringList present(Database& db, const QString& meeting)
{
    auto members = MeetingRepository(db).presentMembers(meeting);
    REQUIRE(members.ok());
    QStringList sorted = *members;
    sorted.sort();
    return sorted;
}

/// Types into a line edit as a person would: select what is there, type, confirm with Enter.
void retype(QLineEdit* edit, const QString& text)
{
    edit->setFocus();
    edit->selectAll();
    QTest::keyClick(edit, Qt::Key_Delete);
    test::typeText(edit, text);
    QTest::keyClick(edit, Qt::Key_Return);
}

/// Types a date over what the field shows, with slashes, and confirms it with Enter.
void typeDate(OptionalDateEdit* edit, QDate date)
{
    edit->setFocus();
    edit->selectAll();
    QTest::keyClicks(edit, date.toString(QStringLiteral("dd/MM/yyyy")));
    QTest::keyClick(edit, Qt::Key_Return);
}

void setCount(QSpinBox* spin, int value)
{
    spin->setFocus();
    spin->selectAll();
    QTest::keyClicks(spin, QString::number(value));
    QTest::keyClick(spin, Qt::Key_Return);
}

/// Ticks or unticks a member's box with the keyboard (Space on the current row).
void toggle(QListView* list, AttendanceModel* model, const QString& member)
{
    const int row = model->rowOfMember(member);
    REQUIRE(row >= 0);
    list->setFocus();
    list->setCurrentIndex(model->index(row));
    QTest::keyClick(list, Qt::Key_Space);
}

QString label(QWidget& page, const char* name)
{
    return child<QLabel>(page, name)->text();
}

struct Fixture : test::PageFixture<MeetingsPage>
{
    Fixture()
    {
        zarina = addMember(*db, team, QStringLiteral("Зарина Раҳимова"), Sex::Female, AgeBand::From18To29);
        farhod = addMember(*db, team, QStringLiteral("Фарҳод Каримов"), Sex::Male, AgeBand::From30To49);
        gulchehra = addMember(*db, team, QStringLiteral("Гулчеҳра Назарова"), Sex::Female, AgeBand::From50);
        // Left the team before any meeting of these tests: never on the checklist.
        olim = addMember(*db, team, QStringLiteral("Олим Саидов"), Sex::Male, AgeBand::From50,
                         QDate(2018, 1, 1), QDate(2019, 6, 30));
        open();
        page->activateWindow();
        REQUIRE(QTest::qWaitForWindowActive(page.get()));
        checkModel(page->listModel());
        checkModel(page->attendancePanel()->model());
        checkModel(page->concernsPanel()->model());
    }

    QString clickNewMeeting()
    {
        QTest::mouseClick(child<QPushButton>(*page, "newMeeting"), Qt::LeftButton);
        return page->currentMeeting();
    }

    QString zarina, farhod, gulchehra, olim;
};

} // namespace

TEST_CASE("a meeting is logged from the page: created, edited, attendance ticked, guests counted",
          "[meetings]")
{
    Fixture f;
    QUndoStack* stack = f.session.undoStack();
    MeetingListModel* list = f.page->listModel();
    CHECK(list->rowCount() == 0);
    CHECK(child<QPushButton>(*f.page, "deleteMeeting")->isEnabled() == false);

    // New meeting: today, a regular meeting, selected at once.
    const QString uuid = f.clickNewMeeting();
    REQUIRE_FALSE(uuid.isEmpty());
    const QDate today = QDate::currentDate();
    const QString code = QStringLiteral("ISF-M-%1-01").arg(today.year());
    Meeting meeting = stored(*f.db, uuid);
    CHECK(meeting.date == today);
    CHECK(meeting.kind == MeetingKind::Regular);
    CHECK(meeting.code == code);
    CHECK(meeting.teamUuid == f.team);
    REQUIRE(list->rowCount() == 1);
    CHECK(list->data(list->index(0, MeetingListModel::Date)).toString() ==
          today.toString(QStringLiteral("dd.MM.yyyy")));
    CHECK(list->data(list->index(0, MeetingListModel::Code)).toString() == code);
    CHECK(list->data(list->index(0, MeetingListModel::Kind)).toString() == QStringLiteral("Regular meeting"));
    CHECK(stack->undoText() ==
          QStringLiteral("create a meeting on %1").arg(today.toString(QStringLiteral("dd.MM.yyyy"))));
    CHECK(child<QLineEdit>(*f.page, "meetingCode")->text() == code);

    // The place, typed in Tajik.
    const QString place = QStringLiteral("Маркази ҳамкорӣ, ҷамоати Чоркӯҳ");
    retype(child<QLineEdit>(*f.page, "meetingPlace"), place);
    CHECK(stored(*f.db, uuid).place == place);
    CHECK(stack->undoText() == QStringLiteral("change the place of meeting %1").arg(code));
    CHECK(list->data(list->index(0, MeetingListModel::Place)).toString() == place);

    // The date, typed as dd.MM.yyyy.
    auto* date = child<OptionalDateEdit>(*f.page, "meetingDate");
    typeDate(date, QDate(2026, 3, 15));
    CHECK(stored(*f.db, uuid).date == QDate(2026, 3, 15));
    CHECK(stack->undoText() == QStringLiteral("change the date of meeting %1").arg(code));
    CHECK(list->data(list->index(0, MeetingListModel::Date)).toString() == QStringLiteral("15.03.2026"));

    // The kind, from the list.
    auto* kind = child<QComboBox>(*f.page, "meetingKind");
    kind->setFocus();
    QTest::keyClick(kind, Qt::Key_Down); // the next kind: community consultation
    CHECK(stored(*f.db, uuid).kind == MeetingKind::CommunityConsultation);
    CHECK(list->data(list->index(0, MeetingListModel::Kind)).toString() ==
          QStringLiteral("Community consultation"));

    // The decisions, multi-line, saved when the field is left.
    auto* decisions = child<QPlainTextEdit>(*f.page, "meetingDecisions");
    decisions->setFocus();
    test::typeText(decisions, QStringLiteral("Чароғҳо дар кӯча гузошта шаванд."));
    CHECK(stored(*f.db, uuid).decisions.isEmpty()); // not yet: still typing
    child<QLineEdit>(*f.page, "meetingFacilitator")->setFocus();
    CHECK(stored(*f.db, uuid).decisions == QStringLiteral("Чароғҳо дар кӯча гузошта шаванд."));
    CHECK(stack->undoText() == QStringLiteral("change the decisions of meeting %1").arg(code));

    // Attendance: the members active on 15.03.2026 (not Olim, who left in 2019); tick two.
    AttendanceModel* attendance = f.page->attendancePanel()->model();
    REQUIRE(attendance->rowCount() == 3);
    CHECK(attendance->rowOfMember(f.olim) == -1);
    auto* tabs = child<QTabWidget>(*f.page, "meetingTabs");
    tabs->setCurrentIndex(1);
    auto* checklist = child<QListView>(*f.page, "attendanceList");
    toggle(checklist, attendance, f.zarina);
    CHECK(stack->undoText() == QStringLiteral("mark Зарина Раҳимова present at %1").arg(code));
    toggle(checklist, attendance, f.farhod);
    QStringList bothPresent{f.zarina, f.farhod};
    bothPresent.sort();
    CHECK(present(*f.db, uuid) == bothPresent);
    CHECK(
        attendance->data(attendance->index(attendance->rowOfMember(f.zarina)), Qt::CheckStateRole).toInt() ==
        Qt::Checked);
    CHECK(attendance->data(attendance->index(attendance->rowOfMember(f.gulchehra)), Qt::CheckStateRole)
              .toInt() == Qt::Unchecked);

    // Guests by sex and age band, with the totals shown.
    setCount(child<QSpinBox>(*f.page, "guests_f_18_29"), 4);
    setCount(child<QSpinBox>(*f.page, "guests_m_u18"), 3);
    setCount(child<QSpinBox>(*f.page, "guests_m_50p"), 2);
    meeting = stored(*f.db, uuid);
    CHECK(meeting.guests.at(Sex::Female, AgeBand::From18To29) == 4);
    CHECK(meeting.guests.at(Sex::Male, AgeBand::Under18) == 3);
    CHECK(meeting.guests.at(Sex::Male, AgeBand::From50) == 2);
    CHECK(meeting.guests.total() == 9);
    CHECK(stack->undoText() == QStringLiteral("change the guest counts of meeting %1").arg(code));
    CHECK(label(*f.page, "guestsWomenTotal") == QStringLiteral("4"));
    CHECK(label(*f.page, "guestsMenTotal") == QStringLiteral("5"));
    CHECK(label(*f.page, "guestsBandTotal0") == QStringLiteral("3"));
    CHECK(label(*f.page, "guestsBandTotal1") == QStringLiteral("4"));
    CHECK(label(*f.page, "membersBandTotal1") == QStringLiteral("1")); // Zarina, 18–29
    CHECK(label(*f.page, "attendanceBandTotal1") == QStringLiteral("5"));
    CHECK(label(*f.page, "guestsTotal") == QStringLiteral("9"));
    CHECK(label(*f.page, "membersPresentTotal") == QStringLiteral("2"));
    CHECK(label(*f.page, "attendanceTotal") == QStringLiteral("11"));
    CHECK(label(*f.page, "attendanceBySex") ==
          QStringLiteral("Members present: 1 women, 1 men. Everyone present: 5 women, 6 men."));
    CHECK(tabs->tabText(1) == QStringLiteral("A&ttendance (11)"));
    CHECK(list->data(list->index(0, MeetingListModel::Attendance)).toString() == QStringLiteral("11"));

    // Undo step by step: each undo restores the database, and the page shows it.
    stack->undo(); // guests m_50p
    CHECK(stored(*f.db, uuid).guests.total() == 7);
    CHECK(label(*f.page, "attendanceTotal") == QStringLiteral("9"));
    CHECK(child<QSpinBox>(*f.page, "guests_m_50p")->value() == 0);
    stack->undo(); // guests m_u18
    stack->undo(); // guests f_18_29
    CHECK(stored(*f.db, uuid).guests.total() == 0);
    stack->undo(); // Farhod
    CHECK(present(*f.db, uuid) == QStringList{f.zarina});
    CHECK(label(*f.page, "membersPresentTotal") == QStringLiteral("1"));
    stack->undo(); // Zarina
    CHECK(present(*f.db, uuid).isEmpty());
    stack->undo(); // decisions
    CHECK(stored(*f.db, uuid).decisions.isEmpty());
    CHECK(decisions->toPlainText().isEmpty());
    stack->undo(); // kind
    CHECK(stored(*f.db, uuid).kind == MeetingKind::Regular);
    CHECK(kind->currentText() == QStringLiteral("Regular meeting"));
    stack->undo(); // date
    CHECK(stored(*f.db, uuid).date == today);
    CHECK(date->date() == today);
    stack->undo(); // place
    CHECK(stored(*f.db, uuid).place.isEmpty());
    CHECK(child<QLineEdit>(*f.page, "meetingPlace")->text().isEmpty());
    stack->undo(); // the creation
    CHECK(meetingCount(*f.db, f.team) == 0);
    CHECK(list->rowCount() == 0);
    CHECK(f.page->currentMeeting().isEmpty());
    CHECK_FALSE(stack->canUndo());

    // Redo everything: the same meeting comes back with every change.
    while (stack->canRedo())
        stack->redo();
    meeting = stored(*f.db, uuid);
    CHECK(meeting.place == place);
    CHECK(meeting.date == QDate(2026, 3, 15));
    CHECK(meeting.kind == MeetingKind::CommunityConsultation);
    CHECK(meeting.guests.total() == 9);
    CHECK(present(*f.db, uuid) == bothPresent);
    REQUIRE(list->rowCount() == 1);
    CHECK(list->data(list->index(0, MeetingListModel::Attendance)).toString() == QStringLiteral("11"));
    f.page->openRecord(QStringLiteral("meeting"), uuid);
    CHECK(label(*f.page, "attendanceTotal") == QStringLiteral("11"));
    CHECK(child<QLineEdit>(*f.page, "meetingPlace")->text() == place);
}

TEST_CASE("a refused edit is shown next to its field, keeps what was typed and saves nothing", "[meetings]")
{
    Fixture f;
    const QString first = f.clickNewMeeting();
    const QString second = f.clickNewMeeting();
    REQUIRE(first != second);
    const QString firstCode = stored(*f.db, first).code;
    const QString secondCode = stored(*f.db, second).code;
    REQUIRE(f.page->currentMeeting() == second);
    QUndoStack* stack = f.session.undoStack();
    const int commands = stack->count();
    const QString before = test::dumpDatabase(*f.db);

    // The code of the other meeting: core refuses it.
    auto* code = child<QLineEdit>(*f.page, "meetingCode");
    retype(code, firstCode);
    FieldErrors* errors = f.page->detailsForm()->errors();
    CHECK(errors->messageFor(QStringLiteral("code")) ==
          QStringLiteral(
              "The code %1 is already used in this team. Leave the code empty to get the next free one.")
              .arg(firstCode));
    CHECK(code->text() == firstCode);
    CHECK(stored(*f.db, second).code == secondCode);
    CHECK(stack->count() == commands);
    CHECK(test::dumpDatabase(*f.db) == before);

    // Another field saved meanwhile does not overwrite the refused text.
    retype(child<QLineEdit>(*f.page, "meetingFacilitator"), QStringLiteral("Дилором Юсупова"));
    CHECK(stored(*f.db, second).facilitator == QStringLiteral("Дилором Юсупова"));
    CHECK(code->text() == firstCode);
    CHECK_FALSE(errors->messageFor(QStringLiteral("code")).isEmpty());

    // An emptied code is refused too: a meeting keeps a code people can quote.
    retype(code, QString());
    CHECK(errors->messageFor(QStringLiteral("code")) ==
          QStringLiteral("Enter a code for the meeting, or keep the one it has (%1).").arg(secondCode));
    CHECK(stored(*f.db, second).code == secondCode);

    // A free code is accepted and the message goes away.
    retype(code, QStringLiteral("ISF-M-ХАТ-7"));
    CHECK(errors->messageFor(QStringLiteral("code")).isEmpty());
    CHECK(stored(*f.db, second).code == QStringLiteral("ISF-M-ХАТ-7"));
    f.session.undoStack()->undo();
    CHECK(stored(*f.db, second).code == secondCode);
    CHECK(code->text() == secondCode);
}

TEST_CASE("a concern registered from a meeting is listed there, opens on its page, and can be undone",
          "[meetings]")
{
    Fixture f;
    const QString meetingUuid = f.clickNewMeeting();
    retype(child<QLineEdit>(*f.page, "meetingPlace"), QStringLiteral("Мактаби №5"));
    auto* date = child<OptionalDateEdit>(*f.page, "meetingDate");
    typeDate(date, QDate(2026, 4, 2));
    REQUIRE(stored(*f.db, meetingUuid).date == QDate(2026, 4, 2));
    RaisedConcernsModel* raised = f.page->concernsPanel()->model();
    CHECK(raised->rowCount() == 0);

    auto* tabs = child<QTabWidget>(*f.page, "meetingTabs");
    tabs->setCurrentIndex(2);
    QTest::mouseClick(child<QPushButton>(*f.page, "registerConcern"), Qt::LeftButton);
    auto* dialog = f.page->findChild<RegisterConcernDialog*>();
    REQUIRE(dialog != nullptr);
    CHECK(dialog->isVisible());

    // No title: refused, the dialog stays open with the message at the title.
    auto* buttons = dialog->findChild<QDialogButtonBox*>();
    REQUIRE(buttons != nullptr);
    QTest::mouseClick(buttons->button(QDialogButtonBox::Ok), Qt::LeftButton);
    CHECK(dialog->isVisible());
    CHECK(dialog->errors()->messageFor(QStringLiteral("title")) ==
          QStringLiteral("Enter a short title for the concern."));
    CHECK(raised->rowCount() == 0);

    const QString title = QStringLiteral("Кӯчаи торик назди мактаб");
    auto* titleEdit = child<QLineEdit>(*dialog, "concernTitle");
    titleEdit->setFocus();
    test::typeText(titleEdit, title);
    auto* category = child<QComboBox>(*dialog, "concernCategory");
    const QString unsafe = test::categoryUuid(*f.db, QStringLiteral("unsafe_spaces"));
    category->setCurrentIndex(category->findData(unsafe));
    REQUIRE(category->currentIndex() >= 0);
    auto* raisedBy = child<QComboBox>(*dialog, "concernRaisedBy");
    raisedBy->setCurrentIndex(raisedBy->findData(codeOf(RaisedBy::Women)));
    QTest::keyClick(titleEdit, Qt::Key_Return); // the default button: Register
    CHECK_FALSE(dialog->isVisible());

    auto listed = MeetingQueries(*f.db).concernsRaisedAt(meetingUuid);
    REQUIRE(listed.ok());
    REQUIRE(listed->size() == 1);
    const QString concernUuid = listed->first().uuid;
    auto concern = ConcernRepository(*f.db).concern(concernUuid);
    REQUIRE(concern.ok());
    CHECK(concern->title == title);
    CHECK(concern->categoryUuid == unsafe);
    CHECK(concern->raisedBy == RaisedBy::Women);
    CHECK(concern->firstMeetingUuid == meetingUuid);
    CHECK(concern->firstRaised == QDate(2026, 4, 2));
    CHECK(concern->place == QStringLiteral("Мактаби №5"));
    CHECK(concern->code == QStringLiteral("ISF-2026-001"));
    REQUIRE(raised->rowCount() == 1);
    CHECK(raised->data(raised->index(0, RaisedConcernsModel::Title)).toString() == title);
    CHECK(raised->data(raised->index(0, RaisedConcernsModel::Status)).toString() == QStringLiteral("Raised"));
    CHECK(tabs->tabText(2) == QStringLiteral("Concerns &raised (1)"));
    CHECK(f.session.undoStack()->undoText() ==
          QStringLiteral("register a concern raised at %1").arg(stored(*f.db, meetingUuid).code));

    // Double-click opens it on the Concerns page.
    QSignalSpy opened(&f.session, &Session::openRequested);
    auto* view = child<QTableView>(*f.page, "raisedConcerns");
    const QRect cell = view->visualRect(raised->index(0, RaisedConcernsModel::Title));
    QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, cell.center());
    QTest::mouseDClick(view->viewport(), Qt::LeftButton, {}, cell.center());
    REQUIRE(opened.count() == 1);
    CHECK(opened.first().at(0).toString() == QStringLiteral("concern"));
    CHECK(opened.first().at(1).toString() == concernUuid);

    // A restricted concern is marked.
    Concern restricted = *concern;
    restricted.restricted = true;
    REQUIRE(ConcernRepository(*f.db).updateConcern(restricted).ok());
    CHECK(raised->data(raised->index(0, RaisedConcernsModel::Code)).toString() ==
          QStringLiteral("ISF-2026-001"));
    CHECK_FALSE(raised->data(raised->index(0, RaisedConcernsModel::Code), Qt::DecorationRole)
                    .value<QIcon>()
                    .isNull());
    CHECK_FALSE(
        raised->data(raised->index(0, RaisedConcernsModel::Code), Qt::ToolTipRole).toString().isEmpty());

    // Undo removes the concern, redo brings back the same one.
    f.session.undoStack()->undo();
    CHECK_FALSE(ConcernRepository(*f.db).concern(concernUuid).ok());
    CHECK(raised->rowCount() == 0);
    f.session.undoStack()->redo();
    CHECK(ConcernRepository(*f.db).concern(concernUuid).ok());
    CHECK(raised->rowCount() == 1);
}

TEST_CASE("deleting a meeting asks first, names its attendance, and undo brings it all back", "[meetings]")
{
    Fixture f;
    const QString older = f.clickNewMeeting();
    auto* date = child<OptionalDateEdit>(*f.page, "meetingDate");
    typeDate(date, QDate(2026, 2, 10));
    const QString uuid = f.clickNewMeeting();
    REQUIRE(f.page->listModel()->rowOf(uuid) == 0); // newest first
    const QString code = stored(*f.db, uuid).code;
    auto* tabs = child<QTabWidget>(*f.page, "meetingTabs");
    tabs->setCurrentIndex(1);
    auto* checklist = child<QListView>(*f.page, "attendanceList");
    AttendanceModel* attendance = f.page->attendancePanel()->model();
    toggle(checklist, attendance, f.zarina);
    toggle(checklist, attendance, f.gulchehra);
    REQUIRE(present(*f.db, uuid).size() == 2);

    QStringList questions;
    bool answer = false;
    f.page->setConfirm([&](const QString& question) {
        questions << question;
        return answer;
    });

    // Cancelled: nothing happens.
    QTest::mouseClick(child<QPushButton>(*f.page, "deleteMeeting"), Qt::LeftButton);
    REQUIRE(questions.size() == 1);
    INFO(questions.first().toStdString());
    CHECK(questions.first().startsWith(
        QStringLiteral("The meeting %1 of %2 and its attendance records (2 member")
            .arg(code, QDate::currentDate().toString(QStringLiteral("dd.MM.yyyy")))));
    CHECK(meetingCount(*f.db, f.team) == 2);

    // Confirmed, with the Delete key on the list.
    answer = true;
    auto* list = child<QTableView>(*f.page, "meetingList");
    list->setFocus();
    QTest::keyClick(list, Qt::Key_Delete);
    CHECK(questions.size() == 2);
    CHECK(meetingCount(*f.db, f.team) == 1);
    CHECK_FALSE(MeetingRepository(*f.db).meeting(uuid).ok());
    CHECK(present(*f.db, uuid).isEmpty());
    CHECK(f.page->listModel()->rowCount() == 1);
    CHECK(f.page->currentMeeting() == older); // the neighbour is shown
    CHECK(f.session.undoStack()->undoText() == QStringLiteral("delete meeting %1").arg(code));

    f.session.undoStack()->undo();
    CHECK(meetingCount(*f.db, f.team) == 2);
    QStringList expected{f.zarina, f.gulchehra};
    expected.sort();
    CHECK(present(*f.db, uuid) == expected);
    CHECK(f.page->listModel()->rowCount() == 2);

    f.session.undoStack()->redo();
    CHECK(meetingCount(*f.db, f.team) == 1);
    CHECK(present(*f.db, uuid).isEmpty());
}

TEST_CASE("opening a meeting of another team switches the team and selects it", "[meetings]")
{
    Fixture f;
    f.clickNewMeeting();
    const QString otherTeam = test::makeTeam(*f.db, QStringLiteral("KHJ"));
    Meeting other;
    other.teamUuid = otherTeam;
    other.date = QDate(2026, 5, 20);
    other.place = QStringLiteral("Хуҷанд");
    auto created = MeetingRepository(*f.db).createMeeting(other);
    REQUIRE(created.ok());

    CHECK_FALSE(f.page->openRecord(QStringLiteral("concern"), created->meta.uuid));
    CHECK(f.page->openRecord(QStringLiteral("meeting"), created->meta.uuid));
    CHECK(f.session.currentTeam() == otherTeam);
    CHECK(f.page->currentMeeting() == created->meta.uuid);
    CHECK(f.page->listModel()->rowCount() == 1);
    CHECK(child<QLineEdit>(*f.page, "meetingPlace")->text() == QStringLiteral("Хуҷанд"));
    CHECK(child<QLabel>(*f.page, "meetingHeader")->text().startsWith(QStringLiteral("KHJ-M-2026-01")));

    // Switching back through the session shows the first team's meeting again.
    f.session.setCurrentTeam(f.team);
    CHECK(f.page->listModel()->rowCount() == 1);
    CHECK(stored(*f.db, f.page->currentMeeting()).teamUuid == f.team);
}

TEST_CASE("the page follows a change of language at once", "[meetings]")
{
    Fixture f;
    const QString uuid = f.clickNewMeeting();
    MeetingListModel* list = f.page->listModel();
    REQUIRE(list->data(list->index(0, MeetingListModel::Kind)).toString() ==
            QStringLiteral("Regular meeting"));
    REQUIRE(Translations::install(QStringLiteral("ru")));
    QCoreApplication::sendPostedEvents(nullptr, QEvent::LanguageChange);
    CHECK(list->data(list->index(0, MeetingListModel::Kind)).toString() ==
          QStringLiteral("Очередная встреча"));
    CHECK(child<QComboBox>(*f.page, "meetingKind")->currentText() == QStringLiteral("Очередная встреча"));
    CHECK(child<QLabel>(*f.page, "meetingHeader")->text().contains(QStringLiteral("Очередная встреча")));
    Translations::install(QStringLiteral("en"));
    QCoreApplication::sendPostedEvents(nullptr, QEvent::LanguageChange);
    CHECK(list->data(list->index(0, MeetingListModel::Kind)).toString() == QStringLiteral("Regular meeting"));
    CHECK(f.page->currentMeeting() == uuid);
}

TEST_CASE("a meeting moved far ahead, or after the concerns raised at it, is saved with a warning",
          "[meetings][plausibility]")
{
    Fixture f;
    const QString uuid = f.clickNewMeeting();
    REQUIRE_FALSE(uuid.isEmpty());
    const QDate today = QDate::currentDate();
    Concern concern;
    concern.teamUuid = f.team;
    concern.title = QStringLiteral("Чароғҳо нест");
    concern.categoryUuid = test::categoryUuid(*f.db, QStringLiteral("unsafe_spaces"));
    concern.firstMeetingUuid = uuid;
    concern.firstRaised = today;
    REQUIRE(ConcernRepository(*f.db).createConcern(concern).ok());

    auto* date = child<OptionalDateEdit>(*f.page, "meetingDate");
    auto* warning = child<QLabel>(*f.page, "meetingDateWarning");
    date->setDate(today.addDays(-3));
    CHECK(stored(*f.db, uuid).date == today.addDays(-3));
    CHECK(warning->isHidden());

    // Moved to 2099: saved, and the warning says the year looks wrong.
    date->setDate(QDate(2099, 3, 1));
    CHECK(stored(*f.db, uuid).date == QDate(2099, 3, 1));
    CHECK_FALSE(warning->isHidden());
    CHECK(warning->text().contains(QStringLiteral("01.03.2099")));

    // A month later than the concerns first raised at it: the concerns' date is named.
    date->setDate(today.addMonths(1));
    CHECK_FALSE(warning->isHidden());
    CHECK(warning->text().contains(today.toString(QStringLiteral("dd.MM.yyyy"))));

    date->setDate(today);
    CHECK(warning->isHidden());
}
