// Guidance through the cycle (issue 18): Help → Guide to the cycle (F1) beside About; each empty page saying
// what to do first with a button that does it; the next step offered in the page after creating a team and
// after adopting a plan (the decision's offer is tested with the Prioritisation page); a new plan ticking
// the priorities of the team's latest decision. Texts follow a change of language.
#include "core/storage/ConcernRepository.h"
#include "core/storage/MeetingRepository.h"
#include "core/storage/PlanRepository.h"
#include "core/storage/PrioritisationRepository.h"
#include "core/storage/ReferenceRepository.h"
#include "core/storage/TeamRepository.h"
#include "support/PageFixture.h"
#include "support/TestSupport.h"
#include "support/UiTestSupport.h"
#include "translations/Translations.h"
#include "ui/MainWindow.h"
#include "ui/Session.h"
#include "ui/help/GuideDialog.h"
#include "ui/pages/CampaignsPage.h"
#include "ui/pages/ConcernsPage.h"
#include "ui/pages/MeetingsPage.h"
#include "ui/pages/OverviewPage.h"
#include "ui/pages/PlansPage.h"
#include "ui/pages/PrioritisationPage.h"
#include "ui/pages/ReportsPage.h"
#include "ui/pages/TeamPage.h"
#include "ui/widgets/FirstStep.h"
#include "ui/widgets/NextStepBar.h"
#include <QAction>
#include <QComboBox>
#include <QDialog>
#include <QDialogButtonBox>
#include <QDir>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMenu>
#include <QMenuBar>
#include <QPushButton>
#include <QSettings>
#include <QStackedWidget>
#include <QTabWidget>
#include <QTest>
#include <QUndoStack>

using namespace hamkori;
using hamkori::test::child;

namespace {

/// What the pages asked the main window to open ("meeting:" is a new meeting), in order.
struct OpenRequests
{
    explicit OpenRequests(Session& session)
    {
        QObject::connect(&session, &Session::openRequested, [this](const QString& kind, const QString& uuid) {
            seen << kind + QLatin1Char(':') + uuid;
        });
    }
    QStringList seen;
};

/// The page's first step: shown, with its sentence, and its button is clicked.
void takeFirstStep(QWidget& page, const char* name)
{
    auto* step = child<FirstStep>(page, name);
    INFO(name);
    REQUIRE(step->isVisible());
    CHECK_FALSE(step->sentence().isEmpty());
    auto* button = step->button();
    REQUIRE(button->isVisible());
    QTest::mouseClick(button, Qt::LeftButton);
}

QList<ActionPlan> plansOf(Database& db, const QString& team)
{
    auto plans = PlanRepository(db).plans(team);
    REQUIRE(plans.ok());
    return *plans;
}

QStringList sorted(QStringList list)
{
    list.sort();
    return list;
}

} // namespace

TEST_CASE("F1 opens the guide to the cycle beside About, and its page names open the pages in any language",
          "[ui][guidance]")
{
    QSettings().clear();
    test::TempDatabase db;
    const QString team = test::makeTeam(*db);
    MainWindow window(*db);
    window.resize(1366, 768);
    window.show();
    window.activateWindow();
    REQUIRE(QTest::qWaitForWindowActive(&window));

    // Help holds the guide (F1) and About.
    QMenu* help = nullptr;
    for (QAction* menu : window.menuBar()->actions())
        if (menu->menu() && menu->text() == QStringLiteral("&Help"))
            help = menu->menu();
    REQUIRE(help != nullptr);
    QStringList entries;
    for (QAction* action : help->actions())
        if (!action->isSeparator())
            entries << action->objectName();
    CHECK(entries == (QStringList{QStringLiteral("guideAction"), QStringLiteral("aboutAction")}));
    CHECK(window.guideAction()->shortcut() == QKeySequence(QKeySequence::HelpContents));

    QTest::keyClick(&window, Qt::Key_F1);
    auto* guide = window.findChild<GuideDialog*>(QStringLiteral("guideDialog"));
    REQUIRE(guide != nullptr);
    CHECK(guide->isVisible());
    CHECK_FALSE(guide->isModal()); // the window stays usable beside it
    CHECK(guide->windowTitle() == QStringLiteral("Guide to the cycle"));

    // The pages in the order a team works through them.
    CHECK(child<QWidget>(*guide, "guideText")->isVisible());
    const QString text = guide->html();
    const QStringList order{
        QStringLiteral("Team"),           QStringLiteral("Meetings"),     QStringLiteral("Concerns"),
        QStringLiteral("Prioritisation"), QStringLiteral("Action plans"), QStringLiteral("Overview"),
        QStringLiteral("Reports"),        QStringLiteral("Exchange"),     QStringLiteral("Settings")};
    qsizetype last = -1;
    for (const QString& title : order) {
        INFO(title.toStdString());
        const qsizetype at = text.indexOf(QStringLiteral(">") + title + QStringLiteral("</a>"));
        CHECK(at > last);
        last = at;
    }

    // A page's name opens it.
    const QList<Page*> pages = window.pages();
    guide->followLink(QUrl(QStringLiteral("page:%1").arg(int(PageIcon::Meetings))));
    REQUIRE(window.currentPage() >= 0);
    CHECK(qobject_cast<MeetingsPage*>(pages.at(window.currentPage())) != nullptr);
    guide->followLink(QUrl(QStringLiteral("page:%1").arg(int(PageIcon::Plans))));
    CHECK(qobject_cast<PlansPage*>(pages.at(window.currentPage())) != nullptr);
    CHECK(text.contains(QStringLiteral(">Campaigns</a>")));
    guide->followLink(QUrl(QStringLiteral("page:%1").arg(int(PageIcon::Campaigns))));
    CHECK(qobject_cast<CampaignsPage*>(pages.at(window.currentPage())) != nullptr);

    // The guide open while the language changes is written again in the new one.
    {
        test::LanguageScope russian(QStringLiteral("ru"));
        QCoreApplication::processEvents();
        CHECK(guide->windowTitle() == QStringLiteral("Путеводитель по циклу"));
        CHECK(guide->html().contains(QStringLiteral(">Встречи</a>")));
        CHECK_FALSE(guide->html().contains(QStringLiteral(">Meetings</a>")));
    }
    {
        test::LanguageScope tajik(QStringLiteral("tg"));
        QCoreApplication::processEvents();
        CHECK(guide->html().contains(QStringLiteral(">Вохӯриҳо</a>")));
    }
    QCoreApplication::processEvents(); // English again: the change reaches the widgets
    CHECK(guide->html().contains(QStringLiteral(">Meetings</a>")));
}

TEST_CASE("an empty Meetings page says to log the first meeting, and its button logs one", "[ui][guidance]")
{
    test::PageFixture<MeetingsPage> f;
    MeetingsPage& page = f.open();
    takeFirstStep(page, "meetingEmpty");
    auto meetings = MeetingRepository(*f.db).meetings(f.team);
    REQUIRE(meetings.ok());
    REQUIRE(meetings->size() == 1);
    CHECK(page.currentMeeting() == meetings->first().meta.uuid);
    CHECK_FALSE(child<FirstStep>(page, "meetingEmpty")->isVisible());
    f.session.undoStack()->undo(); // one undo step, like "New meeting"
    CHECK(MeetingRepository(*f.db).meetings(f.team)->isEmpty());
    CHECK(child<FirstStep>(page, "meetingEmpty")->isVisible());
}

TEST_CASE("a team without members says to add them, and its button opens the member form", "[ui][guidance]")
{
    test::PageFixture<TeamPage> f;
    TeamPage& page = f.open();
    child<QTabWidget>(page, "teamTabs")->setCurrentIndex(1);
    takeFirstStep(page, "membersFirstStep");
    CHECK(page.window()->focusWidget() == child<QLineEdit>(page, "memberName"));

    Member member;
    member.teamUuid = f.team;
    member.name = QStringLiteral("Гулнора Шарипова");
    member.joined = QDate(2026, 1, 10);
    REQUIRE(TeamRepository(*f.db).createMember(member).ok());
    CHECK_FALSE(child<FirstStep>(page, "membersFirstStep")->isVisible());
    CHECK(child<QWidget>(page, "memberTable")->isVisible());
}

TEST_CASE("an empty concern register says to register the first concern, and its button asks for one",
          "[ui][guidance]")
{
    test::PageFixture<ConcernsPage> f;
    ConcernsPage& page = f.open();
    takeFirstStep(page, "concernsFirstStep");
    auto* dialog = page.findChild<QDialog*>(QStringLiteral("newConcernDialog"));
    REQUIRE(dialog != nullptr);
    CHECK(dialog->isVisible());
    dialog->reject();

    test::makeConcern(*f.db, f.team, QStringLiteral("Кӯчаҳои торик"));
    CHECK_FALSE(child<FirstStep>(page, "concernsFirstStep")->isVisible());
}

TEST_CASE("an empty Prioritisation page sends to the concerns first, then starts a round", "[ui][guidance]")
{
    test::PageFixture<PrioritisationPage> f;
    OpenRequests opened(f.session);
    PrioritisationPage& page = f.open();
    // No concern to score: the first step is registering one, on the Concerns page.
    takeFirstStep(page, "prioritisationFirstStep");
    CHECK(opened.seen == QStringList{QStringLiteral("concern:")});

    test::makeConcern(*f.db, f.team, QStringLiteral("Кӯчаҳои торик"));
    bool roundDialogShown = false;
    page.setDialogDriver([&](QDialog& dialog) {
        roundDialogShown = dialog.objectName() == QStringLiteral("roundDialog");
        dialog.reject();
    });
    takeFirstStep(page, "prioritisationFirstStep");
    CHECK(roundDialogShown);
    CHECK(opened.seen.size() == 1);
}

TEST_CASE("an empty Plans page makes the first plan, which addresses the latest decision's priorities",
          "[ui][guidance]")
{
    test::PageFixture<PlansPage> f;
    const QString lights = test::makeConcern(*f.db, f.team, QStringLiteral("Кӯчаҳои торик"));
    const QString fights = test::makeConcern(*f.db, f.team, QStringLiteral("Задухӯрди наврасон"));
    const QString drugs = test::makeConcern(*f.db, f.team, QStringLiteral("Нашъамандӣ"));
    PrioritisationRepository rounds(*f.db);
    const auto round = [&](const QString& title, QDate date) {
        PrioritisationRound r;
        r.teamUuid = f.team;
        r.title = title;
        r.date = date;
        r.criteria = {
            {test::referenceUuid(*f.db, QStringLiteral("criterion"), QStringLiteral("severity")), 1}};
        r.concernUuids = {lights, fights, drugs};
        auto made = rounds.createRound(r);
        REQUIRE(made.ok());
        return made->meta.uuid;
    };
    // An older decision, a newer one, and a newest round not decided yet: the newer decision counts.
    REQUIRE(rounds.decide(round(QStringLiteral("Январ"), QDate(2026, 1, 10)), {drugs}, {}, QDate(2026, 1, 10))
                .ok());
    REQUIRE(rounds
                .decide(round(QStringLiteral("Феврал"), QDate(2026, 2, 10)), {lights, fights}, {},
                        QDate(2026, 2, 10))
                .ok());
    round(QStringLiteral("Март"), QDate(2026, 3, 10));

    PlansPage& page = f.open();
    CHECK_FALSE(child<QTabWidget>(page, "planTabs")->isVisible());
    takeFirstStep(page, "plansFirstStep");
    const QList<ActionPlan> plans = plansOf(*f.db, f.team);
    REQUIRE(plans.size() == 1);
    CHECK(sorted(plans.first().concernUuids) == sorted({lights, fights}));
    CHECK(plans.first().periodStart == QDate::currentDate());
    CHECK(page.currentPlan() == plans.first().meta.uuid);
    CHECK(child<QTabWidget>(page, "planTabs")->isVisible());
    CHECK_FALSE(child<FirstStep>(page, "plansFirstStep")->isVisible());
    CHECK(f.session.undoStack()->count() == 1); // the plan and its concerns: one step

    // "New plan" does the same.
    QTest::mouseClick(child<QPushButton>(page, "newPlan"), Qt::LeftButton);
    const QList<ActionPlan> two = plansOf(*f.db, f.team);
    REQUIRE(two.size() == 2);
    for (const ActionPlan& plan : two)
        CHECK(sorted(plan.concernUuids) == sorted({lights, fights}));
    f.session.undoStack()->undo();
    f.session.undoStack()->undo();
    CHECK(plansOf(*f.db, f.team).isEmpty());
    CHECK(child<FirstStep>(page, "plansFirstStep")->isVisible());
}

TEST_CASE("an empty Overview and a period with nothing in Reports say to log a meeting", "[ui][guidance]")
{
    test::PageFixture<OverviewPage> f;
    OpenRequests opened(f.session);
    OverviewPage& overview = f.open();
    REQUIRE(QTest::qWaitFor([&] { return overview.hasLoaded(); }, 2000));
    takeFirstStep(overview, "overviewFirstStep");
    CHECK(opened.seen == QStringList{QStringLiteral("meeting:")});

    ReportsPage reports(f.session);
    reports.resize(1130, 650);
    reports.show();
    takeFirstStep(reports, "reportsFirstStep");
    CHECK(opened.seen.size() == 2);
    CHECK(opened.seen.last() == QStringLiteral("meeting:"));

    // Once there is a meeting in the period, both show their figures instead.
    Meeting meeting;
    meeting.teamUuid = f.team;
    meeting.date = QDate::currentDate();
    REQUIRE(MeetingRepository(*f.db).createMeeting(meeting).ok());
    overview.refresh();
    CHECK_FALSE(child<FirstStep>(overview, "overviewFirstStep")->isVisible());
    reports.setPeriod(QDate(QDate::currentDate().year(), 1, 1), QDate::currentDate());
    CHECK_FALSE(child<FirstStep>(reports, "reportsFirstStep")->isVisible());
}

TEST_CASE("a team just created is offered adding its members and logging its first meeting", "[ui][guidance]")
{
    test::TempDatabase db;
    Session session(*db);
    OpenRequests opened(session);
    TeamPage page(session);
    page.resize(1130, 650);
    page.show();
    auto* offer = child<NextStepBar>(page, "teamNextStep");
    REQUIRE(page.openRecord(QStringLiteral("team"), QString()));
    CHECK_FALSE(offer->isVisible());

    auto* name = child<QLineEdit>(page, "teamName");
    name->setFocus();
    test::typeText(name, QStringLiteral("Гурӯҳи Конибодом"));
    QTest::keyClicks(child<QLineEdit>(page, "teamCode"), QStringLiteral("KNB"));
    auto place = ReferenceRepository(*db).findPlace(QStringLiteral("Konibodom"));
    REQUIRE(place.ok());
    auto* district = child<QComboBox>(page, "teamDistrict");
    district->setCurrentIndex(district->findData(place->meta.uuid, Qt::UserRole));
    QTest::mouseClick(child<QPushButton>(page, "createTeamButton"), Qt::LeftButton);
    const QString team = session.currentTeam();
    REQUIRE_FALSE(team.isEmpty());
    REQUIRE(offer->isVisible());
    const QString english = child<QLabel>(page, "teamNextStepText")->text();
    CHECK(english.startsWith(QStringLiteral("The team is created.")));
    {
        test::LanguageScope russian(QStringLiteral("ru"));
        QCoreApplication::processEvents();
        CHECK(child<QLabel>(page, "teamNextStepText")->text() != english);
        CHECK(child<QPushButton>(page, "nextStepAddMembers")->text() ==
              QStringLiteral("Добавить членов группы"));
    }

    // "Add the members": the Members tab with a new member's form; that step is taken, the other stays.
    QTest::mouseClick(child<QPushButton>(page, "nextStepAddMembers"), Qt::LeftButton);
    CHECK(child<QTabWidget>(page, "teamTabs")->currentIndex() == 1);
    CHECK(page.window()->focusWidget() == child<QLineEdit>(page, "memberName"));
    QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
    CHECK(page.findChild<QPushButton*>(QStringLiteral("nextStepAddMembers")) == nullptr);
    CHECK(offer->isVisible());
    // "Log the first meeting": the window opens a new meeting on its page.
    QTest::mouseClick(child<QPushButton>(page, "nextStepFirstMeeting"), Qt::LeftButton);
    CHECK(opened.seen == QStringList{QStringLiteral("meeting:")});
    CHECK_FALSE(offer->isVisible());

    // A meeting logged another way takes the step away too; undoing the team takes the whole offer away.
    REQUIRE(page.openRecord(QStringLiteral("team"), QString()));
    name->setFocus();
    test::typeText(name, QStringLiteral("Гурӯҳи Исфара"));
    QTest::keyClicks(child<QLineEdit>(page, "teamCode"), QStringLiteral("ISF"));
    district->setCurrentIndex(district->findData(place->meta.uuid, Qt::UserRole));
    QTest::mouseClick(child<QPushButton>(page, "createTeamButton"), Qt::LeftButton);
    const QString second = session.currentTeam();
    REQUIRE(second != team);
    REQUIRE(offer->isVisible());
    Meeting meeting;
    meeting.teamUuid = second;
    meeting.date = QDate::currentDate();
    REQUIRE(MeetingRepository(*db).createMeeting(meeting).ok());
    QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
    CHECK(page.findChild<QPushButton*>(QStringLiteral("nextStepFirstMeeting")) == nullptr);
    CHECK(offer->isVisible()); // the members are still to add
    session.undoStack()->undo();
    CHECK_FALSE(TeamRepository(*db).team(second).ok());
    CHECK_FALSE(offer->isVisible());
}

TEST_CASE("an adopted plan is offered printing for the Hukumat and recording progress", "[ui][guidance]")
{
    test::PageFixture<PlansPage> f;
    ActionPlan plan;
    plan.teamUuid = f.team;
    plan.title = QStringLiteral("Нақшаи чорабиниҳо 2026");
    plan.periodStart = QDate(2026, 1, 1);
    plan.periodEnd = QDate(2026, 12, 31);
    auto made = PlanRepository(*f.db).createPlan(plan);
    REQUIRE(made.ok());
    Activity activity;
    activity.planUuid = made->meta.uuid;
    activity.measure = QStringLiteral("Насби чароғҳо");
    activity.leadBodyUuid = test::referenceUuid(*f.db, QStringLiteral("lead_body"), QStringLiteral("police"));
    REQUIRE(PlanRepository(*f.db).createActivity(activity).ok());
    PlansPage& page = f.open();
    auto* offer = child<NextStepBar>(page, "planNextStep");
    CHECK_FALSE(offer->isVisible());

    // Draft → adopted, as a person does with the keyboard in the status box.
    auto* status = child<QComboBox>(page, "planStatus");
    status->setFocus();
    QTest::keyClick(status, Qt::Key_Down);
    REQUIRE(PlanRepository(*f.db).plan(made->meta.uuid)->status == PlanStatus::Adopted);
    REQUIRE(offer->isVisible());
    // Undoing the adoption takes the offer away.
    f.session.undoStack()->undo();
    CHECK(PlanRepository(*f.db).plan(made->meta.uuid)->status == PlanStatus::Draft);
    CHECK_FALSE(offer->isVisible());
    status->setFocus();
    QTest::keyClick(status, Qt::Key_Down);
    REQUIRE(offer->isVisible());

    QTest::mouseClick(child<QPushButton>(page, "nextStepRecordProgress"), Qt::LeftButton);
    CHECK(child<QTabWidget>(page, "planTabs")->currentIndex() == 1);
    CHECK(child<QTabWidget>(page, "activityTabs")->currentIndex() == 1);
    CHECK(page.activitiesPanel()->selectedActivity() ==
          PlanRepository(*f.db).activities(made->meta.uuid)->first().meta.uuid);
    CHECK(offer->isVisible());
    QTest::mouseClick(child<QPushButton>(page, "nextStepPrintPlan"), Qt::LeftButton);
    auto* document = page.findChild<QDialog*>(QStringLiteral("documentDialog"));
    REQUIRE(document != nullptr);
    CHECK(document->isVisible());
    document->reject();
    CHECK_FALSE(offer->isVisible());
}

// Not a test: pictures of what this guidance shows, to look at — the empty pages' first steps, the offers
// after creating a team, a decision and an adoption, and the guide — in the main window. Run with
// "[.guideshots]"; HAMKORI_SHOT_LANG picks tg (default), ru or en, HAMKORI_SHOT_SIZE the window's size
// (1366x768 by default), HAMKORI_SHOTS the folder.
TEST_CASE("screenshots of the guidance", "[.guideshots]")
{
    const QString language = qEnvironmentVariable("HAMKORI_SHOT_LANG", QStringLiteral("tg"));
    const QString size = qEnvironmentVariable("HAMKORI_SHOT_SIZE", QStringLiteral("1366x768"));
    const QString folder =
        qEnvironmentVariable("HAMKORI_SHOTS", QStringLiteral("/tmp/hamkori-guide-%1-%2").arg(language, size));
    QDir().mkpath(folder);
    test::LanguageScope chosen(language);
    QSettings().clear();
    test::TempDatabase db;
    MainWindow window(*db);
    window.resize(size.section(QLatin1Char('x'), 0, 0).toInt(), size.section(QLatin1Char('x'), 1, 1).toInt());
    window.show();
    int shot = 0;
    const auto save = [&](const QString& name, QWidget* what = nullptr) {
        QTest::qWait(150);
        REQUIRE((what ? what : &window)
                    ->grab()
                    .save(QStringLiteral("%1/%2-%3.png")
                              .arg(folder)
                              .arg(++shot, 2, 10, QLatin1Char('0'))
                              .arg(name)));
    };
    const auto show = [&](const char* className) {
        const QList<Page*> pages = window.pages();
        for (int i = 0; i < pages.size(); ++i)
            if (QString::fromLatin1(pages[i]->metaObject()->className()).endsWith(QLatin1String(className)))
                window.showPage(i);
    };

    // A team with nothing yet: every page's first step.
    window.session().setCurrentTeam(test::makeTeam(*db, QStringLiteral("VHD")));
    for (const char* page :
         {"OverviewPage", "MeetingsPage", "ConcernsPage", "PrioritisationPage", "PlansPage", "ReportsPage"}) {
        show(page);
        save(QString::fromLatin1(page).toLower());
    }
    show("TeamPage");
    auto* teamPage = window.findChild<TeamPage*>();
    child<QTabWidget>(*teamPage, "teamTabs")->setCurrentIndex(1);
    save(QStringLiteral("members"));

    // The offers.
    teamPage->openRecord(QStringLiteral("team"), QString());
    test::typeText(child<QLineEdit>(*teamPage, "teamName"), QStringLiteral("Гурӯҳи ҳамкории Конибодом"));
    QTest::keyClicks(child<QLineEdit>(*teamPage, "teamCode"), QStringLiteral("KNB"));
    auto* district = child<QComboBox>(*teamPage, "teamDistrict");
    district->setCurrentIndex(district->findData(
        ReferenceRepository(*db).findPlace(QStringLiteral("Konibodom"))->meta.uuid, Qt::UserRole));
    QTest::mouseClick(child<QPushButton>(*teamPage, "createTeamButton"), Qt::LeftButton);
    save(QStringLiteral("team-created"));

    // A round of three concerns scored by women, decided for two of them.
    const QString team = window.session().currentTeam();
    const QStringList concerns{test::makeConcern(*db, team, QStringLiteral("Кӯчаҳои торик назди мактаб")),
                               test::makeConcern(*db, team, QStringLiteral("Задухӯрди наврасон дар бозор")),
                               test::makeConcern(*db, team, QStringLiteral("Нашъамандии ҷавонон"))};
    show("ConcernsPage");
    auto* concernsPage = window.findChild<ConcernsPage*>();
    REQUIRE(concernsPage->openRecord(QStringLiteral("concern"), concerns.first()));
    QTest::mouseClick(child<QPushButton>(*concernsPage, "changeStatus"), Qt::LeftButton);
    auto* statusDialog = child<QDialog>(*concernsPage, "changeStatusDialog");
    auto* newStatus = child<QComboBox>(*statusDialog, "newStatus");
    newStatus->setCurrentIndex(newStatus->findData(int(ConcernStatus::Analysed)));
    statusDialog->findChild<QDialogButtonBox*>()->button(QDialogButtonBox::Ok)->click();
    save(QStringLiteral("concern-analysed"));

    PrioritisationRound round;
    round.teamUuid = team;
    round.title = QStringLiteral("Интихоби афзалиятҳо");
    round.date = QDate::currentDate();
    const QString severity =
        test::referenceUuid(*db, QStringLiteral("criterion"), QStringLiteral("severity"));
    round.criteria = {{severity, 1}};
    round.concernUuids = concerns;
    auto made = PrioritisationRepository(*db).createRound(round);
    REQUIRE(made.ok());
    for (int i = 0; i < concerns.size(); ++i)
        REQUIRE(PrioritisationRepository(*db)
                    .setScore(made->meta.uuid, concerns[i], severity, ParticipantGroup::Women, 5 - i)
                    .ok());
    show("PrioritisationPage");
    auto* prioritisation = window.findChild<PrioritisationPage*>();
    prioritisation->openRecord(QStringLiteral("round"), made->meta.uuid);
    prioritisation->setDialogDriver([&](QDialog& dialog) {
        dialog.show();
        auto* list = child<QListWidget>(dialog, "decisionConcerns");
        for (int i = 0; i < 2; ++i)
            list->item(i)->setCheckState(Qt::Checked);
        save(QStringLiteral("decision-dialog"), &dialog);
        QTest::mouseClick(child<QPushButton>(dialog, "decisionOk"), Qt::LeftButton);
    });
    prioritisation->recordDecision();
    save(QStringLiteral("decided"));

    show("PlansPage");
    auto* plans = window.findChild<PlansPage*>();
    QTest::mouseClick(child<QPushButton>(*plans, "newPlan"), Qt::LeftButton);
    auto* status = child<QComboBox>(*plans, "planStatus");
    status->setFocus();
    QTest::keyClick(status, Qt::Key_Down);
    save(QStringLiteral("plan-adopted"));

    auto* guide = window.showGuide();
    save(QStringLiteral("guide"), guide);
}

TEST_CASE("a concern marked analysed offers prioritising the concerns, until the team has a round",
          "[ui][guidance]")
{
    test::PageFixture<ConcernsPage> f;
    OpenRequests opened(f.session);
    const QString concern = test::makeConcern(*f.db, f.team, QStringLiteral("Кӯчаҳои торик"));
    ConcernsPage& page = f.open();
    REQUIRE(page.openRecord(QStringLiteral("concern"), concern));
    auto* offer = child<NextStepBar>(page, "concernsNextStep");
    CHECK_FALSE(offer->isVisible());

    QTest::mouseClick(child<QPushButton>(page, "changeStatus"), Qt::LeftButton);
    auto* dialog = child<QDialog>(page, "changeStatusDialog");
    REQUIRE(dialog->isVisible());
    auto* status = child<QComboBox>(*dialog, "newStatus");
    status->setCurrentIndex(status->findData(int(ConcernStatus::Analysed)));
    dialog->findChild<QDialogButtonBox*>()->button(QDialogButtonBox::Ok)->click();
    REQUIRE(ConcernRepository(*f.db).concern(concern)->status == ConcernStatus::Analysed);
    REQUIRE(offer->isVisible());
    QTest::mouseClick(child<QPushButton>(page, "nextStepPrioritise"), Qt::LeftButton);
    CHECK(opened.seen == QStringList{QStringLiteral("round:")}); // a new round, on its page
    CHECK_FALSE(offer->isVisible());
}
