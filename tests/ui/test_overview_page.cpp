// The overview page, driven offscreen over a small hand-made data file: the headline numbers, the values of
// every chart, the three lists (and that activating an item asks to open its record), "All teams", and that
// the page follows changes to the data and the current team.
#include "core/model/ActionPlan.h"
#include "core/model/Concern.h"
#include "core/model/Meeting.h"
#include "core/model/Team.h"
#include "core/storage/CampaignRepository.h"
#include "core/storage/ConcernRepository.h"
#include "core/storage/EventRepository.h"
#include "core/storage/MeetingRepository.h"
#include "core/storage/OverviewQueries.h"
#include "core/storage/PlanRepository.h"
#include "core/storage/ReferenceRepository.h"
#include "core/storage/StatisticsRepository.h"
#include "core/storage/TeamRepository.h"
#include "support/TestSupport.h"
#include "support/UiTestSupport.h"
#include "ui/Session.h"
#include "ui/pages/OverviewPage.h"
#include "ui/pages/overview/ActivityDueModel.h"
#include "ui/pages/overview/NamedBarChart.h"
#include <QAbstractItemModelTester>
#include <QCheckBox>
#include <QComboBox>
#include <QLabel>
#include <QTableView>
#include <QTest>
#include <QtCharts/QAbstractBarSeries>
#include <QtCharts/QBarCategoryAxis>
#include <QtCharts/QBarSet>
#include <QtCharts/QChart>
#include <QtCharts/QChartView>
#include <optional>

using namespace hamkori;

namespace {

const QDate kToday(2026, 5, 15); // the second quarter of 2026

struct Dataset
{
    QString team, otherTeam;
    QString overdue, upcoming, done, later;                   // activities
    QString raisedRestricted, raisedOpen, analysed, resolved; // concerns of the team
};

QString addMember(Database& db, const QString& team, const QString& name, Sex sex, AgeBand band)
{
    Member member;
    member.teamUuid = team;
    member.name = name;
    member.sex = sex;
    member.ageBand = band;
    member.category = MemberCategory::Cso;
    auto created = TeamRepository(db).createMember(member);
    INFO(created.errorMessage().toStdString());
    REQUIRE(created.ok());
    return created->meta.uuid;
}

QString addMeeting(Database& db, const QString& team, QDate date, const QStringList& present,
                   const SexAgeCounts& guests = {})
{
    Meeting meeting;
    meeting.teamUuid = team;
    meeting.date = date;
    meeting.guests = guests;
    MeetingRepository meetings(db);
    auto created = meetings.createMeeting(meeting);
    INFO(created.errorMessage().toStdString());
    REQUIRE(created.ok());
    for (const QString& member : present)
        REQUIRE(meetings.setPresent(created->meta.uuid, member, true).ok());
    return created->meta.uuid;
}

QString addConcern(Database& db, const QString& team, const QString& title, const QString& category,
                   ConcernStatus status, QDate raised, bool restricted = false)
{
    Concern concern;
    concern.teamUuid = team;
    concern.title = title;
    concern.categoryUuid = test::categoryUuid(db, category);
    concern.status = status;
    concern.firstRaised = raised;
    concern.restricted = restricted;
    auto created = ConcernRepository(db).createConcern(concern);
    INFO(created.errorMessage().toStdString());
    REQUIRE(created.ok());
    return created->meta.uuid;
}

QString addActivity(Database& db, const QString& plan, const QString& measure, QDate deadline,
                    ActivityStatus status)
{
    Activity activity;
    activity.planUuid = plan;
    activity.measure = measure;
    activity.leadBodyUuid = test::referenceUuid(db, QStringLiteral("lead_body"), QStringLiteral("police"));
    activity.start = QDate(2026, 1, 10);
    activity.deadline = deadline;
    activity.status = status;
    auto created = PlanRepository(db).createActivity(activity);
    INFO(created.errorMessage().toStdString());
    REQUIRE(created.ok());
    return created->meta.uuid;
}

QString addPlan(Database& db, const QString& team)
{
    ActionPlan plan;
    plan.teamUuid = team;
    plan.title = QStringLiteral("Нақшаи чорабиниҳо 2026");
    plan.periodStart = QDate(2026, 1, 1);
    plan.periodEnd = QDate(2026, 12, 31);
    plan.status = PlanStatus::Adopted;
    auto created = PlanRepository(db).createPlan(plan);
    INFO(created.errorMessage().toStdString());
    REQUIRE(created.ok());
    return created->meta.uuid;
}

// Team ISF: three members, meetings in Q4 2025, Q1 2026 (with guests) and Q2 2026; four concerns in three
// categories; a plan with an overdue, an upcoming, a done and a later activity, and a progress update that
// reached people. Team KHJ: one meeting this year and one concern waiting for analysis.
Dataset makeDataset(Database& db)
{
    Dataset d;
    d.team = test::makeTeam(db, QStringLiteral("ISF"));
    d.otherTeam = test::makeTeam(db, QStringLiteral("KHJ"));
    const QString woman = addMember(db, d.team, QStringLiteral("Гулнора"), Sex::Female, AgeBand::From18To29);
    const QString man = addMember(db, d.team, QStringLiteral("Фаррух"), Sex::Male, AgeBand::From30To49);
    const QString elder = addMember(db, d.team, QStringLiteral("Мавҷуда"), Sex::Female, AgeBand::From50);
    addMeeting(db, d.team, QDate(2025, 11, 5), {elder});
    SexAgeCounts guests;
    guests.set(Sex::Female, AgeBand::Under18, 3);
    guests.set(Sex::Male, AgeBand::From18To29, 2);
    addMeeting(db, d.team, QDate(2026, 2, 10), {woman, man}, guests);
    addMeeting(db, d.team, QDate(2026, 4, 20), {woman, man, elder});

    d.raisedRestricted =
        addConcern(db, d.team, QStringLiteral("Зӯроварӣ дар оила"), QStringLiteral("domestic_violence"),
                   ConcernStatus::Raised, QDate(2026, 2, 10), true);
    d.raisedOpen = addConcern(db, d.team, QStringLiteral("Road crossing by the school"),
                              QStringLiteral("road_safety"), ConcernStatus::Raised, QDate(2026, 4, 20));
    d.analysed = addConcern(db, d.team, QStringLiteral("Violence at the market"),
                            QStringLiteral("domestic_violence"), ConcernStatus::Analysed, QDate(2026, 2, 10));
    d.resolved = addConcern(db, d.team, QStringLiteral("Stolen livestock"), QStringLiteral("theft"),
                            ConcernStatus::Resolved, QDate(2025, 11, 5));

    const QString plan = addPlan(db, d.team);
    d.overdue = addActivity(db, plan, QStringLiteral("Street lighting on the school road"), QDate(2026, 5, 1),
                            ActivityStatus::Planned);
    d.upcoming = addActivity(db, plan, QStringLiteral("Dialogue with parents"), QDate(2026, 5, 30),
                             ActivityStatus::InProgress);
    d.done = addActivity(db, plan, QStringLiteral("Leaflets"), QDate(2026, 3, 1), ActivityStatus::Planned);
    d.later =
        addActivity(db, plan, QStringLiteral("Youth football"), QDate(2026, 9, 1), ActivityStatus::Planned);
    ProgressUpdate update;
    update.activityUuid = d.done;
    update.date = QDate(2026, 3, 10);
    update.status = ActivityStatus::Done;
    update.reached.set(Sex::Female, AgeBand::From18To29, 5);
    update.reached.set(Sex::Male, AgeBand::Under18, 4);
    auto added = PlanRepository(db).addProgress(update);
    INFO(added.errorMessage().toStdString());
    REQUIRE(added.ok());

    addMeeting(db, d.otherTeam, QDate(2026, 3, 3), {});
    addConcern(db, d.otherTeam, QStringLiteral("Drugs near the bazaar"), QStringLiteral("drugs_alcohol"),
               ConcernStatus::Raised, QDate(2026, 3, 3));
    return d;
}

/// Shows the page and waits for its first reading, which comes after the first paint.
void showLoaded(OverviewPage& page)
{
    page.show();
    REQUIRE(QTest::qWaitFor([&] { return page.hasLoaded(); }, 2000));
}

QChartView* chartView(QWidget& page, const char* name)
{
    auto* view = page.findChild<QChartView*>(QString::fromLatin1(name));
    REQUIRE(view != nullptr);
    return view;
}

QAbstractBarSeries* barSeries(QChartView* view)
{
    REQUIRE(view->chart()->series().size() == 1);
    auto* series = qobject_cast<QAbstractBarSeries*>(view->chart()->series().first());
    REQUIRE(series != nullptr);
    return series;
}

QStringList categoriesOf(QChartView* view)
{
    for (QAbstractAxis* axis : view->chart()->axes())
        if (auto* categories = qobject_cast<QBarCategoryAxis*>(axis))
            return categories->categories();
    return {};
}

NamedBarChart* barChart(QWidget& page, const char* name)
{
    auto* chart = page.findChild<NamedBarChart*>(QString::fromLatin1(name));
    REQUIRE(chart != nullptr);
    return chart;
}

QStringList categoriesOf(NamedBarChart* chart)
{
    return chart->names();
}

/// Name → value of the bars of a chart.
QMap<QString, int> barValues(NamedBarChart* chart)
{
    REQUIRE(chart->values().size() == chart->names().size());
    QMap<QString, int> values;
    for (qsizetype i = 0; i < chart->names().size(); ++i)
        values[chart->names()[i]] = chart->values()[i];
    return values;
}

QString tile(QWidget& page, const char* name)
{
    auto* label = page.findChild<QLabel*>(QString::fromLatin1(name));
    REQUIRE(label != nullptr);
    return label->text();
}

QTableView* list(QWidget& page, const char* name)
{
    auto* view = page.findChild<QTableView*>(QString::fromLatin1(name));
    REQUIRE(view != nullptr);
    return view;
}

QStringList uuidsIn(QTableView* view)
{
    QStringList uuids;
    for (int row = 0; row < view->model()->rowCount(); ++row)
        uuids << view->model()->index(row, 0).data(Qt::UserRole + 1).toString();
    return uuids;
}

QString categoryName(Database& db, const char* code)
{
    auto item = ReferenceRepository(db).itemByCode(ReferenceList::Category, QString::fromLatin1(code));
    REQUIRE(item.ok());
    return item->name(QStringLiteral("en"));
}

} // namespace

TEST_CASE("the overview shows the team's numbers in its headline and charts", "[ui][overview]")
{
    test::TempDatabase db;
    const Dataset d = makeDataset(*db);
    Session session(*db);
    session.setCurrentTeam(d.team);
    OverviewPage page(session);
    page.setToday(kToday);
    page.resize(1130, 650);
    showLoaded(page);

    CHECK(tile(page, "meetingsThisYear") == QStringLiteral("2"));
    CHECK(tile(page, "openConcerns") == QStringLiteral("3"));
    CHECK(tile(page, "activitiesOverdue") == QStringLiteral("1"));
    CHECK(tile(page, "reachedThisYear") == QStringLiteral("5 women · 4 men"));
    CHECK(tile(page, "reachedIndirectlyThisYear") == QStringLiteral("0"));

    const QMap<QString, int> byCategory = barValues(barChart(page, "categoryChart"));
    CHECK(byCategory == QMap<QString, int>{{categoryName(*db, "domestic_violence"), 2},
                                           {categoryName(*db, "road_safety"), 1},
                                           {categoryName(*db, "theft"), 1}});
    // Most first, at the top.
    CHECK(categoriesOf(barChart(page, "categoryChart")).first() == categoryName(*db, "domestic_violence"));

    const QMap<QString, int> byStatus = barValues(barChart(page, "statusChart"));
    CHECK(byStatus.size() == enumCount<ConcernStatus>());
    CHECK(byStatus.value(displayName(ConcernStatus::Raised)) == 2);
    CHECK(byStatus.value(displayName(ConcernStatus::Analysed)) == 1);
    CHECK(byStatus.value(displayName(ConcernStatus::Resolved)) == 1);
    CHECK(byStatus.value(displayName(ConcernStatus::Prioritised)) == 0);
    CHECK(byStatus.value(displayName(ConcernStatus::Closed)) == 0);

    const QMap<QString, int> activities = barValues(barChart(page, "activityChart"));
    CHECK(activities == QMap<QString, int>{{displayName(ActivityStatus::Planned), 2},
                                           {displayName(ActivityStatus::InProgress), 1},
                                           {displayName(ActivityStatus::Done), 1},
                                           {displayName(ActivityStatus::Delayed), 0},
                                           {displayName(ActivityStatus::Cancelled), 0}});

    // Participation: eight stacked sets (women and men × four age bands) over six quarters, Q1 2025 … Q2
    // 2026.
    QChartView* participation = chartView(page, "participationChart");
    const QStringList quarters = categoriesOf(participation);
    REQUIRE(quarters.size() == OverviewPage::kQuarters);
    CHECK(quarters.first() == QStringLiteral("Q1<br>’25"));
    CHECK(quarters.last() == QStringLiteral("Q2<br>’26"));
    const QList<QBarSet*> sets = barSeries(participation)->barSets();
    REQUIRE(sets.size() == SexAgeCounts::kCells);
    auto cell = [&](Sex sex, AgeBand band, int quarter) {
        return int(sets[int(sex) * SexAgeCounts::kBands + int(band)]->at(quarter));
    };
    CHECK(cell(Sex::Female, AgeBand::From50, 3) == 1);     // Q4 2025: the elder
    CHECK(cell(Sex::Female, AgeBand::Under18, 4) == 3);    // Q1 2026: girls among the guests
    CHECK(cell(Sex::Male, AgeBand::From18To29, 4) == 2);   // and young men
    CHECK(cell(Sex::Female, AgeBand::From18To29, 4) == 1); // members present
    CHECK(cell(Sex::Male, AgeBand::From30To49, 4) == 1);
    CHECK(cell(Sex::Female, AgeBand::From50, 5) == 1); // Q2 2026: all three members
    // Every quarter's column adds up to what the period statistics count for that quarter.
    StatisticsRepository statistics(*db);
    for (int q = 0; q < OverviewPage::kQuarters; ++q) {
        const QDate from = QDate(2025, 1, 1).addMonths(3 * q);
        auto period = statistics.period(d.team, from, from.addMonths(3).addDays(-1));
        REQUIRE(period.ok());
        for (int i = 0; i < SexAgeCounts::kCells; ++i)
            CHECK(int(sets[i]->at(q)) == period->participants().cell(i));
    }
}

TEST_CASE(
    "the overview lists overdue and upcoming activities and concerns waiting for analysis, and opens them",
    "[ui][overview]")
{
    test::TempDatabase db;
    const Dataset d = makeDataset(*db);
    Session session(*db);
    session.setCurrentTeam(d.team);
    OverviewPage page(session);
    page.setToday(kToday);
    page.resize(1130, 650);
    showLoaded(page);

    QTableView* overdue = list(page, "overdueList");
    QTableView* upcoming = list(page, "upcomingList");
    QTableView* waiting = list(page, "waitingList");
    QAbstractItemModelTester overdueTester(overdue->model(),
                                           QAbstractItemModelTester::FailureReportingMode::Fatal);
    QAbstractItemModelTester upcomingTester(upcoming->model(),
                                            QAbstractItemModelTester::FailureReportingMode::Fatal);
    QAbstractItemModelTester waitingTester(waiting->model(),
                                           QAbstractItemModelTester::FailureReportingMode::Fatal);
    page.refresh(); // a reset under the testers

    CHECK(uuidsIn(overdue) == QStringList{d.overdue});
    CHECK(overdue->model()->index(0, 0).data().toString() == QStringLiteral("01.05.2026"));
    CHECK(overdue->model()->index(0, 1).data().toString() == QStringLiteral("14")); // days overdue
    CHECK(overdue->model()->index(0, 2).data().toString() ==
          QStringLiteral("Street lighting on the school road"));
    CHECK(overdue->model()->index(0, 3).data().toString().startsWith(QStringLiteral("ISF-")));
    CHECK(overdue->model()->index(0, 4).data().toString() == QStringLiteral("District police (ShKD)"));
    CHECK(uuidsIn(upcoming) == QStringList{d.upcoming});
    CHECK(upcoming->model()->index(0, 1).data().toString() == QStringLiteral("15")); // days left
    // Longest waiting first; the restricted concern carries the drawn padlock.
    CHECK(uuidsIn(waiting) == QStringList{d.raisedRestricted, d.raisedOpen});
    CHECK(waiting->model()->index(0, 0).data().toString().startsWith(QStringLiteral("ISF-2026-")));
    CHECK_FALSE(waiting->model()->index(0, 0).data(Qt::DecorationRole).value<QIcon>().isNull());
    CHECK(waiting->model()->index(1, 0).data(Qt::DecorationRole).value<QIcon>().isNull());
    CHECK(waiting->model()->index(0, 1).data().toString() == QStringLiteral("Зӯроварӣ дар оила"));
    CHECK(waiting->model()->index(0, 2).data().toString() == QStringLiteral("10.02.2026"));

    QList<std::pair<QString, QString>> opened;
    QObject::connect(&session, &Session::openRequested, [&](const QString& kind, const QString& uuid) {
        opened.append({kind, uuid});
    });

    // Enter on the overdue activity.
    overdue->setFocus();
    overdue->setCurrentIndex(overdue->model()->index(0, 2));
    QTest::keyClick(overdue, Qt::Key_Return);
    REQUIRE(opened.size() == 1);
    CHECK(opened[0] == std::pair{QStringLiteral("activity"), d.overdue});

    // Double-click on the second waiting concern.
    const QRect second = waiting->visualRect(waiting->model()->index(1, 1));
    QTest::mouseClick(waiting->viewport(), Qt::LeftButton, Qt::NoModifier, second.center());
    QTest::mouseDClick(waiting->viewport(), Qt::LeftButton, Qt::NoModifier, second.center());
    REQUIRE(opened.size() == 2);
    CHECK(opened[1] == std::pair{QStringLiteral("concern"), d.raisedOpen});
}

TEST_CASE("the overview shows all teams when asked, follows the current team and refreshes after changes",
          "[ui][overview]")
{
    test::TempDatabase db;
    const Dataset d = makeDataset(*db);
    Session session(*db);
    session.setCurrentTeam(d.team);
    OverviewPage page(session);
    page.setToday(kToday);
    showLoaded(page);
    QTableView* waiting = list(page, "waitingList");
    QAbstractItemModelTester tester(waiting->model(), QAbstractItemModelTester::FailureReportingMode::Fatal);

    auto* allTeams = page.findChild<QCheckBox*>(QStringLiteral("allTeams"));
    REQUIRE(allTeams != nullptr);
    REQUIRE(allTeams->isVisible()); // two teams in the file
    CHECK(tile(page, "meetingsThisYear") == QStringLiteral("2"));

    QTest::mouseClick(allTeams, Qt::LeftButton);
    REQUIRE(allTeams->isChecked());
    CHECK(page.scopeTeam().isEmpty());
    CHECK(tile(page, "meetingsThisYear") == QStringLiteral("3"));
    CHECK(tile(page, "openConcerns") == QStringLiteral("4"));
    CHECK(barValues(barChart(page, "statusChart")).value(displayName(ConcernStatus::Raised)) == 3);
    CHECK(barValues(barChart(page, "categoryChart")).value(categoryName(*db, "drugs_alcohol")) == 1);
    CHECK(waiting->model()->rowCount() == 3);

    // Every team of one kind (issue 19): the other team becomes a public council.
    auto* kinds = page.findChild<QComboBox*>(QStringLiteral("overviewKindScope"));
    REQUIRE(kinds != nullptr);
    CHECK(kinds->isVisible());
    Team council = *TeamRepository(*db).team(d.otherTeam);
    council.kind = GroupKind::PublicCouncil;
    REQUIRE(TeamRepository(*db).updateTeam(council).ok());
    kinds->setCurrentIndex(kinds->findData(codeOf(GroupKind::PublicCouncil)));
    CHECK(page.scopeTeam() == OverviewQueries::kindScope(GroupKind::PublicCouncil));
    CHECK(tile(page, "meetingsThisYear") == QStringLiteral("1"));
    CHECK(tile(page, "openConcerns") == QStringLiteral("1"));
    kinds->setCurrentIndex(kinds->findData(codeOf(GroupKind::PartnershipTeam)));
    CHECK(tile(page, "meetingsThisYear") == QStringLiteral("2"));
    CHECK(waiting->model()->rowCount() == 2);
    kinds->setCurrentIndex(kinds->findData(codeOf(GroupKind::YouthInitiative)));
    CHECK(tile(page, "meetingsThisYear") == QStringLiteral("0"));
    CHECK(waiting->model()->rowCount() == 0);
    kinds->setCurrentIndex(0); // every team
    CHECK(tile(page, "meetingsThisYear") == QStringLiteral("3"));

    QTest::mouseClick(allTeams, Qt::LeftButton);
    REQUIRE_FALSE(allTeams->isChecked());
    CHECK_FALSE(kinds->isVisible());
    CHECK(tile(page, "meetingsThisYear") == QStringLiteral("2"));
    CHECK(waiting->model()->rowCount() == 2);

    // Another team chosen in the tool bar.
    session.setCurrentTeam(d.otherTeam);
    CHECK(tile(page, "meetingsThisYear") == QStringLiteral("1"));
    CHECK(tile(page, "openConcerns") == QStringLiteral("1"));
    CHECK(tile(page, "activitiesOverdue") == QStringLiteral("0"));
    CHECK(barValues(barChart(page, "categoryChart")) ==
          QMap<QString, int>{{categoryName(*db, "drugs_alcohol"), 1}});
    CHECK(list(page, "overdueList")->model()->rowCount() == 0);

    // A concern registered elsewhere (another page, an import) appears after the short debounce.
    addConcern(*db, d.otherTeam, QStringLiteral("Fights after football"), QStringLiteral("youth_crime"),
               ConcernStatus::Raised, QDate(2026, 5, 2));
    CHECK(tile(page, "openConcerns") == QStringLiteral("1")); // not yet: debounced
    CHECK(QTest::qWaitFor([&] { return tile(page, "openConcerns") == QStringLiteral("2"); }, 2000));
    CHECK(waiting->model()->rowCount() == 2);
    CHECK(barValues(barChart(page, "categoryChart")).value(categoryName(*db, "youth_crime")) == 1);
}

TEST_CASE("the overview's lists load long lists page by page", "[ui][overview]")
{
    test::TempDatabase db;
    const QString team = test::makeTeam(*db);
    const QString plan = addPlan(*db, team);
    const int count = 130;
    for (int i = 0; i < count; ++i)
        addActivity(*db, plan, QStringLiteral("Activity %1").arg(i + 1), QDate(2026, 4, 1).addDays(i % 40),
                    ActivityStatus::Delayed);
    Session session(*db);
    session.setCurrentTeam(team);
    OverviewPage page(session);
    page.setToday(QDate(2026, 6, 1));
    showLoaded(page);

    QTableView* overdue = list(page, "overdueList");
    QAbstractItemModel* model = overdue->model();
    QAbstractItemModelTester tester(model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    CHECK(tile(page, "activitiesOverdue") == QStringLiteral("130"));
    while (model->canFetchMore({}))
        model->fetchMore({});
    CHECK(model->rowCount() == count);
    // Most overdue first.
    CHECK(model->index(0, 0).data().toString() == QStringLiteral("01.04.2026"));
    CHECK(model->index(count - 1, 0).data().toString() == QStringLiteral("10.05.2026"));

    // The model alone: one page at first, the rest on demand.
    ActivityDueModel alone(ActivityDueModel::Mode::Overdue);
    QAbstractItemModelTester aloneTester(&alone, QAbstractItemModelTester::FailureReportingMode::Fatal);
    alone.setToday(QDate(2026, 6, 1));
    Database& data = *db;
    alone.reload([&data, team](int offset, int limit) {
        return OverviewQueries(data).overdueActivities(team, QDate(2026, 6, 1), offset, limit);
    });
    CHECK(alone.rowCount() == ActivityDueModel::kPageSize);
    REQUIRE(alone.canFetchMore({}));
    alone.fetchMore({});
    CHECK(alone.rowCount() == count);
    CHECK_FALSE(alone.canFetchMore({}));
    CHECK(alone.index(count - 1, ActivityDueModel::Days).data().toString() == QStringLiteral("22"));

    // The queries agree with the list.
    auto counts = OverviewQueries(*db).counts(team, QDate(2026, 6, 1));
    REQUIRE(counts.ok());
    CHECK(counts->activitiesOverdue == count);
    CHECK(counts->activitiesByStatus.value(ActivityStatus::Delayed) == count);
}

TEST_CASE("the overview redraws its charts on a language change and while hidden reads nothing",
          "[ui][overview]")
{
    test::TempDatabase db;
    const Dataset d = makeDataset(*db);
    Session session(*db);
    session.setCurrentTeam(d.team);
    OverviewPage page(session);
    page.setToday(kToday);
    // Not shown yet: nothing was read.
    CHECK(tile(page, "openConcerns") == QStringLiteral("…"));
    showLoaded(page);
    CHECK(tile(page, "openConcerns") == QStringLiteral("3"));

    QEvent change(QEvent::LanguageChange);
    QApplication::sendEvent(&page, &change);
    CHECK(barChart(page, "statusChart")->title() == QStringLiteral("Concerns by status"));
    CHECK(barValues(barChart(page, "statusChart")).value(displayName(ConcernStatus::Raised)) == 2);
    CHECK(tile(page, "openConcerns") == QStringLiteral("3"));
}

TEST_CASE("the overview appears before it reads its figures and fills them in after the first paint",
          "[ui][overview]")
{
    test::TempDatabase db;
    const Dataset d = makeDataset(*db);
    Session session(*db);
    session.setCurrentTeam(d.team);
    OverviewPage page(session);
    page.setToday(kToday);
    page.resize(1130, 650);
    // What the first paint showed: no figures yet.
    struct FirstPaint : QObject
    {
        OverviewPage* page = nullptr;
        std::optional<bool> loaded;
        QString openConcerns;
        bool eventFilter(QObject* watched, QEvent* event) override
        {
            if (watched == page && event->type() == QEvent::Paint && !loaded) {
                loaded = page->hasLoaded();
                openConcerns = tile(*page, "openConcerns");
            }
            return false;
        }
    } firstPaint;
    firstPaint.page = &page;
    page.installEventFilter(&firstPaint);
    page.show();
    CHECK_FALSE(page.hasLoaded());
    CHECK(barChart(page, "statusChart")->names().isEmpty());

    REQUIRE(QTest::qWaitFor([&] { return page.hasLoaded(); }, 2000));
    REQUIRE(firstPaint.loaded.has_value());
    CHECK_FALSE(*firstPaint.loaded);
    CHECK(firstPaint.openConcerns == QStringLiteral("…"));
    CHECK(tile(page, "openConcerns") == QStringLiteral("3"));
}

TEST_CASE("the reach tiles count a campaign and an event once, directly by sex and indirectly",
          "[ui][overview][campaigns-page]")
{
    test::TempDatabase db;
    const Dataset d = makeDataset(*db);
    // A campaign that reached 10 women and 7 men, and an estimated 3,000 through the radio.
    Campaign campaign;
    campaign.teamUuid = d.team;
    campaign.title = QStringLiteral("Роҳи бехатар ба мактаб");
    campaign.start = QDate(2026, 3, 1);
    campaign.reached.set(Sex::Female, AgeBand::From18To29, 10);
    campaign.reached.set(Sex::Male, AgeBand::From30To49, 7);
    campaign.reachedIndirectly = 3000;
    campaign.indirectMethod = QStringLiteral("Шунавандагони радиои ноҳия");
    auto made = CampaignRepository(*db).createCampaign(campaign);
    REQUIRE(made.ok());
    // An information session with 2 women and a man.
    Event session;
    session.teamUuid = d.team;
    session.kind = EventKind::InformationSession;
    session.title = QStringLiteral("Сӯҳбат бо волидон");
    session.start = QDate(2026, 4, 2);
    auto event = EventRepository(*db).createEvent(session);
    REQUIRE(event.ok());
    EventCount people;
    people.eventUuid = event->meta.uuid;
    people.people.set(Sex::Female, AgeBand::From30To49, 2);
    people.people.set(Sex::Male, AgeBand::From50, 1);
    REQUIRE(EventRepository(*db).add(people).ok());
    // A progress update carried out by the campaign, its people typed again: not counted twice.
    ProgressUpdate update;
    update.activityUuid = d.upcoming;
    update.date = QDate(2026, 3, 20);
    update.campaignUuid = made->meta.uuid;
    update.reached.set(Sex::Female, AgeBand::From18To29, 10);
    REQUIRE(PlanRepository(*db).addProgress(update).ok());

    Session windowSession(*db);
    windowSession.setCurrentTeam(d.team);
    OverviewPage page(windowSession);
    page.setToday(kToday);
    page.resize(1130, 650);
    showLoaded(page);
    // The progress update's 5 women and 4 men, the campaign's 10 and 7, the session's 2 and 1.
    CHECK(tile(page, "reachedThisYear") == QStringLiteral("17 women · 12 men"));
    CHECK(tile(page, "reachedIndirectlyThisYear") == QStringLiteral("3,000"));
}
