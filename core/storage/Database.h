#pragma once
// One open Hamkori data file: the connection (WAL, foreign keys), opening (integrity check and schema
// upgrade, FileUpgrade), transactions and the notices of what they changed. The file's device identity is
// LivingIdentity's job, stamps the HybridClock's, the change journal the JournalWriter's and record writes
// the RecordStore's; Database owns them and hands them out.
#include "../Result.h"
#include "HybridClock.h"
#include "LivingIdentity.h"
#include <QDateTime>
#include <QObject>
#include <QSet>
#include <QSqlDatabase>
#include <memory>
#include <optional>

namespace hamkori {

class JournalWriter;
class RecordStore;

class Database : public QObject
{
    Q_OBJECT
public:
    /// The schema this program writes. History: 1 = first release; 2 = full-text search over concerns;
    /// 3 = narrow indexes of live records; 4 = exchange between laptops (devices, quarantine, conflicts);
    /// 5 = renewable device identities (copies and restores), reasons of set-aside entries; 6 = signed
    /// journal entries, relayed keys, erasure from history; 7 = a plan's agreer, outgoing and ordinance
    /// numbers, a meeting's chair and secretary.
    static constexpr int kSchemaVersion = 10;

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
        QString backupFolder;        // empty: backupFolderFor(path), in the user's data folder
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
    QString backupFolder() const { return m_options.backupFolder; }
    QSqlDatabase connection() const;
    /// The device identity this file writes and signs under (id, keys, fingerprint, renewal).
    LivingIdentity& identity() { return *m_identity; }
    const LivingIdentity& identity() const { return *m_identity; }
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
    /// Copies the write-ahead log into the file and empties it, so that what was overwritten (a secret key
    /// locked, a text erased) is left in neither; outside a transaction. Best effort: a reader elsewhere
    /// may keep the log for a while, and the next checkpoint empties it then.
    void emptyWriteAheadLog();

Q_SIGNALS:
    /// After the commit that first wrote under a new identity (LivingIdentity renewed it here or
    /// another connection did): the window says once what happened and why exchanges stay safe.
    void identityRenewed(const hamkori::IdentityRenewal& renewal);
    /// After a commit: the kinds of records that changed ("concern", "meeting"…).
    void recordsChanged(const QStringList& kinds);
    /// After a commit that changed few records: each of them.
    void recordChanged(const QString& kind, const QString& uuid);

private:
    Database() = default;
    /// After another connection wrote: the identity is read and judged again, the clock continues after
    /// the latest stamp in the journal, the sequence after the identity's last entry.
    void restartClock();
    void afterRollback();

    QString m_connectionName;
    QString m_path;
    QString m_backupPath;
    Options m_options; // as given, with the default folders and files filled in
    std::unique_ptr<HybridClock> m_clock;
    std::unique_ptr<JournalWriter> m_journal;
    std::unique_ptr<LivingIdentity> m_identity;
    std::unique_ptr<RecordStore> m_records;
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
