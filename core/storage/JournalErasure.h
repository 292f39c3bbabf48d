#pragma once
// Erasing text from a record's history (issue 16, finding 9; SYNC.md guarantee 15): a name typed by mistake
// and then removed stays in the journal's older versions of the field, and would travel in every bundle. An
// erasure replaces those older values here (a field entry's value by NULL, the field inside a creation by
// null) and keeps each entry's digest, so that its signature still proves who made it. The instruction is a
// journal entry of the kind "erasure" that travels to every laptop (it names the record, the field and the
// entries, never their text); each laptop applies it to the entries it holds and to those it receives later.
#include "../Result.h"
#include "RecordStore.h"

namespace hamkori {

class Database;

/// One entry whose value of a field is to be erased.
struct ErasedVersion
{
    QString device;
    qint64 seq = 0;
    QString field;
};

class JournalErasure
{
public:
    explicit JournalErasure(Database& db) : m_db(db) {}

    /// The kind of journal entry that carries an erasure instruction.
    static QString kind() { return QStringLiteral("erasure"); }
    /// The instruction's value: the record's kind and uuid, the field and the entries to erase.
    static QVariant instruction(const QString& kind, const QString& record, const QString& field,
                                const QList<ErasedVersion>& versions);
    /// The entries an instruction names; empty when it is not a well-formed instruction.
    static QList<ErasedVersion> versionsNamedBy(const JournalEntry& instruction);

    /// The versions of the record's field that are no longer shown (not among its heads) and still hold a
    /// value: what erasing the field removes.
    Result<QList<ErasedVersion>> oldVersions(const QString& record, const QString& field);
    /// Erases the field's value in the entry held here; false when it is not held or holds no value of it.
    Result<bool> erase(const ErasedVersion& version);
    /// Applies every instruction held here to the entries held here (and to entries kept aside); returns
    /// how many values it erased. Cheap when nothing is left to erase.
    Result<int> applyInstructions();

private:
    Database& m_db;
};

} // namespace hamkori
