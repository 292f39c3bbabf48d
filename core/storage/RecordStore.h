#pragma once
// The one place that writes records: every insert, field change and deletion updates the row, stamps it
// with the hybrid logical clock and this device, and appends to the change journal in the same transaction.
// Repositories validate and call this; nothing else writes to the record tables.
#include "../Result.h"
#include <QHash>
#include <QJsonObject>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QVariant>

namespace hamkori {

class Database;

/// Column name → value, in column order. QDate and bool are stored as ISO text and 0/1.
using Fields = QList<std::pair<QString, QVariant>>;

struct RecordRef
{
    QString kind;
    QString uuid;
    bool operator==(const RecordRef&) const = default;
};

/// One row of the change journal.
struct JournalEntry
{
    QString device;
    qint64 seq = 0;
    QString hlc;
    QString kind;
    QString record;
    QString field; // empty: the record was created, value holds all its fields (see creationFields())
    QVariant value;
    QString prevHlc; // the stamp of the version the editor saw, empty for a creation
    /// The origin device's Ed25519 signature of journal::signedMessage(), made when that device first
    /// exported the entry; empty before (and for entries received from a Hamkori that did not sign).
    QByteArray signature = {};
    /// Set when the value was erased from history: the digest of the value it had (journal::valueDigest),
    /// which its signature covers. The value is then NULL, or for a creation the record without the erased
    /// fields.
    QByteArray erasedDigest = {};
};

class RecordStore
{
public:
    explicit RecordStore(Database& db);

    /// The table that holds a kind of record ("concern" → "concerns"); empty for an unknown kind.
    static QString tableOf(const QString& kind);
    static QStringList kinds();

    Result<void> insert(const QString& kind, const QString& uuid, const Fields& fields);
    /// Inserts, or brings back a tombstone / updates a record with a derived UUID that already exists.
    Result<void> ensure(const QString& kind, const QString& uuid, const Fields& fields);
    /// Writes the fields that differ from the stored ones; returns whether anything changed.
    Result<bool> update(const QString& kind, const QString& uuid, const Fields& fields);
    /// Marks a record deleted (a tombstone that travels) or brings it back.
    Result<bool> setDeleted(const QString& kind, const QString& uuid, bool deleted);

    /// Deletes a record and every record that depends on it (a concern's status history, links, scores…),
    /// and returns what it deleted, so that an undo can bring back exactly that.
    Result<QList<RecordRef>> deleteWithDependents(const QString& kind, const QString& uuid);
    Result<void> restore(const QList<RecordRef>& records);
    /// Brings back a deleted record and what its deletion took with it (on any laptop: the dependents'
    /// deletions name the record's), each as a journalled change; returns what came back, the record first.
    Result<QList<RecordRef>> bringBack(const QString& kind, const QString& uuid);

    /// The stored row, tombstones included; an empty record when there is none.
    Result<QSqlRecord> fetch(const QString& kind, const QString& uuid);
    bool exists(const QString& kind, const QString& uuid, bool includeDeleted = false);

    Result<QList<JournalEntry>> journalFor(const QString& record);
    /// The fields of a creation entry: its value is a JSON object, as text or zlib-compressed.
    static QJsonObject creationFields(const QVariant& value);
    qint64 journalSize();

private:
    QSqlQuery& prepared(const QString& statement);
    Result<void> execute(QSqlQuery& query);

    Database& m_db;
    QHash<QString, QSqlQuery> m_statements;
    QString m_cascadeStamp; // while deleting dependents: the stamp of the first deletion, which theirs name
};

} // namespace hamkori
