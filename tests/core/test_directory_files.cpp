// The directory's files (issue 19): coordinators' spreadsheets (Russian in Windows-1251, Tajik in UTF-8)
// imported into the right organisations, re-imports that update instead of duplicating, bad rows reported on
// their row with nothing written, export → import giving the same directory, contact details only when asked,
// and the mapping matrix PDF read back with pdftotext.
#include "core/csv/CsvReader.h"
#include "core/csv/DirectoryExport.h"
#include "core/csv/DirectoryImport.h"
#include "core/report/DirectoryMatrixDocument.h"
#include "core/report/DocumentWriter.h"
#include "core/storage/DirectoryRepository.h"
#include "core/storage/ReferenceRepository.h"
#include "support/TestSupport.h"
#include <QFile>
#include <QProcess>
#include <QSet>
#include <QTemporaryDir>

using namespace hamkori;
using namespace hamkori::csv;
using namespace Qt::StringLiterals;
using hamkori::test::TempDatabase;

namespace {

QString fixture(const char* name)
{
    return QStringLiteral(HAMKORI_FIXTURES_DIR "/") + QLatin1String(name);
}

/// The coordinator's own names for the entries the spreadsheets use (names typed for a language win over
/// the built-in translation, so the test does not depend on the catalogues).
void nameEntries(Database& db)
{
    struct Names
    {
        ReferenceList list;
        const char* code;
        const char16_t* tg;
        const char16_t* ru;
    };
    const Names names[] = {
        {ReferenceList::Expertise, "human_rights", u"Ҳуқуқи инсон ва ёрии ҳуқуқӣ",
         u"Права человека и юридическая помощь"},
        {ReferenceList::Expertise, "gender_gbv", u"Гендер ва зӯроварии гендерӣ",
         u"Гендер и гендерное насилие"},
        {ReferenceList::Expertise, "youth_work", u"Кор бо ҷавонон", u"Работа с молодёжью"},
        {ReferenceList::Service, "legal_aid", u"Ёрии ҳуқуқӣ", u"Юридическая помощь"},
        {ReferenceList::Service, "shelter", u"Паноҳгоҳ", u"Убежище"},
        {ReferenceList::Service, "psychosocial", u"Дастгирии равонӣ-иҷтимоӣ", u"Психосоциальная поддержка"},
    };
    ReferenceRepository references(db);
    for (const Names& entry : names) {
        auto item = references.itemByCode(entry.list, QLatin1String(entry.code));
        REQUIRE(item.ok());
        item->nameTg = QString::fromUtf16(entry.tg);
        item->nameRu = QString::fromUtf16(entry.ru);
        REQUIRE(references.updateItem(*item).ok());
    }
}

QString uuidOf(Database& db, ReferenceList list, const char* code)
{
    auto item = ReferenceRepository(db).itemByCode(list, QLatin1String(code));
    REQUIRE(item.ok());
    return item->meta.uuid;
}

QString placeUuid(Database& db, const QString& name)
{
    auto place = ReferenceRepository(db).findPlace(name);
    REQUIRE(place.ok());
    return place->meta.uuid;
}

QSet<QString> asSet(const QStringList& list)
{
    return QSet<QString>(list.begin(), list.end());
}

Organisation named(Database& db, const QString& name)
{
    auto found = DirectoryRepository(db).organisationNamed(name);
    REQUIRE(found.ok());
    REQUIRE(found->has_value());
    return **found;
}

QSet<QString> serviceKinds(Database& db, const QString& organisation)
{
    QSet<QString> kinds;
    auto services = DirectoryRepository(db).services(organisation);
    REQUIRE(services.ok());
    for (const Service& service : *services)
        kinds.insert(service.kindUuid);
    return kinds;
}

int organisationCount(Database& db)
{
    auto all = DirectoryRepository(db).organisations();
    REQUIRE(all.ok());
    return int(all->size());
}

DirectoryImportOutcome importFile(Database& db, const QString& path, bool addExpertise = false)
{
    auto table = CsvReader::readFile(path);
    REQUIRE(table.ok());
    DirectoryImport importer(db);
    const DirectoryPreview preview =
        importer.check(*table, DirectoryMapping::guess(table->header), addExpertise);
    INFO((preview.messages.isEmpty() ? QString() : preview.messages.first().text).toStdString());
    REQUIRE_FALSE(preview.hasErrors());
    auto outcome = importer.apply(preview, false);
    INFO(outcome.errorMessage().toStdString());
    REQUIRE(outcome.ok());
    return *outcome;
}

void writeFile(const QString& path, const QByteArray& bytes)
{
    QFile file(path);
    REQUIRE(file.open(QIODevice::WriteOnly));
    file.write(bytes);
}

QString readText(const QString& path)
{
    QFile file(path);
    REQUIRE(file.open(QIODevice::ReadOnly));
    return QString::fromUtf8(file.readAll());
}

QString pdfText(const QString& pdf)
{
    QProcess process;
    process.start(QStringLiteral("pdftotext"), {QStringLiteral("-layout"), pdf, QStringLiteral("-")});
    REQUIRE(process.waitForFinished(60000));
    REQUIRE(process.exitCode() == 0);
    return QString::fromUtf8(process.readAllStandardOutput()).simplified();
}

} // namespace

TEST_CASE("A Russian spreadsheet in Windows-1251 imports into organisations with districts, expertise and "
          "services",
          "[directory-files]")
{
    TempDatabase db;
    nameEntries(*db);
    auto table = CsvReader::readFile(fixture("directory-ru-cp1251.csv"));
    REQUIRE(table.ok());
    CHECK(table->encoding == u"Windows-1251");
    const DirectoryMapping mapping = DirectoryMapping::guess(table->header);
    for (DirectoryField field : {DirectoryField::Name, DirectoryField::ShortName, DirectoryField::Districts,
                                 DirectoryField::Expertise, DirectoryField::Services,
                                 DirectoryField::ContactPerson, DirectoryField::Phone, DirectoryField::Email,
                                 DirectoryField::MemberSince, DirectoryField::InternationalExperience})
        CHECK(mapping.has(field));

    const DirectoryImportOutcome outcome = importFile(*db, fixture("directory-ru-cp1251.csv"));
    CHECK(outcome.created.size() == 2);
    const Organisation nur = named(*db, u"Общественная организация «Нур»"_s);
    CHECK(nur.shortName == u"ОО «Нур»"_s);
    CHECK(nur.contactPerson == u"Гулрухсор Саидова"_s);
    CHECK(nur.phone == u"+992 93 555 12 34"_s);
    CHECK(nur.email == u"nur@example.tj"_s);
    CHECK(nur.memorandumSigned == QDate(2024, 3, 15));
    CHECK(nur.internationalExperience == u"ОБСЕ, ПРООН (2019–2023)"_s);
    CHECK(asSet(nur.districtUuids) == QSet<QString>{placeUuid(*db, u"Isfara"_s), placeUuid(*db, u"Rasht"_s)});
    CHECK(asSet(nur.expertiseUuids) == QSet<QString>{uuidOf(*db, ReferenceList::Expertise, "human_rights"),
                                                     uuidOf(*db, ReferenceList::Expertise, "gender_gbv")});
    CHECK(serviceKinds(*db, nur.meta.uuid) == QSet<QString>{uuidOf(*db, ReferenceList::Service, "legal_aid"),
                                                            uuidOf(*db, ReferenceList::Service, "shelter")});
    const Organisation youth = named(*db, u"Молодёжный центр «Иштирок»"_s);
    CHECK(youth.districtUuids == QStringList{placeUuid(*db, u"Isfara"_s)});
    CHECK_FALSE(youth.memorandumSigned.isValid());
    CHECK(serviceKinds(*db, youth.meta.uuid) ==
          QSet<QString>{uuidOf(*db, ReferenceList::Service, "psychosocial")});
}

TEST_CASE("A Tajik spreadsheet updates the organisations it names instead of adding them again",
          "[directory-files]")
{
    TempDatabase db;
    nameEntries(*db);
    importFile(*db, fixture("directory-ru-cp1251.csv"));
    REQUIRE(organisationCount(*db) == 2);

    // "ОО «Нур»" is the short name of an organisation already there: its row updates it.
    const DirectoryImportOutcome first = importFile(*db, fixture("directory-tg.csv"));
    CHECK(first.created.size() == 1);
    CHECK(first.updated() == 1);
    CHECK(organisationCount(*db) == 3);
    const Organisation hamdili = named(*db, u"Ташкилоти ҷамъиятии «Ҳамдилӣ»"_s);
    // A former name finds the place too: Kofarnihon is today's Vahdat.
    CHECK(asSet(hamdili.districtUuids) ==
          QSet<QString>{placeUuid(*db, u"Rasht"_s), placeUuid(*db, u"Vahdat"_s)});
    CHECK(hamdili.contactPerson == u"Зарина Қодирова"_s);
    CHECK(hamdili.memorandumSigned == QDate(2025, 6, 1));
    const Organisation nur = named(*db, u"ОО «Нур»"_s);
    CHECK(nur.name == u"Общественная организация «Нур»"_s);
    CHECK(nur.districtUuids == QStringList{placeUuid(*db, u"Isfara"_s)});
    CHECK(nur.expertiseUuids == QStringList{uuidOf(*db, ReferenceList::Expertise, "gender_gbv")});
    // Empty cells kept what the directory had.
    CHECK(nur.contactPerson == u"Гулрухсор Саидова"_s);
    CHECK(nur.memorandumSigned == QDate(2024, 3, 15));
    CHECK(serviceKinds(*db, nur.meta.uuid).size() == 2);

    // The same file again changes nothing.
    const DirectoryImportOutcome again = importFile(*db, fixture("directory-tg.csv"));
    CHECK(again.created.isEmpty());
    CHECK(again.updated() == 0);
    CHECK(again.unchanged == 2);
    CHECK(organisationCount(*db) == 3);
}

TEST_CASE("Bad rows of a directory file are reported on their row and nothing is written",
          "[directory-files]")
{
    test::LanguageScope english(u"en"_s);
    TempDatabase db;
    nameEntries(*db);
    QTemporaryDir dir;
    const QString path = dir.filePath(u"bad.csv"_s);
    writeFile(path, u"Organisation,Districts,Fields of expertise,Services,E-mail,Network member since\n"
                    "Good one,Isfara,Work with youth,Shelter,,\n"
                    "Nowhere,Atlantis,Work with youth,,,\n"
                    "Unknown field,Isfara,Beekeeping,,,\n"
                    "Bad mail,Isfara,,,not-an-address,\n"
                    "Bad date,Isfara,,,,31.02.2024\n"
                    ",Isfara,,,,\n"
                    "Good one,Rasht,,,,\n"_s.toUtf8());
    auto table = CsvReader::readFile(path);
    REQUIRE(table.ok());
    DirectoryImport importer(*db);
    DirectoryPreview preview = importer.check(*table, DirectoryMapping::guess(table->header));
    CHECK(preview.count(RowAction::Create) == 1);
    CHECK(preview.count(RowAction::Invalid) == 6);
    QHash<int, QString> byRow;
    for (const ImportMessage& message : preview.messages)
        byRow[message.row] += message.column + u": "_s + message.text + u"\n"_s;
    CHECK(byRow.value(3).contains(u"No district or city called \"Atlantis\""_s));
    CHECK(byRow.value(4).contains(u"\"Beekeeping\" is not a field of expertise of the list"_s));
    CHECK(byRow.value(5).contains(u"\"not-an-address\" is not an e-mail address"_s));
    CHECK(byRow.value(6).contains(u"\"31.02.2024\" is not a date"_s));
    CHECK(byRow.value(7).contains(u"The name of the organisation is empty"_s));
    CHECK(byRow.value(8).contains(u"is also on row 2"_s));
    CHECK(preview.unknownExpertise == QStringList{u"Beekeeping"_s});

    // Refused while rows have errors: the file stays exactly as it was.
    const QString before = test::dumpDatabase(*db);
    auto refused = importer.apply(preview, false);
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.errorMessage().startsWith(u"6 row"_s));
    CHECK(test::dumpDatabase(*db) == before);

    // Skipping them imports the good row only.
    auto skipped = importer.apply(preview, true);
    REQUIRE(skipped.ok());
    CHECK(skipped->created.size() == 1);
    CHECK(skipped->skipped == 6);
    CHECK(organisationCount(*db) == 1);

    // Asked to, an unknown field of expertise joins the list instead of stopping its row.
    preview = importer.check(*table, DirectoryMapping::guess(table->header), true);
    auto added = importer.apply(preview, true);
    REQUIRE(added.ok());
    CHECK(added->addedExpertise.size() == 1);
    const Organisation beekeepers = named(*db, u"Unknown field"_s);
    auto item = ReferenceRepository(*db).item(beekeepers.expertiseUuids.value(0));
    REQUIRE(item.ok());
    CHECK(item->nameEn == u"Beekeeping"_s);

    // And the import's undo takes it back, list entry included; redo brings it again.
    auto taken = DirectoryImport::revert(*db, *added);
    REQUIRE(taken.ok());
    CHECK_FALSE(DirectoryRepository(*db).organisationNamed(u"Unknown field"_s)->has_value());
    const auto listed = [&] {
        auto items = ReferenceRepository(*db).items(ReferenceList::Expertise);
        REQUIRE(items.ok());
        return std::any_of(items->begin(), items->end(),
                           [&](const ReferenceItem& entry) { return entry.meta.uuid == item->meta.uuid; });
    };
    CHECK_FALSE(listed());
    REQUIRE(DirectoryImport::reapply(*db, *added, *taken).ok());
    CHECK(named(*db, u"Unknown field"_s).expertiseUuids == QStringList{item->meta.uuid});
    CHECK(listed());
}

TEST_CASE("The directory exported to CSV and imported into another data file is the same directory",
          "[directory-files]")
{
    TempDatabase from, into;
    nameEntries(*from);
    nameEntries(*into);
    importFile(*from, fixture("directory-ru-cp1251.csv"));
    importFile(*from, fixture("directory-tg.csv"));
    QTemporaryDir dir;
    for (const QString& language : {u"tg"_s, u"ru"_s, u"en"_s}) {
        INFO(language.toStdString());
        const QString path = dir.filePath(language + u".csv"_s);
        DirectoryExportOptions options;
        options.includeContacts = true;
        options.language = language;
        options.separator = QLatin1Char(';');
        auto written = DirectoryExport(*from).write(options, path);
        REQUIRE(written.ok());
        CHECK(*written == 3);
        importFile(*into, path);
        auto all = DirectoryRepository(*from).organisations();
        REQUIRE(all.ok());
        CHECK(organisationCount(*into) == 3);
        for (const OrganisationSummary& summary : *all) {
            const Organisation& a = summary.organisation;
            const Organisation b = named(*into, a.name);
            CHECK(b.shortName == a.shortName);
            CHECK(b.kind == a.kind);
            CHECK(b.contactPerson == a.contactPerson);
            CHECK(b.phone == a.phone);
            CHECK(b.email == a.email);
            CHECK(b.memorandumSigned == a.memorandumSigned);
            CHECK(b.internationalExperience == a.internationalExperience);
            CHECK(asSet(b.districtUuids) == asSet(a.districtUuids)); // the gazetteer's UUIDs are fixed
            CHECK(asSet(b.expertiseUuids) == asSet(a.expertiseUuids));
            CHECK(serviceKinds(*into, b.meta.uuid) == serviceKinds(*from, a.meta.uuid));
        }
    }
}

TEST_CASE("Contact details stay out of the directory's CSV unless asked for", "[directory-files]")
{
    TempDatabase db;
    nameEntries(*db);
    importFile(*db, fixture("directory-ru-cp1251.csv"));
    QTemporaryDir dir;
    DirectoryExportOptions options;
    options.language = u"ru"_s;
    options.separator = QLatin1Char(';');
    const QString without = dir.filePath(u"without.csv"_s);
    REQUIRE(DirectoryExport(*db).write(options, without).ok());
    const QString plain = readText(without);
    CHECK(plain.contains(u"«Нур»"_s));
    CHECK_FALSE(plain.contains(u"555 12 34"_s));
    CHECK_FALSE(plain.contains(u"Саидова"_s));
    CHECK_FALSE(plain.contains(u"nur@example.tj"_s));

    options.includeContacts = true;
    const QString with = dir.filePath(u"with.csv"_s);
    REQUIRE(DirectoryExport(*db).write(options, with).ok());
    const QString full = readText(with);
    CHECK(full.contains(u"+992 93 555 12 34"_s));
    CHECK(full.contains(u"Гулрухсор Саидова"_s));

    // The file without them, imported back, leaves the contacts where they were.
    const DirectoryImportOutcome back = importFile(*db, without);
    CHECK(back.unchanged == 2);
    CHECK(named(*db, u"ОО «Нур»"_s).phone == u"+992 93 555 12 34"_s);
}

TEST_CASE("The mapping matrix PDF lists each district's organisations, and phones only when asked",
          "[directory-files]")
{
    TempDatabase db;
    nameEntries(*db);
    importFile(*db, fixture("directory-ru-cp1251.csv"));
    importFile(*db, fixture("directory-tg.csv"));
    QTemporaryDir dir;
    const auto write = [&](const report::DirectoryMatrixOptions& options, const QString& name) {
        auto document = report::DirectoryMatrixDocument::build(*db, options);
        REQUIRE(document.ok());
        CHECK(document->pageLayout.orientation() == QPageLayout::Landscape);
        const QString path = dir.filePath(name);
        REQUIRE(report::DocumentWriter::writePdf(*document, path).ok());
        return pdfText(path);
    };

    report::DirectoryMatrixOptions options;
    options.language = u"tg"_s;
    const QString tajik = write(options, u"tg.pdf"_s);
    CHECK(tajik.contains(u"Шаҳри Исфара"_s));
    CHECK(tajik.contains(u"Ноҳияи Рашт"_s));
    CHECK(tajik.contains(u"Шаҳри Ваҳдат"_s));
    CHECK(tajik.contains(u"«Ҳамдилӣ»"_s));
    CHECK(tajik.contains(u"«Иштирок»"_s));
    CHECK(tajik.contains(u"Кор бо ҷавонон"_s));
    CHECK(tajik.contains(u"15.03.2024"_s));
    CHECK_FALSE(tajik.contains(u"+992"_s));
    CHECK_FALSE(tajik.contains(u"Қодирова"_s));

    options.language = u"en"_s;
    options.includeContacts = true;
    const QString withContacts = write(options, u"contacts.pdf"_s);
    CHECK(withContacts.contains(u"+992 93 555 12 34"_s));
    CHECK(withContacts.contains(u"Зарина Қодирова"_s));
    CHECK(withContacts.contains(u"Rasht"_s));

    // One district only: Rasht's organisations, and no group of another district.
    options.includeContacts = false;
    options.districtUuid = placeUuid(*db, u"Rasht"_s);
    const QString rasht = write(options, u"rasht.pdf"_s);
    CHECK(rasht.contains(u"«Ҳамдилӣ»"_s));
    CHECK_FALSE(rasht.contains(u"Иштирок"_s));
    CHECK_FALSE(rasht.contains(u"Vahdat"_s));

    // One field of expertise only.
    options.districtUuid.clear();
    options.expertiseUuid = uuidOf(*db, ReferenceList::Expertise, "gender_gbv");
    const QString gender = write(options, u"gender.pdf"_s);
    CHECK(gender.contains(u"«Нур»"_s));
    CHECK_FALSE(gender.contains(u"Ҳамдилӣ"_s));
}
