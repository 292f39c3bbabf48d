// The concern register's search, filters, sort orders and paging, over a small register in Tajik and Russian.
#include "Builders.h"

using namespace hamkori;
using namespace hamkori::coretest;
using hamkori::test::TempDatabase;

namespace {

struct Register
{
    QString isfara, khujand;
    Concern violence, fights, drugs, lights, disco;
};

Register makeRegister(Database& db)
{
    Register r;
    r.isfara = test::makeTeam(db, u"ISF"_s);
    r.khujand = test::makeTeam(db, u"KHJ"_s);
    Concern violence;
    violence.teamUuid = r.isfara;
    violence.title = u"Зӯроварии оилавӣ дар маҳаллаи Чоркӯҳ"_s;
    violence.description = u"Занон аз зӯроварӣ дар хона шикоят карданд."_s;
    violence.categoryUuid = test::categoryUuid(db, u"domestic_violence"_s);
    violence.place = u"Чоркӯҳ"_s;
    violence.firstRaised = QDate(2026, 1, 10);
    violence.restricted = true;
    violence.causes = {u"Муҳоҷирати меҳнатӣ"_s};
    auto created = ConcernRepository(db).createConcern(violence);
    REQUIRE(created.ok());
    r.violence = *created;
    r.fights = makeConcern(db, r.isfara, u"Драки подростков у школы"_s, QDate(2026, 2, 5), u"youth_crime"_s,
                           u"Ворух"_s);
    r.drugs = makeConcern(db, r.isfara, u"Торговля наркотиками у рынка"_s, QDate(2026, 3, 1),
                          u"drugs_alcohol"_s, u"Исфара"_s);
    r.lights =
        makeConcern(db, r.isfara, u"Кӯчаҳои торик"_s, QDate(2026, 1, 20), u"unsafe_spaces"_s, u"Чоркӯҳ"_s);
    r.disco = makeConcern(db, r.khujand, u"Драка на дискотеке"_s, QDate(2026, 1, 15), u"youth_crime"_s,
                          u"Бустон"_s);
    REQUIRE(ConcernRepository(db)
                .changeStatus(r.fights.meta.uuid, ConcernStatus::Analysed, QDate(2026, 2, 10), QString())
                .ok());
    return r;
}

/// The codes found, in the order the register shows them (by code unless the filter says otherwise).
QStringList codes(Database& db, ConcernFilter filter, int offset = 0, int limit = 100)
{
    auto rows = ConcernRepository(db).page(filter, offset, limit);
    INFO(rows.errorMessage().toStdString());
    REQUIRE(rows.ok());
    QStringList found;
    for (const ConcernRow& row : *rows)
        found << row.code;
    return found;
}

QStringList search(Database& db, const QString& text)
{
    ConcernFilter filter;
    filter.search = text;
    filter.sort = ConcernFilter::Sort::Code;
    filter.descending = false;
    return codes(db, filter);
}

} // namespace

TEST_CASE("Search ignores case in Tajik and Russian and matches the start of words", "[concerns][search]")
{
    TempDatabase db;
    const Register r = makeRegister(*db);
    CHECK(r.violence.code == u"ISF-2026-001"_s);
    CHECK(r.fights.code == u"ISF-2026-002"_s);
    CHECK(r.disco.code == u"KHJ-2026-001"_s);

    CHECK(search(*db, u"ЗӮРОВАРӢ"_s) == QStringList{u"ISF-2026-001"_s}); // "зӯроварӣ" in the description
    CHECK(search(*db, u"зӯроварии"_s) == QStringList{u"ISF-2026-001"_s});
    CHECK(search(*db, u"ЧОРКӮҲ"_s) == QStringList{u"ISF-2026-001"_s, u"ISF-2026-004"_s}); // title and place
    CHECK(search(*db, u"муҳоҷирати"_s) == QStringList{u"ISF-2026-001"_s});                // the causes
    CHECK(search(*db, u"драк"_s) == QStringList{u"ISF-2026-002"_s, u"KHJ-2026-001"_s});
    CHECK(search(*db, u"ДРАКИ"_s) == QStringList{u"ISF-2026-002"_s});
    CHECK(search(*db, u"школы драки"_s) == QStringList{u"ISF-2026-002"_s}); // every word, in any order
    CHECK(search(*db, u"драки рынка"_s).isEmpty());
    CHECK(search(*db, u"котиками"_s).isEmpty()); // the start of a word, not any part of it
}

TEST_CASE("Search finds a concern by its code and survives punctuation", "[concerns][search]")
{
    TempDatabase db;
    makeRegister(*db);
    CHECK(search(*db, u"ISF-2026-003"_s) == QStringList{u"ISF-2026-003"_s});
    CHECK(search(*db, u"khj"_s) == QStringList{u"KHJ-2026-001"_s});
    for (const QString& odd : {u"-"_s, u"\""_s, u"("_s, u"*"_s, u"ISF\"-2026"_s, u"AND"_s}) {
        INFO(odd.toStdString());
        ConcernFilter filter;
        filter.search = odd;
        auto rows = ConcernRepository(*db).page(filter, 0, 50);
        CHECK(rows.ok());
        CHECK(ConcernRepository(*db).count(filter).ok());
    }
    CHECK(search(*db, u"   "_s).size() == 5); // nothing typed: everything
}

TEST_CASE("Search follows edits and deletions", "[concerns][search]")
{
    TempDatabase db;
    Register r = makeRegister(*db);
    Concern renamed = r.drugs;
    renamed.title = u"Продажа насвая подросткам"_s;
    REQUIRE(ConcernRepository(*db).updateConcern(renamed).ok());
    CHECK(search(*db, u"наркотиками"_s).isEmpty());
    CHECK(search(*db, u"насвая"_s) == QStringList{u"ISF-2026-003"_s});

    REQUIRE(ConcernRepository(*db).deleteConcern(r.fights.meta.uuid).ok());
    CHECK(search(*db, u"драк"_s) == QStringList{u"KHJ-2026-001"_s});
}

TEST_CASE("Search combines with the filters of the register", "[concerns][search][filters]")
{
    TempDatabase db;
    const Register r = makeRegister(*db);
    ConcernFilter filter;
    filter.sort = ConcernFilter::Sort::Code;
    filter.descending = false;

    SECTION("team")
    {
        filter.teamUuid = r.khujand;
        CHECK(codes(*db, filter) == QStringList{u"KHJ-2026-001"_s});
        filter.teamUuid = r.isfara;
        filter.search = u"драк"_s;
        CHECK(codes(*db, filter) == QStringList{u"ISF-2026-002"_s});
    }
    SECTION("status")
    {
        filter.status = ConcernStatus::Analysed;
        CHECK(codes(*db, filter) == QStringList{u"ISF-2026-002"_s});
        filter.status = ConcernStatus::Raised;
        filter.search = u"драк"_s;
        CHECK(codes(*db, filter) == QStringList{u"KHJ-2026-001"_s});
    }
    SECTION("category")
    {
        filter.categoryUuid = test::categoryUuid(*db, u"youth_crime"_s);
        CHECK(codes(*db, filter) == QStringList{u"ISF-2026-002"_s, u"KHJ-2026-001"_s});
        filter.search = u"дискотеке"_s;
        CHECK(codes(*db, filter) == QStringList{u"KHJ-2026-001"_s});
    }
    SECTION("restricted")
    {
        filter.restricted = true;
        CHECK(codes(*db, filter) == QStringList{u"ISF-2026-001"_s});
        filter.restricted = false;
        filter.search = u"чоркӯҳ"_s;
        CHECK(codes(*db, filter) == QStringList{u"ISF-2026-004"_s});
    }
    SECTION("place, a part of the name as written")
    {
        filter.place = u"Чоркӯҳ"_s;
        CHECK(codes(*db, filter) == QStringList{u"ISF-2026-001"_s, u"ISF-2026-004"_s});
        filter.place = u"оркӯ"_s;
        CHECK(codes(*db, filter) == QStringList{u"ISF-2026-001"_s, u"ISF-2026-004"_s});
        filter.search = u"торик"_s;
        CHECK(codes(*db, filter) == QStringList{u"ISF-2026-004"_s});
    }
    SECTION("raised by and prioritised only")
    {
        filter.raisedBy = RaisedBy::Mixed;
        CHECK(codes(*db, filter).size() == 5);
        filter.raisedBy = RaisedBy::Women;
        CHECK(codes(*db, filter).isEmpty());
        filter.raisedBy.reset();
        filter.prioritisedOnly = true;
        CHECK(codes(*db, filter).isEmpty());
    }
    CHECK(*ConcernRepository(*db).count(filter) == codes(*db, filter).size());
}

TEST_CASE("The register pages through the concerns and counts them", "[concerns][search][paging]")
{
    TempDatabase db;
    makeRegister(*db);
    ConcernFilter filter;
    filter.sort = ConcernFilter::Sort::Code;
    filter.descending = false;
    CHECK(*ConcernRepository(*db).count(filter) == 5);
    CHECK(codes(*db, filter, 0, 2) == QStringList{u"ISF-2026-001"_s, u"ISF-2026-002"_s});
    CHECK(codes(*db, filter, 2, 2) == QStringList{u"ISF-2026-003"_s, u"ISF-2026-004"_s});
    CHECK(codes(*db, filter, 4, 2) == QStringList{u"KHJ-2026-001"_s});
    CHECK(codes(*db, filter, 6, 2).isEmpty());
    filter.search = u"чоркӯҳ"_s;
    CHECK(*ConcernRepository(*db).count(filter) == 2);
    CHECK(codes(*db, filter, 1, 10) == QStringList{u"ISF-2026-004"_s});
}

TEST_CASE("The register sorts by code, title, date and place, both ways", "[concerns][search][sort]")
{
    TempDatabase db;
    const Register r = makeRegister(*db);
    ConcernFilter filter;

    // The default: newest first raised first.
    CHECK(codes(*db, filter) == QStringList{u"ISF-2026-003"_s, u"ISF-2026-002"_s, u"ISF-2026-004"_s,
                                            u"KHJ-2026-001"_s, u"ISF-2026-001"_s});
    filter.descending = false;
    CHECK(codes(*db, filter).first() == u"ISF-2026-001"_s);

    filter.sort = ConcernFilter::Sort::Code;
    filter.descending = true;
    CHECK(codes(*db, filter) == QStringList{u"KHJ-2026-001"_s, u"ISF-2026-004"_s, u"ISF-2026-003"_s,
                                            u"ISF-2026-002"_s, u"ISF-2026-001"_s});

    filter.sort = ConcernFilter::Sort::Title;
    filter.descending = false;
    // Cyrillic in code-point order: Д(рака) < Д(раки) < З < К < Т.
    CHECK(codes(*db, filter) == QStringList{u"KHJ-2026-001"_s, u"ISF-2026-002"_s, u"ISF-2026-001"_s,
                                            u"ISF-2026-004"_s, u"ISF-2026-003"_s});

    filter.sort = ConcernFilter::Sort::Place;
    // Бустон < Ворух < Исфара < Чоркӯҳ (twice, then by code).
    CHECK(codes(*db, filter) == QStringList{u"KHJ-2026-001"_s, u"ISF-2026-002"_s, u"ISF-2026-003"_s,
                                            u"ISF-2026-001"_s, u"ISF-2026-004"_s});

    filter.sort = ConcernFilter::Sort::Status;
    // In the order of the cycle, not of the codes: "raised" comes before "analysed".
    CHECK(codes(*db, filter).last() == r.fights.code);
    filter.descending = true;
    CHECK(codes(*db, filter).first() == r.fights.code);
}

TEST_CASE("A Tajik word typed with Russian letters finds the concern, and the other way round",
          "[concerns][search]")
{
    TempDatabase db;
    const Register r = makeRegister(*db);
    // Many laptops have only a Russian keyboard: ӯ, ӣ, ҳ, ҷ, қ, ғ are typed as у, и, х, ч, к, г.
    CHECK(search(*db, u"зуроварии оилави"_s) == QStringList{r.violence.code});
    CHECK(search(*db, u"чоркух"_s) == QStringList{r.violence.code, r.lights.code});
    CHECK(search(*db, u"мухочирати"_s) == QStringList{r.violence.code});
    CHECK(search(*db, u"Кучахои"_s) == QStringList{r.lights.code});
    // And a Tajik spelling of a word finds its Russian-letter form.
    CHECK(search(*db, u"ҳорух"_s).isEmpty()); // no such word: folding does not make everything match
    CHECK(search(*db, u"дракӣ"_s) == QStringList{r.fights.code});
}

TEST_CASE("The place filter ignores the case of Cyrillic letters", "[concerns][search]")
{
    TempDatabase db;
    const Register r = makeRegister(*db);
    ConcernFilter filter;
    filter.sort = ConcernFilter::Sort::Code;
    filter.descending = false;
    for (const QString& typed : {u"чоркӯҳ"_s, u"ЧОРКӮҲ"_s, u"Чоркӯҳ"_s, u"оркӯ"_s}) {
        INFO(typed.toStdString());
        filter.place = typed;
        CHECK(codes(*db, filter) == QStringList{r.violence.code, r.lights.code});
    }
    filter.place = u"ворух"_s;
    CHECK(codes(*db, filter) == QStringList{r.fights.code});
}

TEST_CASE("Sorting by category follows the order of the category list", "[concerns][search][sort]")
{
    TempDatabase db;
    const Register r = makeRegister(*db);
    ConcernFilter filter;
    filter.sort = ConcernFilter::Sort::Category;
    filter.descending = false;
    filter.teamUuid = r.isfara;
    // The built-in list: domestic violence, …, youth crime, …, drugs, …, unsafe spaces.
    CHECK(codes(*db, filter) == QStringList{r.violence.code, r.fights.code, r.drugs.code, r.lights.code});
}
