#pragma once
// The one writer of the change journal. It alone hands out this data file's sequence numbers: for every
// change made here (RecordStore's record writes, the conflict inbox's resolutions) it takes the next number
// of the current device identity and a clock stamp, and it writes the entries received from other laptops as
// they came. Numbers run 1, 2, 3… without gaps per identity (the exchange relies on it: SYNC.md).
#include "../Result.h"
#include "RecordStore.h"
#include <QSqlQuery>
#include <optional>

namespace hamkori {

class Database;

class JournalWriter
{
public:
    explicit JournalWriter(Database& db);

    /// A change made here, under the current identity with the next sequence number. `hlc` is the stamp the
    /// record itself was given (its modified_hlc); empty: a new tick of the clock. Must run in a transaction
    /// in which LivingIdentity::ensureLiving() already ran.
    Result<JournalEntry> appendOwn(const QString& kind, const QString& record, const QString& field,
                                   const QVariant& value, const QString& prevHlc, const QString& hlc = {});
    /// An entry another laptop made, kept with its device, number and stamp.
    Result<void> appendReceived(const JournalEntry& entry);

    /// Reads the current identity's last sequence number again: after a rollback (numbers taken inside it
    /// are free again), after another connection wrote, after the identity changed.
    void reload();
    /// The last sequence number the current identity handed out.
    qint64 lastOwnSeq() const { return m_lastSeq; }

private:
    Result<void> insert(const JournalEntry& entry);

    Database& m_db;
    qint64 m_lastSeq = 0;
    std::optional<QSqlQuery> m_insert; // prepared once: an import appends every entry through here
};

} // namespace hamkori
