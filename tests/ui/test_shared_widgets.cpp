// The widgets the pages share (ui/widgets), driven offscreen on their own, and what session 2 asked of the
// pages that use them: the activity's status through undo and redo of progress updates, a link refused
// because it is there already, the members' meetings attended, and the team list giving a team's UUID.
#include "core/storage/ConcernRepository.h"
#include "core/storage/MeetingRepository.h"
#include "core/storage/PlanRepository.h"
#include "core/storage/TeamRepository.h"
#include "support/TestSupport.h"
#include "support/UiTestSupport.h"
#include "ui/Session.h"
#include "ui/TeamListModel.h"
#include "ui/pages/PlansPage.h"
#include "ui/pages/TeamPage.h"
#include "ui/pages/concerns/editor/AddLinkDialog.h"
#include "ui/pages/concerns/editor/ConcernEditor.h"
#include "ui/pages/plans/ActivitiesPanel.h"
#include "ui/pages/plans/ProgressUpdateDialog.h"
#include "ui/pages/team/MemberTableModel.h"
#include "ui/widgets/CommitOnLeaveTextEdit.h"
#include "ui/widgets/Confirmation.h"
#include "ui/widgets/OptionalDateEdit.h"
#include "ui/widgets/PageIcons.h"
#include "ui/widgets/SexAgeCountsGrid.h"
#include <QAbstractItemModelTester>
#include <QCalendarWidget>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QImage>
#include <QLabel>
#include <QLineEdit>
#include <QPalette>
#include <QPushButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTabWidget>
#include <QTableView>
#include <QTest>
#include <QUndoStack>

using namespace hamkori;

namespace {

using hamkori::test::child;

void leave(QWidget* widget)
{
    QFocusEvent out(QEvent::FocusOut, Qt::TabFocusReason);
    QApplication::sendEvent(widget, &out);
}

ActivityStatus statusOf(Database& db, const QString& activity)
{
    auto stored = PlanRepository(db).activity(activity);
    REQUIRE(stored.ok());
    return stored->status;
}

} // namespace

TEST_CASE("a commit-on-leave text field commits a change when the focus leaves it, once",
          "[ui][widgets][tidy]")
{
    CommitOnLeaveTextEdit edit;
    QSignalSpy committed(&edit, &CommitOnLeaveTextEdit::committed);
    edit.load(QStringLiteral("Саломатӣ"));
    CHECK(edit.toPlainText() == QStringLiteral("Саломатӣ"));
    leave(&edit);
    CHECK(committed.isEmpty()); // nothing changed

    edit.moveCursor(QTextCursor::End);
    test::typeText(&edit, QStringLiteral(" ва бехатарӣ"));
    leave(&edit);
    REQUIRE(committed.size() == 1);
    CHECK(edit.toPlainText() == QStringLiteral("Саломатӣ ва бехатарӣ"));
    // A refused save leaves the text unsaved: leaving again offers it again. Saved, it is quiet.
    leave(&edit);
    CHECK(committed.size() == 2);
    edit.load(edit.toPlainText());
    leave(&edit);
    CHECK(committed.size() == 2);
    CHECK(edit.tabChangesFocus());
}

TEST_CASE("a sex and age grid counts by row and column, names its parts and reports only the user's edits",
          "[ui][widgets][tidy]")
{
    SexAgeCountsGrid grid({[](Sex sex, AgeBand band) -> QString {
                               return QStringLiteral("cell_%1_%2").arg(int(sex)).arg(int(band));
                           },
                           QStringLiteral("people")},
                          500);
    grid.setCaptions(QStringLiteral("Women"), QStringLiteral("Men"), QStringLiteral("All"));
    QSignalSpy edited(&grid, &SexAgeCountsGrid::countsEdited);
    SexAgeCounts stored;
    stored.set(Sex::Female, AgeBand::Under18, 4);
    stored.set(Sex::Male, AgeBand::From50, 7);
    grid.setCounts(stored);
    CHECK(edited.isEmpty());
    CHECK(grid.counts() == stored);
    CHECK(child<QLabel>(grid, QStringLiteral("peopleWomenTotal"))->text() == QStringLiteral("4"));
    CHECK(child<QLabel>(grid, QStringLiteral("peopleMenTotal"))->text() == QStringLiteral("7"));
    CHECK(child<QLabel>(grid, QStringLiteral("peopleBandTotal3"))->text() == QStringLiteral("7"));
    CHECK(child<QLabel>(grid, QStringLiteral("peopleTotal"))->text() == QStringLiteral("11"));

    auto* men18 = child<QSpinBox>(grid, QStringLiteral("cell_1_1"));
    CHECK(men18 == grid.spinBox(Sex::Male, AgeBand::From18To29));
    CHECK(men18->maximum() == 500);
    CHECK(men18->accessibleName().startsWith(QStringLiteral("Men, ")));
    men18->setValue(9);
    REQUIRE(edited.size() == 1);
    CHECK(edited.first().first().value<SexAgeCounts>().at(Sex::Male, AgeBand::From18To29) == 9);
    CHECK(child<QLabel>(grid, QStringLiteral("peopleMenTotal"))->text() == QStringLiteral("16"));
    CHECK(child<QLabel>(grid, QStringLiteral("peopleBandTotal1"))->text() == QStringLiteral("9"));
    CHECK(child<QLabel>(grid, QStringLiteral("peopleTotal"))->text() == QStringLiteral("20"));

    auto* caption = new QLabel(QStringLiteral("Extra"), &grid);
    const int row = grid.addExtraRow(caption, QStringLiteral("extraBand"), QStringLiteral("extraTotal"));
    grid.setExtraRow(row, stored);
    CHECK(child<QLabel>(grid, QStringLiteral("extraBand0"))->text() == QStringLiteral("4"));
    CHECK(child<QLabel>(grid, QStringLiteral("extraTotal"))->text() == QStringLiteral("11"));
}

TEST_CASE("a confirmation answered by a test asks nothing on screen and passes the question",
          "[ui][widgets][tidy]")
{
    QWidget owner;
    Confirmation confirm(&owner);
    QStringList asked;
    confirm.setAnswer([&](const QString& question) {
        asked << question;
        return asked.size() == 1;
    });
    CHECK(confirm.ask(QStringLiteral("Delete"), QStringLiteral("Delete A?")));
    CHECK_FALSE(
        confirm.ask(QStringLiteral("Delete"), QStringLiteral("Delete B?"), QStringLiteral("&Delete")));
    CHECK(asked == (QStringList{QStringLiteral("Delete A?"), QStringLiteral("Delete B?")}));
}

TEST_CASE("undo and redo of progress updates leave the activity with the status of its latest update",
          "[ui][plans][tidy]")
{
    test::TempDatabase db;
    const QString team = test::makeTeam(*db);
    PlanRepository plans(*db);
    Activity work;
    work.measure = QStringLiteral("Мусобиқаи футбол");
    work.status = ActivityStatus::Delayed; // set by hand before any progress
    const QString uuid = test::makePlannedActivity(*db, team, work).activity.meta.uuid;

    Session session(*db);
    session.setCurrentTeam(team);
    PlansPage page(session);
    page.resize(1130, 650);
    page.show();
    REQUIRE(page.openRecord(QStringLiteral("activity"), uuid));
    child<QTabWidget>(page, QStringLiteral("activityTabs"))->setCurrentIndex(1);
    const auto addProgress = [&](QDate date, const char* status) {
        QTest::mouseClick(child<QPushButton>(page, QStringLiteral("addProgress")), Qt::LeftButton);
        auto* dialog = page.findChild<plans::ProgressUpdateDialog*>();
        REQUIRE(dialog != nullptr);
        child<OptionalDateEdit>(*dialog, QStringLiteral("progressDate"))->setDate(date);
        auto* box = child<QComboBox>(*dialog, QStringLiteral("progressStatus"));
        box->setCurrentIndex(box->findData(QString::fromLatin1(status)));
        child<QSpinBox>(*dialog, QStringLiteral("reached_1_0"))->setValue(3);
        CHECK(child<QLabel>(*dialog, QStringLiteral("reachedTotal"))->text() == QStringLiteral("3"));
        QTest::mouseClick(child<QPushButton>(*dialog, QStringLiteral("progressAdd")), Qt::LeftButton);
        REQUIRE(dialog->result() == QDialog::Accepted);
        delete dialog;
    };
    QUndoStack* stack = session.undoStack();
    addProgress(QDate(2026, 5, 1), "in_progress");
    CHECK(statusOf(*db, uuid) == ActivityStatus::InProgress);
    addProgress(QDate(2026, 6, 1), "done");
    CHECK(statusOf(*db, uuid) == ActivityStatus::Done);
    const int steps = stack->count();

    stack->undo(); // the June update goes: May's rules again
    CHECK(plans.progress(uuid)->size() == 1);
    CHECK(statusOf(*db, uuid) == ActivityStatus::InProgress);
    stack->undo(); // no update left: the status set by hand comes back
    CHECK(plans.progress(uuid)->isEmpty());
    CHECK(statusOf(*db, uuid) == ActivityStatus::Delayed);
    stack->redo();
    CHECK(statusOf(*db, uuid) == ActivityStatus::InProgress);
    stack->redo();
    CHECK(plans.progress(uuid)->size() == 2);
    CHECK(statusOf(*db, uuid) == ActivityStatus::Done);
    CHECK(stack->count() == steps); // one step per update: no macro of two
}

TEST_CASE("the links tab shows core's refusal of a link that is there already and writes nothing",
          "[ui][concerneditor][tidy]")
{
    test::TempDatabase db;
    const QString team = test::makeTeam(*db);
    const auto makeConcern = [&](const QString& title) {
        Concern concern;
        concern.teamUuid = team;
        concern.title = title;
        concern.categoryUuid = test::categoryUuid(*db);
        concern.firstRaised = QDate(2026, 2, 10);
        auto created = ConcernRepository(*db).createConcern(concern);
        REQUIRE(created.ok());
        return *created;
    };
    const Concern violence = makeConcern(QStringLiteral("Domestic violence in Chorkuh"));
    const Concern alcohol = makeConcern(QStringLiteral("Alcohol sold to minors"));
    REQUIRE(ConcernRepository(*db)
                .addLink(violence.meta.uuid, alcohol.meta.uuid, LinkKind::Causes,
                         QStringLiteral("Drunk husbands"))
                .ok());
    Session session(*db);
    session.setCurrentTeam(team);
    ConcernEditor editor(session);
    editor.resize(900, 720);
    editor.show();
    editor.showConcern(violence.meta.uuid);
    child<QTabWidget>(editor, QStringLiteral("concernTabs"))->setCurrentIndex(2);
    const QString before = test::dumpDatabase(*db);
    const int steps = session.undoStack()->count();

    QTest::mouseClick(child<QPushButton>(editor, QStringLiteral("addLink")), Qt::LeftButton);
    auto* dialog = editor.findChild<AddLinkDialog*>();
    REQUIRE(dialog != nullptr);
    auto* candidates = child<QTableView>(*dialog, QStringLiteral("linkCandidates"));
    REQUIRE(candidates->model()->rowCount() == 1);
    candidates->selectRow(0);
    auto* kind = child<QComboBox>(*dialog, QStringLiteral("linkKind"));
    kind->setCurrentIndex(kind->findData(int(LinkKind::Causes)));
    child<QLineEdit>(*dialog, QStringLiteral("linkNote"))->setText(QStringLiteral("Another note"));
    auto* buttons = dialog->findChild<QDialogButtonBox*>();
    REQUIRE(buttons != nullptr);
    QTest::mouseClick(buttons->button(QDialogButtonBox::Ok), Qt::LeftButton);

    CHECK(dialog->isVisible()); // stays open, with the reason
    bool shown = false;
    for (QLabel* label : dialog->findChildren<QLabel*>())
        shown =
            shown ||
            (label->isVisibleTo(dialog) &&
             label->text() ==
                 QStringLiteral("%1 and %2 are already linked this way.").arg(violence.code, alcohol.code));
    CHECK(shown);
    CHECK(test::dumpDatabase(*db) == before);
    CHECK(session.undoStack()->count() == steps);
    CHECK(ConcernRepository(*db).links(violence.meta.uuid)->first().note == QStringLiteral("Drunk husbands"));
}

TEST_CASE("the members table counts the meetings each member attended, and the team list gives UUIDs",
          "[ui][team][tidy]")
{
    test::TempDatabase db;
    const QString team = test::makeTeam(*db);
    const QString other = test::makeTeam(*db, QStringLiteral("KHJ"));
    const auto makeMember = [&](const QString& name) {
        Member member;
        member.teamUuid = team;
        member.name = name;
        member.joined = QDate(2024, 1, 10);
        auto created = TeamRepository(*db).createMember(member);
        REQUIRE(created.ok());
        return created->meta.uuid;
    };
    const QString zarina = makeMember(QStringLiteral("Зарина Раҳимова"));
    const QString farhod = makeMember(QStringLiteral("Фарҳод Каримов"));
    MeetingRepository meetings(*db);
    QStringList held;
    for (const QDate date : {QDate(2026, 1, 15), QDate(2026, 2, 15)}) {
        Meeting meeting;
        meeting.teamUuid = team;
        meeting.date = date;
        auto created = meetings.createMeeting(meeting);
        REQUIRE(created.ok());
        held << created->meta.uuid;
        REQUIRE(meetings.setPresent(created->meta.uuid, zarina, true).ok());
    }
    REQUIRE(meetings.setPresent(held[1], farhod, true).ok());

    Session session(*db);
    session.setCurrentTeam(team);
    TeamPage page(session);
    page.resize(1280, 700);
    page.show();
    auto* table = child<QTableView>(page, QStringLiteral("memberTable"));
    QAbstractItemModel* model = table->model();
    QAbstractItemModelTester tester(model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    CHECK(model->headerData(MemberTableModel::MeetingsAttended, Qt::Horizontal).toString() ==
          QStringLiteral("Meetings attended"));
    const auto attended = [&](const QString& member) {
        for (int row = 0; row < model->rowCount(); ++row)
            if (model->index(row, 0).data(MemberTableModel::UuidRole).toString() == member)
                return model->index(row, MemberTableModel::MeetingsAttended).data().toString();
        return QString();
    };
    CHECK(attended(zarina) == QStringLiteral("2"));
    CHECK(attended(farhod) == QStringLiteral("1"));
    // Attendance ticked elsewhere shows at once.
    REQUIRE(meetings.setPresent(held[0], farhod, true).ok());
    CHECK(attended(farhod) == QStringLiteral("2"));
    REQUIRE(meetings.deleteMeeting(held[1]).ok());
    CHECK(attended(zarina) == QStringLiteral("1"));

    // The list of all teams gives each team's UUID; activating a row opens that team.
    TeamListModel teams(*db);
    QStringList uuids;
    for (int row = 0; row < teams.rowCount(); ++row)
        uuids << teams.index(row, TeamListModel::Code).data(TeamListModel::UuidRole).toString();
    CHECK(uuids.contains(team));
    CHECK(uuids.contains(other));
    auto* allTeams = child<QTableView>(page, QStringLiteral("allTeamsTable"));
    for (int row = 0; row < allTeams->model()->rowCount(); ++row)
        if (allTeams->model()->index(row, TeamListModel::Code).data().toString() == QStringLiteral("KHJ"))
            Q_EMIT allTeams->activated(allTeams->model()->index(row, TeamListModel::Name));
    CHECK(session.currentTeam() == other);
}

namespace {

/// The darkest and the lightest grey level among the painted (non-transparent) pixels of an icon.
std::pair<int, int> inkRange(const QIcon& icon, QIcon::Mode mode)
{
    const QImage image = icon.pixmap(QSize(32, 32), mode).toImage();
    int darkest = 255;
    int lightest = 0;
    for (int y = 0; y < image.height(); ++y)
        for (int x = 0; x < image.width(); ++x)
            if (const QColor pixel = image.pixelColor(x, y); pixel.alpha() > 200) {
                darkest = std::min(darkest, qGray(pixel.rgb()));
                lightest = std::max(lightest, qGray(pixel.rgb()));
            }
    return {darkest, lightest};
}

} // namespace

TEST_CASE("the chosen page's icon is drawn in the style's highlighted text colour, dark on a pale highlight",
          "[ui][icons]")
{
    const QPalette original = QGuiApplication::palette();
    QPalette pale = original;
    pale.setColor(QPalette::Highlight, QColor(0xcc, 0xe8, 0xff)); // the Windows style's pale blue
    pale.setColor(QPalette::HighlightedText, Qt::black);
    QGuiApplication::setPalette(pale);
    const auto [darkOnPale, lightOnPale] = inkRange(pageIcon(PageIcon::Meetings), QIcon::Selected);
    CHECK(lightOnPale < 100); // no white left to vanish on the pale highlight

    QPalette strong = original;
    strong.setColor(QPalette::Highlight, QColor(0x30, 0x8c, 0xc6)); // Fusion's blue
    strong.setColor(QPalette::HighlightedText, Qt::white);
    QGuiApplication::setPalette(strong);
    const auto [darkOnStrong, lightOnStrong] = inkRange(pageIcon(PageIcon::Meetings), QIcon::Selected);
    CHECK(darkOnStrong > 150);
    QGuiApplication::setPalette(original);
}

