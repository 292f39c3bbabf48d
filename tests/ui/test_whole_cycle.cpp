// The whole cycle of a team, driven through the real main window offscreen like a facilitator would: the
// first-start screen, a new team and its members, a meeting with attendance and guests, three concerns with
// their analysis, a prioritisation round scored by two groups and decided, an action plan with two activities
// and a progress update. Where the program offers the next step (after creating the team, after the decision,
// after adopting the plan, on an empty page) the offer is clicked, as a new facilitator would. After each
// step the data file is read back through core; then Edit → Undo walks the whole cycle back to the empty file
// and Edit → Redo brings it all back, checked at every step boundary.
#include "core/storage/ConcernRepository.h"
#include "core/storage/MeetingRepository.h"
#include "core/storage/PlanRepository.h"
#include "core/storage/PrioritisationRepository.h"
#include "core/storage/ReferenceRepository.h"
#include "core/storage/TeamRepository.h"
#include "support/TestSupport.h"
#include "support/UiTestSupport.h"
#include "ui/widgets/OptionalDateEdit.h"
#include "ui/MainWindow.h"
#include "ui/Session.h"
#include "ui/pages/Page.h"
#include "ui/pages/PrioritisationPage.h"
#include "ui/pages/WelcomePage.h"
#include <QAbstractItemView>
#include <QApplication>
#include <QComboBox>
#include <QCompleter>
#include <QDialog>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QListWidget>
#include <QMenuBar>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSettings>
#include <QSpinBox>
#include <QStackedWidget>
#include <QTabBar>
#include <QTabWidget>
#include <QTableView>
#include <QTableWidget>
#include <QTest>
#include <QTimer>
#include <QUndoStack>
#include <algorithm>

using namespace hamkori;

namespace {

// The dialogs' checklists keep the record's UUID in this role (RoundDialog, DecisionDialog).
constexpr int kChecklistUuidRole = Qt::UserRole + 1;

enum PageIndex
{
    OverviewPageIndex,
    TeamPageIndex,
    DirectoryPageIndex,
    MeetingsPageIndex,
    CentresPageIndex,
    EventsPageIndex,
    CampaignsPageIndex,
    SurveysPageIndex,
    ConcernsPageIndex,
    PrioritisationPageIndex,
    PlansPageIndex
};

using hamkori::test::child;

void click(QWidget* widget)
{
    REQUIRE(widget->isEnabled());
    QTest::mouseClick(widget, Qt::LeftButton);
}

void clickButton(QObject& parent, const char* name)
{
    click(child<QPushButton>(parent, name));
}

/// Clicks a tab of a tab widget on its tab bar.
void clickTab(QTabWidget* tabs, int index)
{
    QTabBar* bar = tabs->tabBar();
    QTest::mouseClick(bar, Qt::LeftButton, {}, bar->tabRect(index).center());
    REQUIRE(tabs->currentIndex() == index);
}

/// Clicks a cell of an item view (selects its row).
void clickCell(QAbstractItemView* view, const QModelIndex& index)
{
    REQUIRE(index.isValid());
    view->scrollTo(index);
    QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, view->visualRect(index).center());
    REQUIRE(view->currentIndex().row() == index.row());
}

/// The row of a list or table whose text in `column` starts with `text`, -1 when none.
int rowStartingWith(const QAbstractItemModel* model, const QString& text, int column = 0)
{
    for (int row = 0; row < model->rowCount(); ++row)
        if (model->index(row, column).data().toString().startsWith(text))
            return row;
    return -1;
}

/// Replaces a line edit's text as a person does (select all, type) and confirms it with Enter.
void retype(QLineEdit* edit, const QString& text)
{
    edit->setFocus();
    edit->selectAll();
    QTest::keyClick(edit, Qt::Key_Backspace);
    test::typeText(edit, text);
    QTest::keyClick(edit, Qt::Key_Return);
}

/// Types a date over whatever the field shows, with dots, as people write it (issue 18: typed with dots, a
/// QDateEdit took 15.08.2027 for 15.03.2027). No Enter: in a dialog Enter would press the default button.
void typeDate(OptionalDateEdit* edit, QDate date)
{
    edit->setFocus();
    edit->selectAll();
    QTest::keyClicks(edit, date.toString(QStringLiteral("dd.MM.yyyy")));
}

/// Types a date and confirms it with Enter (fields saved when the date is confirmed).
void enterDate(OptionalDateEdit* edit, QDate date)
{
    typeDate(edit, date);
    QTest::keyClick(edit, Qt::Key_Return);
    REQUIRE(edit->date() == date);
}

/// Types a number into a spin box (what was there is replaced).
void typeNumber(QSpinBox* spin, int value)
{
    spin->setFocus();
    spin->selectAll();
    QTest::keyClicks(spin, QString::number(value));
}

/// Picks the entry of a combo box with this data, as picking it in the open list does.
void pick(QComboBox* combo, const QVariant& data)
{
    const int index = combo->findData(data);
    REQUIRE(index >= 0);
    combo->setCurrentIndex(index);
}

/// Ticks or unticks the current row's check box with the keyboard (Space).
void toggleWithSpace(QAbstractItemView* view, const QModelIndex& index)
{
    REQUIRE(index.isValid());
    view->setFocus();
    view->setCurrentIndex(index);
    QTest::keyClick(view, Qt::Key_Space);
}

/// The row of a dialog's checklist holding this UUID.
QModelIndex checklistRow(const QAbstractItemModel* model, const QString& uuid)
{
    for (int row = 0; row < model->rowCount(); ++row)
        if (model->index(row, 0).data(kChecklistUuidRole).toString() == uuid)
            return model->index(row, 0);
    FAIL("not in the checklist: " << uuid.toStdString());
    return {};
}

/// Any message box that opens (an undo that failed, say) is noted and closed, so the test can never hang on
/// one; the test checks at the end that none opened.
class MessageBoxWatch
{
public:
    MessageBoxWatch()
    {
        m_timer.setInterval(50);
        QObject::connect(&m_timer, &QTimer::timeout, [this] {
            if (auto* box = qobject_cast<QMessageBox*>(QApplication::activeModalWidget())) {
                m_seen << box->text();
                box->done(QMessageBox::Cancel);
            }
        });
        m_timer.start();
    }
    const QStringList& seen() const { return m_seen; }

private:
    QTimer m_timer;
    QStringList m_seen;
};

/// The main window with the helpers of a person at the keyboard: the navigation bar, the Edit menu.
struct Window
{
    explicit Window(Database& db) : window(db)
    {
        window.resize(1366, 768);
        window.show();
        reactivate();
    }

    /// Dialogs take the activation when they open; a person clicks back into the window afterwards.
    void reactivate()
    {
        window.activateWindow();
        REQUIRE(QTest::qWaitForWindowActive(&window));
    }

    /// A dialog that deletes itself on close is gone once the events are handled; then back to the window.
    void afterDialog()
    {
        QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
        reactivate();
    }

    QWidget* currentPage()
    {
        auto* stack =
            window.centralWidget()->findChild<QStackedWidget*>(QString(), Qt::FindDirectChildrenOnly);
        REQUIRE(stack != nullptr);
        return stack->currentWidget();
    }

    Page& page(int index) { return *window.pages().at(index); }

    /// The Undo and Redo actions of the Edit menu in the menu bar.
    QAction* editAction(const QString& prefix)
    {
        for (QAction* menu : window.menuBar()->actions())
            if (menu->menu() && menu->text() == QStringLiteral("&Edit"))
                for (QAction* action : menu->menu()->actions())
                    if (action->text().startsWith(prefix))
                        return action;
        FAIL("no Edit menu entry starting with " << prefix.toStdString());
        return nullptr;
    }

    /// Edit → Undo; returns what its text said it would undo.
    QString undo()
    {
        QAction* action = editAction(QStringLiteral("&Undo"));
        REQUIRE(action == window.undoAction());
        REQUIRE(action->isEnabled());
        const QString text = action->text();
        REQUIRE(text.startsWith(QStringLiteral("&Undo: ")));
        action->trigger();
        return text.mid(7);
    }

    /// Edit → Redo; returns what its text said it would redo.
    QString redo()
    {
        QAction* action = editAction(QStringLiteral("&Redo"));
        REQUIRE(action == window.redoAction());
        REQUIRE(action->isEnabled());
        const QString text = action->text();
        REQUIRE(text.startsWith(QStringLiteral("&Redo: ")));
        action->trigger();
        return text.mid(7);
    }

    int steps() { return window.session().undoStack()->index(); }

    MainWindow window;
};

// Reading back what the data file holds, through core only.

QList<Member> membersOf(Database& db, const QString& team)
{
    auto members = TeamRepository(db).members(team);
    REQUIRE(members.ok());
    QList<Member> sorted = *members;
    std::sort(sorted.begin(), sorted.end(), [](const Member& a, const Member& b) { return a.name < b.name; });
    return sorted;
}

QList<Concern> concernsOf(Database& db, const QString& team)
{
    ConcernFilter filter;
    filter.teamUuid = team;
    filter.sort = ConcernFilter::Sort::Code;
    filter.descending = false;
    ConcernRepository concerns(db);
    auto rows = concerns.page(filter, 0, 100);
    REQUIRE(rows.ok());
    QList<Concern> result;
    for (const ConcernRow& row : *rows) {
        auto concern = concerns.concern(row.uuid);
        REQUIRE(concern.ok());
        result << *concern;
    }
    return result;
}

Concern concernNamed(Database& db, const QString& team, const QString& title)
{
    for (const Concern& concern : concernsOf(db, team))
        if (concern.title == title)
            return concern;
    FAIL("no concern titled " << title.toStdString());
    return {};
}

QStringList driverCodes(Database& db, const QString& concern)
{
    auto drivers = ConcernRepository(db).drivers(concern);
    REQUIRE(drivers.ok());
    auto items = ReferenceRepository(db).items(ReferenceList::Driver);
    REQUIRE(items.ok());
    QStringList codes;
    for (const ReferenceItem& item : *items)
        if (drivers->contains(item.meta.uuid))
            codes << item.code;
    codes.sort();
    return codes;
}

QString counts(const SexAgeCounts& c)
{
    QStringList cells;
    for (int i = 0; i < SexAgeCounts::kCells; ++i)
        cells << QString::number(c.cell(i));
    return cells.join(QLatin1Char(','));
}

/// What the data file holds for people, as text (no clocks, versions or journal): equal texts mean the
/// same records with the same values.
QString snapshot(Database& db)
{
    QStringList lines;
    TeamRepository teams(db);
    MeetingRepository meetings(db);
    PrioritisationRepository rounds(db);
    PlanRepository plans(db);
    auto allTeams = teams.teams();
    REQUIRE(allTeams.ok());
    for (const Team& team : *allTeams) {
        const QString t = team.meta.uuid;
        lines << QStringLiteral("team %1|%2|%3|%4|%5")
                     .arg(t, team.code, team.name, team.districtUuid, team.jamoat);
        for (const Member& m : membersOf(db, t))
            lines << QStringLiteral("member %1|%2|%3|%4|%5|%6")
                         .arg(m.meta.uuid, m.name, codeOf(m.category), codeOf(m.sex), codeOf(m.ageBand),
                              m.joined.toString(Qt::ISODate));
        auto teamMeetings = meetings.meetings(t);
        REQUIRE(teamMeetings.ok());
        for (const Meeting& m : *teamMeetings) {
            auto present = meetings.presentMembers(m.meta.uuid);
            REQUIRE(present.ok());
            QStringList presentSorted = *present;
            presentSorted.sort();
            lines << QStringLiteral("meeting %1|%2|%3|%4|%5|%6|guests %7|present %8")
                         .arg(m.meta.uuid, m.code, codeOf(m.kind), m.date.toString(Qt::ISODate), m.place,
                              m.facilitator, counts(m.guests), presentSorted.join(QLatin1Char(',')));
        }
        for (const Concern& c : concernsOf(db, t))
            lines << QStringLiteral("concern %1|%2|%3|%4|%5|%6|%7|causes %8|effects %9")
                         .arg(c.meta.uuid, c.code, c.title, codeOf(c.status), c.categoryUuid,
                              codeOf(c.raisedBy), c.firstMeetingUuid, c.causes.join(QLatin1Char(';')),
                              c.effects.join(QLatin1Char(';')))
                  << QStringLiteral("  drivers %1|risk %2|%3|triangle %4/%5/%6")
                         .arg(driverCodes(db, c.meta.uuid).join(QLatin1Char(',')), codeOf(c.conflictRisk),
                              c.conflictMitigation, c.triangle.offender, c.triangle.victim, c.triangle.place);
        auto teamRounds = rounds.rounds(t);
        REQUIRE(teamRounds.ok());
        for (const PrioritisationRound& r : *teamRounds) {
            QStringList criteria;
            for (const RoundCriterion& c : r.criteria)
                criteria << c.criterionUuid + QLatin1Char('*') + QString::number(c.weight);
            lines << QStringLiteral("round %1|%2|%3|%4|criteria %5|concerns %6|decided %7|chosen %8|%9")
                         .arg(r.meta.uuid, r.title, r.date.toString(Qt::ISODate), r.meetingUuid,
                              criteria.join(QLatin1Char(',')), r.concernUuids.join(QLatin1Char(',')),
                              r.decided ? QStringLiteral("yes") : QStringLiteral("no"),
                              r.chosenConcernUuids.join(QLatin1Char(',')), r.decisionNote);
            auto scores = rounds.scores(r.meta.uuid);
            REQUIRE(scores.ok());
            QStringList scoreLines;
            for (const Score& s : *scores)
                scoreLines << QStringLiteral("  score %1|%2|%3|%4")
                                  .arg(s.concernUuid, s.criterionUuid, codeOf(s.group),
                                       QString::number(s.value));
            scoreLines.sort();
            lines << scoreLines;
        }
        auto teamPlans = plans.plans(t);
        REQUIRE(teamPlans.ok());
        for (const ActionPlan& p : *teamPlans) {
            lines << QStringLiteral("plan %1|%2|%3|%4|%5|%6|concerns %7")
                         .arg(p.meta.uuid, p.code, p.title, p.periodStart.toString(Qt::ISODate),
                              p.periodEnd.toString(Qt::ISODate), p.adoptedMeetingUuid,
                              p.concernUuids.join(QLatin1Char(',')));
            auto activities = plans.activities(p.meta.uuid);
            REQUIRE(activities.ok());
            for (const Activity& a : *activities) {
                lines << QStringLiteral("  activity %1|%2|%3|%4")
                             .arg(a.meta.uuid, a.measure, codeOf(a.status), a.outcomeIndicator);
                auto updates = plans.progress(a.meta.uuid);
                REQUIRE(updates.ok());
                for (const ProgressUpdate& u : *updates)
                    lines << QStringLiteral("    progress %1|%2|%3|%4|reached %5|indirectly %6")
                                 .arg(u.meta.uuid, u.date.toString(Qt::ISODate), codeOf(u.status), u.note,
                                      counts(u.reached), QString::number(u.reachedIndirectly));
            }
        }
    }
    return lines.join(QLatin1Char('\n'));
}

} // namespace

TEST_CASE("a facilitator runs a whole cycle through the main window, then undoes and redoes all of it",
          "[ui][cycle]")
{
    QSettings().clear();
    test::TempDatabase db;
    MessageBoxWatch messageBoxes;
    Window w(*db);
    QStringList undoErrors;
    QObject::connect(&w.window.session(), &Session::errorOccurred,
                     [&undoErrors](const QString& message) { undoErrors << message; });
    // What the data file holds at the end of each step, and how many edits the undo stack held then.
    QStringList snapshots{snapshot(*db)};
    QList<int> stepEnds{0};
    const auto endOfStep = [&] {
        snapshots << snapshot(*db);
        stepEnds << w.steps();
    };

    // ---- 1. The first-start screen, a new team, its members ----
    auto* welcome = w.window.findChild<WelcomePage*>();
    REQUIRE(welcome != nullptr);
    CHECK(w.currentPage() == welcome);
    clickButton(*welcome, "welcomeCreateTeam");
    Page& teamPage = w.page(TeamPageIndex);
    CHECK(w.currentPage() == &teamPage);

    const QString teamName = QStringLiteral("ШҲПҶ Ваҳдат");
    auto* name = child<QLineEdit>(teamPage, "teamName");
    name->setFocus();
    test::typeText(name, teamName);
    QTest::keyClicks(child<QLineEdit>(teamPage, "teamCode"), QStringLiteral("VHD"));
    // The district: typed in Tajik, picked from the gazetteer's matches.
    auto* district = child<QComboBox>(teamPage, "teamDistrict");
    district->setFocus();
    test::typeText(district->lineEdit(), QStringLiteral("Ваҳдат"));
    QAbstractItemView* matches = district->completer()->popup();
    REQUIRE(matches->isVisible());
    REQUIRE(matches->model()->rowCount() == 1);
    CHECK(matches->model()->index(0, 0).data().toString().startsWith(QStringLiteral("Vahdat (")));
    // While the list of matches is open it has the keyboard: Down to the match, Enter to take it.
    QTest::keyClick(matches, Qt::Key_Down);
    QTest::keyClick(matches, Qt::Key_Return);
    CHECK_FALSE(matches->isVisible());
    QApplication::processEvents();
    CHECK(district->currentText() == QStringLiteral("Vahdat"));
    auto* jamoat = child<QLineEdit>(teamPage, "teamJamoat");
    jamoat->setFocus();
    test::typeText(jamoat, QStringLiteral("Ҷамоати Ҷулға"));
    CHECK(TeamRepository(*db).teams()->isEmpty()); // nothing is saved before "Create team"
    clickButton(teamPage, "createTeamButton");

    auto teams = TeamRepository(*db).teams();
    REQUIRE(teams.ok());
    REQUIRE(teams->size() == 1);
    const Team team = teams->first();
    const QString teamUuid = team.meta.uuid;
    auto vahdat = ReferenceRepository(*db).findPlace(QStringLiteral("Vahdat"));
    REQUIRE(vahdat.ok());
    CHECK(team.name == teamName);
    CHECK(team.code == QStringLiteral("VHD"));
    CHECK(team.districtUuid == vahdat->meta.uuid);
    CHECK(team.jamoat == QStringLiteral("Ҷамоати Ҷулға"));
    CHECK(w.window.session().currentTeam() == teamUuid);
    CHECK(w.currentPage() == &teamPage); // the first-start screen is gone
    CHECK(w.window.undoAction()->text() == QStringLiteral("&Undo: create team VHD"));

    // The next steps are offered in the page: the members first.
    auto* teamOffer = child<QWidget>(teamPage, "teamNextStep");
    REQUIRE(teamOffer->isVisible());
    clickButton(teamPage, "nextStepAddMembers");
    CHECK(child<QTabWidget>(teamPage, "teamTabs")->currentIndex() == 1);
    struct NewMember
    {
        QString name;
        MemberCategory category;
        Sex sex;
        AgeBand band;
    };
    const QList<NewMember> people{
        {QStringLiteral("Гулнора Шарипова"), MemberCategory::WomensCommittee, Sex::Female,
         AgeBand::From30To49},
        {QStringLiteral("Фирӯз Раҳимов"), MemberCategory::Youth, Sex::Male, AgeBand::From18To29},
        {QStringLiteral("Ҷамшед Қодиров"), MemberCategory::Police, Sex::Male, AgeBand::From50},
        {QStringLiteral("Малика Ҳасанова"), MemberCategory::Cso, Sex::Female, AgeBand::From18To29}};
    const QDate joined(2025, 2, 1);
    for (const NewMember& person : people) {
        if (&person != &people.first()) // the offer opened the first one's form
            clickButton(teamPage, "newMemberButton");
        auto* memberName = child<QLineEdit>(teamPage, "memberName");
        CHECK(memberName->text().isEmpty());
        memberName->setFocus();
        test::typeText(memberName, person.name);
        pick(child<QComboBox>(teamPage, "memberCategory"), int(person.category));
        pick(child<QComboBox>(teamPage, "memberSex"), int(person.sex));
        pick(child<QComboBox>(teamPage, "memberAgeBand"), int(person.band));
        enterDate(child<OptionalDateEdit>(teamPage, "memberJoined"), joined);
        clickButton(teamPage, "addMemberButton");
        CHECK(w.window.undoAction()->text() == QStringLiteral("&Undo: add member ") + person.name);
    }
    QList<Member> members = membersOf(*db, teamUuid);
    REQUIRE(members.size() == 4);
    QHash<QString, QString> memberUuid;
    for (const NewMember& person : people) {
        const auto found = std::find_if(members.cbegin(), members.cend(),
                                        [&](const Member& m) { return m.name == person.name; });
        REQUIRE(found != members.cend());
        CHECK(found->category == person.category);
        CHECK(found->sex == person.sex);
        CHECK(found->ageBand == person.band);
        CHECK(found->joined == joined);
        CHECK_FALSE(found->left.isValid());
        memberUuid.insert(person.name, found->meta.uuid);
    }
    CHECK(child<QTableView>(teamPage, "memberTable")->model()->rowCount() == 4);
    CHECK(w.steps() == 5); // the team and four members, one step each
    endOfStep();

    // ---- 2. A meeting: date, kind, place; attendance and guests ----
    // The offer's other step is still there: it logs the first meeting, on the Meetings page.
    REQUIRE(teamOffer->isVisible());
    clickButton(teamPage, "nextStepFirstMeeting");
    Page& meetingsPage = w.page(MeetingsPageIndex);
    REQUIRE(w.currentPage() == &meetingsPage);
    CHECK_FALSE(teamOffer->isVisible());
    auto meetingList = MeetingRepository(*db).meetings(teamUuid);
    REQUIRE(meetingList.ok());
    REQUIRE(meetingList->size() == 1);
    const QString meetingUuid = meetingList->first().meta.uuid;
    const QString meetingCode = meetingList->first().code;
    CHECK(meetingCode.startsWith(QStringLiteral("VHD-")));
    const QDate meetingDate(2026, 3, 14);
    enterDate(child<OptionalDateEdit>(meetingsPage, "meetingDate"), meetingDate);
    auto* kind = child<QComboBox>(meetingsPage, "meetingKind");
    kind->setFocus();
    QTest::keyClick(kind, Qt::Key_Down); // regular meeting → community consultation
    const QString place = QStringLiteral("Маркази ҳамкории милитсия ва ҷомеа, Ҷулға");
    retype(child<QLineEdit>(meetingsPage, "meetingPlace"), place);
    retype(child<QLineEdit>(meetingsPage, "meetingFacilitator"), QStringLiteral("Гулнора Шарипова"));
    Meeting meeting = *MeetingRepository(*db).meeting(meetingUuid);
    CHECK(meeting.date == meetingDate);
    CHECK(meeting.kind == MeetingKind::CommunityConsultation);
    CHECK(meeting.place == place);
    CHECK(meeting.facilitator == QStringLiteral("Гулнора Шарипова"));
    CHECK(meeting.teamUuid == teamUuid);

    auto* meetingTabs = child<QTabWidget>(meetingsPage, "meetingTabs");
    clickTab(meetingTabs, 1);
    auto* attendance = child<QListView>(meetingsPage, "attendanceList");
    REQUIRE(attendance->model()->rowCount() == 4); // everyone was a member on 14.03.2026
    const QStringList presentNames{QStringLiteral("Гулнора Шарипова"), QStringLiteral("Фирӯз Раҳимов"),
                                   QStringLiteral("Ҷамшед Қодиров")};
    for (const QString& person : presentNames)
        toggleWithSpace(attendance,
                        attendance->model()->index(rowStartingWith(attendance->model(), person), 0));
    typeNumber(child<QSpinBox>(meetingsPage, "guests_f_18_29"), 6);
    QTest::keyClick(child<QSpinBox>(meetingsPage, "guests_f_18_29"), Qt::Key_Return);
    typeNumber(child<QSpinBox>(meetingsPage, "guests_f_50p"), 2);
    QTest::keyClick(child<QSpinBox>(meetingsPage, "guests_f_50p"), Qt::Key_Return);
    typeNumber(child<QSpinBox>(meetingsPage, "guests_m_u18"), 4);
    QTest::keyClick(child<QSpinBox>(meetingsPage, "guests_m_u18"), Qt::Key_Return);

    QStringList expectedPresent;
    for (const QString& person : presentNames)
        expectedPresent << memberUuid.value(person);
    expectedPresent.sort();
    QStringList present = *MeetingRepository(*db).presentMembers(meetingUuid);
    present.sort();
    CHECK(present == expectedPresent);
    meeting = *MeetingRepository(*db).meeting(meetingUuid);
    CHECK(meeting.guests.at(Sex::Female, AgeBand::From18To29) == 6);
    CHECK(meeting.guests.at(Sex::Female, AgeBand::From50) == 2);
    CHECK(meeting.guests.at(Sex::Male, AgeBand::Under18) == 4);
    CHECK(meeting.guests.total() == 12);
    CHECK(child<QLabel>(meetingsPage, "attendanceTotal")->text() == QStringLiteral("15"));
    CHECK(meetingTabs->tabText(1) == QStringLiteral("A&ttendance (15)"));
    endOfStep();

    // ---- 3. Three concerns: two registered at the meeting, one on the Concerns page; their analysis ----
    clickTab(meetingTabs, 2);
    struct Raised
    {
        QString title;
        QString category;
        RaisedBy raisedBy;
    };
    const Raised lights{QStringLiteral("Кӯчаҳои торик назди мактаб"), QStringLiteral("unsafe_spaces"),
                        RaisedBy::Women};
    const Raised fights{QStringLiteral("Задухӯрди наврасон дар бозор"), QStringLiteral("youth_crime"),
                        RaisedBy::Youth};
    for (const Raised& concern : {lights, fights}) {
        clickButton(meetingsPage, "registerConcern");
        auto* dialog = child<QDialog>(meetingsPage, "registerConcernDialog");
        REQUIRE(dialog->isVisible());
        auto* title = child<QLineEdit>(*dialog, "concernTitle");
        title->setFocus();
        test::typeText(title, concern.title);
        pick(child<QComboBox>(*dialog, "concernCategory"), test::categoryUuid(*db, concern.category));
        pick(child<QComboBox>(*dialog, "concernRaisedBy"), codeOf(concern.raisedBy));
        QTest::keyClick(title, Qt::Key_Return); // the default button: Register
        CHECK(dialog->result() == QDialog::Accepted);
        w.afterDialog();
    }
    auto* raisedView = child<QTableView>(meetingsPage, "raisedConcerns");
    REQUIRE(raisedView->model()->rowCount() == 2);
    CHECK(meetingTabs->tabText(2) == QStringLiteral("Concerns &raised (2)"));

    // Double-clicking the first opens it on the Concerns page.
    Concern first = concernNamed(*db, teamUuid, lights.title);
    const int firstRow = rowStartingWith(raisedView->model(), first.code);
    REQUIRE(firstRow >= 0);
    const QModelIndex firstCell = raisedView->model()->index(firstRow, 0);
    clickCell(raisedView, firstCell);
    QTest::mouseDClick(raisedView->viewport(), Qt::LeftButton, {},
                       raisedView->visualRect(firstCell).center());
    Page& concernsPage = w.page(ConcernsPageIndex);
    REQUIRE(w.currentPage() == &concernsPage);
    auto* editorCode = child<QLabel>(concernsPage, "code");
    CHECK(editorCode->text() == first.code);

    // The third concern through "New concern…" on the register.
    const QString drugsTitle = QStringLiteral("Нашъамандии ҷавонон дар маҳаллаи Гулистон");
    clickButton(concernsPage, "newConcernButton");
    {
        auto* dialog = child<QDialog>(concernsPage, "newConcernDialog");
        REQUIRE(dialog->isVisible());
        auto* title = child<QLineEdit>(*dialog, "titleEdit");
        title->setFocus();
        test::typeText(title, drugsTitle);
        pick(child<QComboBox>(*dialog, "categoryCombo"),
             test::categoryUuid(*db, QStringLiteral("drugs_alcohol")));
        auto* concernPlace = child<QLineEdit>(*dialog, "placeEdit");
        concernPlace->setFocus();
        test::typeText(concernPlace, QStringLiteral("Маҳаллаи Гулистон"));
        pick(child<QComboBox>(*dialog, "raisedByCombo"), codeOf(RaisedBy::Mixed));
        typeDate(child<OptionalDateEdit>(*dialog, "firstRaisedEdit"), meetingDate);
        clickButton(*dialog, "okButton");
        CHECK(dialog->result() == QDialog::Accepted);
        w.afterDialog();
    }

    QList<Concern> concerns = concernsOf(*db, teamUuid);
    REQUIRE(concerns.size() == 3);
    first = concerns[0];
    Concern second = concerns[1];
    Concern third = concerns[2];
    CHECK(first.title == lights.title);
    CHECK(first.code == QStringLiteral("VHD-2026-001"));
    CHECK(first.categoryUuid == test::categoryUuid(*db, QStringLiteral("unsafe_spaces")));
    CHECK(first.raisedBy == RaisedBy::Women);
    CHECK(first.firstMeetingUuid == meetingUuid);
    CHECK(first.firstRaised == meetingDate);
    CHECK(first.place == place);
    CHECK(second.title == fights.title);
    CHECK(second.code == QStringLiteral("VHD-2026-002"));
    CHECK(second.raisedBy == RaisedBy::Youth);
    CHECK(second.firstMeetingUuid == meetingUuid);
    CHECK(third.title == drugsTitle);
    CHECK(third.code == QStringLiteral("VHD-2026-003"));
    CHECK(third.place == QStringLiteral("Маҳаллаи Гулистон"));
    CHECK(third.firstRaised == meetingDate);
    CHECK(third.firstMeetingUuid.isEmpty());
    for (const Concern& c : concerns)
        CHECK(c.status == ConcernStatus::Raised);
    CHECK(editorCode->text() == third.code); // the new concern is opened in the editor

    // The analysis, concern by concern: pick it in the register, fill the editor's tabs.
    auto* register_ = child<QTableView>(concernsPage, "concernTable");
    auto* concernTabs = child<QTabWidget>(concernsPage, "concernTabs");
    const auto openConcern = [&](const Concern& concern) {
        clickCell(register_, register_->model()->index(rowStartingWith(register_->model(), concern.code), 0));
        REQUIRE(editorCode->text() == concern.code);
        clickTab(concernTabs, 1);
    };
    const auto addListEntry = [&](const char* entry, const QString& text) {
        auto* edit = child<QLineEdit>(concernsPage, entry);
        edit->setFocus();
        test::typeText(edit, text);
        QTest::keyClick(edit, Qt::Key_Return);
    };
    auto* drivers = child<QListView>(concernsPage, "drivers");
    const auto tickDriver = [&](const QString& code) {
        const QString uuid = test::referenceUuid(*db, QStringLiteral("driver"), code);
        for (int row = 0; row < drivers->model()->rowCount(); ++row)
            if (drivers->model()->index(row, 0).data(Qt::UserRole).toString() == uuid) {
                toggleWithSpace(drivers, drivers->model()->index(row, 0));
                return;
            }
        FAIL("no driver " << code.toStdString());
    };
    auto* risk = child<QComboBox>(concernsPage, "conflictRisk");

    // The dark streets: causes, an effect, a driver, a low conflict risk; then it is marked as analysed.
    openConcern(first);
    addListEntry("causesNew", QStringLiteral("Чароғҳои кӯча вайрон шудаанд"));
    addListEntry("causesNew", QStringLiteral("Касе барои равшании кӯча масъул нест"));
    addListEntry("effectsNew", QStringLiteral("Духтарон бегоҳӣ ба мактаб намераванд"));
    tickDriver(QStringLiteral("weak_services"));
    pick(risk, int(ConflictRisk::Low));
    first = *ConcernRepository(*db).concern(first.meta.uuid);
    CHECK(first.causes == QStringList{QStringLiteral("Чароғҳои кӯча вайрон шудаанд"),
                                      QStringLiteral("Касе барои равшании кӯча масъул нест")});
    CHECK(first.effects == QStringList{QStringLiteral("Духтарон бегоҳӣ ба мактаб намераванд")});
    CHECK(driverCodes(*db, first.meta.uuid) == QStringList{QStringLiteral("weak_services")});
    CHECK(first.conflictRisk == ConflictRisk::Low);

    clickTab(concernTabs, 0);
    clickButton(concernsPage, "changeStatus");
    {
        auto* dialog = child<QDialog>(concernsPage, "changeStatusDialog");
        REQUIRE(dialog->isVisible());
        pick(child<QComboBox>(*dialog, "newStatus"), int(ConcernStatus::Analysed));
        typeDate(child<OptionalDateEdit>(*dialog, "statusDate"), QDate(2026, 3, 20));
        auto* note = child<QPlainTextEdit>(*dialog, "statusNote");
        note->setFocus();
        test::typeText(note, QStringLiteral("Дар ҷаласаи гурӯҳ таҳлил шуд"));
        auto* buttons = dialog->findChild<QDialogButtonBox*>();
        REQUIRE(buttons != nullptr);
        CHECK(buttons->button(QDialogButtonBox::Ok)->text() == QStringLiteral("&Change status"));
        click(buttons->button(QDialogButtonBox::Ok));
        CHECK_FALSE(dialog->isVisible());
        w.reactivate();
    }
    first = *ConcernRepository(*db).concern(first.meta.uuid);
    CHECK(first.status == ConcernStatus::Analysed);
    auto history = ConcernRepository(*db).statusHistory(first.meta.uuid);
    REQUIRE(history.ok());
    REQUIRE(history->size() == 2);
    CHECK(history->last().date == QDate(2026, 3, 20));
    CHECK(history->last().note == QStringLiteral("Дар ҷаласаи гурӯҳ таҳлил шуд"));
    CHECK(child<QLabel>(concernsPage, "status")->text() == QStringLiteral("Analysed"));
    CHECK(child<QWidget>(concernsPage, "concernsNextStep")->isVisible()); // prioritising, offered

    // The fights: a cause, two drivers, a medium risk with its mitigation.
    openConcern(second);
    addListEntry("causesNew", QStringLiteral("Бекории ҷавонон"));
    tickDriver(QStringLiteral("unemployment"));
    tickDriver(QStringLiteral("labour_migration"));
    pick(risk, int(ConflictRisk::Medium));
    auto* mitigation = child<QPlainTextEdit>(concernsPage, "mitigation");
    mitigation->setFocus();
    test::typeText(mitigation, QStringLiteral("Бо ҳарду маҳалла ҷудогона сӯҳбат кардан"));
    child<QLineEdit>(concernsPage, "offender")->setFocus(); // leaving the field saves it
    second = *ConcernRepository(*db).concern(second.meta.uuid);
    CHECK(second.causes == QStringList{QStringLiteral("Бекории ҷавонон")});
    CHECK(driverCodes(*db, second.meta.uuid) ==
          (QStringList{QStringLiteral("labour_migration"), QStringLiteral("unemployment")}));
    CHECK(second.conflictRisk == ConflictRisk::Medium);
    CHECK(second.conflictMitigation == QStringLiteral("Бо ҳарду маҳалла ҷудогона сӯҳбат кардан"));

    // The drugs: the problem triangle.
    openConcern(third);
    retype(child<QLineEdit>(concernsPage, "offender"), QStringLiteral("Фурӯшандагони маводи мухаддир"));
    retype(child<QLineEdit>(concernsPage, "victim"), QStringLiteral("Наврасони бекор"));
    retype(child<QLineEdit>(concernsPage, "trianglePlace"), QStringLiteral("Паси бозори маҳалла, шабона"));
    tickDriver(QStringLiteral("alcohol_drugs"));
    third = *ConcernRepository(*db).concern(third.meta.uuid);
    CHECK(third.triangle.offender == QStringLiteral("Фурӯшандагони маводи мухаддир"));
    CHECK(third.triangle.victim == QStringLiteral("Наврасони бекор"));
    CHECK(third.triangle.place == QStringLiteral("Паси бозори маҳалла, шабона"));
    CHECK(driverCodes(*db, third.meta.uuid) == QStringList{QStringLiteral("alcohol_drugs")});
    CHECK(second.status == ConcernStatus::Raised);
    CHECK(third.status == ConcernStatus::Raised);
    endOfStep();

    // ---- 4. Prioritisation: a round at the meeting, scores of women and youth, the decision ----
    // Marking a concern analysed offered prioritising the concerns, on the Concerns page; it is still there.
    auto& prioritisation = static_cast<PrioritisationPage&>(w.page(PrioritisationPageIndex));
    const QString severity =
        test::referenceUuid(*db, QStringLiteral("criterion"), QStringLiteral("severity"));
    const QString feasibility =
        test::referenceUuid(*db, QStringLiteral("criterion"), QStringLiteral("feasibility"));
    const QDate roundDate = meetingDate;
    const QString roundTitle = QStringLiteral("Интихоби афзалиятҳо, март");
    // The page runs its dialogs through this hook instead of exec(): the dialog is shown and filled in here.
    prioritisation.setDialogDriver([&](QDialog& dialog) {
        dialog.show();
        auto* meetingBox = child<QComboBox>(dialog, "roundMeeting");
        CHECK(meetingBox->currentData().toString() == meetingUuid); // the latest meeting is offered
        auto* title = child<QLineEdit>(dialog, "roundTitle");
        title->setFocus();
        test::typeText(title, roundTitle);
        typeDate(child<OptionalDateEdit>(dialog, "roundDate"), roundDate);
        auto* concernList = child<QTableWidget>(dialog, "roundConcerns");
        REQUIRE(concernList->rowCount() == 3);
        for (const Concern& c : {first, second, third})
            toggleWithSpace(concernList, checklistRow(concernList->model(), c.meta.uuid));
        // Every criterion is ticked at first: keep severity (weight 2) and feasibility (weight 1).
        auto* criteria = child<QTableWidget>(dialog, "roundCriteria");
        for (int row = 0; row < criteria->rowCount(); ++row) {
            const QString uuid = criteria->item(row, 0)->data(kChecklistUuidRole).toString();
            if (uuid != severity && uuid != feasibility)
                toggleWithSpace(criteria, criteria->model()->index(row, 0));
        }
        clickButton(dialog, "roundOk");
        CHECK(dialog.result() == QDialog::Accepted);
    });
    REQUIRE(child<QWidget>(concernsPage, "concernsNextStep")->isVisible());
    clickButton(concernsPage, "nextStepPrioritise");
    REQUIRE(w.currentPage() == &prioritisation);
    CHECK(child<QWidget>(prioritisation, "prioritisationFirstStep")->isVisible()); // no round yet
    QApplication::processEvents(); // the page shown, the new round's dialog opens on it
    w.reactivate();
    CHECK_FALSE(child<QWidget>(concernsPage, "concernsNextStep")->isVisible()); // done: the team has a round
    auto rounds = PrioritisationRepository(*db).rounds(teamUuid);
    REQUIRE(rounds.ok());
    REQUIRE(rounds->size() == 1);
    const QString roundUuid = rounds->first().meta.uuid;
    PrioritisationRound round = rounds->first();
    CHECK(round.title == roundTitle);
    CHECK(round.date == roundDate);
    CHECK(round.meetingUuid == meetingUuid);
    CHECK(round.concernUuids == (QStringList{first.meta.uuid, second.meta.uuid, third.meta.uuid}));
    REQUIRE(round.criteria.size() == 2);
    CHECK(round.criteria[0].criterionUuid == severity);
    CHECK(round.criteria[0].weight == 2.0);
    CHECK(round.criteria[1].criterionUuid == feasibility);
    CHECK(round.criteria[1].weight == 1.0);
    CHECK_FALSE(round.decided);

    // Scores typed cell by cell (the cursor moves on by itself): a row per concern, severity then
    // feasibility.
    auto* grid = child<QTableView>(prioritisation, "scoreGrid");
    auto* groups = child<QTabBar>(prioritisation, "groupBar");
    REQUIRE(grid->model()->rowCount() == 3);
    REQUIRE(grid->model()->columnCount() == 2);
    const QHash<QString, QString> womenScores{{first.meta.uuid, QStringLiteral("54")},
                                              {second.meta.uuid, QStringLiteral("32")},
                                              {third.meta.uuid, QStringLiteral("25")}};
    const QHash<QString, QString> youthScores{{first.meta.uuid, QStringLiteral("44")},
                                              {second.meta.uuid, QStringLiteral("55")},
                                              {third.meta.uuid, QStringLiteral("13")}};
    const auto typeScores = [&](ParticipantGroup group, const QHash<QString, QString>& scores) {
        QTest::mouseClick(groups, Qt::LeftButton, {}, groups->tabRect(int(group)).center());
        REQUIRE(groups->currentIndex() == int(group));
        grid->setFocus();
        QTest::keyClick(grid, Qt::Key_Home, Qt::ControlModifier);
        REQUIRE(grid->currentIndex() == grid->model()->index(0, 0));
        for (int row = 0; row < grid->model()->rowCount(); ++row) {
            const QString header = grid->model()->headerData(row, Qt::Vertical).toString();
            QString digits;
            for (const Concern& c : {first, second, third})
                if (header.startsWith(c.code))
                    digits = scores.value(c.meta.uuid);
            REQUIRE(digits.size() == 2);
            for (const QChar digit : digits)
                QTest::keyClick(grid, char(digit.unicode()));
        }
    };
    typeScores(ParticipantGroup::Women, womenScores);
    typeScores(ParticipantGroup::Youth, youthScores);
    auto scores = PrioritisationRepository(*db).scores(roundUuid);
    REQUIRE(scores.ok());
    CHECK(scores->size() == 12);
    const auto stored = [&](const Concern& c, const QString& criterion, ParticipantGroup group) {
        for (const Score& s : *scores)
            if (s.concernUuid == c.meta.uuid && s.criterionUuid == criterion && s.group == group)
                return s.value;
        return 0;
    };
    CHECK(stored(first, severity, ParticipantGroup::Women) == 5);
    CHECK(stored(first, feasibility, ParticipantGroup::Women) == 4);
    CHECK(stored(second, severity, ParticipantGroup::Women) == 3);
    CHECK(stored(third, feasibility, ParticipantGroup::Women) == 5);
    CHECK(stored(second, feasibility, ParticipantGroup::Youth) == 5);
    CHECK(stored(third, severity, ParticipantGroup::Youth) == 1);
    CHECK(stored(third, feasibility, ParticipantGroup::Youth) == 3);
    CHECK(stored(first, severity, ParticipantGroup::Men) == 0);

    // Women: 14/3, 8/3, 9/3; youth: 4, 5, 5/3. Overall (mean of the two groups): 4.33, 3.83, 2.33.
    auto totals = PrioritisationRepository(*db).totals(roundUuid);
    REQUIRE(totals.ok());
    REQUIRE(totals->concerns.size() == 3);
    QHash<QString, analysis::ConcernPriority> priority;
    for (const analysis::ConcernPriority& p : totals->concerns)
        priority.insert(p.concern, p);
    const auto women = std::size_t(ParticipantGroup::Women);
    const auto youth = std::size_t(ParticipantGroup::Youth);
    CHECK(*priority[first.meta.uuid].overall == Approx(13.0 / 3));
    CHECK(*priority[second.meta.uuid].overall == Approx(23.0 / 6));
    CHECK(*priority[third.meta.uuid].overall == Approx(7.0 / 3));
    CHECK(priority[first.meta.uuid].overallRank == 1);
    CHECK(priority[second.meta.uuid].overallRank == 2);
    CHECK(priority[third.meta.uuid].overallRank == 3);
    CHECK(priority[first.meta.uuid].groupRank[women] == 1);
    CHECK(priority[third.meta.uuid].groupRank[women] == 2);
    CHECK(priority[second.meta.uuid].groupRank[women] == 3);
    CHECK(priority[second.meta.uuid].groupRank[youth] == 1);
    CHECK(priority[first.meta.uuid].groupRank[youth] == 2);
    CHECK(priority[third.meta.uuid].groupRank[youth] == 3);
    CHECK(totals->mostDivergent == QStringList{second.meta.uuid}); // women 3rd, youth 1st
    CHECK(
        child<QLabel>(prioritisation, "topOfGroup")->text().contains(QStringLiteral("Youth: VHD-2026-002")));

    // The decision: the team chose the first two; selected in the results, they are what the dialog ticks.
    auto* results = child<QTableView>(prioritisation, "results");
    REQUIRE(results->model()->rowCount() == 3);
    clickCell(results, results->model()->index(0, 0));
    const QModelIndex secondResult = results->model()->index(1, 0);
    QTest::mouseClick(results->viewport(), Qt::LeftButton, Qt::ControlModifier,
                      results->visualRect(secondResult).center());
    REQUIRE(results->selectionModel()->selectedRows().size() == 2);
    const QString decisionNote = QStringLiteral("Ду мушкилоти аввал барои нақшаи чорабиниҳо интихоб шуданд");
    prioritisation.setDialogDriver([&](QDialog& dialog) {
        dialog.show();
        auto* chosen = child<QListWidget>(dialog, "decisionConcerns");
        REQUIRE(chosen->count() == 3);
        CHECK(chosen->item(0)->text().startsWith(first.code));
        CHECK(chosen->item(0)->text().endsWith(QStringLiteral("(rank 1)")));
        CHECK(chosen->item(0)->checkState() == Qt::Checked);
        CHECK(chosen->item(1)->checkState() == Qt::Checked);
        CHECK(chosen->item(2)->checkState() == Qt::Unchecked); // only what the user chose
        CHECK(chosen->item(2)->text().startsWith(third.code));
        auto* note = child<QPlainTextEdit>(dialog, "decisionNote");
        note->setFocus();
        test::typeText(note, decisionNote);
        clickButton(dialog, "decisionOk");
        CHECK(dialog.result() == QDialog::Accepted);
    });
    clickButton(prioritisation, "recordDecision");
    w.reactivate();
    round = *PrioritisationRepository(*db).round(roundUuid);
    CHECK(round.decided);
    CHECK(round.chosenConcernUuids == (QStringList{first.meta.uuid, second.meta.uuid}));
    CHECK(round.decisionNote == decisionNote);
    CHECK(ConcernRepository(*db).concern(first.meta.uuid)->status == ConcernStatus::Prioritised);
    CHECK(ConcernRepository(*db).concern(second.meta.uuid)->status == ConcernStatus::Prioritised);
    CHECK(ConcernRepository(*db).concern(third.meta.uuid)->status == ConcernStatus::Raised);
    CHECK(w.window.undoAction()->text() == QStringLiteral("&Undo: record the decision of ") + roundTitle);
    endOfStep();

    // ---- 5. The action plan for the priorities: header, two activities, adoption, a progress update ----
    // Offered beside the decision: the plan made from exactly these priorities, on the Plans page.
    REQUIRE(child<QWidget>(prioritisation, "decisionNextStep")->isVisible());
    clickButton(prioritisation, "nextStepMakePlan");
    Page& plansPage = w.page(PlansPageIndex);
    REQUIRE(w.currentPage() == &plansPage);
    CHECK_FALSE(child<QWidget>(prioritisation, "decisionNextStep")->isVisible());
    auto plans = PlanRepository(*db).plans(teamUuid);
    REQUIRE(plans.ok());
    REQUIRE(plans->size() == 1);
    const QString planUuid = plans->first().meta.uuid;
    const QString planCode = plans->first().code;
    CHECK(planCode.startsWith(QStringLiteral("VHD-AP-")));
    const QString planTitle = QStringLiteral("Нақшаи чорабиниҳо барои бехатарии ҷавонон ва занон");
    CHECK(plans->first().concernUuids == (QStringList{first.meta.uuid, second.meta.uuid}));
    CHECK(plans->first().periodStart == QDate::currentDate());
    auto* planTitleEdit = child<QLineEdit>(plansPage, "planTitle");
    planTitleEdit->setFocus();
    planTitleEdit->selectAll();
    test::typeText(planTitleEdit, planTitle);
    QTest::keyClick(planTitleEdit, Qt::Key_Return);
    enterDate(child<OptionalDateEdit>(plansPage, "planStart"), QDate(2026, 4, 1));
    enterDate(child<OptionalDateEdit>(plansPage, "planEnd"), QDate(2026, 12, 31));
    auto* adoptedAt = child<QComboBox>(plansPage, "planMeeting");
    adoptedAt->setFocus();
    QTest::keyClick(adoptedAt, Qt::Key_Down); // "(not recorded)" → the meeting
    auto* planConcerns = child<QListView>(plansPage, "planConcerns");
    REQUIRE(planConcerns->model()->rowCount() == 3);
    // The priorities come first, starred, and are ticked already.
    CHECK(planConcerns->model()->index(0, 0).data().toString().startsWith(QStringLiteral("★ ") + first.code));
    CHECK(
        planConcerns->model()->index(1, 0).data().toString().startsWith(QStringLiteral("★ ") + second.code));
    CHECK(planConcerns->model()->index(2, 0).data().toString().startsWith(third.code));
    CHECK(planConcerns->model()->index(0, 0).data(Qt::CheckStateRole).toInt() == Qt::Checked);
    CHECK(planConcerns->model()->index(1, 0).data(Qt::CheckStateRole).toInt() == Qt::Checked);
    CHECK(planConcerns->model()->index(2, 0).data(Qt::CheckStateRole).toInt() == Qt::Unchecked);
    ActionPlan plan = *PlanRepository(*db).plan(planUuid);
    CHECK(plan.title == planTitle);
    CHECK(plan.periodStart == QDate(2026, 4, 1));
    CHECK(plan.periodEnd == QDate(2026, 12, 31));
    CHECK(plan.adoptedMeetingUuid == meetingUuid);
    CHECK(plan.concernUuids == (QStringList{first.meta.uuid, second.meta.uuid}));

    clickTab(child<QTabWidget>(plansPage, "planTabs"), 1);
    auto* activityView = child<QTableView>(plansPage, "activitiesView");
    const QStringList measures{QStringLiteral("Насби чароғҳо дар кӯчаҳои назди мактаб"),
                               QStringLiteral("Мусобиқаи футбол барои наврасони ду маҳалла")};
    for (const QString& measure : measures) {
        clickButton(plansPage, "addActivity");
        // The new row's measure opens for typing.
        auto* editor = qobject_cast<QLineEdit*>(QApplication::focusWidget());
        REQUIRE(editor != nullptr);
        REQUIRE(activityView->isAncestorOf(editor));
        CHECK(editor->text() == QStringLiteral("New activity"));
        editor->selectAll();
        test::typeText(editor, measure);
        QTest::keyClick(editor, Qt::Key_Return);
        QApplication::processEvents(); // the delegate commits what was typed from the event loop
        CHECK(w.window.undoAction()->text().startsWith(
            QStringLiteral("&Undo: change the measure of activity")));
    }
    auto activities = PlanRepository(*db).activities(planUuid);
    REQUIRE(activities.ok());
    REQUIRE(activities->size() == 2);
    CHECK(activities->at(0).measure == measures[0]);
    CHECK(activities->at(1).measure == measures[1]);
    CHECK(activities->at(1).status == ActivityStatus::Planned);
    const QString footballUuid = activities->at(1).meta.uuid;
    CHECK(activityView->model()->index(1, 1).data().toString() == measures[1]);

    // The plan is adopted at the meeting (the status, on the Plan tab): the next steps are offered.
    clickTab(child<QTabWidget>(plansPage, "planTabs"), 0);
    auto* planStatus = child<QComboBox>(plansPage, "planStatus");
    planStatus->setFocus();
    QTest::keyClick(planStatus, Qt::Key_Down); // draft → adopted
    CHECK(PlanRepository(*db).plan(planUuid)->status == PlanStatus::Adopted);
    CHECK(w.window.undoAction()->text() == QStringLiteral("&Undo: change the status of ") + planCode);
    // Adopting moved the priorities it addresses into the plan.
    CHECK(ConcernRepository(*db).concern(first.meta.uuid)->status == ConcernStatus::InPlan);
    CHECK(ConcernRepository(*db).concern(second.meta.uuid)->status == ConcernStatus::InPlan);
    CHECK(ConcernRepository(*db).concern(third.meta.uuid)->status == ConcernStatus::Raised);
    REQUIRE(child<QWidget>(plansPage, "planNextStep")->isVisible());
    clickButton(plansPage, "nextStepRecordProgress");
    CHECK(child<QTabWidget>(plansPage, "planTabs")->currentIndex() == 1);
    CHECK(child<QTabWidget>(plansPage, "activityTabs")->currentIndex() == 1);

    // A progress update for the football: reach by sex and age band.
    clickCell(activityView, activityView->model()->index(1, 1));
    CHECK(child<QTabWidget>(plansPage, "activityTabs")->currentIndex() == 1);
    clickButton(plansPage, "addProgress");
    {
        auto* dialog = child<QDialog>(plansPage, "progressDialog");
        REQUIRE(dialog->isVisible());
        typeDate(child<OptionalDateEdit>(*dialog, "progressDate"), QDate(2026, 5, 10));
        CHECK(child<QComboBox>(*dialog, "progressStatus")->currentData().toString() ==
              QStringLiteral("in_progress"));
        auto* note = child<QPlainTextEdit>(*dialog, "progressNote");
        note->setFocus();
        test::typeText(note, QStringLiteral("Се бозӣ гузаронида шуд, падару модарон ҳам омаданд"));
        typeNumber(child<QSpinBox>(*dialog, "reached_0_0"), 15); // girls under 18
        typeNumber(child<QSpinBox>(*dialog, "reached_0_1"), 3);  // women 18–29
        typeNumber(child<QSpinBox>(*dialog, "reached_1_0"), 40); // boys under 18
        typeNumber(child<QSpinBox>(*dialog, "reached_1_1"), 12); // men 18–29
        typeNumber(child<QSpinBox>(*dialog, "reachedIndirectly"), 200);
        CHECK(child<QLabel>(*dialog, "reachedTotal")->text() == QStringLiteral("70"));
        clickButton(*dialog, "progressAdd");
        CHECK(dialog->result() == QDialog::Accepted);
        w.afterDialog();
    }
    auto updates = PlanRepository(*db).progress(footballUuid);
    REQUIRE(updates.ok());
    REQUIRE(updates->size() == 1);
    const ProgressUpdate update = updates->first();
    CHECK(update.date == QDate(2026, 5, 10));
    CHECK(update.status == ActivityStatus::InProgress);
    CHECK(update.note == QStringLiteral("Се бозӣ гузаронида шуд, падару модарон ҳам омаданд"));
    CHECK(update.reached.at(Sex::Female, AgeBand::Under18) == 15);
    CHECK(update.reached.at(Sex::Female, AgeBand::From18To29) == 3);
    CHECK(update.reached.at(Sex::Male, AgeBand::Under18) == 40);
    CHECK(update.reached.at(Sex::Male, AgeBand::From18To29) == 12);
    CHECK(update.reached.total() == 70);
    CHECK(update.reachedIndirectly == 200);
    CHECK(PlanRepository(*db).activity(footballUuid)->status == ActivityStatus::InProgress);
    CHECK(PlanRepository(*db).activity(activities->at(0).meta.uuid)->status == ActivityStatus::Planned);
    CHECK(w.window.undoAction()->text() ==
          QStringLiteral("&Undo: add a progress update to activity 2 of ") + planCode);
    endOfStep();
    const QString full = snapshots.last();

    // ---- 6. Edit → Undo, step by step: the progress update goes, then the measure, then the activity… ----
    CHECK(w.undo() == QStringLiteral("add a progress update to activity 2 of ") + planCode);
    CHECK(PlanRepository(*db).progress(footballUuid)->isEmpty());
    CHECK(PlanRepository(*db).activity(footballUuid)->status == ActivityStatus::Planned);
    CHECK(w.undo() == QStringLiteral("change the status of ") + planCode);
    CHECK(PlanRepository(*db).plan(planUuid)->status == PlanStatus::Draft);
    CHECK(ConcernRepository(*db).concern(first.meta.uuid)->status == ConcernStatus::Prioritised);
    CHECK(w.undo() == QStringLiteral("change the measure of activity 2 of ") + planCode);
    CHECK(PlanRepository(*db).activity(footballUuid)->measure == QStringLiteral("New activity"));
    CHECK(w.undo() == QStringLiteral("add an activity to ") + planCode);
    CHECK_FALSE(PlanRepository(*db).activity(footballUuid).ok());
    REQUIRE(PlanRepository(*db).activities(planUuid)->size() == 1);
    CHECK(activityView->model()->rowCount() == 1);
    CHECK(w.undo() == QStringLiteral("change the measure of activity 1 of ") + planCode);
    CHECK(w.undo() == QStringLiteral("add an activity to ") + planCode);
    CHECK(PlanRepository(*db).activities(planUuid)->isEmpty());
    CHECK(PlanRepository(*db).plan(planUuid)->concernUuids ==
          (QStringList{first.meta.uuid, second.meta.uuid}));
    // The rest of the cycle, back to the empty data file: at the end of each step the file is as it was then.
    for (int step = int(stepEnds.size()) - 2; step >= 0; --step) {
        while (w.steps() > stepEnds[step])
            w.undo();
        INFO("undone back to the end of step " << step);
        CHECK(snapshot(*db) == snapshots[step]);
        if (step == 4) {
            // The decision is undone: the round is undecided, the concerns have their former statuses.
            CHECK(w.undo() == QStringLiteral("record the decision of ") + roundTitle);
            CHECK_FALSE(PrioritisationRepository(*db).round(roundUuid)->decided);
            CHECK(ConcernRepository(*db).concern(first.meta.uuid)->status == ConcernStatus::Analysed);
            CHECK(ConcernRepository(*db).concern(second.meta.uuid)->status == ConcernStatus::Raised);
            CHECK(ConcernRepository(*db).concern(third.meta.uuid)->status == ConcernStatus::Raised);
        }
    }
    CHECK(w.steps() == 0);
    CHECK_FALSE(w.window.undoAction()->isEnabled());
    CHECK(TeamRepository(*db).teams()->isEmpty());
    CHECK(w.currentPage() == welcome); // an empty data file again

    // ---- 7. Edit → Redo, all of it: the data file holds the whole cycle again ----
    CHECK(w.redo() == QStringLiteral("create team VHD"));
    CHECK(TeamRepository(*db).team(teamUuid)->name == teamName);
    CHECK(w.window.session().currentTeam() == teamUuid); // the pages work on the team again
    CHECK(w.currentPage() != welcome);
    for (int step = 1; step < int(stepEnds.size()); ++step) {
        while (w.steps() < stepEnds[step])
            w.redo();
        INFO("redone to the end of step " << step);
        CHECK(snapshot(*db) == snapshots[step]);
    }
    CHECK_FALSE(w.window.redoAction()->isEnabled());
    CHECK(snapshot(*db) == full);
    CHECK(PlanRepository(*db).progress(footballUuid)->size() == 1);
    CHECK(ConcernRepository(*db).concern(first.meta.uuid)->status == ConcernStatus::InPlan); // adopted
    CHECK(PrioritisationRepository(*db).round(roundUuid)->decided);
    CHECK(activityView->model()->rowCount() == 2);

    CHECK(undoErrors.isEmpty());
    CHECK(messageBoxes.seen().isEmpty());
}
