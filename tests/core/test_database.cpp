// Opening a data file: pragmas, schema version, the device identity, and the files that must be refused
// with a clear message and left exactly as they were (newer, damaged, truncated, read-only).
#include "Builders.h"
#include <QCryptographicHash>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QSqlError>
#include <QUuid>
#ifdef Q_OS_UNIX
#include <unistd.h>
#endif

using namespace hamkori;
using namespace hamkori::coretest;
using hamkori::test::ManualClock;
using hamkori::test::TempDatabase;

namespace {

/// What a file holds and when it was last written, to prove that a refused open changed nothing.
struct FileState
{
    std::string sha256;
    qint64 size = 0;
    QDateTime modified;
    bool operator==(const FileState&) const = default;
};

FileState stateOf(const QString& path)
{
    QFile file(path);
    REQUIRE(file.open(QIODevice::ReadOnly));
    const QByteArray bytes = file.readAll();
    return {QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex().toStdString(), bytes.size(),
            QFileInfo(path).lastModified()};
}

Result<std::unique_ptr<Database>> openFile(const QString& path, const ManualClock& clock)
{
    Database::Options options;
    options.wallClock = &clock;
    return Database::open(path, options);
}

/// Runs SQL on a file through a plain connection, outside Hamkori (as another program would).
void rawSql(const QString& path, const QStringList& statements)
{
    const QString name = u"raw-"_s + QUuid::createUuid().toString(QUuid::WithoutBraces);
    {
        QSqlDatabase raw = QSqlDatabase::addDatabase(u"QSQLITE"_s, name);
        raw.setDatabaseName(path);
        REQUIRE(raw.open());
        QSqlQuery query(raw);
        for (const QString& statement : statements) {
            INFO(statement.toStdString() << ": " << query.lastError().text().toStdString());
            CHECK(query.exec(statement));
        }
        query.finish();
        raw.close();
    }
    QSqlDatabase::removeDatabase(name);
}

/// A data file with a team, members, a meeting and concerns, closed.
void populate(TempDatabase& db)
{
    const QString team = test::makeTeam(*db);
    makeMember(*db, team, u"Азиза"_s);
    makeMember(*db, team, u"Бахтиёр"_s, Sex::Male);
    makeMeeting(*db, team, QDate(2026, 1, 10));
    for (int i = 0; i < 20; ++i)
        makeConcern(*db, team, u"Мушкилоти бехатарӣ №%1"_s.arg(i), QDate(2026, 1, 10 + i));
    db.db.reset();
}

/// Opening must fail with a message containing every expected part, and leave the file as it was.
void requireRefusedOpen(const QString& path, const QStringList& messageParts)
{
    const FileState before = stateOf(path);
    ManualClock clock;
    auto opened = openFile(path, clock);
    REQUIRE_FALSE(opened.ok());
    INFO(opened.errorMessage().toStdString());
    for (const QString& part : messageParts)
        CHECK(opened.errorMessage().contains(part));
    CHECK(stateOf(path) == before);
}

#ifdef Q_OS_UNIX
/// The administrator may write any file; while this lives, the test runs as the user "nobody", as a
/// facilitator would.
class AsOrdinaryUser
{
public:
    AsOrdinaryUser()
    {
        if (geteuid() == 0)
            m_dropped = setresgid(65534, 65534, 0) == 0 && setresuid(65534, 65534, 0) == 0;
    }
    ~AsOrdinaryUser()
    {
        if (m_dropped) {
            [[maybe_unused]] const int uid = setresuid(0, 0, 0);
            [[maybe_unused]] const int gid = setresgid(0, 0, 0);
        }
    }
    AsOrdinaryUser(const AsOrdinaryUser&) = delete;
    AsOrdinaryUser& operator=(const AsOrdinaryUser&) = delete;

private:
    bool m_dropped = false;
};
#endif

} // namespace

TEST_CASE("A new data file uses WAL and foreign keys and has the current schema version", "[database]")
{
    TempDatabase db;
    CHECK(queryValue(*db, u"PRAGMA journal_mode"_s).toString() == u"wal"_s);
    CHECK(queryValue(*db, u"PRAGMA foreign_keys"_s).toInt() == 1);
    CHECK(Database::kSchemaVersion == 10);
    CHECK(db->schemaVersion() == Database::kSchemaVersion);
    CHECK(queryValue(*db, u"PRAGMA user_version"_s).toInt() == 10);
    CHECK(db->upgradeBackupPath().isEmpty());
    CHECK(db->path() == QFileInfo(db.path()).absoluteFilePath());

    // Foreign keys at work: a member of a team that does not exist cannot be slipped in.
    QSqlQuery query(db->connection());
    CHECK_FALSE(
        query.exec(u"INSERT INTO members (uuid, created_hlc, modified_hlc, device, team, name, category, "
                   "sex, age_band) VALUES ('m', 'h', 'h', 'd', 'no-such-team', 'X', 'other', 'female', "
                   "'u18')"_s));
    CHECK(rowCount(*db, u"members"_s) == 0);

    db.reopen();
    CHECK(queryValue(*db, u"PRAGMA journal_mode"_s).toString() == u"wal"_s);
    CHECK(queryValue(*db, u"PRAGMA foreign_keys"_s).toInt() == 1);
}

TEST_CASE("The device identity is made once and stays the same across reopens", "[database][identity]")
{
    TempDatabase db;
    const QString id = db->identity().id();
    const QByteArray key = db->identity().publicKey();
    const QString fingerprint = db->identity().fingerprint();
    CHECK_FALSE(QUuid::fromString(id).isNull());
    CHECK(key.size() == 32);
    CHECK(QRegularExpression(u"^[0-9A-F]{4}-[0-9A-F]{4}-[0-9A-F]{4}-[0-9A-F]{4}$"_s)
              .match(fingerprint)
              .hasMatch());
    CHECK(queryValue(*db, u"SELECT length(secret_key) FROM device_identity"_s).toInt() == 64);

    db.reopen();
    db.reopen();
    CHECK(db->identity().id() == id);
    CHECK(db->identity().publicKey() == key);
    CHECK(db->identity().fingerprint() == fingerprint);
    CHECK(rowCount(*db, u"device_identity"_s) == 1);

    TempDatabase other;
    CHECK(other->identity().id() != id);
    CHECK(other->identity().publicKey() != key);
    CHECK(other->identity().fingerprint() != fingerprint);
}

TEST_CASE("A file made by a newer Hamkori is refused by version and left as it was", "[database][open]")
{
    TempDatabase db;
    populate(db);
    rawSql(db.path(), {u"PRAGMA user_version = 99"_s});
    requireRefusedOpen(db.path(),
                       {u"data version 99"_s, u"data version 10"_s, QDir::toNativeSeparators(db.path())});
}

TEST_CASE("Damaged files are refused with a clear message and left as they were", "[database][open]")
{
    TempDatabase db;
    const QString path = db.dir.filePath(u"other.sqlite"_s);

    SECTION("random bytes")
    {
        QByteArray noise(16384, '\0');
        QRandomGenerator generator(20260101);
        for (char& byte : noise)
            byte = char(generator.bounded(256));
        QFile file(path);
        REQUIRE(file.open(QIODevice::WriteOnly));
        file.write(noise);
        file.close();
        requireRefusedOpen(path, {u"damaged"_s, u"Nothing was changed"_s, QDir::toNativeSeparators(path)});
    }
    SECTION("the first half of a real data file")
    {
        populate(db);
        QFile whole(db.path());
        REQUIRE(whole.open(QIODevice::ReadOnly));
        const QByteArray bytes = whole.readAll();
        REQUIRE(bytes.size() > 100000);
        QFile half(path);
        REQUIRE(half.open(QIODevice::WriteOnly));
        half.write(bytes.left(bytes.size() / 2));
        half.close();
        requireRefusedOpen(path, {u"damaged"_s, u"Nothing was changed"_s});
    }
    SECTION("an index that no longer matches its table")
    {
        populate(db);
        rawSql(db.path(), {u"PRAGMA writable_schema = ON"_s,
                           u"UPDATE sqlite_master SET sql = 'CREATE INDEX members_by_team ON members (name)' "
                           "WHERE name = 'members_by_team'"_s,
                           u"PRAGMA writable_schema = OFF"_s});
        requireRefusedOpen(db.path(), {u"damaged"_s, u"members_by_team"_s, u"Nothing was changed"_s});
    }
}

TEST_CASE("A read-only data file is refused with a message saying so, and left as it was", "[database][open]")
{
    TempDatabase db;
    populate(db);
    REQUIRE(QFile::setPermissions(db.dir.path(), QFileDevice::ReadOwner | QFileDevice::WriteOwner |
                                                     QFileDevice::ExeOwner | QFileDevice::ReadOther |
                                                     QFileDevice::ExeOther));
    REQUIRE(QFile::setPermissions(db.path(), QFileDevice::ReadOwner | QFileDevice::ReadOther));
    {
#ifdef Q_OS_UNIX
        AsOrdinaryUser user;
#endif
        REQUIRE_FALSE(QFileInfo(db.path()).isWritable());
        requireRefusedOpen(db.path(), {u"read-only"_s, QDir::toNativeSeparators(db.path())});
    }
    REQUIRE(QFile::setPermissions(db.path(), QFileDevice::ReadOwner | QFileDevice::WriteOwner));
}

TEST_CASE("A data file in a folder that cannot be made is refused, naming the folder", "[database][open]")
{
    TempDatabase db;
    const QString blocker = db.dir.filePath(u"not-a-folder"_s);
    QFile file(blocker);
    REQUIRE(file.open(QIODevice::WriteOnly));
    file.close();
    ManualClock clock;
    auto opened = openFile(blocker + u"/data/hamkori.sqlite"_s, clock);
    REQUIRE_FALSE(opened.ok());
    CHECK(opened.errorMessage().contains(QDir::toNativeSeparators(blocker)));
}
