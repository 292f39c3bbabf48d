// What the screenshots showed wrong at 1366×768, measured instead of looked at: the drawn padlock of
// restricted concerns (no 🔒 character, which laptops without an emoji font draw as a box) in every model that
// lists them, the Tajik prioritisation page without sideways scrolling or clipped buttons, and the Tajik
// overview charts with their labels drawn once and the category, status and quarter names not cut.
#include "core/demo/DemoLoader.h"
#include "core/model/Enums.h"
#include "core/storage/ConcernRepository.h"
#include "core/storage/MeetingRepository.h"
#include "core/storage/OverviewQueries.h"
#include "core/storage/ReferenceRepository.h"
#include "core/storage/TeamRepository.h"
#include "support/TestSupport.h"
#include "support/UiTestSupport.h"
#include "translations/Translations.h"
#include "ui/MainWindow.h"
#include "ui/Session.h"
#include "ui/pages/OverviewPage.h"
#include "ui/pages/PrioritisationPage.h"
#include "ui/pages/concerns/editor/RecordTableModel.h"
#include "ui/pages/concerns/register/ConcernListModel.h"
#include "ui/pages/overview/WaitingConcernModel.h"
#include "ui/widgets/RestrictedMark.h"
#include <QApplication>
#include <QCheckBox>
#include <QDir>
#include <QGraphicsScene>
#include <QGraphicsTextItem>
#include <QHeaderView>
#include <QImage>
#include <QLabel>
#include <QPushButton>
#include <QScrollBar>
#include <QTabWidget>
#include <QTableView>
#include <QTest>
#include <QtCharts/QBarCategoryAxis>
#include <QtCharts/QChart>
#include <QtCharts/QChartView>

using namespace hamkori;

namespace {

const QString kLockCharacter = QStringLiteral("\U0001F512");

// Pixels of the padlock's colour (not transparent, not the keyhole) in an icon drawn at `extent`.
int padlockPixels(const QIcon& icon, int extent)
{
    const QImage image = icon.pixmap(extent, extent).toImage().convertToFormat(QImage::Format_ARGB32);
    int count = 0;
    for (int y = 0; y < image.height(); ++y)
        for (int x = 0; x < image.width(); ++x)
            if (qAlpha(image.pixel(x, y)) > 200)
                ++count;
    return count;
}

// Installs a language for one test and puts English back after it, whatever happens.
struct Language
{
    explicit Language(const QString& code) { REQUIRE(Translations::install(code)); }
    ~Language() { Translations::install(QStringLiteral("en")); }
};

// The demo teams, with the window at the size of the facilitators' laptops and the team that has a decided
// prioritisation round with a restricted concern chosen.
struct DemoWindow
{
    test::TempDatabase db;
    std::unique_ptr<MainWindow> window;

    DemoWindow()
    {
        REQUIRE(demo::loadDemo(*db).ok());
        window = std::make_unique<MainWindow>(*db);
        window->resize(1366, 768);
        auto teams = TeamRepository(*db).teams();
        REQUIRE(teams.ok());
        for (const Team& team : *teams)
            if (team.code == QStringLiteral("KUS"))
                window->session().setCurrentTeam(team.meta.uuid);
        REQUIRE_FALSE(window->session().currentTeam().isEmpty());
        window->show();
        QApplication::processEvents();
    }

    // Shows pages until one of type P is on screen (pages may be built when first shown). Events are
    // processed as the screenshot mode does, without the deferred deletions of a running event loop.
    template <class P> P* show()
    {
        for (int i = 0; i < window->pages().size(); ++i) {
            window->showPage(i);
            QApplication::processEvents();
            if (auto* page = window->findChild<P*>(); page && page->isVisible())
                return page;
        }
        FAIL("the page is not in the window");
        return nullptr;
    }
};

using hamkori::test::child;

// The texts of the visible labels in a chart's scene (axis labels are text items).
QStringList visibleTexts(QChartView* view)
{
    QStringList texts;
    for (QGraphicsItem* item : view->scene()->items())
        if (auto* text = dynamic_cast<QGraphicsTextItem*>(item); text && text->isVisible())
            texts << text->toPlainText();
    return texts;
}

// The full names, in the UI language, of the categories the overview counts concerns in for `team` (empty:
// all).
QStringList categoriesWithConcerns(Database& db, const QString& team, QDate today)
{
    auto counts = OverviewQueries(db).counts(team, today);
    REQUIRE(counts.ok());
    auto categories = ReferenceRepository(db).items(ReferenceList::Category);
    REQUIRE(categories.ok());
    QStringList names;
    for (const ReferenceItem& item : *categories)
        if (counts->concernsByCategory.value(item.meta.uuid) > 0)
            names << item.name(Translations::current());
    return names;
}

// The category names a chart shows whole, in full: a visible label whose text fits its rect (on as many
// lines as it wraps to) inside the chart, or a text item of a Qt chart (its axis labels, which Qt shortens
// with "…"). Names it shows cut are listed in `cut`.
QStringList wholeNames(QWidget* chart, QStringList& cut)
{
    QStringList names;
    if (auto* view = qobject_cast<QChartView*>(chart)) {
        for (const QString& text : visibleTexts(view))
            (text.contains(QStringLiteral("…")) || text.contains(QStringLiteral("...")) ? cut : names)
                << text;
        return names;
    }
    for (QLabel* label : chart->findChildren<QLabel*>()) {
        if (!label->isVisible() || label->objectName() == u"chartTitle" ||
            label->objectName() == u"emptyText")
            continue;
        const QRect inside = label->contentsRect();
        const QFontMetrics metrics(label->font());
        const bool fits = label->wordWrap() ? label->heightForWidth(label->width()) <= label->height()
                                            : metrics.horizontalAdvance(label->text()) <= inside.width();
        const QRect inChart(label->mapTo(chart, QPoint(0, 0)), label->size());
        (fits && inChart.right() < chart->width() ? names : cut) << label->text();
    }
    return names;
}

} // namespace

TEST_CASE("the restricted padlock is drawn sharp at row height and at double size", "[visual]")
{
    const QIcon icon = RestrictedMark::icon();
    REQUIRE_FALSE(icon.isNull());
    for (const int extent : {16, 20, 32}) {
        const QPixmap pixmap = icon.pixmap(extent, extent);
        CHECK(pixmap.size() == QSize(extent, extent));
        // The body and the shackle cover roughly a third of the square; the corners stay transparent.
        const int covered = padlockPixels(icon, extent);
        CHECK(covered > extent * extent / 5);
        CHECK(covered < extent * extent * 2 / 3);
        const QImage image = pixmap.toImage();
        CHECK(qAlpha(image.pixel(0, 0)) == 0);
        CHECK(qAlpha(image.pixel(extent - 1, 0)) == 0);
    }
    // Body pixels are in the mark's colour.
    const QImage image = RestrictedMark::pixmap(16).toImage();
    CHECK(QColor(image.pixel(4, 13)).rgb() == RestrictedMark::defaultColour().rgb());
    CHECK_FALSE(RestrictedMark::toolTip().isEmpty());
}

TEST_CASE("models that list restricted concerns decorate them with the padlock and no lock character",
          "[visual]")
{
    test::TempDatabase db;
    const QString team = test::makeTeam(*db, QStringLiteral("ISF"));
    auto makeConcern = [&](const QString& title, bool restricted) {
        Concern concern;
        concern.teamUuid = team;
        concern.title = title;
        concern.categoryUuid = test::categoryUuid(*db);
        concern.firstRaised = QDate(2026, 2, 10);
        concern.restricted = restricted;
        auto created = ConcernRepository(*db).createConcern(concern);
        INFO(created.errorMessage().toStdString());
        REQUIRE(created.ok());
        return *created;
    };
    const Concern secret = makeConcern(QStringLiteral("Domestic violence in the block"), true);
    const Concern open = makeConcern(QStringLiteral("Broken street lights"), false);

    SECTION("the concern register")
    {
        ConcernListModel model(*db);
        model.setFilter(ConcernFilter{});
        REQUIRE(model.totalCount() == 2);
        const int secretRow = model.rowOf(secret.meta.uuid);
        const int openRow = model.rowOf(open.meta.uuid);
        const QIcon mark =
            model.index(secretRow, ConcernListModel::Restricted).data(Qt::DecorationRole).value<QIcon>();
        CHECK(mark.cacheKey() == RestrictedMark::icon().cacheKey());
        CHECK(model.index(openRow, ConcernListModel::Restricted).data(Qt::DecorationRole).isNull());
    }
    SECTION("the overview's concerns waiting for analysis")
    {
        WaitingConcernModel model;
        model.reload([&](int, int) {
            QList<WaitingConcernRow> rows(2);
            rows[0].uuid = secret.meta.uuid;
            rows[0].code = secret.code;
            rows[0].title = secret.title;
            rows[0].restricted = true;
            rows[1].uuid = open.meta.uuid;
            rows[1].code = open.code;
            rows[1].title = open.title;
            return Result<QList<WaitingConcernRow>>(rows);
        });
        REQUIRE(model.rowCount() == 2);
        const QModelIndex secretCode = model.index(0, WaitingConcernModel::Code);
        CHECK(secretCode.data().toString() == secret.code);
        CHECK(padlockPixels(secretCode.data(Qt::DecorationRole).value<QIcon>(), 16) > 40);
        CHECK(secretCode.data(Qt::ToolTipRole).toString().contains(QStringLiteral("restricted")));
        CHECK(model.index(1, WaitingConcernModel::Code).data(Qt::DecorationRole).isNull());
    }
    SECTION("the tables of the concern editor and the link dialog")
    {
        RecordTableModel model;
        model.setHeaders({QStringLiteral("Link"), QStringLiteral("Code")});
        RecordTableModel::Row restricted{
            secret.meta.uuid, {QStringLiteral("→ causes"), secret.code}, {}, {}, 1};
        RecordTableModel::Row plain{open.meta.uuid, {QStringLiteral("→ causes"), open.code}, {}, {}};
        model.setRows({restricted, plain});
        CHECK(padlockPixels(model.index(0, 1).data(Qt::DecorationRole).value<QIcon>(), 16) > 40);
        CHECK(model.index(0, 0).data(Qt::DecorationRole).isNull());
        CHECK(model.index(1, 1).data(Qt::DecorationRole).isNull());
        CHECK(model.index(0, 1).data().toString() == secret.code);
    }
}

TEST_CASE("the Tajik prioritisation page fits 1366x768 without sideways scrolling or clipped buttons",
          "[visual]")
{
    Language tajik(QStringLiteral("tg"));
    DemoWindow f;
    auto* page = f.show<PrioritisationPage>();
    QTest::qWait(50); // the layouts settle

    auto* results = child<QTableView>(page, "results");
    REQUIRE(results->model()->rowCount() > 0);
    CHECK(results->horizontalScrollBar()->maximum() == 0);
    // Every column header is as wide as its text.
    QHeaderView* header = results->horizontalHeader();
    for (int column = 1; column < results->model()->columnCount(); ++column) {
        INFO("column " << column << ": "
                       << results->model()->headerData(column, Qt::Horizontal).toString().toStdString());
        CHECK(header->sectionSize(column) >= header->sectionSizeHint(column));
    }
    // The concern column keeps room to read the code and the start of the title.
    CHECK(header->sectionSize(0) >= 160);
    // A restricted concern in the results has the drawn padlock, not the character.
    int restrictedRows = 0;
    for (int row = 0; row < results->model()->rowCount(); ++row) {
        const QModelIndex concern = results->model()->index(row, 0);
        CHECK_FALSE(concern.data().toString().contains(kLockCharacter));
        if (!concern.data(Qt::DecorationRole).value<QIcon>().isNull())
            ++restrictedRows;
    }
    CHECK(restrictedRows == 1); // the demo's KUS round has one restricted concern

    for (const char* name : {"startRound", "editRound", "deleteRound"}) {
        auto* button = child<QPushButton>(page, name);
        INFO(name << ": " << button->text().toStdString());
        CHECK(button->isVisible());
        CHECK(button->width() >= button->sizeHint().width());
    }
}

TEST_CASE("the Tajik overview charts draw every label once and the status and quarter names whole",
          "[visual]")
{
    Language tajik(QStringLiteral("tg"));
    DemoWindow f;
    auto* page = f.show<OverviewPage>();
    REQUIRE(QTest::qWaitFor([&] { return page->hasLoaded(); }, 2000)); // read after the first paint
    QTest::qWait(50);                                                  // the charts are laid out
    // The lists beside the charts end at the edge of their pane: no column is cut off.
    for (const char* name : {"overdueList", "upcomingList", "waitingList"}) {
        auto* list = child<QTableView>(f.window.get(), name);
        const QHeaderView* header = list->horizontalHeader();
        INFO(name << ": columns " << header->length() << " px in a view of " << list->viewport()->width()
                  << " px");
        CHECK(header->length() <= list->viewport()->width());
    }
    // Filled again once laid out (as after any edit): the axes of the first filling must not stay drawn.
    page->refresh();
    QApplication::processEvents();

    // The status names of the bar charts: each shown once, whole (Qt Charts cut them short with "...").
    const auto statusNames = [](auto entries) {
        QStringList names;
        for (const auto& entry : entries)
            names << displayName(entry.value);
        return names;
    };
    const std::pair<const char*, QStringList> barCharts[] = {
        {"statusChart", statusNames(EnumTraits<ConcernStatus>::entries())},
        {"activityChart", statusNames(EnumTraits<ActivityStatus>::entries())}};
    for (const auto& [name, expected] : barCharts) {
        QStringList cut;
        const QStringList shown = wholeNames(child<QWidget>(f.window.get(), name), cut);
        INFO(name << ": " << shown.join(QStringLiteral(" | ")).toStdString() << " / cut "
                  << cut.join(QStringLiteral(" | ")).toStdString());
        CHECK(cut.isEmpty());
        CHECK(shown == expected);
    }
    // The scale of the participation chart: the empty chart of the first showing drew "0" and "1" or "2" too.
    auto* participation = child<QChartView>(f.window.get(), "participationChart");
    const QStringList texts = visibleTexts(participation);
    INFO(texts.join(QStringLiteral(" | ")).toStdString());
    CHECK(texts.count(QStringLiteral("0")) == 1);
    CHECK(texts.contains(QStringLiteral("100")));
    QTest::qWait(50); // the short quarter names come after the chart measured the long ones
    const auto axes = participation->chart()->axes(Qt::Horizontal);
    REQUIRE(axes.size() == 1);
    auto* quarters = qobject_cast<QBarCategoryAxis*>(axes.first());
    REQUIRE(quarters != nullptr);
    CHECK(quarters->count() == 6);
    CHECK_FALSE(quarters->labelsTruncated());
}

TEST_CASE("the overview shows every category name whole in Tajik and Russian", "[visual]")
{
    const QString language = GENERATE(QStringLiteral("tg"), QStringLiteral("ru"));
    Language chosen(language);
    DemoWindow f;
    auto* page = f.show<OverviewPage>();
    REQUIRE(QTest::qWaitFor([&] { return page->hasLoaded(); }, 2000));
    QTest::qWait(50); // laid out
    auto* chart = child<QWidget>(f.window.get(), "categoryChart");
    const QStringList expected = categoriesWithConcerns(*f.db, page->scopeTeam(), page->today());
    // The KUS team has concerns in several categories, among them long names.
    REQUIRE(expected.size() >= 3);
    int longest = 0;
    for (const QString& name : expected)
        longest = std::max(longest, int(name.size()));
    CHECK(longest >= 25);

    QStringList cut;
    const QStringList shown = wholeNames(chart, cut);
    INFO(language.toStdString() << " shown: " << shown.join(QStringLiteral(" | ")).toStdString());
    INFO("cut: " << cut.join(QStringLiteral(" | ")).toStdString());
    CHECK(cut.isEmpty());
    for (const QString& name : expected) {
        INFO(name.toStdString());
        CHECK(shown.count(name) == 1);
    }
}

TEST_CASE("the overview category names follow all teams, a team without concerns and a language change",
          "[visual]")
{
    Language russian(QStringLiteral("ru"));
    DemoWindow f;
    auto* page = f.show<OverviewPage>();
    REQUIRE(QTest::qWaitFor([&] { return page->hasLoaded(); }, 2000));
    auto* chart = child<QWidget>(f.window.get(), "categoryChart");
    auto settle = [] {
        QTest::qWait(50);
        QApplication::processEvents();
    };

    // All teams: every category any team has concerns in, long Russian names among them.
    auto* allTeams = child<QCheckBox>(f.window.get(), "allTeams");
    REQUIRE(allTeams->isVisible());
    allTeams->setChecked(true);
    settle();
    QStringList expected = categoriesWithConcerns(*f.db, QString(), page->today());
    CHECK(expected.size() >
          categoriesWithConcerns(*f.db, f.window->session().currentTeam(), page->today()).size());
    QStringList cut;
    QStringList shown = wholeNames(chart, cut);
    INFO("shown: " << shown.join(QStringLiteral(" | ")).toStdString());
    CHECK(cut.isEmpty());
    CHECK(shown.size() == expected.size());
    for (const QString& name : expected)
        CHECK(shown.contains(name));

    // Changed to Tajik while shown: the names come in Tajik.
    REQUIRE(Translations::install(QStringLiteral("tg")));
    settle();
    expected = categoriesWithConcerns(*f.db, QString(), page->today());
    CHECK(expected.contains(QStringLiteral("Зӯроварии хонаводагӣ ва гендерӣ")));
    shown = wholeNames(chart, cut);
    CHECK(cut.isEmpty());
    CHECK(shown.size() == expected.size());
    for (const QString& name : expected)
        CHECK(shown.contains(name));

    // A team without concerns (it met once: a team with nothing at all shows where to start instead): no
    // bars, the empty text instead.
    allTeams->setChecked(false);
    const QString newTeam = test::makeTeam(*f.db, QStringLiteral("NEW"));
    Meeting meeting;
    meeting.teamUuid = newTeam;
    meeting.date = page->today();
    REQUIRE(MeetingRepository(*f.db).createMeeting(meeting).ok());
    f.window->session().setCurrentTeam(newTeam);
    settle();
    CHECK(wholeNames(chart, cut).isEmpty());
    auto* empty = child<QLabel>(chart, "emptyText");
    CHECK(empty->isVisible());
    CHECK(empty->text() == OverviewPage::tr("No concerns yet"));
}

// Not a test: the screenshot mode shows each page with its first tab; this saves every tab of every page
// (the concern editor's analysis and links, the plan's activities, attendance…) at 1366×768 to look at.
// Run with "[.visualshots]"; HAMKORI_SHOT_LANG picks tg (default), ru or en; HAMKORI_SHOTS the folder.
TEST_CASE("screenshots of every tab of every page", "[.visualshots]")
{
    const QString language = qEnvironmentVariable("HAMKORI_SHOT_LANG", QStringLiteral("tg"));
    const QString folder =
        qEnvironmentVariable("HAMKORI_SHOTS", QStringLiteral("/tmp/hamkori-tabs-") + language);
    QDir().mkpath(folder);
    Language chosen(language);
    DemoWindow f;
    for (int i = 0; i < f.window->pages().size(); ++i) {
        f.window->showPage(i);
        QTest::qWait(100);
        const QString page = QString::fromLatin1(f.window->pages().at(i)->metaObject()->className())
                                 .section(QStringLiteral("::"), -1)
                                 .toLower();
        int shot = 0;
        for (QTabWidget* tabs : f.window->pages().at(i)->findChildren<QTabWidget*>()) {
            if (!tabs->isVisible())
                continue;
            for (int tab = 1; tab < tabs->count(); ++tab) {
                tabs->setCurrentIndex(tab);
                QTest::qWait(100);
                REQUIRE(f.window->grab().save(QStringLiteral("%1/%2-%3-%4.png")
                                                  .arg(folder)
                                                  .arg(i + 1, 2, 10, QLatin1Char('0'))
                                                  .arg(page)
                                                  .arg(++shot)));
            }
            tabs->setCurrentIndex(0);
        }
    }
}
