#pragma once
// Automatic, verified backups of a data file: snapshots made with SQLite's own VACUUM INTO (a consistent copy
// even while the file is being written), each checked with PRAGMA integrity_check before it counts, kept in
// the user's data folder (backups/<file name>-<hash of its path>/) and rotated: every backup of the last day,
// the newest of each of the last days and weeks. Beside each backup a small JSON file says when and why it
// was made and what it held, so that the list needs no reading of the backups themselves.
//
// Restoring works on a closed data file: the current file is kept as a backup first, the chosen backup is
// checked and put in its place, and its device identity is retired on this installation so that the restored
// file takes a new one at its first write (IdentityLedger; SYNC.md guarantee 11).
#include "../Result.h"
#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QString>

namespace hamkori {

class Database;

enum class BackupReason
{
    Manual,        // Back up now, hamkori-cli backup
    Daily,         // at most once a day while the window is open
    OnClose,       // when the window closes after changes
    BeforeUpgrade, // before a schema upgrade
    BeforeRestore, // the current file, before a restore replaces it
    BeforeCsvImport,
    BeforeBundleImport,
};

/// What the list shows of a backup.
struct BackupInfo
{
    QString file;
    QDateTime made;
    BackupReason reason = BackupReason::Manual;
    qint64 size = 0;
    int teams = 0;
    int concerns = 0;
    int plans = 0;
    qint64 changes = 0; // journal entries: how much history it holds
    int schemaVersion = 0;
    QString deviceId; // the identity the file wrote under when it was backed up
    QString reasonText() const;
};

/// How many backups to keep (Settings → Backups; hamkori-cli backup --keep-daily/--keep-weekly).
struct BackupPolicy
{
    int daily = 7;                          // the newest backup of each of the last N days that have one
    int weekly = 4;                         // the newest backup of each of the last N weeks, beyond those
    static constexpr int kRecentHours = 24; // every backup younger than this is kept too (up to kRecentMax)
    static constexpr int kRecentMax = 20;
    /// What the user chose in Settings → Backups (Preferences).
    static BackupPolicy chosen();
};

class Backups
{
    Q_DECLARE_TR_FUNCTIONS(Backups)
public:
    /// The backups of one data file, in `folder`.
    explicit Backups(QString folder);
    QString folder() const { return m_folder; }

    /// Makes a verified snapshot of the open file and rotates the folder. Fails with a message (nothing is
    /// kept of a snapshot that does not verify).
    Result<BackupInfo> make(Database& db, BackupReason reason,
                            const BackupPolicy& policy = BackupPolicy::chosen());
    /// The backups, newest first.
    Result<QList<BackupInfo>> list() const;
    /// When the newest backup was made; invalid when there is none.
    QDateTime lastMade() const;
    /// Whether the open file holds changes the newest backup does not (or there is no backup yet).
    Result<bool> changedSince(Database& db) const;
    /// Deletes the backups the policy does not keep; returns how many it deleted.
    int rotate(const BackupPolicy& policy, const QDateTime& now = QDateTime::currentDateTime());

    /// Opens a backup (or any data file) read-only and checks it whole: its integrity, its data version and
    /// what it holds. Changes nothing.
    static Result<BackupInfo> inspect(const QString& file);
    /// Writes a verified copy of the open file to `target` (a file name), outside the rotation.
    static Result<BackupInfo> copyTo(Database& db, const QString& target);

    /// Puts a backup in place of a closed data file: the current file is first kept as a backup in
    /// `keepCurrentIn` (a damaged one as it is), the backup is checked, copied over the file (the write-ahead
    /// log of the old file removed first) and its identity is retired in `identityLedger`, so that the
    /// restored file takes a new one at its first write. Returns the info of the backup of the current file.
    static Result<BackupInfo> restore(const QString& dataFile, const QString& backupFile,
                                      Backups& keepCurrentIn, const QString& identityLedger);

private:
    QString m_folder;
};

} // namespace hamkori
