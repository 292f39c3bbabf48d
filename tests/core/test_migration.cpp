// Upgrading a data file of the first release (schema version 1, tests/fixtures/schema-v1.sql): a backup copy
// first, every row kept, full-text search over the old concerns, and new records that carry on its codes,
// sequence numbers and clock.
#include "Builders.h"
#include "core/storage/DirectoryRepository.h"
#include "core/storage/ReferenceRepository.h"
#include <QDir>
#include <QFile>
#include <QSqlError>
#include <QSqlRecord>
#include <QTemporaryDir>
#include <QUuid>

using namespace hamkori;
using namespace hamkori::coretest;
using hamkori::test::ManualClock;
using hamkori::test::TempDatabase;

namespace {

const QString kFixtureDevice = u"3d6f0a52-8c1e-4b7a-9f25-6e0d4c8b1a73"_s;
const QString kFixtureLatestStamp = u"000001770634800000.000000.3d6f0a52-8c1e-4b7a-9f25-6e0d4c8b1a73"_s;

/// A plain connection to a file, outside Hamkori, closed and removed when it goes.
class RawConnection
{
public:
    explicit RawConnection(const QString& path)
        : m_name(u"raw-"_s + QUuid::createUuid().toString(QUuid::WithoutBraces))
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, m_name);
        db.setDatabaseName(path);
        REQUIRE(db.open());
    }
    ~RawConnection()
    {
        QSqlDatabase::database(m_name, false).close();
        QSqlDatabase::removeDatabase(m_name);
    }
    RawConnection(const RawConnection&) = delete;
    RawConnection& operator=(const RawConnection&) = delete;
    QSqlDatabase db() const { return QSqlDatabase::database(m_name, false); }

private:
    QString m_name;
};

/// Builds a data file from a fixture: one SQL statement per line, comment lines start with "--".
void buildFromFixture(const QString& fixture, const QString& path)
{
    QFile file(QStringLiteral(HAMKORI_FIXTURES_DIR "/") + fixture);
    REQUIRE(file.open(QIODevice::ReadOnly));
    RawConnection raw(path);
    QSqlQuery query(raw.db());
    int statements = 0;
    for (const QString& line : QString::fromUtf8(file.readAll()).split(u'\n')) {
        const QString statement = line.trimmed();
        if (statement.isEmpty() || statement.startsWith(u"--"_s))
            continue;
        INFO(statement.left(200).toStdString());
        REQUIRE(query.exec(statement));
        ++statements;
    }
    REQUIRE(statements > 50);
}

QStringList tablesOf(const QSqlDatabase& db)
{
    QSqlQuery query(db);
    REQUIRE(query.exec(u"SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name"_s));
    QStringList tables;
    while (query.next())
        tables << query.value(0).toString();
    return tables;
}

/// The columns of a table, in order.
QStringList columnsOf(const QSqlDatabase& db, const QString& table)
{
    QSqlQuery query(db);
    REQUIRE(query.exec(u"SELECT name FROM pragma_table_info('%1')"_s.arg(table)));
    QStringList columns;
    while (query.next())
        columns << query.value(0).toString();
    return columns;
}

/// Every row of the tables, columns by name, rows in a fixed order; only the columns the tables have in
/// `columnsFrom` (the old file: a later step may add columns, whose values are not the old file's).
/// The rows of the tables, with the columns `columnsFrom` has; `conditions` limits the rows of a table.
QString dumpTables(const QSqlDatabase& db, const QStringList& tables, const QSqlDatabase& columnsFrom,
                   const QHash<QString, QString>& conditions = {})
{
    QString dump;
    for (const QString& table : tables) {
        QSqlQuery rows(db);
        const QString where = conditions.contains(table) ? u" WHERE "_s + conditions.value(table) : QString();
        REQUIRE(rows.exec(u"SELECT "_s + columnsOf(columnsFrom, table).join(u", "_s) + u" FROM "_s + table +
                          where + u" ORDER BY 1, 2"_s));
        dump += u"== "_s + table + u'\n';
        while (rows.next()) {
            const QSqlRecord record = rows.record();
            for (int i = 0; i < record.count(); ++i)
                dump += record.fieldName(i) + u'=' + record.value(i).toString() + u'|';
            dump += u'\n';
        }
    }
    return dump;
}

int userVersion(const QSqlDatabase& db)
{
    QSqlQuery query(db);
    REQUIRE(query.exec(u"PRAGMA user_version"_s));
    REQUIRE(query.next());
    return query.value(0).toInt();
}

QStringList searchCodes(Database& db, const QString& text)
{
    ConcernFilter filter;
    filter.search = text;
    filter.sort = ConcernFilter::Sort::Code;
    filter.descending = false;
    auto rows = ConcernRepository(db).page(filter, 0, 50);
    REQUIRE(rows.ok());
    QStringList codes;
    for (const ConcernRow& row : *rows)
        codes << row.code;
    return codes;
}

/// A file of an earlier version built from its fixture, its tables and rows as they were, and the file opened
/// (upgraded).
struct UpgradedFile
{
    explicit UpgradedFile(int version) : fromVersion(version)
    {
        REQUIRE(dir.isValid());
        path = dir.filePath(u"hamkori.sqlite"_s);
        buildFromFixture(u"schema-v%1.sql"_s.arg(version), path);
        {
            RawConnection raw(path);
            REQUIRE(userVersion(raw.db()) == version);
            v1Tables = tablesOf(raw.db());
            v1Rows = dumpTables(raw.db(), v1Tables, raw.db());
        }
        reopen();
    }
    void reopen()
    {
        db.reset();
        Database::Options options;
        options.wallClock = &clock;
        auto opened = Database::open(path, options);
        INFO(opened.errorMessage().toStdString());
        REQUIRE(opened.ok());
        db = std::move(opened).value();
    }

    int fromVersion;
    QTemporaryDir dir;
    QString path;
    ManualClock clock; // 2026-01-01: earlier than every stamp in the fixture
    QStringList v1Tables;
    QString v1Rows;
    std::unique_ptr<Database> db;
};

} // namespace

TEST_CASE("A file of every released version is upgraded to the current version after a backup copy",
          "[database][migration]")
{
    const int version = GENERATE(1, 2, 3, 4, 5, 6, 7, 8, 9);
    INFO("from version " << version);
    UpgradedFile file(version);
    Database& db = *file.db;
    CHECK(db.schemaVersion() == 10);
    CHECK(db.schemaVersion() == Database::kSchemaVersion);
    // Version 2 added the search index: its table and the four tables FTS5 keeps beside it.
    // Version 6 added the relayed keys.
    CHECK(file.v1Tables.size() == (version == 1 ? 22 : version < 4 ? 27 : version < 6 ? 30 : version < 8 ? 31 : version < 9 ? 42 : 55));
    // Version 4 added the exchange's devices, quarantine and conflicts, empty in an upgraded file.
    for (const QString& table : {u"sync_devices"_s, u"sync_quarantine"_s, u"sync_conflicts"_s}) {
        QSqlQuery count(db.connection());
        REQUIRE(count.exec(u"SELECT COUNT(*) FROM "_s + table));
        REQUIRE(count.next());
        CHECK(count.value(0).toInt() == 0);
    }

    const QString backupPattern = u"hamkori.sqlite.v%1-backup-*.sqlite"_s.arg(version);
    const QStringList backups = QDir(file.dir.path()).entryList({backupPattern}, QDir::Files);
    REQUIRE(backups.size() == 1);
    CHECK(db.upgradeBackupPath() == file.dir.filePath(backups.first()));
    {
        RawConnection backup(db.upgradeBackupPath());
        CHECK(userVersion(backup.db()) == version);
        CHECK(tablesOf(backup.db()) == file.v1Tables); // the copy is the old file as it was
        CHECK(dumpTables(backup.db(), file.v1Tables, backup.db()) == file.v1Rows);
    }

    // Opening again upgrades nothing and copies nothing.
    file.reopen();
    CHECK(file.db->upgradeBackupPath().isEmpty());
    CHECK(QDir(file.dir.path()).entryList({backupPattern}, QDir::Files).size() == 1);
}

TEST_CASE("Every row of an older file is still there with the same values", "[database][migration]")
{
    const int version = GENERATE(1, 2, 3, 4, 5, 6, 7, 8, 9);
    INFO("from version " << version);
    UpgradedFile file(version);
    Database& db = *file.db;
    {
        RawConnection old(file.dir.filePath(
            QDir(file.dir.path()).entryList({u"hamkori.sqlite.v*-backup-*.sqlite"_s}, QDir::Files).value(0)));
        // Step 8 adds the lists of expertise and services: every row there before is as it was.
        CHECK(dumpTables(db.connection(), file.v1Tables, old.db(),
                         {{u"reference_items"_s, u"list NOT IN ('expertise', 'service')"_s}}) == file.v1Rows);
    }
    CHECK(db.identity().id() == kFixtureDevice);
    CHECK(db.identity().publicKey().toHex().toUpper() ==
          "7059000624096C6051C39F3831047128F58E37C4543A2F14C3AAD8FC4E46D253");

    auto team = TeamRepository(db).teamByCode(u"ISF"_s);
    REQUIRE(team.ok());
    CHECK(team->name == u"Гурӯҳи ҳамкории милитсия ва ҷомеаи Исфара"_s);
    CHECK(team->established == QDate(2019, 3, 15));
    CHECK(team->districtUuid == ReferenceRepository(db).findPlace(u"Isfara"_s)->meta.uuid);
    auto members = TeamRepository(db).members(team->meta.uuid);
    REQUIRE(members->size() == 1);
    CHECK(members->first().name == u"Мавҷуда Раҳимова"_s);
    CHECK(members->first().category == MemberCategory::WomensCommittee);
    CHECK(members->first().ageBand == AgeBand::From50);

    auto meeting = MeetingRepository(db).meetingByCode(u"ISF-M-2026-01"_s);
    REQUIRE(meeting.ok());
    CHECK(meeting->kind == MeetingKind::WomenFocusGroup);
    CHECK(meeting->guests.total(Sex::Female) == 23);
    CHECK(meeting->agenda == u"1. Бехатарии занон\n2. Равшании кӯчаҳо"_s);
    CHECK(*MeetingRepository(db).presentMembers(meeting->meta.uuid) ==
          QStringList{members->first().meta.uuid});

    auto violence = ConcernRepository(db).concernByCode(u"ISF-2026-001"_s);
    REQUIRE(violence.ok());
    CHECK(violence->title == u"Зӯроварии оилавӣ дар маҳаллаи Чоркӯҳ"_s);
    CHECK(violence->status == ConcernStatus::Analysed);
    CHECK(violence->restricted);
    CHECK(violence->causes == QStringList{u"Муҳоҷирати меҳнатӣ"_s, u"Бекорӣ"_s});
    CHECK(violence->triangle.guardian == u"кумитаи занон"_s);
    CHECK(violence->baselineValue == 4.0);
    CHECK(violence->categoryUuid == builtInReferenceUuid(u"category"_s, u"domestic_violence"_s));
    CHECK(ConcernRepository(db).statusHistory(violence->meta.uuid)->size() == 2);
    auto fights = ConcernRepository(db).concernByCode(u"ISF-2026-002"_s);
    REQUIRE(fights.ok());
    CHECK(fights->title == u"Драки подростков у школы"_s);
    CHECK_FALSE(fights->baselineValue.has_value());

    auto plan = PlanRepository(db).planByCode(u"ISF-AP-2026-01"_s);
    REQUIRE(plan.ok());
    CHECK(plan->concernUuids == QStringList{violence->meta.uuid});
    CHECK(plan->status == PlanStatus::Adopted);
    auto activities = PlanRepository(db).activities(plan->meta.uuid);
    REQUIRE(activities->size() == 1);
    CHECK(activities->first().amountSomoni == 2500.5);
    CHECK(activities->first().outcomeTarget == 2.0);
    CHECK(activities->first().fundingSourceUuid ==
          builtInReferenceUuid(u"funding_source"_s, u"hukumat_budget"_s));
}

TEST_CASE("An upgraded file's plans and meetings gain empty signatory fields that can then be filled",
          "[database][migration]")
{
    const int version = GENERATE(1, 6);
    INFO("from version " << version);
    UpgradedFile file(version);
    Database& db = *file.db;
    auto plan = PlanRepository(db).planByCode(u"ISF-AP-2026-01"_s);
    REQUIRE(plan.ok());
    CHECK(plan->agreerName.isEmpty());
    CHECK(plan->agreerPost.isEmpty());
    CHECK(plan->outgoingNumber.isEmpty());
    CHECK(plan->ordinanceNumber.isEmpty());
    CHECK_FALSE(plan->ordinanceDate.isValid());
    CHECK(queryValue(db, u"SELECT ordinance_date IS NULL FROM plans"_s).toInt() == 1);
    auto meeting = MeetingRepository(db).meetingByCode(u"ISF-M-2026-01"_s);
    REQUIRE(meeting.ok());
    CHECK(meeting->chair.isEmpty());
    CHECK(meeting->secretary.isEmpty());

    ActionPlan signedPlan = *plan;
    signedPlan.agreerName = u"Ҷ. А. Раҳимзода"_s;
    signedPlan.agreerPost = u"Сардори ШВКД дар шаҳри Исфара"_s;
    signedPlan.ordinanceNumber = u"12"_s;
    signedPlan.ordinanceDate = QDate(2026, 2, 1);
    REQUIRE(PlanRepository(db).updatePlan(signedPlan).ok());
    Meeting chaired = *meeting;
    chaired.chair = u"Мавҷуда Раҳимова"_s;
    REQUIRE(MeetingRepository(db).updateMeeting(chaired).ok());
    file.reopen();
    auto read = PlanRepository(*file.db).plan(plan->meta.uuid);
    REQUIRE(read.ok());
    CHECK(read->agreerName == u"Ҷ. А. Раҳимзода"_s);
    CHECK(read->ordinanceDate == QDate(2026, 2, 1));
    CHECK(read->approverName == plan->approverName); // the fields it had are as they were
    CHECK(MeetingRepository(*file.db).meeting(meeting->meta.uuid)->chair == u"Мавҷуда Раҳимова"_s);
}

TEST_CASE("Full-text search finds the concerns of an upgraded file", "[database][migration][search]")
{
    const int version = GENERATE(1, 2, 3, 4, 5, 6);
    INFO("from version " << version);
    UpgradedFile file(version);
    Database& db = *file.db;
    CHECK(searchCodes(db, u"зӯроварии"_s) == QStringList{u"ISF-2026-001"_s});
    CHECK(searchCodes(db, u"ЧОРКӮҲ"_s) == QStringList{u"ISF-2026-001"_s});
    CHECK(searchCodes(db, u"муҳоҷирати"_s) == QStringList{u"ISF-2026-001"_s});
    CHECK(searchCodes(db, u"драки"_s) == QStringList{u"ISF-2026-002"_s});
    CHECK(searchCodes(db, u"школы"_s) == QStringList{u"ISF-2026-002"_s});
    CHECK(searchCodes(db, u"ISF-2026"_s) == QStringList{u"ISF-2026-001"_s, u"ISF-2026-002"_s});
}

TEST_CASE("New records in an upgraded file carry on its codes, sequence numbers and clock",
          "[database][migration]")
{
    const int version = GENERATE(1, 2, 3, 4, 5, 6);
    INFO("from version " << version);
    UpgradedFile file(version);
    Database& db = *file.db;
    const QString team = TeamRepository(db).teamByCode(u"ISF"_s)->meta.uuid;
    const Concern added = makeConcern(db, team, u"Драки у рынка"_s, QDate(2026, 2, 10), u"youth_crime"_s);
    CHECK(added.code == u"ISF-2026-003"_s);
    CHECK(added.meta.createdHlc > kFixtureLatestStamp); // though the wall clock says 2026-01-01
    CHECK(searchCodes(db, u"драки"_s) == QStringList{u"ISF-2026-002"_s, u"ISF-2026-003"_s});

    // The file was last written by a Hamkori that kept no record of it (or on another laptop): it writes
    // under a new identity, which the fixture's introduces, from number 1 (SYNC.md guarantee 11).
    auto journal = db.records().journalFor(added.meta.uuid);
    REQUIRE(journal.ok());
    REQUIRE(journal->size() == 1);
    CHECK(journal->first().device == db.identity().id());
    CHECK(db.identity().id() != kFixtureDevice);
    CHECK(journal->first().seq == 1);
    CHECK(db.records().journalSize() == 15); // 13 from version 1, the concern and its status entry
    auto introductions = db.identity().introductions();
    REQUIRE(introductions.ok());
    REQUIRE(introductions->size() == 1);
    CHECK(introductions->first().by == kFixtureDevice);
}

TEST_CASE("A new file has exactly the schema of the current version's fixture", "[database][migration]")
{
    // The fixture of the current version is the released DDL; a step edited after release shows up here.
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    const QString fixturePath = dir.filePath(u"fixture.sqlite"_s);
    buildFromFixture(u"schema-v%1.sql"_s.arg(Database::kSchemaVersion), fixturePath);
    auto schemaOf = [](const QSqlDatabase& db) {
        QSqlQuery query(db);
        REQUIRE(query.exec(u"SELECT type, name, tbl_name, sql FROM sqlite_master ORDER BY type, name"_s));
        QStringList rows;
        while (query.next())
            rows << u"%1 %2 %3: %4"_s.arg(query.value(0).toString(), query.value(1).toString(),
                                          query.value(2).toString(), query.value(3).toString());
        return rows;
    };
    QStringList fixtureSchema;
    {
        RawConnection raw(fixturePath);
        REQUIRE(userVersion(raw.db()) == Database::kSchemaVersion);
        fixtureSchema = schemaOf(raw.db());
    }
    TempDatabase fresh;
    const QStringList freshSchema = schemaOf(fresh->connection());
    CHECK(freshSchema == fixtureSchema);
}

TEST_CASE("An upgraded file's teams are partnership teams, and it gains the lists and records of issue 19",
          "[database][migration]")
{
    const int version = GENERATE(1, 7);
    INFO("from version " << version);
    UpgradedFile file(version);
    Database& db = *file.db;
    auto team = TeamRepository(db).teamByCode(u"ISF"_s);
    REQUIRE(team.ok());
    CHECK(team->kind == GroupKind::PartnershipTeam);
    // The lists that came with step 8, in the order people read them.
    auto expertise = ReferenceRepository(db).items(ReferenceList::Expertise);
    auto services = ReferenceRepository(db).items(ReferenceList::Service);
    REQUIRE(expertise.ok());
    REQUIRE(services.ok());
    CHECK(expertise->size() == 13);
    REQUIRE(services->size() == 9);
    CHECK(services->first().code == u"legal_aid"_s);

    // The team becomes a public council; an organisation with a service and a referral can be recorded.
    Team council = *team;
    council.kind = GroupKind::PublicCouncil;
    REQUIRE(TeamRepository(db).updateTeam(council).ok());
    Organisation organisation;
    organisation.name = u"Маркази ҳуқуқии «Адолат»"_s;
    organisation.districtUuids = {team->districtUuid};
    auto made = DirectoryRepository(db).createOrganisation(organisation);
    INFO(made.errorMessage().toStdString());
    REQUIRE(made.ok());
    auto service = DirectoryRepository(db).createService(
        {{}, made->meta.uuid, services->first().meta.uuid, u"Машварати ройгони ҳуқуқӣ"_s});
    REQUIRE(service.ok());
    file.reopen();
    CHECK(TeamRepository(*file.db).teamByCode(u"ISF"_s)->kind == GroupKind::PublicCouncil);
    auto read = DirectoryRepository(*file.db).organisation(made->meta.uuid);
    REQUIRE(read.ok());
    CHECK(read->districtUuids == QStringList{team->districtUuid});
    CHECK(DirectoryRepository(*file.db).services(made->meta.uuid)->size() == 1);
}
