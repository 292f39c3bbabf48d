// The main window's shell, driven offscreen: first start, navigation, the team selector, undo and redo
// across pages, what it remembers. And the team list model.
#include "core/model/Meeting.h"
#include "core/storage/Database.h"
#include "core/storage/MeetingRepository.h"
#include "core/storage/TeamRepository.h"
#include "support/TestSupport.h"
#include "translations/Translations.h"
#include "ui/AboutDialog.h"
#include "ui/MainWindow.h"
#include "ui/Session.h"
#include "ui/TeamListModel.h"
#include "ui/pages/Page.h"
#include "ui/pages/WelcomePage.h"
#include "ui/undo/Undo.h"
#include "ui/widgets/DialogTitleFit.h"
#include "ui/widgets/TeamSelector.h"
#include <QAbstractItemModelTester>
#include <QApplication>
#include <QDialog>
#include <QDir>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QStackedWidget>
#include <QTest>
#include <QUndoStack>
#include <QVBoxLayout>

using namespace hamkori;

namespace {

QString cell(QAbstractItemModel* model, int row, int column)
{
    return model->data(model->index(row, column)).toString();
}

QWidget* currentPageWidget(MainWindow& window)
{
    auto* stack = window.findChild<QStackedWidget*>();
    REQUIRE(stack != nullptr);
    return stack->currentWidget();
}

QPushButton* buttonWithText(QWidget& parent, const QString& text)
{
    for (QPushButton* button : parent.findChildren<QPushButton*>())
        if (button->text() == text)
            return button;
    return nullptr;
}

} // namespace

TEST_CASE("an empty data file opens on the first-start screen, loading the demo leaves it", "[ui][shell]")
{
    QSettings().clear();
    test::TempDatabase db;
    MainWindow window(*db);
    window.show();
    auto* welcome = window.findChild<WelcomePage*>();
    REQUIRE(welcome != nullptr);
    CHECK(currentPageWidget(window) == welcome);

    QPushButton* demo = buttonWithText(*welcome, QStringLiteral("Load the demo teams"));
    REQUIRE(demo != nullptr);
    QTest::mouseClick(demo, Qt::LeftButton);
    CHECK(currentPageWidget(window) != welcome);
    auto* selector = window.findChild<TeamSelector*>();
    REQUIRE(selector != nullptr);
    CHECK(selector->count() == 12);
    CHECK_FALSE(window.session().currentTeam().isEmpty());
}

TEST_CASE("the navigation bar and Ctrl+number switch pages, and the last page is remembered", "[ui][shell]")
{
    QSettings().clear();
    test::TempDatabase db;
    test::makeTeam(*db);
    {
        // A style whose inactive highlight is pale, as the Windows style's.
        const QPalette original = QApplication::palette();
        QPalette windowsLike = original;
        windowsLike.setColor(QPalette::Active, QPalette::Highlight, QColor(0x00, 0x78, 0xd7));
        windowsLike.setColor(QPalette::Active, QPalette::HighlightedText, Qt::white);
        windowsLike.setColor(QPalette::Inactive, QPalette::Highlight, QColor(0xf0, 0xf0, 0xf0));
        windowsLike.setColor(QPalette::Inactive, QPalette::HighlightedText, Qt::black);
        QApplication::setPalette(windowsLike);
        MainWindow window(*db);
        window.show();
        window.activateWindow();
        REQUIRE(QTest::qWaitForWindowActive(&window));
        auto* navigation = window.findChild<QListWidget*>();
        REQUIRE(navigation != nullptr);
        REQUIRE(navigation->count() == 15);
        // The chosen page stays marked as chosen when the window loses the focus (its icon is drawn in the
        // active highlighted-text colour, which the Windows style's pale inactive highlight would swallow).
        const QPalette colours = navigation->palette();
        CHECK(colours.color(QPalette::Inactive, QPalette::Highlight) ==
              colours.color(QPalette::Active, QPalette::Highlight));
        CHECK(colours.color(QPalette::Inactive, QPalette::HighlightedText) ==
              colours.color(QPalette::Active, QPalette::HighlightedText));
        QApplication::setPalette(original);
        navigation->setCurrentRow(3);
        CHECK(currentPageWidget(window) == window.pages()[3]);
        QTest::keyClick(&window, Qt::Key_3, Qt::ControlModifier);
        CHECK(currentPageWidget(window) == window.pages()[2]);
        // Ctrl+0 is the tenth page; the eleventh to the fifteenth have no shortcut (never Ctrl+: or Ctrl+;).
        QTest::keyClick(&window, Qt::Key_0, Qt::ControlModifier);
        CHECK(currentPageWidget(window) == window.pages()[9]);
        QList<QKeySequence> shortcuts;
        for (QAction* action : window.findChildren<QAction*>())
            if (!action->shortcut().isEmpty())
                shortcuts << action->shortcut();
        CHECK_FALSE(shortcuts.contains(QKeySequence(Qt::CTRL | Qt::Key_Colon)));
        CHECK_FALSE(shortcuts.contains(QKeySequence(Qt::CTRL | Qt::Key_Semicolon)));
        QTest::keyClick(&window, Qt::Key_3, Qt::ControlModifier);
        window.close();
    }
    MainWindow again(*db);
    again.show();
    CHECK(currentPageWidget(again) == again.pages()[2]);
    again.close();

    // A place remembered by a release of nine pages (the Concerns page was the fourth) opens that page,
    // whatever pages came between since.
    QSettings().remove(QStringLiteral("window/pageName"));
    QSettings().setValue(QStringLiteral("window/page"), 3);
    MainWindow upgraded(*db);
    upgraded.show();
    REQUIRE(currentPageWidget(upgraded) != nullptr);
    CHECK(QString::fromLatin1(currentPageWidget(upgraded)->metaObject()->className()) ==
          QStringLiteral("hamkori::ConcernsPage"));
}

TEST_CASE("Help, About shows the version, the open data file, Qt's version and the licence", "[ui][shell]")
{
    QSettings().clear();
    test::TempDatabase db;
    MainWindow window(*db);
    window.show();
    auto* about = window.findChild<QAction*>(QStringLiteral("aboutAction"));
    REQUIRE(about != nullptr);
    CHECK(about->text() == QStringLiteral("&About Hamkori"));
    about->trigger();
    auto* dialog = window.findChild<AboutDialog*>();
    REQUIRE(dialog != nullptr);
    CHECK(dialog->isVisible());
    const auto text = [dialog](const char* name) {
        auto* label = dialog->findChild<QLabel*>(QString::fromLatin1(name));
        REQUIRE(label != nullptr);
        return label->text();
    };
    CHECK(text("aboutTitle") == QStringLiteral("Hamkori ") + QStringLiteral(HAMKORI_VERSION));
    CHECK(text("aboutDataFile") == QDir::toNativeSeparators(db->path()));
    CHECK(text("aboutQtVersion") == QString::fromLatin1(qVersion()));
    CHECK(text("aboutLicence").contains(QStringLiteral("GNU General Public License")));
    CHECK_FALSE(window.windowIcon().isNull());
    dialog->reject();
}

TEST_CASE("the Edit menu names what undo and redo will do, and they work", "[ui][shell][undo]")
{
    QSettings().clear();
    test::TempDatabase db;
    const QString teamUuid = test::makeTeam(*db);
    MainWindow window(*db);
    Session& session = window.session();
    TeamRepository teams(*db);
    const Team before = *teams.team(teamUuid);
    Team after = before;
    after.name = QStringLiteral("Гурӯҳи нав");

    auto done = undo::perform(
        session, QStringLiteral("rename team ISF"), [&] { return teams.updateTeam(after); },
        [&] { return teams.updateTeam(before); });
    REQUIRE(done.ok());
    CHECK(window.undoAction()->isEnabled());
    CHECK(window.undoAction()->text() == QStringLiteral("&Undo: rename team ISF"));
    CHECK(teams.team(teamUuid)->name == QStringLiteral("Гурӯҳи нав"));

    window.undoAction()->trigger();
    CHECK(teams.team(teamUuid)->name == before.name);
    CHECK(window.redoAction()->text() == QStringLiteral("&Redo: rename team ISF"));
    window.redoAction()->trigger();
    CHECK(teams.team(teamUuid)->name == QStringLiteral("Гурӯҳи нав"));

    // A refused edit is not put on the stack.
    Team invalid = after;
    invalid.name.clear();
    auto refused = undo::perform(
        session, QStringLiteral("clear name"), [&] { return teams.updateTeam(invalid); },
        [&] { return teams.updateTeam(after); });
    CHECK_FALSE(refused.ok());
    CHECK(session.undoStack()->count() == 1);
}

TEST_CASE("undo of a creation deletes the record, redo brings the same record back", "[ui][shell][undo]")
{
    test::TempDatabase db;
    const QString teamUuid = test::makeTeam(*db);
    Session session(*db);
    Member member;
    member.teamUuid = teamUuid;
    member.name = QStringLiteral("Саидова Мадина");
    auto created = undo::create(session, QStringLiteral("add member"), QStringLiteral("member"),
                                [&]() -> Result<QString> {
                                    auto made = TeamRepository(*db).createMember(member);
                                    if (!made)
                                        return made.error();
                                    return made->meta.uuid;
                                });
    REQUIRE(created.ok());
    CHECK(TeamRepository(*db).members(teamUuid)->size() == 1);
    session.undoStack()->undo();
    CHECK(TeamRepository(*db).members(teamUuid)->isEmpty());
    session.undoStack()->redo();
    REQUIRE(TeamRepository(*db).members(teamUuid)->size() == 1);
    CHECK(TeamRepository(*db).members(teamUuid)->first().meta.uuid == *created);

    REQUIRE(undo::remove(session, QStringLiteral("delete member"), QStringLiteral("member"), *created).ok());
    CHECK(TeamRepository(*db).members(teamUuid)->isEmpty());
    session.undoStack()->undo();
    CHECK(TeamRepository(*db).members(teamUuid)->size() == 1);
}

TEST_CASE("the team list model shows teams with district and counts, following the data file", "[ui][models]")
{
    test::TempDatabase db;
    const QString team = test::makeTeam(*db, QStringLiteral("ISF"));
    Meeting meeting;
    meeting.teamUuid = team;
    meeting.date = QDate(2026, 3, 10);
    REQUIRE(MeetingRepository(*db).createMeeting(meeting).ok());

    TeamListModel model(*db);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    REQUIRE(model.rowCount() == 1);
    CHECK(cell(&model, 0, TeamListModel::Code) == QStringLiteral("ISF"));
    CHECK(cell(&model, 0, TeamListModel::District) == QStringLiteral("Isfara"));
    CHECK(cell(&model, 0, TeamListModel::Meetings) == QStringLiteral("1"));
    CHECK(cell(&model, 0, TeamListModel::Concerns) == QStringLiteral("0"));
    test::makeTeam(*db, QStringLiteral("KUL"));
    CHECK(model.rowCount() == 2);
}

TEST_CASE("district names and headers follow the interface language", "[ui][models]")
{
    test::TempDatabase db;
    test::makeTeam(*db, QStringLiteral("ISF"));
    REQUIRE(Translations::install(QStringLiteral("tg")));
    TeamListModel model(*db);
    CHECK(cell(&model, 0, TeamListModel::District) == QStringLiteral("Шаҳри Исфара"));
    CHECK(model.headerData(TeamListModel::District, Qt::Horizontal).toString() !=
          QStringLiteral("District or city"));
    Translations::install(QStringLiteral("en"));
}

TEST_CASE("changes the console program makes to the open file reach the pages within the watch interval",
          "[ui][shell]")
{
    test::TempDatabase db;
    const QString team = test::makeTeam(*db);
    Session session(*db);
    QSignalSpy announced(&*db, &Database::recordsChanged);
    CHECK_FALSE(session.checkForChangesElsewhere()); // nothing yet

    // The window's own write is announced by its commit, not by the watch.
    Team renamed = TeamRepository(*db).team(team).value();
    renamed.name = QStringLiteral("Гурӯҳи Исфара");
    REQUIRE(TeamRepository(*db).updateTeam(renamed).ok());
    CHECK_FALSE(session.checkForChangesElsewhere());

    auto console = Database::openAnother(*db);
    REQUIRE(console.ok());
    Team again = TeamRepository(**console).team(team).value();
    again.name = QStringLiteral("Гурӯҳи ҳамкории Исфара");
    REQUIRE(TeamRepository(**console).updateTeam(again).ok());
    announced.clear();
    // The timer of the session finds it on its own.
    REQUIRE(QTest::qWaitFor([&] { return !announced.isEmpty(); }, 5000));
    CHECK(announced.first().first().toStringList().contains(QStringLiteral("team")));
    CHECK(TeamRepository(*db).team(team)->name == QStringLiteral("Гурӯҳи ҳамкории Исфара"));
    CHECK_FALSE(session.checkForChangesElsewhere()); // announced once
}

TEST_CASE("a dialog opens as wide as its title, so the title is not cut short", "[ui][shell]")
{
    QSettings().clear();
    test::TempDatabase db;
    test::makeTeam(*db);
    MainWindow window(*db);
    window.show();
    // A short form under a long Tajik title, as the progress update dialog was.
    QDialog dialog(&window);
    dialog.setWindowTitle(QStringLiteral("Илова кардани навсозии пешрафти чорабинии нақшаи чорабиниҳо"));
    auto* layout = new QVBoxLayout(&dialog);
    layout->addWidget(new QLabel(QStringLiteral("Сана:"), &dialog));
    dialog.adjustSize();
    REQUIRE(dialog.width() < DialogTitleFit::widthFor(dialog.windowTitle()));
    dialog.show();
    CHECK(dialog.width() >= DialogTitleFit::widthFor(dialog.windowTitle()));
    const int titleText = QFontMetrics(QApplication::font()).horizontalAdvance(dialog.windowTitle());
    CHECK(dialog.width() > titleText);
}

TEST_CASE("the first start fills a small screen, a later start opens as the window was left", "[ui][shell]")
{
    QSettings().clear();
    test::TempDatabase db;
    test::makeTeam(*db);
    QByteArray saved;
    {
        MainWindow first(*db);
        REQUIRE(first.isFirstStart());
        first.showForFirstTime(); // the test screen is smaller than 1600×900
        CHECK(first.windowState().testFlag(Qt::WindowMaximized));
        first.showNormal();
        first.resize(1000, 640);
        first.close(); // saves the size
    }
    MainWindow again(*db);
    CHECK_FALSE(again.isFirstStart());
    again.showForFirstTime();
    CHECK_FALSE(again.windowState().testFlag(Qt::WindowMaximized));
}
