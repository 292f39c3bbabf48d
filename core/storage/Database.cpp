#include "Database.h"
#include "Backups.h"
#include "Fingerprint.h"
#include "IntegrityStamp.h"
#include "JournalWriter.h"
#include "RecordStore.h"
#include "Schema.h"
#include "SqlUtil.h"
#include "Uuids.h"
#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QFileInfo>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QUuid>
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
    static QString damaged(const QString& path, const QString& detail)
    {
        return tr("The data file %1 is damaged (%2). Nothing was changed in it. Restore it from a backup "
                  "copy, "
                  "or start Hamkori with another data file.")
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
    static QString backupFailed(const QString& detail)
    {
        return tr("The data file needs an upgrade, but the backup copy made before upgrading could not be "
                  "written (%1). Free some disk space and try again. Nothing was changed.")
            .arg(detail);
    }
    static QString upgradeFailed(const QString& detail)
    {
        return tr("The data file could not be upgraded (%1). It was left as it was; free some disk space and "
                  "open "
                  "it again.")
            .arg(detail);
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
    // Before the connection exists: opening it creates the -wal file that marks an unclean close.
    db->m_stampStore =
        options.integrityStampStore.isEmpty() ? IntegrityStamp::defaultStore() : options.integrityStampStore;
    db->m_ledgerFile =
        options.identityLedger.isEmpty() ? IdentityLedger::defaultFile() : options.identityLedger;
    db->m_backupFolder = options.backupFolder.isEmpty() ? Backups::folderFor(path) : options.backupFolder;
    const IntegrityStamp stamps(db->m_stampStore);
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
        if (auto healthy = db->checkIntegrity(); !healthy) {
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
        return Error{Messages::damaged(QDir::toNativeSeparators(path), version.error().message), {}};
    const int fileVersion = version->toInt();
    if (fileVersion > kSchemaVersion)
        return Error{Messages::tooNew(QDir::toNativeSeparators(path), fileVersion, kSchemaVersion), {}};

    for (const char* pragma : {"PRAGMA journal_mode = WAL", "PRAGMA foreign_keys = ON",
                               "PRAGMA synchronous = NORMAL", "PRAGMA busy_timeout = 5000"})
        if (auto set = sql::exec(connection, QString::fromLatin1(pragma)); !set)
            return Error{Messages::cannotOpen(QDir::toNativeSeparators(path), set.errorMessage()), {}};

    if (fileVersion < kSchemaVersion)
        if (auto upgraded = db->upgrade(fileVersion); !upgraded)
            return upgraded.error();
    if (auto identity = db->loadOrCreateIdentity(); !identity)
        return identity.error();

    if (options.wallClock == nullptr)
        db->m_ownWallClock = std::make_unique<SystemWallClock>();
    db->m_wallClock = options.wallClock ? options.wallClock : db->m_ownWallClock.get();
    db->m_clock = std::make_unique<HybridClock>(db->deviceId(), db->m_wallClock);
    db->m_journal = std::make_unique<JournalWriter>(*db);
    db->m_records = std::make_unique<RecordStore>(*db);
    db->catchUpWithOtherConnection();
    return db;
}

Result<std::unique_ptr<Database>> Database::openAnother(const Database& main)
{
    Options options;
    // A test's clock is shared (read only); the system clock is not, so the worker never points into `main`.
    options.wallClock = main.m_ownWallClock ? nullptr : main.m_wallClock;
    options.integrityCheck = IntegrityCheck::Never;
    options.integrityStampStore = main.m_stampStore;
    options.identityLedger = main.m_ledgerFile;
    options.backupFolder = main.m_backupFolder;
    auto db = open(main.m_path, options);
    if (db)
        (*db)->m_verifiedAt = QDateTime(); // only the main connection vouches for the file when it closes
    return db;
}

Database::~Database()
{
    m_records.reset();
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
        IntegrityStamp(m_stampStore).record(m_path, m_verifiedAt);
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

QString IdentityRenewal::explanation(const QString& newFingerprint) const
{
    if (reason == IdentityLedger::Verdict::RolledBack)
        return QCoreApplication::translate(
                   "Database",
                   "This data file is older than what this laptop last wrote into it: it was put back from a "
                   "backup or an older copy. So that its new changes never take the numbers of changes "
                   "already "
                   "sent to other laptops, it now writes under a new identity (fingerprint %1). Import the "
                   "latest bundles from the other laptops to get back what was made since that copy. The "
                   "other "
                   "laptops trust the new identity without asking: the old one introduced it.")
            .arg(newFingerprint);
    return QCoreApplication::translate(
               "Database", "This data file was last written by another Hamkori: on another laptop (it was "
                           "copied here), or "
                           "by an older version of Hamkori on this one. So that two copies can never mix up "
                           "their changes, "
                           "it now writes under a new identity of this laptop (fingerprint %1). The other "
                           "laptops trust it "
                           "without asking, because the old identity introduced it: exchanges stay safe.")
        .arg(newFingerprint);
}

QString Database::deviceId() const
{
    return m_identity ? m_identity->id() : QString();
}

QByteArray Database::devicePublicKey() const
{
    return m_identity ? m_identity->publicKey() : QByteArray();
}

QString Database::deviceFingerprint() const
{
    return fingerprintOf(devicePublicKey());
}

QString fingerprintOf(const QByteArray& publicKey)
{
    unsigned char hash[16];
    crypto_generichash(hash, sizeof hash, reinterpret_cast<const unsigned char*>(publicKey.constData()),
                       std::size_t(publicKey.size()), nullptr, 0);
    const QString hex = QString::fromLatin1(QByteArray(reinterpret_cast<const char*>(hash), 8).toHex());
    QStringList groups;
    for (int i = 0; i < hex.size(); i += 4)
        groups << hex.mid(i, 4).toUpper();
    return groups.join(QLatin1Char('-'));
}

QByteArray Database::signBytes(const QByteArray& message) const
{
    return m_identity->sign(message);
}

Result<QList<Introduction>> Database::identityIntroductions() const
{
    return m_identity->introductions();
}

Result<QHash<QString, QByteArray>> Database::ownDeviceKeys() const
{
    return m_identity->ownKeys();
}

Result<void> Database::checkIntegrity()
{
    QSqlQuery query(connection());
    if (!query.exec(QStringLiteral("PRAGMA integrity_check")))
        return Error{Messages::damaged(QDir::toNativeSeparators(m_path), query.lastError().text()), {}};
    QStringList problems;
    while (query.next())
        if (query.value(0).toString() != u"ok")
            problems << query.value(0).toString();
    if (!problems.isEmpty())
        return Error{Messages::damaged(QDir::toNativeSeparators(m_path), problems.mid(0, 3).join(u"; ")), {}};
    return {};
}

Result<void> Database::upgrade(int fromVersion)
{
    const QSqlDatabase db = connection();
    if (fromVersion > 0) {
        // A copy of the file as it was, kept beside it, before any step runs.
        const QString backup =
            m_path + QStringLiteral(".v%1-backup-%2.sqlite")
                         .arg(fromVersion)
                         .arg(QDateTime::currentDateTime().toString(QStringLiteral("yyyyMMdd-HHmmss")));
        QString escaped = backup;
        escaped.replace(QLatin1Char('\''), QStringLiteral("''"));
        if (auto copied = sql::exec(db, QStringLiteral("VACUUM INTO '%1'").arg(escaped)); !copied)
            return Error{Messages::backupFailed(copied.errorMessage()), {}};
        m_backupPath = backup;
    }
    if (!QSqlDatabase(db).transaction())
        return Error{Messages::upgradeFailed(db.lastError().text()), {}};
    auto fail = [&](const QString& detail) -> Result<void> {
        QSqlDatabase(db).rollback();
        return Error{Messages::upgradeFailed(detail), {}};
    };
    for (int step = fromVersion + 1; step <= kSchemaVersion; ++step)
        if (auto applied = schema::applyStep(db, step); !applied)
            return fail(applied.errorMessage());
    if (fromVersion == 0)
        if (auto seeded = schema::seedNewDatabase(db); !seeded)
            return fail(seeded.errorMessage());
    if (auto set = sql::exec(db, QStringLiteral("PRAGMA user_version = %1").arg(kSchemaVersion)); !set)
        return fail(set.errorMessage());
    if (!QSqlDatabase(db).commit())
        return fail(db.lastError().text());
    return {};
}

Result<void> Database::loadOrCreateIdentity()
{
    m_identity = std::make_unique<DeviceIdentity>(m_connectionName);
    bool created = false;
    if (auto loaded = m_identity->loadOrCreate(&created); !loaded)
        return loaded;
    // A file made here is this installation's own from its first write.
    if (created && IdentityLedger(m_ledgerFile).record(m_identity->id(), 0))
        m_ledgerSeq = 0;
    return {};
}

Result<void> Database::ensureLivingIdentity()
{
    Q_ASSERT(inTransaction());
    if (m_identityJudged)
        return {};
    const IdentityLedger ledger(m_ledgerFile);
    const std::optional<IdentityLedger::Entry> entry = ledger.find(deviceId());
    const IdentityLedger::Verdict verdict = IdentityLedger::judge(entry, m_journal->lastOwnSeq());
    if (verdict == IdentityLedger::Verdict::Living) {
        m_ledgerSeq = entry->lastSeq;
        m_identityJudged = true;
        return {};
    }
    // Forking is always safe; reusing journal numbers never is. The renewal is part of this transaction.
    const QString former = deviceId();
    if (auto renewed = m_identity->renew(); !renewed)
        return renewed;
    m_clock->setDevice(deviceId());
    m_journal->reload();
    m_ledgerSeq = ledger.record(deviceId(), 0) ? 0 : -1;
    m_identityJudged = true;
    m_renewal = IdentityRenewal{former, deviceId(), verdict};
    return {};
}

void Database::reloadIdentity()
{
    const QString before = deviceId();
    (void)m_identity->reload(); // on failure the next stamp fails too, with the message
    if (deviceId() == before)
        return;
    m_clock->setDevice(deviceId());
    m_ledgerSeq = -1;
    if (!m_renewal)
        m_renewal = IdentityRenewal{before, deviceId(), IdentityLedger::Verdict::Copied};
}

void Database::afterCommit()
{
    const qint64 written = m_journal->lastOwnSeq();
    // Only an identity judged (or made) living this session is noted: a copied file's first commits may
    // write no stamp of its own (an import), and noting it then would make the copy look like a living file.
    if (m_identityJudged && written > m_ledgerSeq && IdentityLedger(m_ledgerFile).record(deviceId(), written))
        m_ledgerSeq = written;
    if (auto renewal = std::exchange(m_renewal, std::nullopt))
        Q_EMIT identityRenewed(*renewal);
}

void Database::restartClock()
{
    // Another connection may have renewed the identity; and what it wrote is judged again before the next
    // stamp (it noted its writes in the ledger, so this is cheap and usually "living").
    reloadIdentity();
    m_identityJudged = false;
    // The clock continues after the latest stamp this file has seen, even if the wall clock went back.
    if (auto latest = sql::scalar(connection(), QStringLiteral("SELECT MAX(hlc) FROM journal")); latest)
        m_clock->observe(latest->toString());
    m_journal->reload();
    m_writeVersion = dataVersion();
}

void Database::forgetUncommittedIdentity()
{
    // A renewal inside a transaction that rolled back never happened: back to the identity in the file.
    if (!m_renewal)
        return;
    m_renewal.reset();
    (void)m_identity->reload();
    m_clock->setDevice(deviceId());
    m_identityJudged = false;
    m_ledgerSeq = -1;
}

void Database::catchUpWithOtherConnection()
{
    restartClock();
    m_askedVersion = m_writeVersion; // what another connection wrote until now is caught up with
    if (!inTransaction())
        if (auto renewal = std::exchange(m_renewal, std::nullopt))
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

Result<void> Database::commit()
{
    if (m_depth <= 0)
        return {};
    if (--m_depth > 0)
        return {};
    QSqlDatabase db = connection();
    if (m_rollbackOnly) {
        db.rollback();
        forgetUncommittedIdentity();
        m_journal->reload();
        return Error{Messages::partFailed(), {}};
    }
    if (!db.commit()) {
        const QSqlError error = db.lastError();
        db.rollback();
        forgetUncommittedIdentity();
        m_journal->reload();
        return sql::failure(error);
    }
    afterCommit();
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
    m_changedKinds.clear();
    m_changedRecords.clear();
    forgetUncommittedIdentity();
    m_journal->reload(); // sequence numbers taken inside the rolled-back transaction are free again
}

void Database::noteChange(const QString& kind, const QString& uuid)
{
    m_changedKinds.insert(kind);
    if (m_changedRecords.size() <= 100)
        m_changedRecords.append({kind, uuid});
}

} // namespace hamkori
