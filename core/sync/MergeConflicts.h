#pragma once
// The conflict inbox: fields whose concurrent values disagree, and records edited on one laptop while
// another deleted them. A person keeps one value, the other or a merged one; the choice is a change like any
// other that names every value it replaces, so it travels and closes the conflict on every laptop.
#include "../Result.h"
#include "../storage/RecordStore.h"
#include <QDateTime>
#include <QList>
#include <QVariant>

namespace hamkori {
class Database;
}

namespace hamkori::sync {

struct ConflictVersion
{
    QString field;  // the field this value is for (for an edit against a deletion: the edited field)
    QVariant value; // for the deletion flag: 1 deleted, 0 kept
    QString device;
    QString hlc;
    bool shown = false; // the value the record shows until the conflict is resolved
    /// Stamped later than this laptop's time now: the clock of the laptop that made it is fast, and its
    /// date says nothing about when the change was made.
    bool clockAhead = false;
    /// When the change was made, by the clock of the laptop that made it; invalid when that clock was ahead.
    QDateTime time() const;
};

struct Conflict
{
    QString kind;
    QString record;
    QString label; // the record's code, name or title
    QString field; // "deleted" for an edit against a deletion
    bool againstDeletion = false;
    /// When the record was added or changed while what it belongs to was deleted elsewhere (a status change
    /// of a deleted concern): the deleted records. The versions are then their deletions and the record's own
    /// state; keeping it (false) brings them back, letting it go (true) deletes the record too.
    QList<RecordRef> deletedParents;
    QList<ConflictVersion> versions; // the shown one first
};

Result<QList<Conflict>> conflicts(Database& db);

/// Resolves the conflict on (record, field) with the value a person chose (for "deleted": true keeps the
/// record deleted, false brings it back with the edits, and what it belongs to when that was deleted).
Result<void> resolveConflict(Database& db, const QString& record, const QString& field,
                             const QVariant& chosenValue);

} // namespace hamkori::sync
