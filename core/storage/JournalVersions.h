#pragma once
// The field-level merge, as pure functions of a record's journal entries (no SQL): whatever the order in
// which entries arrived, the same set of entries gives the same record, the same shown values and the same
// conflicts on every laptop.
//
// For each field of a record the versions are its creation entries (which hold every field; the creation is
// also the version "not deleted") and its field entries. An entry supersedes the versions whose stamps its
// prev_hlc names (space-separated). The heads are the versions no other version supersedes; the shown value
// is the head with the highest stamp. Heads that disagree are a conflict. A deletion names every head of the
// record it saw; a head it did not see (an edit made without knowing of the deletion) is an "edit against
// deletion" conflict, and the record stays deleted until a person decides.
#include "RecordStore.h"
#include <QMap>
#include <QSet>
#include <QStringList>

namespace hamkori::journal {

/// One version of one field.
struct FieldVersion
{
    QString field;
    QVariant value;
    QString hlc;
    QString device;
    bool creation = false;
};

/// What a record's journal entries make of it.
struct DerivedRecord
{
    QString kind;
    QString uuid;
    bool created = false; // at least one creation entry: the row can be made from the journal alone
    QString createdHlc;   // the earliest creation
    QString modifiedHlc;  // the latest entry
    QString device;       // the device of the latest entry
    QMap<QString, QList<FieldVersion>> heads; // field → its heads, the shown one first
    QList<FieldVersion> unseenByDeletion;     // edits the record's deletion did not know of

    bool deleted() const;
    /// The shown value of every field that has a version.
    QMap<QString, QVariant> shownValues() const;
    /// Fields whose heads disagree, and "deleted" when an edit was made against the deletion.
    QStringList conflictFields() const;
};

/// The field the deletion flag lives in.
inline constexpr char16_t kDeletedField[] = u"deleted";

QStringList splitStamps(const QString& prevHlc);

/// Derives a record from all of its journal entries (any order).
DerivedRecord deriveRecord(const QList<JournalEntry>& entries);

/// What a local edit of `field` names as seen (its prev_hlc): the heads showing the current value, so that
/// versions that agree merge into one, while a different value in a conflict stays until resolved.
/// `entries` need only hold the record's creations and the entries of that field.
QString stampsSeenByEdit(const QList<JournalEntry>& entries, const QString& field);
/// What a local write of the deletion flag (a deletion, a restore or a resolution) names as seen: every
/// head of every field of the record, so that edits it did not see can be told from those it did.
QString stampsSeenByDeletion(const QList<JournalEntry>& entries);
/// What a resolution of a conflict on `field` names: every head of that field (for "deleted": every head of
/// the record).
QString stampsSeenByResolution(const QList<JournalEntry>& entries, const QString& field);

} // namespace hamkori::journal
