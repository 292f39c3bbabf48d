// The change journal that sync reads: what each write appends, sequence numbers without gaps, stamps that
// only go forward, and a journal that cannot be rewritten.
#include "Builders.h"
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlError>

using namespace hamkori;
using namespace hamkori::coretest;
using hamkori::test::TempDatabase;

namespace {

QList<JournalEntry> journalOf(Database& db, const QString& record)
{
    auto entries = db.records().journalFor(record);
    REQUIRE(entries.ok());
    return *entries;
}

/// A creation's fields: JSON text, or zlib-compressed JSON for a large record.
QJsonObject creationValue(const JournalEntry& entry)
{
    const QJsonObject fields = RecordStore::creationFields(entry.value);
    INFO(entry.value.toString().toStdString());
    REQUIRE_FALSE(fields.isEmpty());
    return fields;
}

/// This device's sequence numbers, in order.
QList<qint64> sequence(Database& db)
{
    QSqlQuery query(db.connection());
    REQUIRE(query.prepare(u"SELECT seq FROM journal WHERE device = ? ORDER BY seq"_s));
    query.addBindValue(db.identity().id());
    REQUIRE(query.exec());
    QList<qint64> seqs;
    while (query.next())
        seqs << query.value(0).toLongLong();
    return seqs;
}

void requireNoGaps(Database& db)
{
    const QList<qint64> seqs = sequence(db);
    REQUIRE_FALSE(seqs.isEmpty());
    for (qsizetype i = 0; i < seqs.size(); ++i)
        CHECK(seqs[i] == i + 1);
}

Team team(Database& db, const QString& uuid)
{
    auto read = TeamRepository(db).team(uuid);
    REQUIRE(read.ok());
    return *read;
}

} // namespace

TEST_CASE("A creation is one journal entry with an empty field and every field as a JSON object", "[journal]")
{
    TempDatabase db;
    const QString uuid = test::makeTeam(*db, u"ISF"_s);
    const Team created = team(*db, uuid);

    const QList<JournalEntry> entries = journalOf(*db, uuid);
    REQUIRE(entries.size() == 1);
    const JournalEntry& entry = entries.first();
    CHECK(entry.kind == u"team"_s);
    CHECK(entry.record == uuid);
    CHECK(entry.field.isEmpty());
    CHECK(entry.prevHlc.isEmpty());
    CHECK(entry.device == db->identity().id());
    CHECK(entry.hlc == created.meta.createdHlc);
    CHECK(entry.value.typeId() == QMetaType::QString); // a small record stays readable JSON text
    const QJsonObject value = creationValue(entry);
    CHECK(value.value(u"name"_s).toString() == u"Гурӯҳи ҳамкории ISF"_s);
    CHECK(value.value(u"code"_s).toString() == u"ISF"_s);
    CHECK(value.value(u"district"_s).toString() == created.districtUuid);
    CHECK(value.value(u"jamoat"_s).toString() == u"Чоркӯҳ"_s);
    CHECK(value.value(u"address"_s).toString() == QString());
    CHECK(value.value(u"address"_s).isString());
    CHECK(value.value(u"established"_s).toString() == u"2019-03-15"_s);

    // A concern: its own entry and the first entry of its status history, in one go.
    const qint64 before = db->records().journalSize();
    const Concern concern = makeConcern(*db, uuid, u"Драки"_s, QDate(2026, 1, 10), u"youth_crime"_s);
    CHECK(db->records().journalSize() == before + 2);
    const JournalEntry concernEntry = journalOf(*db, concern.meta.uuid).first();
    CHECK(concernEntry.value.typeId() == QMetaType::QByteArray); // a large one is stored compressed
    const QJsonObject fields = creationValue(concernEntry);
    CHECK(fields.value(u"title"_s).toString() == u"Драки"_s);
    CHECK(fields.value(u"code"_s).toString() == u"ISF-2026-001"_s);
    CHECK(fields.value(u"status"_s).toString() == u"raised"_s);
    CHECK(fields.value(u"restricted"_s).toInt() == 0);
    CHECK(fields.value(u"first_raised"_s).toString() == u"2026-01-10"_s);
    CHECK(fields.value(u"baseline_value"_s).isNull());
    CHECK(fields.value(u"first_meeting"_s).isNull());
}

TEST_CASE("An update appends one entry per changed field, naming the version the editor saw", "[journal]")
{
    TempDatabase db;
    const QString uuid = test::makeTeam(*db, u"ISF"_s);
    Team edited = team(*db, uuid);
    const QString created = edited.meta.createdHlc;

    edited.name = u"CPPT Isfara"_s;
    edited.jamoat = u"Ворух"_s;
    REQUIRE(TeamRepository(*db).updateTeam(edited).ok());
    QList<JournalEntry> entries = journalOf(*db, uuid);
    REQUIRE(entries.size() == 3);
    const QString firstEdit = team(*db, uuid).meta.modifiedHlc;
    CHECK(firstEdit > created);
    QStringList fields;
    for (const JournalEntry& entry : entries.mid(1)) {
        fields << entry.field;
        CHECK(entry.prevHlc == created);
        CHECK(entry.hlc == firstEdit);
    }
    CHECK(fields == QStringList{u"name"_s, u"jamoat"_s});
    CHECK(entries[1].value.toString() == u"CPPT Isfara"_s);
    CHECK(entries[2].value.toString() == u"Ворух"_s);

    edited.name = u"CPPT Isfara town"_s;
    REQUIRE(TeamRepository(*db).updateTeam(edited).ok());
    edited.address = u"Rudaki 1"_s;
    REQUIRE(TeamRepository(*db).updateTeam(edited).ok());
    entries = journalOf(*db, uuid);
    REQUIRE(entries.size() == 5);
    CHECK(entries[3].field == u"name"_s);
    CHECK(entries[3].prevHlc == firstEdit); // the name last written by the first edit
    CHECK(entries[4].field == u"address"_s);
    CHECK(entries[4].prevHlc == created); // the address never changed since creation
}

TEST_CASE("An update that changes nothing appends nothing and keeps the record's stamp", "[journal]")
{
    TempDatabase db;
    const QString uuid = test::makeTeam(*db, u"ISF"_s);
    const Concern concern = makeConcern(*db, uuid, u"  Драки  "_s, QDate(2026, 1, 10));
    const Team unchanged = team(*db, uuid);
    const qint64 before = db->records().journalSize();

    REQUIRE(TeamRepository(*db).updateTeam(unchanged).ok());
    REQUIRE(ConcernRepository(*db).updateConcern(concern).ok());
    Concern padded = concern;
    padded.title = u"Драки   "_s; // the same once trimmed
    REQUIRE(ConcernRepository(*db).updateConcern(padded).ok());

    CHECK(db->records().journalSize() == before);
    CHECK(team(*db, uuid).meta.modifiedHlc == unchanged.meta.modifiedHlc);
    CHECK(ConcernRepository(*db).concern(concern.meta.uuid)->meta.modifiedHlc == concern.meta.modifiedHlc);
}

TEST_CASE("Sequence numbers run 1, 2, 3… without gaps, even after failed transactions", "[journal][seq]")
{
    TempDatabase db;
    const QString uuid = test::makeTeam(*db, u"ISF"_s);
    makeConcern(*db, uuid, u"Якум"_s, QDate(2026, 1, 10));

    SECTION("a repository write that fails half-way")
    {
        // The concern row is written, then its status history fails: everything must roll back.
        QSqlQuery trap(db->connection());
        REQUIRE(trap.exec(u"CREATE TEMP TRIGGER trap BEFORE INSERT ON concern_status_history "
                          "BEGIN SELECT RAISE(ABORT, 'disk trouble'); END"_s));
        Concern concern;
        concern.teamUuid = uuid;
        concern.title = u"Дуюм"_s;
        concern.categoryUuid = test::categoryUuid(*db);
        concern.firstRaised = QDate(2026, 1, 11);
        const QString before = test::dumpDatabase(*db);
        auto failed = ConcernRepository(*db).createConcern(concern);
        REQUIRE_FALSE(failed.ok());
        CHECK(failed.errorMessage().contains(u"disk trouble"_s));
        CHECK(test::dumpDatabase(*db) == before);
        REQUIRE(trap.exec(u"DROP TRIGGER trap"_s));
    }
    SECTION("a transaction rolled back by hand")
    {
        Transaction transaction(*db);
        REQUIRE(transaction.started());
        REQUIRE(db->records().update(u"team"_s, uuid, {{u"jamoat"_s, u"Ворух"_s}}).ok());
        CHECK(db->records().journalSize() == 4);
        // leaving the scope without commit() rolls back
    }
    SECTION("an inner transaction that fails dooms the outer one")
    {
        Transaction outer(*db);
        REQUIRE(db->records().update(u"team"_s, uuid, {{u"jamoat"_s, u"Ворух"_s}}).ok());
        {
            Transaction inner(*db);
            REQUIRE(db->records().update(u"team"_s, uuid, {{u"address"_s, u"Rudaki 1"_s}}).ok());
        }
        CHECK_FALSE(outer.commit().ok());
        CHECK(team(*db, uuid).jamoat == u"Чоркӯҳ"_s);
    }

    CHECK(db->records().journalSize() == 3);
    makeConcern(*db, uuid, u"Сеюм"_s, QDate(2026, 1, 12));
    CHECK(sequence(*db) == QList<qint64>{1, 2, 3, 4, 5});
    db.reopen();
    makeMeeting(*db, uuid, QDate(2026, 1, 20));
    requireNoGaps(*db);
    CHECK(sequence(*db).size() == 6);
}

TEST_CASE("The journal refuses to be rewritten or shortened", "[journal]")
{
    TempDatabase db;
    test::makeTeam(*db);
    const QString before = test::dumpDatabase(*db);
    QSqlQuery query(db->connection());

    CHECK_FALSE(query.exec(u"UPDATE journal SET value = 'forged'"_s));
    CHECK(query.lastError().text().contains(u"append-only"_s));
    CHECK_FALSE(query.exec(u"DELETE FROM journal"_s));
    CHECK(query.lastError().text().contains(u"append-only"_s));
    CHECK(db->records().journalSize() == 1);
    CHECK(test::dumpDatabase(*db) == before);
}

TEST_CASE("Stamps only go forward, even when the laptop's clock goes back", "[journal][clock]")
{
    TempDatabase db;
    db.clock.set(1772323200000); // 2026-03-01
    const QString first = test::makeTeam(*db, u"ISF"_s);
    const HlcStamp a = HlcStamp::parse(team(*db, first).meta.createdHlc);
    CHECK(a.wallMs == 1772323200000);
    CHECK(a.counter == 0);
    CHECK(a.device == db->identity().id());

    db.clock.set(1748736000000); // back to 2025-06-01
    const QString second = test::makeTeam(*db, u"KHJ"_s);
    const HlcStamp b = HlcStamp::parse(team(*db, second).meta.createdHlc);
    CHECK(team(*db, second).meta.createdHlc > team(*db, first).meta.createdHlc);
    CHECK(b.wallMs == a.wallMs);
    CHECK(b.counter == 1);

    // The file remembers its latest stamp: reopening with the clock still wrong goes on from there.
    db.reopen();
    const QString third = test::makeTeam(*db, u"BST"_s);
    CHECK(team(*db, third).meta.createdHlc > team(*db, second).meta.createdHlc);
    CHECK(HlcStamp::parse(team(*db, third).meta.createdHlc).counter == 2);

    // Once the clock is right again, wall time leads.
    db.clock.set(1772409600000); // 2026-03-02
    const QString fourth = test::makeTeam(*db, u"DSH"_s);
    const HlcStamp d = HlcStamp::parse(team(*db, fourth).meta.createdHlc);
    CHECK(d.wallMs == 1772409600000);
    CHECK(d.counter == 0);
}

TEST_CASE("The hybrid clock moves past stamps seen from other laptops", "[journal][clock]")
{
    hamkori::test::ManualClock wall(1767225600000);
    HybridClock clock(u"device-a"_s, &wall);
    const QString mine = clock.tick();
    const QString theirs = HlcStamp{1800000000000, 7, u"device-b"_s}.toString();
    clock.observe(theirs);
    const QString next = clock.tick();
    CHECK(next > theirs);
    CHECK(HlcStamp::parse(next).wallMs == 1800000000000);
    CHECK(HlcStamp::parse(next).counter == 8);
    CHECK(HlcStamp::parse(next).device == u"device-a"_s);
    clock.observe(u"not a stamp"_s);
    clock.observe(u"999999999999999999.999999.device-b"_s); // after 9999: not a stamp, never followed
    CHECK(clock.tick() > next);
    CHECK(HlcStamp::parse(clock.tick()).wallMs == 1800000000000);
    CHECK(mine == u"000001767225600000.000000.device-a"_s);
    CHECK_FALSE(HlcStamp::parse(u"12.x.device"_s).isValid());
    CHECK_FALSE(HlcStamp::parse(u"999999999999999999.000000.device"_s).isValid());
    CHECK_FALSE(HlcStamp::parse(u"1767225600000.000000.device"_s).isValid()); // not 18 digits
    CHECK_FALSE(HlcStamp::parse(u"000001767225600000.-00001.device"_s).isValid());
    CHECK(HlcStamp::parse(HlcStamp{HybridClock::kMaxWallMs, 0, u"d"_s}.toString()).isValid());
}

TEST_CASE("Finding the latest stamp at open uses an index, not a scan of the whole journal",
          "[journal][clock]")
{
    TempDatabase db;
    QSqlQuery plan(db->connection());
    REQUIRE(plan.exec(u"EXPLAIN QUERY PLAN SELECT MAX(hlc) FROM journal"_s));
    QString steps;
    while (plan.next())
        steps += plan.value(3).toString() + u'\n';
    INFO(steps.toStdString());
    CHECK(steps.contains(u"journal_by_hlc"_s));
}

TEST_CASE(
    "A write after the console program wrote to the same file continues its sequence numbers and stamps",
    "[journal]")
{
    // The window is open while hamkori-cli imports into the same file (another connection, same device).
    TempDatabase db;
    const QString team = test::makeTeam(*db);
    auto console = Database::openAnother(*db);
    REQUIRE(console.ok());
    const Concern fromConsole = makeConcern(**console, team, u"Аз барномаи консол"_s, QDate(2026, 2, 1));
    const Concern fromWindow = makeConcern(*db, team, u"Аз тиреза"_s, QDate(2026, 2, 2));
    requireNoGaps(*db);
    auto consoleStamp = db->records().journalFor(fromConsole.meta.uuid);
    auto windowStamp = db->records().journalFor(fromWindow.meta.uuid);
    REQUIRE(consoleStamp.ok());
    REQUIRE(windowStamp.ok());
    CHECK(windowStamp->first().hlc > consoleStamp->first().hlc);
    CHECK(ConcernRepository(*db).count({}).value() == 2);
}
