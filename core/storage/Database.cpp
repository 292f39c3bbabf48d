#include "Database.h"
#include "BackupFolder.h"
#include "FileUpgrade.h"
#include "IntegrityStamp.h"
#include "JournalWriter.h"
#include "RecordStore.h"
#include "SqlUtil.h"
#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QFileInfo>
#include <QSqlError>
#include <sodium.h>

namespace hamkori {

namespace {

class Messages
{
    Q_DECLARE_TR_FUNCTIONS(Database)
public:
    static QString cannotCreateFolder(const QString& folder)
    {
        return tr("The folder %1 could not be created. Choose another place for the data file.").arg(folder);
    }
    static QString cannotOpen(const QString& path, const QString& detail)
    {
        return tr("The data file %1 could not be opened (%2). Check that the file exists and that you may "
                  "read and write it.")
            .arg(path, detail);
    }
    static QString tooNew(const QString& path, int fileVersion, int programVersion)
    {
        return tr("The data file %1 was made by a newer Hamkori (data version %2); this Hamkori reads up to "
                  "data version %3. Install the newer Hamkori to open it. Nothing was changed in the file.")
            .arg(path)
            .arg(fileVersion)
            .arg(programVersion);
    }
    static QString partFailed()
    {
        return tr("The change was not saved because a part of it failed. Nothing was changed.");
    }
    static QString noCrypto()
    {
        return tr("The cryptography library could not be started. Reinstall Hamkori.");
    }
    static QString readOnly(const QString& path)
    {
        return tr("The data file %1 is read-only. Copy it to a folder where you may write, or change its "
                  "permissions, and open it again.")
            .arg(path);
    }
};

QString nextConnectionName()
{
    static int counter = 0;
    return QStringLiteral("hamkori-%1").arg(++counter);
}

} // namespace

Result<std::unique_ptr<Database>> Database::open(const QString& path, const Options& options)
{
    if (sodium_init() < 0)
        return Error{Messages::noCrypto(), {}};

    const QFileInfo info(path);
    const bool existed = info.exists() && info.size() > 0;
    if (!info.absoluteDir().exists() && !QDir().mkpath(info.absolutePath()))
        return Error{Messages::cannotCreateFolder(QDir::toNativeSeparators(info.absolutePath())), {}};
    if (existed && !info.isWritable())
        return Error{Messages::readOnly(QDir::toNativeSeparators(path)), {}};

    std::unique_ptr<Database> db(new Database);
    db->m_path = info.absoluteFilePath();
    db->m_connectionName = nextConnectionName();
    db->m_options = options;
    Options& resolved = db->m_options;
    if (resolved.integrityStampStore.isEmpty())
        resolved.integrityStampStore = IntegrityStamp::defaultStore();
    if (resolved.identityLedger.isEmpty())
        resolved.identityLedger = IdentityLedger::defaultFile();
    if (resolved.backupFolder.isEmpty())
        resolved.backupFolder = backupFolderFor(path);
    // Before the connection exists: opening it creates the -wal file that marks an unclean close.
    const IntegrityStamp stamps(resolved.integrityStampStore);
    const bool verifiedBefore =
        existed && options.integrityCheck == IntegrityCheck::WhenChanged && stamps.isCurrent(db->m_path);
    const QDateTime verifiedAt = verifiedBefore ? stamps.checkedAt(db->m_path) : QDateTime();
    {
        QSqlDatabase connection = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), db->m_connectionName);
        connection.setDatabaseName(db->m_path);
        if (!connection.open())
            return Error{Messages::cannotOpen(QDir::toNativeSeparators(path), connection.lastError().text()),
                         {}};
    }
    const QSqlDatabase connection = db->connection();

    // A memory map and a larger page cache (neither writes to the file): a coordinator's national file is
    // over a gigabyte, and the integrity check and the period statistics read most of it.
    for (const char* pragma : {"PRAGMA mmap_size = 536870912", "PRAGMA cache_size = -65536"})
        (void)sql::exec(connection, QString::fromLatin1(pragma)); // a speed-up only: go on without it

    // Read before anything is written: a damaged or newer file must be left exactly as it was.
    if (existed && options.integrityCheck != IntegrityCheck::Never && !verifiedBefore) {
        if (auto healthy = upgrade::checkIntegrity(connection, db->m_path); !healthy) {
            stamps.forget(db->m_path);
            return healthy.error();
        }
        db->m_checkedOnOpen = true;
    }
    // A new file is sound by construction; a stamped one keeps the time of its real check, so that a file
    // opened every day is still read whole once a week.
    db->m_verifiedAt = verifiedBefore ? verifiedAt : QDateTime::currentDateTime();
    auto version = sql::scalar(connection, QStringLiteral("PRAGMA user_version"));
    if (!version)
        return Error{upgrade::damagedMessage(path, version.error().message), {}};
    const int fileVersion = version->toInt();
    if (fileVersion > kSchemaVersion)
        return Error{Messages::tooNew(QDir::toNativeSeparators(path), fileVersion, kSchemaVersion), {}};

    // secure_delete: what a write replaces or frees is overwritten with zeros, so that a secret key once
    // locked, or a text once erased from history, cannot be read back from the file's free pages.
    for (const char* pragma :
         {"PRAGMA journal_mode = WAL", "PRAGMA foreign_keys = ON", "PRAGMA synchronous = NORMAL",
          "PRAGMA busy_timeout = 5000", "PRAGMA secure_delete = ON"})
        if (auto set = sql::exec(connection, QString::fromLatin1(pragma)); !set)
            return Error{Messages::cannotOpen(QDir::toNativeSeparators(path), set.errorMessage()), {}};

    if (fileVersion < kSchemaVersion) {
        auto upgraded = upgrade::upgradeSchema(connection, db->m_path, fileVersion, kSchemaVersion);
        if (!upgraded)
            return upgraded.error();
        db->m_backupPath = *upgraded;
    }

    // The clock and the journal writer follow the identity, which they need to exist first.
    db->m_clock = std::make_unique<HybridClock>(QString(), options.wallClock);
    db->m_journal = std::make_unique<JournalWriter>(*db);
    db->m_identity = std::make_unique<LivingIdentity>(db->m_connectionName, resolved.identityLedger,
                                                      *db->m_clock, *db->m_journal);
    if (auto identity = db->m_identity->loadOrCreate(); !identity)
        return identity.error();
    db->m_records = std::make_unique<RecordStore>(*db);
    db->catchUpWithOtherConnection();
    return db;
}

Result<std::unique_ptr<Database>> Database::openAnother(const Database& main)
{
    Options options = main.m_options; // a test's clock is shared (read only), the system clock stateless
    options.integrityCheck = IntegrityCheck::Never;
    auto db = open(main.m_path, options);
    if (db)
        (*db)->m_verifiedAt = QDateTime(); // only the main connection vouches for the file when it closes
    return db;
}

Database::~Database()
{
    m_records.reset();
    m_identity.reset();
    m_journal.reset();
    bool closedCleanly = false;
    {
        QSqlDatabase connection = QSqlDatabase::database(m_connectionName, false);
        if (connection.isOpen()) {
            connection.close();
            closedCleanly = true;
        }
    }
    if (!m_connectionName.isEmpty())
        QSqlDatabase::removeDatabase(m_connectionName);
    // The file as this program leaves it: verified (now or before) and closed. Stamp it, so that the next
    // open of the very same file need not read it whole again.
    if (closedCleanly && m_verifiedAt.isValid() && !m_path.isEmpty())
        IntegrityStamp(m_options.integrityStampStore).record(m_path, m_verifiedAt);
}

QSqlDatabase Database::connection() const
{
    return QSqlDatabase::database(m_connectionName, false);
}

int Database::schemaVersion() const
{
    auto version = sql::scalar(connection(), QStringLiteral("PRAGMA user_version"));
    return version ? version->toInt() : -1;
}

void Database::restartClock()
{
    // Another connection may have renewed the identity; what it wrote is judged again before the next stamp.
    m_identity->reload();
    // The clock continues after the latest stamp this file has seen, even if the wall clock went back.
    if (auto latest = sql::scalar(connection(), QStringLiteral("SELECT MAX(hlc) FROM journal")); latest)
        m_clock->observe(latest->toString());
    m_journal->reload();
    m_writeVersion = dataVersion();
}

void Database::afterRollback()
{
    m_changedKinds.clear();
    m_changedRecords.clear();
    m_identity->rolledBack();
    m_journal->reload(); // sequence numbers taken inside the rolled-back transaction are free again
}

void Database::catchUpWithOtherConnection()
{
    restartClock();
    m_askedVersion = m_writeVersion; // what another connection wrote until now is caught up with
    if (!inTransaction())
        if (auto renewal = m_identity->takeRenewal())
            Q_EMIT identityRenewed(*renewal);
}

qint64 Database::dataVersion() const
{
    auto version = sql::scalar(connection(), QStringLiteral("PRAGMA data_version"));
    return version ? version->toLongLong() : -1;
}

bool Database::changedElsewhereSinceAsked()
{
    const qint64 version = dataVersion();
    if (version == m_askedVersion)
        return false;
    m_askedVersion = version;
    return true;
}

bool Database::begin()
{
    if (m_depth++ > 0)
        return true;
    m_rollbackOnly = false;
    m_changedKinds.clear();
    m_changedRecords.clear();
    QSqlDatabase db = connection();
    if (!db.transaction()) {
        m_depth = 0;
        return false;
    }
    // The console program (or the import's worker) may have written to this file since this connection
    // last wrote: continue after its stamps and sequence numbers, or this write would reuse them.
    // (The window still hears of it: changedElsewhereSinceAsked keeps its own version.)
    if (dataVersion() != m_writeVersion)
        restartClock();
    return true;
}

void Database::emptyWriteAheadLog()
{
    if (m_depth == 0)
        (void)sql::exec(connection(), QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)"));
}

Result<void> Database::commit()
{
    if (m_depth <= 0)
        return {};
    if (--m_depth > 0)
        return {};
    QSqlDatabase db = connection();
    if (m_rollbackOnly) {
        db.rollback();
        afterRollback();
        return Error{Messages::partFailed(), {}};
    }
    if (!db.commit()) {
        const QSqlError error = db.lastError();
        db.rollback();
        afterRollback();
        return sql::failure(error);
    }
    if (auto renewal = m_identity->committed())
        Q_EMIT identityRenewed(*renewal);
    const QStringList kinds(m_changedKinds.begin(), m_changedKinds.end());
    const auto records = std::exchange(m_changedRecords, {});
    m_changedKinds.clear();
    if (!kinds.isEmpty())
        Q_EMIT recordsChanged(kinds);
    if (records.size() <= 100)
        for (const auto& [kind, uuid] : records)
            Q_EMIT recordChanged(kind, uuid);
    return {};
}

void Database::rollback()
{
    if (m_depth <= 0)
        return;
    if (--m_depth > 0) {
        m_rollbackOnly = true; // an inner failure dooms the whole transaction
        return;
    }
    QSqlDatabase db = connection();
    db.rollback();
    afterRollback();
}

void Database::noteChange(const QString& kind, const QString& uuid)
{
    m_changedKinds.insert(kind);
    if (m_changedRecords.size() <= 100)
        m_changedRecords.append({kind, uuid});
}

} // namespace hamkori
