// The Requests and recommendations page driven offscreen: one made through the form in Tajik, one refused
// without its text or addressee (nothing written), the status changed and undone alone, the overdue filter,
// and an overdue one on the Overview that opens on this page.
#include "core/storage/CommitmentRepository.h"
#include "core/storage/MeetingRepository.h"
#include "support/PageFixture.h"
#include "support/UiTestSupport.h"
#include "ui/pages/CommitmentsPage.h"
#include "ui/pages/OverviewPage.h"
#include "ui/pages/commitments/CommitmentForm.h"
#include "ui/widgets/FieldErrors.h"
#include "ui/widgets/OptionalDateEdit.h"
#include <QComboBox>
#include <QDoubleSpinBox>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableView>
#include <QTest>
#include <QUndoStack>

using namespace hamkori;
using hamkori::test::child;

namespace {

const QDate kToday(2026, 6, 1);

void retype(QLineEdit* edit, const QString& text)
{
    edit->setFocus();
    edit->selectAll();
    QTest::keyClick(edit, Qt::Key_Backspace);
    test::typeText(edit, text);
    QTest::keyClick(edit, Qt::Key_Return);
}

Commitment stored(Database& db, const QString& uuid)
{
    auto found = CommitmentRepository(db).commitment(uuid);
    INFO(found.errorMessage().toStdString());
    REQUIRE(found.ok());
    return *found;
}

QString addOverdue(Database& db, const QString& team)
{
    Commitment c;
    c.teamUuid = team;
    c.text = QStringLiteral("Насб кардани чароғҳои кӯча дар маҳаллаи Гулистон");
    c.addressedTo = QStringLiteral("Ҷамоати деҳоти Чоркӯҳ");
    c.made = QDate(2026, 2, 1);
    c.due = QDate(2026, 4, 1);
    auto made = CommitmentRepository(db).createCommitment(c);
    INFO(made.errorMessage().toStdString());
    REQUIRE(made.ok());
    return made->meta.uuid;
}

} // namespace

TEST_CASE("a request is made through the form, refused without text or addressee, and its status changed "
          "and undone",
          "[commitments]")
{
    test::PageFixture<CommitmentsPage> f;
    Meeting meeting;
    meeting.teamUuid = f.team;
    meeting.date = QDate(2026, 3, 3);
    auto held = MeetingRepository(*f.db).createMeeting(meeting);
    REQUIRE(held.ok());
    CommitmentsPage& page = f.open();
    page.setToday(kToday);
    f.checkModel(child<QTableView>(page, "commitmentList")->model());
    auto* form = page.findChild<CommitmentForm*>();
    REQUIRE(form != nullptr);

    // Nothing asked and nobody named: refused at the text, nothing written.
    QTest::mouseClick(child<QPushButton>(page, "newCommitmentButton"), Qt::LeftButton);
    const QString before = test::dumpDatabase(*f.db);
    QTest::mouseClick(child<QPushButton>(page, "createCommitmentButton"), Qt::LeftButton);
    CHECK(form->errors()->messageFor(QStringLiteral("text")) ==
          QStringLiteral("Write what was asked or recommended."));
    CHECK(test::dumpDatabase(*f.db) == before);

    auto* text = child<QPlainTextEdit>(page, "commitmentText");
    text->setFocus();
    test::typeText(text, QStringLiteral("Таъмири роҳи назди мактаби № 12"));
    QTest::mouseClick(child<QPushButton>(page, "createCommitmentButton"), Qt::LeftButton);
    CHECK_FALSE(form->errors()->messageFor(QStringLiteral("organisation")).isEmpty());
    CHECK(child<QLabel>(page, "commitmentError_organisation")->isVisible());
    CHECK(test::dumpDatabase(*f.db) == before);
    CHECK(f.session.undoStack()->count() == 0);

    auto* addressee = child<QComboBox>(page, "commitmentAddressee");
    addressee->lineEdit()->setFocus();
    test::typeText(addressee->lineEdit(), QStringLiteral("Ҳукумати шаҳри Исфара"));
    auto* meetings = child<QComboBox>(page, "commitmentMeeting");
    meetings->setCurrentIndex(meetings->findData(held->meta.uuid));
    retype(child<OptionalDateEdit>(page, "commitmentMade"), QStringLiteral("05.03.2026"));
    retype(child<OptionalDateEdit>(page, "commitmentDue"), QStringLiteral("05.05.2026"));
    child<QDoubleSpinBox>(page, "commitmentPledged")->setValue(12000);
    QTest::mouseClick(child<QPushButton>(page, "createCommitmentButton"), Qt::LeftButton);
    auto all = CommitmentRepository(*f.db).commitments({f.team});
    REQUIRE(all->size() == 1);
    const Commitment made = all->first().commitment;
    CHECK(made.code == QStringLiteral("ISF-R-2026-01"));
    CHECK(made.text == QStringLiteral("Таъмири роҳи назди мактаби № 12"));
    CHECK(made.addressedTo == QStringLiteral("Ҳукумати шаҳри Исфара"));
    CHECK(made.organisationUuid.isEmpty());
    CHECK(made.meetingUuid == held->meta.uuid);
    CHECK(made.made == QDate(2026, 3, 5));
    CHECK(made.due == QDate(2026, 5, 5));
    CHECK(made.pledged == 12000);
    CHECK(page.currentCommitment() == made.meta.uuid);
    // Due on 05.05 and waiting: overdue on 01.06, marked in the list.
    auto* list = child<QTableView>(page, "commitmentList");
    REQUIRE(list->model()->rowCount() == 1);
    CHECK(list->model()->index(0, 0).data(Qt::UserRole + 1).toBool());
    CHECK(child<QLabel>(page, "commitmentCount")->text().contains(QStringLiteral("1 overdue")));

    // The status alone, and undone alone; the answer stays. (The answer is saved when the user leaves it:
    // the window must be active for the focus to move.)
    page.activateWindow();
    REQUIRE(QTest::qWaitForWindowActive(&page));
    auto* answer = child<QPlainTextEdit>(page, "commitmentAnswer");
    answer->setFocus();
    test::typeText(answer, QStringLiteral("Дар нақшаи соли 2026 дохил карда шуд"));
    child<QComboBox>(page, "commitmentStatus")->setFocus(); // leaving the answer saves it
    CHECK(stored(*f.db, made.meta.uuid).answer == QStringLiteral("Дар нақшаи соли 2026 дохил карда шуд"));
    auto* status = child<QComboBox>(page, "commitmentStatus");
    const int accepted = status->findData(int(CommitmentStatus::Accepted));
    status->setCurrentIndex(accepted);
    Q_EMIT status->activated(accepted);
    CHECK(stored(*f.db, made.meta.uuid).status == CommitmentStatus::Accepted);
    CHECK(f.session.undoStack()->undoText() == QStringLiteral("change the status of ISF-R-2026-01"));
    f.session.undoStack()->undo();
    const Commitment back = stored(*f.db, made.meta.uuid);
    CHECK(back.status == CommitmentStatus::Waiting);
    CHECK(back.answer == QStringLiteral("Дар нақшаи соли 2026 дохил карда шуд"));
    CHECK(status->currentData().toInt() == int(CommitmentStatus::Waiting));

    // Done: no longer overdue, and gone from the overdue filter.
    const int done = status->findData(int(CommitmentStatus::Done));
    status->setCurrentIndex(done);
    Q_EMIT status->activated(done);
    auto* filter = child<QComboBox>(page, "commitmentFilter");
    filter->setCurrentIndex(2);
    Q_EMIT filter->activated(2);
    CHECK(list->model()->rowCount() == 0);
    filter->setCurrentIndex(0);
    Q_EMIT filter->activated(0);
    CHECK(list->model()->rowCount() == 1);

    // Deleted after confirmation, and back with undo.
    page.setConfirm([](const QString&) { return true; });
    QTest::mouseClick(child<QPushButton>(page, "deleteCommitmentButton"), Qt::LeftButton);
    CHECK(CommitmentRepository(*f.db).commitments({f.team})->isEmpty());
    f.session.undoStack()->undo();
    CHECK(CommitmentRepository(*f.db).commitments({f.team})->size() == 1);
}

TEST_CASE("an overdue request is listed on the Overview and opens on the Requests and recommendations page",
          "[commitments]")
{
    test::TempDatabase db;
    const QString team = test::makeTeam(*db);
    const QString uuid = addOverdue(*db, team);
    Session session(*db);
    session.setCurrentTeam(team);
    OverviewPage overview(session);
    overview.setToday(kToday);
    overview.resize(1130, 650);
    overview.show();
    REQUIRE(QTest::qWaitFor([&] { return overview.hasLoaded(); }, 2000));
    auto* list = child<QTableView>(overview, "overdueCommitmentList");
    REQUIRE(list->model()->rowCount() == 1);
    CHECK(list->model()->index(0, 1).data().toString() == QStringLiteral("61")); // days overdue
    CHECK(list->model()->index(0, 2).data().toString() ==
          QStringLiteral("Насб кардани чароғҳои кӯча дар маҳаллаи Гулистон"));
    CHECK(list->model()->index(0, 3).data().toString() == QStringLiteral("Ҷамоати деҳоти Чоркӯҳ"));

    QSignalSpy opened(&session, &Session::openRequested);
    Q_EMIT list->activated(list->model()->index(0, 0));
    REQUIRE(opened.size() == 1);
    CHECK(opened.first().at(0).toString() == QStringLiteral("commitment"));
    CHECK(opened.first().at(1).toString() == uuid);

    CommitmentsPage page(session);
    page.setToday(kToday);
    page.show();
    REQUIRE(page.openRecord(QStringLiteral("commitment"), uuid));
    CHECK(page.currentCommitment() == uuid);
    CHECK(child<QPlainTextEdit>(page, "commitmentText")->toPlainText() ==
          QStringLiteral("Насб кардани чароғҳои кӯча дар маҳаллаи Гулистон"));

    // Done: off the Overview's list after its short wait.
    Commitment done = stored(*db, uuid);
    done.status = CommitmentStatus::Done;
    REQUIRE(CommitmentRepository(*db).updateCommitment(done).ok());
    Q_EMIT db->recordsChanged({QStringLiteral("commitment")});
    CHECK(QTest::qWaitFor([&] { return list->model()->rowCount() == 0; }, 2000));
}
