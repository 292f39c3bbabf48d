// The editable lists (categories, drivers, lead bodies, funding sources, criteria) and the gazetteer.
#include "Builders.h"
#include "core/storage/PrioritisationRepository.h"
#include "core/storage/ReferenceRepository.h"
#include <QFile>

using namespace hamkori;
using namespace hamkori::coretest;
using hamkori::test::TempDatabase;

namespace {

QStringList codesOf(const QList<ReferenceItem>& items)
{
    QStringList codes;
    for (const ReferenceItem& item : items)
        codes << item.code;
    return codes;
}

/// The data lines of resources/gazetteer.tsv, split into cells (region, kind, en, tg, ru, former names).
QList<QStringList> gazetteerLines()
{
    QFile file(QStringLiteral(HAMKORI_FIXTURES_DIR "/../../resources/gazetteer.tsv"));
    REQUIRE(file.open(QIODevice::ReadOnly));
    QList<QStringList> lines;
    for (const QString& line : QString::fromUtf8(file.readAll()).split(u'\n', Qt::SkipEmptyParts).mid(1)) {
        QStringList cells = line.split(u'\t');
        while (cells.size() < 6)
            cells << QString();
        lines << cells;
    }
    return lines;
}

QString foundEnglishName(Database& db, const QString& name)
{
    auto place = ReferenceRepository(db).findPlace(name);
    INFO(name.toStdString() << ": " << place.errorMessage().toStdString());
    REQUIRE(place.ok());
    return place->nameEn;
}

GazetteerEntry newPlace()
{
    GazetteerEntry place;
    place.regionCode = u"TJ-SU"_s;
    place.kind = u"district"_s;
    place.nameEn = u"Sarvati Istiqlol"_s;
    place.nameTg = u"Ноҳияи Сарвати Истиқлол"_s;
    place.nameRu = u"район Сарвати Истиклол"_s;
    place.formerNames = u"Novy Mir / Новый Мир"_s;
    return place;
}

} // namespace

TEST_CASE("The built-in lists are present in order with their codes", "[reference]")
{
    TempDatabase db;
    ReferenceRepository lists(*db);
    auto categories = lists.items(ReferenceList::Category);
    REQUIRE(categories.ok());
    CHECK(codesOf(*categories) == QStringList{u"domestic_violence"_s, u"early_marriage"_s, u"youth_crime"_s,
                                              u"violent_extremism"_s, u"drugs_alcohol"_s, u"road_safety"_s,
                                              u"theft"_s, u"resource_disputes"_s, u"police_relations"_s,
                                              u"migration_trafficking"_s, u"unsafe_spaces"_s,
                                              u"education_access"_s, u"disasters_health"_s, u"other"_s});
    CHECK(categories->first().nameEn == u"Domestic and gender-based violence"_s);
    CHECK(categories->first().name(u"tg"_s) ==
          u"Domestic and gender-based violence"_s); // no translator installed
    CHECK(categories->last().position == 13);
    CHECK(categories->first().meta.uuid == builtInReferenceUuid(u"category"_s, u"domestic_violence"_s));

    CHECK(lists.items(ReferenceList::Driver)->size() == 11);
    CHECK(lists.items(ReferenceList::LeadBody)->size() == 10);
    CHECK(lists.items(ReferenceList::FundingSource)->size() == 7);
    auto criteria = lists.items(ReferenceList::Criterion);
    REQUIRE(criteria->size() == 6);
    CHECK(criteria->at(0).code == u"severity"_s);
    CHECK(criteria->at(0).defaultWeight == 2.0);
    CHECK(criteria->at(3).code == u"vulnerable_groups"_s);
    CHECK(criteria->at(3).defaultWeight == 1.5);

    auto unknown = lists.itemByCode(ReferenceList::Category, u"weather"_s);
    REQUIRE_FALSE(unknown.ok());
    CHECK(unknown.errorMessage().contains(u"weather"_s));
}

TEST_CASE("A user's entry goes to the end of its list and keeps its names across a reopen", "[reference]")
{
    TempDatabase db;
    ReferenceItem item;
    item.list = ReferenceList::Category;
    item.code = u"sneaky"_s; // codes belong to built-in entries only
    item.nameTg = u"Хароҷоти тӯй ва маъракаҳо"_s;
    item.nameRu = u"Расходы на свадьбы"_s;
    auto added = ReferenceRepository(*db).addItem(item);
    REQUIRE(added.ok());

    db.reopen();
    ReferenceRepository lists(*db);
    auto categories = lists.items(ReferenceList::Category);
    REQUIRE(categories.ok());
    REQUIRE(categories->size() == 15);
    const ReferenceItem& last = categories->last();
    CHECK(last.meta.uuid == added->meta.uuid);
    CHECK(last.code.isEmpty());
    CHECK(last.position == 14);
    CHECK(last.nameEn.isEmpty());
    CHECK(last.nameTg == u"Хароҷоти тӯй ва маъракаҳо"_s);
    CHECK(last.nameRu == u"Расходы на свадьбы"_s);
    CHECK(last.name(u"en"_s) == u"Расходы на свадьбы"_s); // English missing: Russian, then Tajik

    // A built-in entry renamed for one language keeps its translated English name for the others.
    ReferenceItem renamed = *lists.itemByCode(ReferenceList::Category, u"domestic_violence"_s);
    renamed.nameTg = u"Зӯроварии хонаводагӣ"_s;
    REQUIRE(lists.updateItem(renamed).ok());
    db.reopen();
    auto read = ReferenceRepository(*db).item(renamed.meta.uuid);
    REQUIRE(read.ok());
    CHECK(read->name(u"tg"_s) == u"Зӯроварии хонаводагӣ"_s);
    CHECK(read->name(u"ru"_s) == u"Domestic and gender-based violence"_s);
    CHECK(read->code == u"domestic_violence"_s);
}

TEST_CASE("An entry that records use cannot be deleted, but an unused one can", "[reference][validation]")
{
    TempDatabase db;
    const QString team = test::makeTeam(*db);
    ReferenceRepository lists(*db);

    SECTION("a category used by a concern")
    {
        makeConcern(*db, team, u"Драки"_s, QDate(2026, 1, 10), u"youth_crime"_s);
        const QString used = test::categoryUuid(*db, u"youth_crime"_s);
        INFO(lists.deleteItem(used).errorMessage().toStdString());
        requireRefused(*db, u"name"_s, [&] { return lists.deleteItem(used); });
        CHECK(lists.deleteItem(used).errorMessage().contains(u"1 record"_s));
        CHECK(lists.item(used).ok());
    }
    SECTION("a lead body used by an activity, a criterion used by a round")
    {
        const QString plan = makePlan(*db, team, u"Нақша"_s, QDate(2026, 1, 1), QDate(2026, 6, 30)).meta.uuid;
        makeActivity(*db, plan, u"Рейд"_s, {}, {}, 0, u"police_budget"_s);
        PrioritisationRound round;
        round.teamUuid = team;
        round.date = QDate(2026, 2, 1);
        REQUIRE(PrioritisationRepository(*db).createRound(round).ok());
        requireRefused(*db, u"name"_s, [&] {
            return lists.deleteItem(test::referenceUuid(*db, u"lead_body"_s, u"police"_s));
        });
        requireRefused(*db, u"name"_s, [&] {
            return lists.deleteItem(test::referenceUuid(*db, u"funding_source"_s, u"police_budget"_s));
        });
        requireRefused(*db, u"name"_s, [&] {
            return lists.deleteItem(test::referenceUuid(*db, u"criterion"_s, u"urgency"_s));
        });
    }
    SECTION("an unused entry")
    {
        const QString unused = test::categoryUuid(*db, u"disasters_health"_s);
        auto deleted = lists.deleteItem(unused);
        REQUIRE(deleted.ok());
        CHECK(deleted->size() == 1);
        CHECK(lists.items(ReferenceList::Category)->size() == 13);
        CHECK_FALSE(lists.item(unused).ok());
        CHECK(deletedFlag(*db, u"reference_item"_s, unused) == 1);
    }
}

TEST_CASE("Invalid list entries are refused, naming the field, and nothing is written",
          "[reference][validation]")
{
    TempDatabase db;
    ReferenceRepository lists(*db);
    ReferenceItem item;
    item.list = ReferenceList::Criterion;
    item.nameEn = u"Support of the mahalla"_s;

    SECTION("no name in any language")
    {
        item.nameEn = u"   "_s;
        requireRefused(*db, u"name"_s, [&] { return lists.addItem(item); });
    }
    SECTION("a criterion's weight of 0 or over 100")
    {
        item.defaultWeight = 0;
        requireRefused(*db, u"default_weight"_s, [&] { return lists.addItem(item); });
        item.defaultWeight = 101;
        requireRefused(*db, u"default_weight"_s, [&] { return lists.addItem(item); });
    }
    SECTION("an update is checked the same way")
    {
        ReferenceItem builtIn = *lists.itemByCode(ReferenceList::Criterion, u"severity"_s);
        builtIn.defaultWeight = -1;
        requireRefused(*db, u"default_weight"_s, [&] { return lists.updateItem(builtIn); });
    }
}

TEST_CASE("Every line of the gazetteer file is in a new data file", "[reference][gazetteer]")
{
    TempDatabase db;
    const QList<QStringList> lines = gazetteerLines();
    auto places = ReferenceRepository(*db).gazetteer();
    REQUIRE(places.ok());
    CHECK(places->size() == lines.size());
    CHECK(lines.size() == 73);
    for (const QStringList& line : lines) {
        INFO(line.join(u" | "_s).toStdString());
        auto place = ReferenceRepository(*db).gazetteerEntry(builtInGazetteerUuid(line[0], line[1], line[2]));
        REQUIRE(place.ok());
        CHECK(place->regionCode == line[0]);
        CHECK(place->kind == line[1]);
        CHECK(place->nameEn == line[2].trimmed());
        CHECK(place->nameTg == line[3].trimmed());
        CHECK(place->nameRu == line[4].trimmed());
        CHECK(place->formerNames == line[5].trimmed());
        // Each place answers to each of its three names.
        for (int language = 2; language <= 4; ++language)
            CHECK(foundEnglishName(*db, line[language]) == place->nameEn);
    }
}

TEST_CASE("A place is found by its English, Tajik, Russian or former name", "[reference][gazetteer]")
{
    TempDatabase db;
    CHECK(foundEnglishName(*db, u"Leninabad"_s) == u"Khujand"_s);
    CHECK(foundEnglishName(*db, u"khujand"_s) == u"Khujand"_s);
    CHECK(foundEnglishName(*db, u"г. Худжанд"_s) == u"Khujand"_s);
    CHECK(foundEnglishName(*db, u"Ноҳияи Ванҷ"_s) == u"Vanj"_s);
    CHECK(foundEnglishName(*db, u"Ванчский район"_s) == u"Vanj"_s);
    CHECK(foundEnglishName(*db, u"Isfara city"_s) == u"Isfara"_s);
    CHECK(foundEnglishName(*db, u"Кайраккум"_s) == u"Guliston"_s);
    CHECK(foundEnglishName(*db, u"Ura-Tyube"_s) == u"Istaravshan"_s);
    CHECK(foundEnglishName(*db, u"Qurghonteppa"_s) == u"Bokhtar"_s);
    CHECK(foundEnglishName(*db, u"Bokhtar"_s) == u"Bokhtar"_s);
    CHECK(foundEnglishName(*db, u"Bokhtar district"_s) == u"Kushoniyon"_s);
    CHECK(foundEnglishName(*db, u"Shaartuz"_s) == u"Shahritus"_s);
    CHECK(foundEnglishName(*db, u"Вилояти Суғд"_s) == u"Sughd Region"_s);

    auto missing = ReferenceRepository(*db).findPlace(u"Атлантида"_s);
    REQUIRE_FALSE(missing.ok());
    CHECK(missing.errorMessage().contains(u"Атлантида"_s));
    CHECK_FALSE(ReferenceRepository(*db).findPlace(u"  "_s).ok());
}

TEST_CASE("A user can add a place and rename one, and both are kept across a reopen",
          "[reference][gazetteer]")
{
    TempDatabase db;
    ReferenceRepository gazetteer(*db);
    auto added = gazetteer.addPlace(newPlace());
    REQUIRE(added.ok());

    // Dushanbe's city districts are of their own kind in the built-in list.
    GazetteerEntry sino = *gazetteer.findPlace(u"Sino"_s);
    CHECK(sino.kind == u"city-district"_s);
    sino.nameEn = u"Avicenna"_s;
    sino.formerNames = u"Sino / Frunzensky"_s;
    REQUIRE(gazetteer.updatePlace(sino).ok());
    GazetteerEntry vanj = *gazetteer.findPlace(u"Vanj"_s);
    vanj.nameRu = u"Ванджский район"_s;
    REQUIRE(gazetteer.updatePlace(vanj).ok());

    db.reopen();
    ReferenceRepository reopened(*db);
    auto read = reopened.gazetteerEntry(added->meta.uuid);
    REQUIRE(read.ok());
    const GazetteerEntry written = newPlace();
    CHECK(read->regionCode == written.regionCode);
    CHECK(read->kind == written.kind);
    CHECK(read->nameEn == written.nameEn);
    CHECK(read->nameTg == written.nameTg);
    CHECK(read->nameRu == written.nameRu);
    CHECK(read->formerNames == written.formerNames);
    CHECK(reopened.gazetteer()->size() == 74);
    CHECK(foundEnglishName(*db, u"Новый Мир"_s) == u"Sarvati Istiqlol"_s);
    CHECK(foundEnglishName(*db, u"Avicenna"_s) == u"Avicenna"_s);
    CHECK(foundEnglishName(*db, u"Frunzensky"_s) == u"Avicenna"_s);
    CHECK(foundEnglishName(*db, u"Ванджский район"_s) == u"Vanj"_s);
    CHECK(reopened.gazetteerEntry(sino.meta.uuid)->meta.uuid ==
          builtInGazetteerUuid(u"TJ-DU"_s, u"city-district"_s, u"Sino"_s));
}

TEST_CASE("Invalid places are refused, naming the field, and nothing is written",
          "[reference][gazetteer][validation]")
{
    TempDatabase db;
    ReferenceRepository gazetteer(*db);
    GazetteerEntry place = newPlace();

    SECTION("a name missing in one language")
    {
        place.nameTg.clear();
        requireRefused(*db, u"name"_s, [&] { return gazetteer.addPlace(place); });
    }
    SECTION("a kind that is not region, district or city")
    {
        place.kind = u"village"_s;
        requireRefused(*db, u"kind"_s, [&] { return gazetteer.addPlace(place); });
    }
    SECTION("a region code that is not TJ-XX")
    {
        place.regionCode = u"SU"_s;
        requireRefused(*db, u"region"_s, [&] { return gazetteer.addPlace(place); });
    }
    SECTION("an update is checked the same way")
    {
        GazetteerEntry khujand = *gazetteer.findPlace(u"Khujand"_s);
        khujand.nameRu.clear();
        requireRefused(*db, u"name"_s, [&] { return gazetteer.updatePlace(khujand); });
    }
}
