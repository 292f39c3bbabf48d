#pragma once
// One open Hamkori data file. Opening checks integrity and the schema version, upgrades an older file (after
// a backup copy), creates the device identity on first open and sets WAL and foreign keys on the connection.
#include "../Result.h"
#include "DeviceIdentity.h"
#include "HybridClock.h"
#include "IdentityLedger.h"
#include <QDateTime>
#include <QObject>
#include <QSet>
#include <QSqlDatabase>
#include <memory>
#include <optional>

namespace hamkori {

class JournalWriter;
class RecordStore;

/// A data file took a new device identity: `former` is retired, `current` introduced by it.
struct IdentityRenewal
{
    QString former;
    QString current;
    IdentityLedger::Verdict reason = IdentityLedger::Verdict::Copied;

    /// What happened and why exchanges stay safe, for the window and the console (translated).
    QString explanation(const QString& newFingerprint) const;
};

class Database : public QObject
{
    Q_OBJECT
public:
    /// The schema this program writes. History: 1 = first release; 2 = full-text search over concerns;
    /// 3 = narrow indexes of live records; 4 = exchange between laptops (devices, quarantine, conflicts);
    /// 5 = renewable device identities (copies and restores), reasons of set-aside entries.
    static constexpr int kSchemaVersion = 5;

    /// When opening runs PRAGMA integrity_check (before anything is written).
    enum class IntegrityCheck
    {
        Always,      // every time (hamkori-cli check)
        WhenChanged, // unless this laptop verified the file and closed it, unchanged since, within a week
        Never,       // tests of other things only
    };

    struct Options
    {
        const WallClock* wallClock = nullptr; // nullptr: the system clock
        IntegrityCheck integrityCheck = IntegrityCheck::WhenChanged;
        QString integrityStampStore; // empty: IntegrityStamp::defaultStore()
        QString identityLedger;      // empty: IdentityLedger::defaultFile() (what this installation wrote)
        QString backupFolder;        // empty: Backups::folderFor(path), in the user's data folder
    };

    static Result<std::unique_ptr<Database>> open(const QString& path, const Options& options);
    static Result<std::unique_ptr<Database>> open(const QString& path) { return open(path, Options{}); }
    /// A second connection to the file `main` has open, for a worker thread: Qt SQL connections belong to the
    /// thread that opened them, so call this, use the result and destroy it on that thread. No integrity
    /// check and no upgrade (`main` did both); closing it does not vouch for the file. WAL lets `main` keep
    /// reading while it writes; `main` must not write meanwhile (it would wait for the lock). Its signals and
    /// clock are its own: tell `main` what changed (catchUpWithOtherConnection, recordsChanged).
    static Result<std::unique_ptr<Database>> openAnother(const Database& main);
    ~Database() override;

    QString path() const { return m_path; }
    /// Where this file's automatic backups are kept (Backups).
    QString backupFolder() const { return m_backupFolder; }
    /// The identity ledger of this installation (IdentityLedger), which a restore retires identities in.
    QString identityLedgerFile() const { return m_ledgerFile; }
    QSqlDatabase connection() const;
    QString deviceId() const;
    QByteArray devicePublicKey() const;
    /// A short, readable fingerprint of the device's public key (groups of four hex digits).
    QString deviceFingerprint() const;
    /// A detached Ed25519 signature of the message with this device's secret key, which never leaves the
    /// file (exchange bundles); empty when the key cannot be read.
    QByteArray signBytes(const QByteArray& message) const;
    /// The file's identities: the chain of introductions from the first to the current one, and every
    /// identity it ever had (id → public key). See DeviceIdentity.
    Result<QList<Introduction>> identityIntroductions() const;
    Result<QHash<QString, QByteArray>> ownDeviceKeys() const;
    /// Before this connection's first stamp after opening (or after another connection wrote): a data file
    /// that this installation did not write last (a copy, an older copy put back, a restore) takes a new
    /// device identity at once, so that it never hands out journal numbers another file already used.
    /// RecordStore and SyncRepository call it before they stamp a change; it must run in a transaction.
    Result<void> ensureLivingIdentity();
    HybridClock& clock() { return *m_clock; }
    RecordStore& records() { return *m_records; }
    /// The one writer of the change journal (sequence numbers and stamps).
    JournalWriter& journal() { return *m_journal; }
    int schemaVersion() const;
    /// The backup copy made before this open upgraded an older file, empty when none was made.
    QString upgradeBackupPath() const { return m_backupPath; }
    /// Whether this open ran the full integrity check (false when the file was verified and unchanged).
    bool integrityCheckedOnOpen() const { return m_checkedOnOpen; }

    // Transactions nest: only the outermost begins and commits. A failure inside marks the whole
    // transaction to roll back. Use the RAII Transaction class rather than these.
    bool begin();
    Result<void> commit();
    void rollback();
    bool inTransaction() const { return m_depth > 0; }
    /// Called by RecordStore for every record written inside the current transaction.
    void noteChange(const QString& kind, const QString& uuid);
    /// After another connection (openAnother) wrote to the file: the clock continues after every stamp now
    /// in the journal and this device's sequence number is read again.
    void catchUpWithOtherConnection();
    /// Whether another connection - the console program, the import's worker - committed to the file since
    /// the last call (or since this one caught up). The window asks now and then, to show what changed.
    bool changedElsewhereSinceAsked();

Q_SIGNALS:
    /// After the commit that first wrote under a new identity (ensureLivingIdentity renewed it here or
    /// another connection did): the window says once what happened and why exchanges stay safe.
    void identityRenewed(const hamkori::IdentityRenewal& renewal);
    /// After a commit: the kinds of records that changed ("concern", "meeting"…).
    void recordsChanged(const QStringList& kinds);
    /// After a commit that changed few records: each of them.
    void recordChanged(const QString& kind, const QString& uuid);

private:
    Database() = default;
    Result<void> checkIntegrity();
    Result<void> upgrade(int fromVersion);
    Result<void> loadOrCreateIdentity();
    void restartClock();
    /// Reads the current identity again; the clock and the sequence follow it. Notes a renewal made by
    /// another connection.
    void reloadIdentity();
    /// After a commit: notes in the ledger what this identity wrote, and tells of a renewal.
    void afterCommit();
    void forgetUncommittedIdentity();

    QString m_connectionName;
    QString m_path;
    QString m_backupPath;
    std::unique_ptr<DeviceIdentity> m_identity;
    QString m_ledgerFile;
    QString m_backupFolder;
    bool m_identityJudged = false; // ensureLivingIdentity decided since opening (or since a catch-up)
    qint64 m_ledgerSeq = -1;       // what the ledger holds of the current identity, as far as this knows
    std::optional<IdentityRenewal> m_renewal; // made or seen in the current transaction, told after commit
    std::unique_ptr<WallClock> m_ownWallClock;
    const WallClock* m_wallClock = nullptr; // m_ownWallClock or the one given in Options
    std::unique_ptr<HybridClock> m_clock;
    std::unique_ptr<JournalWriter> m_journal;
    std::unique_ptr<RecordStore> m_records;
    QString m_stampStore;
    bool m_checkedOnOpen = false;
    QDateTime m_verifiedAt;     // when the file was last verified whole; invalid when never
    qint64 dataVersion() const; // PRAGMA data_version: moves when another connection commits
    qint64 m_writeVersion = -1; // data_version when this connection last caught up, checked before a write
    qint64 m_askedVersion = -1; // data_version when changedElsewhereSinceAsked() last answered
    int m_depth = 0;
    bool m_rollbackOnly = false;
    QSet<QString> m_changedKinds;
    QList<std::pair<QString, QString>> m_changedRecords;
};

/// RAII: begins a (possibly nested) transaction; rolls back unless commit() was called and succeeded.
class Transaction
{
public:
    explicit Transaction(Database& db) : m_db(db), m_started(db.begin()) {}
    ~Transaction()
    {
        if (m_started && !m_done)
            m_db.rollback();
    }
    Transaction(const Transaction&) = delete;
    Transaction& operator=(const Transaction&) = delete;

    bool started() const { return m_started; }
    Result<void> commit()
    {
        m_done = true;
        return m_db.commit();
    }

private:
    Database& m_db;
    bool m_started;
    bool m_done = false;
};

} // namespace hamkori
