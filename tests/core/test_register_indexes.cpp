// The narrow indexes of schema step 3 only help while the queries keep matching them (a partial index needs
// the query to repeat its condition; an expression index needs the very expression). These tests fail when a
// change to the register's SQL makes SQLite sort every concern again: on a national file that is the
// difference between a first page in 1 ms and in 0.3 s.
#include "Builders.h"
#include "core/storage/Schema.h"
#include <QSqlQuery>

using namespace hamkori;
using namespace hamkori::coretest;
using hamkori::test::TempDatabase;

namespace {

QString planOf(Database& db, const ConcernFilter& filter, bool forCount = false)
{
    auto plan = ConcernRepository(db).queryPlan(filter, forCount);
    INFO(plan.errorMessage().toStdString());
    REQUIRE(plan.ok());
    return *plan;
}

} // namespace

TEST_CASE("Every sort order of the register over all teams walks an index instead of sorting",
          "[concerns][register][indexes]")
{
    TempDatabase db;
    const QString team = test::makeTeam(*db, u"ISF"_s);
    makeConcern(*db, team, u"Зӯроварии оилавӣ"_s, QDate(2026, 1, 10), u"domestic_violence"_s, u"Чоркӯҳ"_s);

    using Sort = ConcernFilter::Sort;
    const auto [sort, index] = GENERATE(table<Sort, QString>({
        {Sort::Code, u"concerns_live_by_code"_s},
        {Sort::Title, u"concerns_live_by_title"_s},
        {Sort::Category, u"concerns_live_by_category"_s},
        {Sort::Status, u"concerns_live_by_status_order"_s},
        {Sort::FirstRaised, u"concerns_live_by_first_raised"_s},
        {Sort::Place, u"concerns_live_by_place"_s},
    }));
    for (const bool descending : {false, true}) {
        ConcernFilter filter;
        filter.sort = sort;
        filter.descending = descending;
        const QString plan = planOf(*db, filter);
        INFO(plan.toStdString());
        CHECK(plan.contains(index));
        CHECK_FALSE(plan.contains(u"TEMP B-TREE"_s));
    }
}

TEST_CASE("The register of one team reads the team's narrow index, never the wide rows",
          "[concerns][register][indexes]")
{
    TempDatabase db;
    const QString team = test::makeTeam(*db, u"ISF"_s);
    ConcernFilter filter;
    filter.teamUuid = team;
    filter.status = ConcernStatus::Closed;
    filter.sort = ConcernFilter::Sort::Title;
    const QString plan = planOf(*db, filter);
    INFO(plan.toStdString());
    CHECK(plan.contains(u"COVERING INDEX concerns_live_by_team"_s));
}

TEST_CASE("Only the priorities reads the chosen concerns as a set, not one probe per concern",
          "[concerns][register][indexes]")
{
    TempDatabase db;
    ConcernFilter filter;
    filter.prioritisedOnly = true;
    const QString plan = planOf(*db, filter);
    INFO(plan.toStdString());
    CHECK(plan.contains(u"round_concerns_chosen"_s));
    CHECK_FALSE(plan.contains(u"CORRELATED"_s));
}

TEST_CASE("The indexed status order follows the cycle as the statuses are listed", "[concerns][register]")
{
    TempDatabase db;
    QSqlQuery query(db->connection());
    for (int i = 0; i < enumCount<ConcernStatus>(); ++i) {
        const QString code = codeOf(ConcernStatus(i));
        INFO(code.toStdString());
        REQUIRE(
            query.exec(u"SELECT %1 FROM (SELECT '%2' AS status)"_s.arg(schema::concernStatusOrder(), code)));
        REQUIRE(query.next());
        CHECK(query.value(0).toInt() == i);
    }
}

TEST_CASE("A place filter over all teams counts and sorts by the narrow index of places",
          "[concerns][register][indexes]")
{
    TempDatabase db;
    const QString team = test::makeTeam(*db, u"ISF"_s);
    makeConcern(*db, team, u"Зӯроварии оилавӣ"_s, QDate(2026, 1, 10), u"domestic_violence"_s, u"Чоркӯҳ"_s);
    makeConcern(*db, team, u"Ҷанҷол дар бозор"_s, QDate(2026, 2, 10), u"domestic_violence"_s, u"Ворух"_s);
    ConcernFilter filter;
    filter.place = u"чор"_s; // typed in lower case: the place is written "Чоркӯҳ"
    filter.sort = ConcernFilter::Sort::Place;

    const QString countPlan = planOf(*db, filter, true);
    INFO(countPlan.toStdString());
    CHECK(countPlan.contains(u"concerns_live_by_place"_s));
    const QString pagePlan = planOf(*db, filter);
    INFO(pagePlan.toStdString());
    CHECK(pagePlan.contains(u"concerns_live_by_place"_s));
    CHECK_FALSE(pagePlan.contains(u"TEMP B-TREE"_s));

    ConcernRepository concerns(*db);
    CHECK(concerns.count(filter).value() == 1);
    auto page = concerns.page(filter, 0, 100);
    REQUIRE(page.ok());
    REQUIRE(page->size() == 1);
    CHECK(page->first().place == u"Чоркӯҳ"_s);
}

TEST_CASE("A broad search over all teams finds the same concerns from narrow indexes",
          "[concerns][register][indexes]")
{
    // Over 2,000 matches the register stops reading each match from the wide table and walks a narrow index
    // instead (ConcernRepository's accessFor). The answers must not change: the count, the status filter
    // (compared through the indexed status order) and the page in its order.
    TempDatabase db;
    const QStringList teams{test::makeTeam(*db, u"ISF"_s), test::makeTeam(*db, u"KHO"_s)};
    ConcernRepository concerns(*db);
    QStringList closedNewestFirst;
    {
        Transaction transaction(*db);
        REQUIRE(transaction.started());
        for (int i = 0; i < 2100; ++i) {
            const QString title = u"Истисмори меҳнати кӯдакон %1"_s.arg(i, 4, 10, QLatin1Char('0'));
            const Concern concern =
                makeConcern(*db, teams[i % 2], title, QDate(2020, 1, 1).addDays(i), u"domestic_violence"_s);
            if (i % 3 == 0) {
                REQUIRE(concerns.changeStatus(concern.meta.uuid, ConcernStatus::Closed, QDate(2026, 1, 1), {})
                            .ok());
                closedNewestFirst.prepend(title);
            }
        }
        for (int i = 0; i < 5; ++i)
            makeConcern(*db, teams[0], u"Ҷанҷоли ҳамсояҳо %1"_s.arg(i), QDate(2025, 1, 1),
                        u"domestic_violence"_s);
        REQUIRE(transaction.commit().ok());
    }

    ConcernFilter filter;
    filter.search = u"истисмор"_s;
    CHECK(concerns.count(filter).value() == 2100);
    CHECK(planOf(*db, filter, true).contains(u"concerns_live_by_code"_s));

    filter.status = ConcernStatus::Closed;
    CHECK(concerns.count(filter).value() == 700);
    CHECK(planOf(*db, filter, true).contains(u"concerns_live_by_status_order"_s));
    const QString pagePlan = planOf(*db, filter);
    INFO(pagePlan.toStdString());
    CHECK(pagePlan.contains(u"concerns_live_by_first_raised"_s));
    CHECK_FALSE(pagePlan.contains(u"TEMP B-TREE"_s));
    auto page = concerns.page(filter, 0, 100);
    REQUIRE(page.ok());
    QStringList titles;
    for (const ConcernRow& row : *page)
        titles << row.title;
    CHECK(titles == closedNewestFirst.mid(0, 100));

    // Sorted by status, the status filter is compared in the words of the status order's index.
    filter.sort = ConcernFilter::Sort::Status;
    CHECK(concerns.page(filter, 0, 1000).value().size() == 700);

    // With "raised by" too, the page still walks the index of its order and finds the same concerns.
    ConcernFilter byGroup;
    byGroup.search = u"истисмор"_s;
    byGroup.raisedBy = RaisedBy::Mixed; // what makeConcern records
    CHECK(concerns.count(byGroup).value() == 2100);
    CHECK(planOf(*db, byGroup).contains(u"concerns_live_by_first_raised"_s));
    auto groupPage = concerns.page(byGroup, 0, 3);
    REQUIRE(groupPage.ok());
    REQUIRE(groupPage->size() == 3);
    CHECK(groupPage->first().title == u"Истисмори меҳнати кӯдакон 2099"_s);

    // A narrow search still reads its few matches directly.
    ConcernFilter narrow;
    narrow.search = u"ҷанҷол"_s;
    CHECK(concerns.count(narrow).value() == 5);
    CHECK_FALSE(planOf(*db, narrow, true).contains(u"concerns_live_by_code"_s));
}
