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

QString planOf(Database& db, const ConcernFilter& filter)
{
    auto plan = ConcernRepository(db).pageQueryPlan(filter);
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
