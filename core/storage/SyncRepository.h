#pragma once
// Every read and write of the exchange between laptops (the SQL of core/sync/Merge*): the journal as a
// version vector and by scope, the record rows a merge derives, the devices this laptop has received bundles
// from, the quarantine of entries that could not be applied and the list of records with conflicts.
#include "../Result.h"
#include "Database.h"
#include "RecordStore.h"
#include <QCoreApplication>
#include <QDateTime>
#include <QHash>
#include <QMap>
#include <optional>

namespace hamkori {

/// A laptop this one has received bundles from (or chose to trust).
struct KnownDevice
{
    QString id;
    QByteArray publicKey;
    QString name;
    QDateTime firstSeen;
    QDateTime lastBundle;         // when the last bundle from it was written (its own clock), invalid if none
    QHash<QString, qint64> knows; // what it knew of every device then
    QString fingerprint() const;
};

/// A live record whose code another live record of its team has too (two laptops numbered them alike).
struct CodeHolder
{
    QString uuid;
    QString team;
    QString code;
    QString createdHlc;
};

/// An entry of a received bundle that could not be applied, kept with the reason.
struct QuarantinedEntry
{
    QDateTime received;
    QString sender;
    JournalEntry entry;
    QString reason;     // translated when it was kept aside: what was wrong with this entry
    QString reasonCode; // the kind of reason (sync::SetAside), empty for entries kept before schema 5
};

class SyncRepository
{
    Q_DECLARE_TR_FUNCTIONS(SyncRepository)
public:
    explicit SyncRepository(Database& db);

    // The journal.
    /// Device → the highest sequence number up to which this file holds every entry of that device. A gap
    /// (entries of another team that a scoped bundle left out) stops the count, so that a later bundle
    /// sends them again instead of never.
    Result<QHash<QString, qint64>> knows();
    /// The journal entries of the records of these teams (and of the reference lists and the gazetteer,
    /// which every team uses); every entry when `teamUuids` is empty. Reference lists and gazetteer first,
    /// then in stamp order, so that a record always comes after the records it refers to.
    Result<QList<JournalEntry>> entriesInScope(const QStringList& teamUuids);
    /// The stamp of the entry (device, seq) held here, empty when there is none.
    Result<QString> storedStamp(const QString& device, qint64 seq);
    /// The stamps of the entries of a device held here with a sequence number from `first` to `last`, by
    /// number: one query for a whole bundle's entries of that device instead of one per entry.
    struct StoredStamp
    {
        QString hlc;
        bool isSigned = false;
    };
    Result<QHash<qint64, StoredStamp>> storedStamps(const QString& device, qint64 first, qint64 last);
    /// Whether the journal holds any entry of the record.
    Result<bool> hasJournal(const QString& record);
    /// Appends a change made on this laptop with a prev_hlc chosen by the caller (a conflict's resolution).
    Result<JournalEntry> appendLocalEntry(const QString& kind, const QString& record, const QString& field,
                                          const QVariant& value, const QString& prevHlc);
    Result<QList<JournalEntry>> recordJournal(const QString& record);
    /// The entries of these devices that carry no signature yet, in number order.
    Result<QList<JournalEntry>> unsignedEntriesOf(const QStringList& devices);
    /// Fills in the signature of the entry held here under its device, number and stamp, when it has none;
    /// returns whether it did.
    Result<bool> addSignature(const JournalEntry& entry);
    /// The public keys of devices this laptop knows only through a laptop that relayed their changes.
    Result<QHash<QString, QByteArray>> relayedKeys();
    /// Keeps the key a trusted relay gave for a device (the first one given stays).
    Result<void> noteRelayedKey(const QString& device, const QByteArray& publicKey, const QString& vouchedBy);
    /// Every team on this laptop, deleted ones included (their deletion travels too).
    Result<QStringList> teamUuids();

    // Record rows.
    /// The columns a journal entry may write: the deletion flag and the kind's fields in the catalogue.
    QStringList writableColumns(const QString& kind);
    Result<QSqlRecord> row(const QString& kind, const QString& uuid);
    /// Writes the row as the journal makes it: inserts it when `insert`, otherwise updates the columns
    /// given. `values` hold created_hlc, modified_hlc and device besides the record's fields.
    Result<void> writeRow(const QString& kind, const QString& uuid, const QMap<QString, QVariant>& values,
                          bool insert);
    /// The records this record belongs to (a concern's team, a status change's concern…) that are deleted.
    Result<QList<RecordRef>> deletedParentsOf(const QString& kind, const QString& uuid);
    /// The records that belong to this record and are (not) deleted.
    Result<QList<RecordRef>> childrenOf(const QString& kind, const QString& uuid, bool deleted);
    Result<QList<RecordRef>> liveChildrenOf(const QString& kind, const QString& uuid)
    {
        return childrenOf(kind, uuid, false);
    }
    /// A readable name of a record for the conflict inbox: its code, name or title.
    QString recordLabel(const QString& kind, const QString& uuid);
    /// The live records of a kind numbered within a team whose code another live record of the same team
    /// has, by team, code, creation stamp and UUID.
    Result<QList<CodeHolder>> sharedCodes(const QString& kind);

    // Conflicts.
    Result<void> setConflicts(const QString& kind, const QString& record, const QStringList& fields);
    Result<QStringList> conflictFieldsOf(const QString& record);
    /// (kind, record) of every record listed with a conflict.
    Result<QList<std::pair<QString, QString>>> conflictRecords();

    // Quarantine.
    Result<void> quarantine(const JournalEntry& entry, const QString& sender, const QString& reasonCode,
                            const QString& reason);
    Result<QList<QuarantinedEntry>> quarantined();
    /// Drops the entries kept aside that the journal holds by now; returns how many.
    Result<int> forgetAppliedQuarantine();

    // Devices.
    Result<QList<KnownDevice>> knownDevices();
    Result<std::optional<KnownDevice>> device(const QString& id);
    /// Whether the device is known with exactly this public key.
    bool isKnownDevice(const QString& id, const QByteArray& publicKey);
    /// Records a device as trusted; refuses a known id with a different public key (an impersonator).
    Result<void> trustDevice(const QString& id, const QByteArray& publicKey, const QString& name);
    /// Notes a bundle received from a device: its name, when it was written and what its sender knew.
    Result<void> noteBundle(const QString& id, const QByteArray& publicKey, const QString& name,
                            const QDateTime& written, const QHash<QString, qint64>& knows);
    /// The message for a device whose public key differs from the one stored for its id.
    static QString impersonationMessage(const QString& id);

    // Savepoints inside the current transaction: one record's entries (or a whole batch of records) can
    // fail without the rest.
    Result<void> savepoint(const QString& name = QStringLiteral("merge_record"));
    Result<void> releaseSavepoint(const QString& name = QStringLiteral("merge_record"));
    /// Undoes everything since the savepoint and ends it.
    Result<void> rollbackToSavepoint(const QString& name = QStringLiteral("merge_record"));

private:
    /// Runs a statement prepared once per repository (an import runs the same few statements for every
    /// entry: preparing them each time would cost more than running them).
    Result<QSqlQuery*> run(const QString& statement, const QVariantList& values);

    Database& m_db;
    QHash<QString, QStringList> m_columns;
    QHash<QString, QSqlQuery> m_statements;
};

} // namespace hamkori
