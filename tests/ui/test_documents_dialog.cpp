// The document dialog and the Reports page driven offscreen: Export PDF through the real buttons with the
// file dialog replaced, the document language and landscape ticks, the remembered folder, a missing folder's
// message, the pages' buttons that open the dialog, and the report's on-screen figures.
#include "core/storage/ConcernRepository.h"
#include "core/storage/MeetingRepository.h"
#include "core/storage/PlanRepository.h"
#include "core/storage/TeamRepository.h"
#include "support/EventFixture.h"
#include "support/TestSupport.h"
#include "ui/Session.h"
#include "ui/documents/DocumentButton.h"
#include "ui/documents/DocumentDialog.h"
#include "ui/documents/DocumentPanel.h"
#include "ui/pages/MeetingsPage.h"
#include "ui/pages/PlansPage.h"
#include "ui/pages/ReportsPage.h"
#include "ui/pages/reports/ReportSummary.h"
#include <QCheckBox>
#include <QComboBox>
#include <QDir>
#include <QFile>
#include <QLabel>
#include <QProcess>
#include <QPushButton>
#include <QSettings>
#include <QTest>

using namespace hamkori;
using namespace hamkori::documents;
using namespace Qt::StringLiterals;

namespace {

QString runTool(const QString& program, const QStringList& arguments)
{
    QProcess process;
    process.start(program, arguments);
    REQUIRE(process.waitForFinished(60000));
    return QString::fromUtf8(process.readAllStandardOutput());
}

QString pdfText(const QString& pdf)
{
    return runTool(u"pdftotext"_s, {u"-layout"_s, pdf, u"-"_s}).simplified();
}

ActionPlan makePlan(Database& db, const QString& team)
{
    ActionPlan plan;
    plan.teamUuid = team;
    plan.title = u"Рӯшноии кӯчаҳо"_s;
    plan.periodStart = QDate(2026, 1, 1);
    plan.periodEnd = QDate(2026, 12, 31);
    auto made = PlanRepository(db).createPlan(plan);
    REQUIRE(made.ok());
    Activity activity;
    activity.planUuid = made->meta.uuid;
    activity.measure = u"Насби чароғҳо дар кӯчаи Марказӣ"_s;
    activity.deadline = QDate(2026, 6, 30);
    activity.leadBodyUuid = test::referenceUuid(db, u"lead_body"_s, u"police"_s);
    auto created = PlanRepository(db).createActivity(activity);
    INFO(created.errorMessage().toStdString());
    REQUIRE(created.ok());
    return *made;
}

} // namespace

TEST_CASE("the document dialog exports the plan in the chosen language and remembers the folder",
          "[documents]")
{
    QSettings().clear();
    test::TempDatabase db;
    const QString team = test::makeTeam(*db);
    const ActionPlan plan = makePlan(*db, team);
    Session session(*db);
    DocumentDialog dialog(session, DocumentKind::ActionPlan, plan.meta.uuid);
    dialog.show();
    DocumentPanel* panel = dialog.panel();

    QString suggested;
    const QString target = db.dir.filePath(u"exports/plan.pdf"_s);
    panel->setFileChooser([&](const QString& proposal) {
        suggested = proposal;
        return target;
    });
    auto* language = dialog.findChild<QComboBox*>(u"documentLanguage"_s);
    REQUIRE(language != nullptr);
    CHECK(language->currentData().toString() == u"en"_s); // the UI language of the tests
    language->setCurrentIndex(language->findData(u"ru"_s));
    dialog.findChild<QCheckBox*>(u"documentLandscape"_s)->setChecked(true);
    REQUIRE(dialog.findChild<QCheckBox*>(u"documentRestricted"_s)->isVisible());

    // The folder is missing: a clear message, no file.
    QTest::mouseClick(dialog.findChild<QPushButton*>(u"documentExport"_s), Qt::LeftButton);
    CHECK(panel->message().contains(u"does not exist"_s));
    CHECK_FALSE(QFile::exists(target));

    REQUIRE(QDir().mkpath(db.dir.filePath(u"exports"_s)));
    QTest::mouseClick(dialog.findChild<QPushButton*>(u"documentExport"_s), Qt::LeftButton);
    INFO(panel->message().toStdString());
    REQUIRE(QFile::exists(target));
    CHECK(suggested.endsWith(plan.code + u".pdf"_s));
    CHECK(panel->message().contains(u"plan.pdf"_s));
    CHECK(runTool(u"pdfinfo"_s, {target}).contains(u"842 x 595 pts"_s));
    const QString text = pdfText(target);
    CHECK(text.contains(u"Насби чароғҳо дар кӯчаи Марказӣ"_s));
    CHECK(text.contains(plan.code));
    CHECK(QSettings().value(u"documents/lastFolder"_s).toString() == QFileInfo(target).absolutePath());
    // The next export proposes the same folder.
    panel->exportPdf();
    CHECK(QFileInfo(suggested).absolutePath() == QFileInfo(target).absolutePath());
    // The program's own language did not change.
    CHECK(QCoreApplication::translate("ActivityStatus", "Done") == u"Done"_s);
}

TEST_CASE("the plans and meetings pages open the document dialog for the selected record", "[documents]")
{
    QSettings().clear();
    test::TempDatabase db;
    const QString team = test::makeTeam(*db);
    {
        // A team without a plan: nothing to print, so the button says so by being off (it did nothing).
        Session empty(*db);
        empty.setCurrentTeam(team);
        PlansPage noPlans(empty);
        auto* button = noPlans.findChild<DocumentButton*>(u"planDocuments"_s);
        REQUIRE(button != nullptr);
        CHECK(noPlans.currentPlan().isEmpty());
        CHECK_FALSE(button->isEnabled());
    }
    const ActionPlan plan = makePlan(*db, team);
    Meeting meeting;
    meeting.teamUuid = team;
    meeting.date = QDate(2026, 3, 1);
    meeting.minutesNumber = u"4"_s;
    REQUIRE(MeetingRepository(*db).createMeeting(meeting).ok());
    Session session(*db);
    session.setCurrentTeam(team);

    PlansPage plans(session);
    auto* planButton = plans.findChild<DocumentButton*>(u"planDocuments"_s);
    REQUIRE(planButton != nullptr);
    REQUIRE(plans.currentPlan() == plan.meta.uuid);
    planButton->click();
    REQUIRE(planButton->dialog() != nullptr);
    CHECK(planButton->dialog()->isVisible());
    CHECK(planButton->dialog()->windowTitle().contains(plan.code));
    CHECK(planButton->dialog()
              ->findChild<QCheckBox*>(u"documentLandscape"_s)
              ->isVisibleTo(planButton->dialog()));
    planButton->dialog()->close();

    MeetingsPage meetings(session);
    auto* meetingButton = meetings.findChild<DocumentButton*>(u"meetingDocuments"_s);
    REQUIRE(meetingButton != nullptr);
    REQUIRE_FALSE(meetings.currentMeeting().isEmpty());
    meetingButton->click();
    REQUIRE(meetingButton->dialog() != nullptr);
    // Minutes have no landscape choice.
    CHECK_FALSE(meetingButton->dialog()
                    ->findChild<QCheckBox*>(u"documentLandscape"_s)
                    ->isVisibleTo(meetingButton->dialog()));
    const QString target = db.dir.filePath(u"minutes.pdf"_s);
    meetingButton->dialog()->panel()->setFileChooser([&](const QString&) { return target; });
    REQUIRE(meetingButton->dialog()->panel()->exportPdf() == target);
    CHECK(pdfText(target).contains(u"MINUTES No. 4"_s));
    meetingButton->dialog()->close();
}

TEST_CASE("the reports page shows the period's figures and exports the report", "[documents]")
{
    QSettings().clear();
    test::TempDatabase db;
    const QString team = test::makeTeam(*db);
    const QString other = test::makeTeam(*db, u"KUL"_s);
    for (const auto& [teamUuid, date] :
         {std::pair{team, QDate(2026, 2, 1)}, std::pair{team, QDate(2026, 5, 1)},
          std::pair{other, QDate(2026, 3, 1)}}) {
        Meeting meeting;
        meeting.teamUuid = teamUuid;
        meeting.date = date;
        meeting.guests.set(Sex::Female, AgeBand::From18To29, 3);
        meeting.guests.set(Sex::Male, AgeBand::From30To49, 2);
        REQUIRE(MeetingRepository(*db).createMeeting(meeting).ok());
    }
    Session session(*db);
    session.setCurrentTeam(team);
    ReportsPage page(session);
    CHECK(page.team() == team);
    page.setPeriod(QDate(2026, 1, 1), QDate(2026, 12, 31));
    CHECK(page.summary()->text().contains(u"Meetings held: 2"_s));
    CHECK(page.summary()->text().contains(u"Participants: 10 (women 6, men 4)"_s));

    // A restricted concern is counted on screen only when the report will count it.
    Concern secret;
    secret.teamUuid = team;
    secret.title = u"Махфӣ"_s;
    secret.firstRaised = QDate(2026, 2, 1);
    secret.categoryUuid = test::categoryUuid(*db, u"domestic_violence"_s);
    secret.restricted = true;
    REQUIRE(ConcernRepository(*db).createConcern(secret).ok());
    page.setPeriod(QDate(2026, 1, 1), QDate(2026, 12, 30));
    CHECK(page.summary()->text().contains(u"Concerns raised: 0"_s));
    page.documentPanel()->findChild<QCheckBox*>(u"documentRestricted"_s)->setChecked(true);
    CHECK(page.summary()->text().contains(u"Concerns raised: 1"_s));
    page.documentPanel()->findChild<QCheckBox*>(u"documentRestricted"_s)->setChecked(false);

    page.setTeam(QString()); // all teams
    CHECK(page.summary()->text().contains(u"Meetings held: 3"_s));
    // Every team of one kind (issue 19): the other team is a public council with one meeting.
    Team council = *TeamRepository(*db).team(other);
    council.kind = GroupKind::PublicCouncil;
    REQUIRE(TeamRepository(*db).updateTeam(council).ok());
    auto* scope = page.findChild<QComboBox*>(u"reportTeam"_s);
    REQUIRE(scope != nullptr);
    scope->setCurrentIndex(scope->findText(u"All public councils"_s));
    CHECK(page.groupKind() == u"public_council"_s);
    CHECK(page.team().isEmpty());
    CHECK(page.summary()->text().contains(u"Meetings held: 1"_s));
    scope->setCurrentIndex(scope->findText(u"All partnership teams"_s));
    CHECK(page.summary()->text().contains(u"Meetings held: 2"_s));
    page.setTeam(QString());
    CHECK(page.groupKind().isEmpty());
    CHECK(page.summary()->text().contains(u"Meetings held: 3"_s));
    page.setPeriod(QDate(2026, 4, 1), QDate(2026, 1, 1));
    CHECK(page.summary()->text().contains(u"must not end before"_s));
    page.setPeriod(QDate(2026, 1, 1), QDate(2026, 3, 31));
    CHECK(page.summary()->text().contains(u"Meetings held: 2"_s));

    const QString target = db.dir.filePath(u"report.pdf"_s);
    page.documentPanel()->setFileChooser([&](const QString&) { return target; });
    page.documentPanel()->setLanguage(u"en"_s);
    QTest::mouseClick(page.findChild<QPushButton*>(u"documentExport"_s), Qt::LeftButton);
    REQUIRE(QFile::exists(target));
    const QString text = pdfText(target);
    CHECK(text.contains(u"PERIOD REPORT"_s));
    CHECK(text.contains(u"All teams"_s));
    CHECK(text.contains(u"01.01.2026 – 31.03.2026"_s));
    CHECK(text.contains(u"Regular meeting 2"_s));
}

TEST_CASE(
    "the dialog writes an editable ODT, a formal PDF, and asks about texts that mention a hidden concern",
    "[documents]")
{
    QSettings().clear();
    test::TempDatabase db;
    const QString team = test::makeTeam(*db);
    ActionPlan plan = makePlan(*db, team);
    // A restricted concern the plan addresses, and an objective that gives it away.
    Concern hidden;
    hidden.teamUuid = team;
    hidden.title = u"Зӯроварии хонаводагӣ дар маҳаллаи Боло"_s;
    hidden.firstRaised = QDate(2026, 1, 5);
    hidden.categoryUuid = test::categoryUuid(*db, u"domestic_violence"_s);
    hidden.restricted = true;
    auto madeConcern = ConcernRepository(*db).createConcern(hidden);
    REQUIRE(madeConcern.ok());
    plan.concernUuids = {madeConcern->meta.uuid};
    plan.objective = u"Кам кардани зӯроварии хонаводагӣ дар маҳаллаи Боло"_s;
    REQUIRE(PlanRepository(*db).updatePlan(plan).ok());
    Session session(*db);
    DocumentDialog dialog(session, DocumentKind::ActionPlan, plan.meta.uuid);
    dialog.show();
    DocumentPanel* panel = dialog.panel();
    const QString odt = db.dir.filePath(u"plan.odt"_s);
    QString suggested;
    panel->setFileChooser([&](const QString& proposal) {
        suggested = proposal;
        return odt;
    });
    QList<report::Mention> asked;
    auto choice = DocumentPanel::MentionChoice::Cancel;
    panel->setMentionChooser([&](const QList<report::Mention>& mentions) {
        asked = mentions;
        return choice;
    });

    auto* format = dialog.findChild<QComboBox*>(u"documentFormat"_s);
    auto* formal = dialog.findChild<QCheckBox*>(u"documentFormal"_s);
    REQUIRE((format && formal));
    format->setCurrentIndex(format->findData(u"odt"_s));
    CHECK_FALSE(formal->isEnabled()); // a page style means nothing to a file someone else sets
    auto* exportButton = dialog.findChild<QPushButton*>(u"documentExport"_s);

    // Cancelled at the question: nothing is written.
    QTest::mouseClick(exportButton, Qt::LeftButton);
    REQUIRE(asked.size() == 1);
    CHECK(asked.first().text == plan.objective);
    CHECK_FALSE(QFile::exists(odt));

    // Left out: the ODT has the activity but not the objective.
    choice = DocumentPanel::MentionChoice::LeaveOut;
    QTest::mouseClick(exportButton, Qt::LeftButton);
    REQUIRE(QFile::exists(odt));
    CHECK(suggested.endsWith(plan.code + u".odt"_s));
    QString xml = runTool(u"unzip"_s, {u"-p"_s, odt, u"content.xml"_s});
    CHECK(xml.contains(u"Насби чароғҳо дар кӯчаи Марказӣ"_s));
    CHECK_FALSE(xml.contains(u"зӯроварии хонаводагӣ"_s));

    // Kept: the user chose, and it is there.
    choice = DocumentPanel::MentionChoice::Keep;
    QTest::mouseClick(exportButton, Qt::LeftButton);
    xml = runTool(u"unzip"_s, {u"-p"_s, odt, u"content.xml"_s});
    CHECK(xml.contains(plan.objective));

    // A formal PDF: serif fonts embedded.
    const QString pdf = db.dir.filePath(u"formal.pdf"_s);
    panel->setFileChooser([&](const QString&) { return pdf; });
    format->setCurrentIndex(format->findData(u"pdf"_s));
    REQUIRE(formal->isEnabled());
    formal->setChecked(true);
    choice = DocumentPanel::MentionChoice::LeaveOut;
    QTest::mouseClick(exportButton, Qt::LeftButton);
    REQUIRE(QFile::exists(pdf));
    CHECK(runTool(u"pdffonts"_s, {pdf}).contains(u"DejaVuSerif"_s));
    CHECK_FALSE(pdfText(pdf).contains(u"зӯроварии хонаводагӣ"_s));
}

TEST_CASE("the reports page shows the period's trainings and campaigns, and that reach counts once",
          "[documents][events]")
{
    QSettings().clear();
    test::TempDatabase db;
    const test::EventFixture fixture(*db);
    Session session(*db);
    session.setCurrentTeam(fixture.team);
    ReportsPage page(session);
    page.setPeriod(QDate(2026, 1, 1), QDate(2026, 6, 30));
    const QString text = page.summary()->text();
    INFO(text.toStdString());
    // The figures of tests/support/EventFixture.h, worked out there by hand.
    CHECK(text.contains(u"Trainings: 1; people trained: 9 (women 6, men 3)"_s));
    CHECK(text.contains(
        u"Test scores: 50.0 % before, 80.0 % after; gain 35.0 percentage points (test sheets: 2)"_s));
    CHECK(text.contains(u"Feedback: 4.2 of 5 (feedback sheets: 2)"_s));
    CHECK(text.contains(u"Other events: 1; participants: 5"_s));
    CHECK(text.contains(u"Campaigns: 1; reached 230 directly, 1,500 indirectly; cost 2,500.00 somoni"_s));
    CHECK(text.contains(u"People reached: 244 directly, 1,500 indirectly\n(each person counted once"_s));
    for (const QString& name : test::EventFixture::kNames)
        CHECK_FALSE(text.contains(name));
}
