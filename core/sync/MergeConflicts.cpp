#include "MergeConflicts.h"
#include "../storage/Database.h"
#include "../storage/JournalVersions.h"
#include "../storage/SyncRepository.h"
#include "MergeRecord.h"
#include <QCoreApplication>
#include <optional>

namespace hamkori::sync {

using namespace journal; // the versions of fields as the journal makes them

namespace {

class Messages
{
    Q_DECLARE_TR_FUNCTIONS(Merge)
public:
    static QString noConflict()
    {
        return tr("This conflict was already resolved, here or on another laptop. Nothing was changed.");
    }
    static QString noTransaction() { return tr("The choice could not be saved. Nothing was changed."); }
};

ConflictVersion versionOf(const FieldVersion& version, bool shown)
{
    return {version.field, version.value, version.device, version.hlc, shown};
}

/// A live record whose parents were deleted where nobody knew of it: the parents' deletions (shown) and the
/// record's own state.
Result<std::optional<Conflict>> orphanConflict(SyncRepository& repository, const DerivedRecord& derived,
                                               const QString& label)
{
    auto parents = repository.deletedParentsOf(derived.kind, derived.uuid);
    if (!parents)
        return parents.error();
    if (parents->isEmpty())
        return std::optional<Conflict>();
    const QString deletedFlag = QString::fromUtf16(kDeletedField);
    Conflict conflict{derived.kind, derived.uuid, label, deletedFlag, true, *parents, {}};
    for (const RecordRef& parent : *parents) {
        auto journal = repository.recordJournal(parent.uuid);
        if (!journal)
            return journal.error();
        for (const FieldVersion& head : deriveRecord(*journal).heads.value(deletedFlag))
            if (head.value.toInt() != 0)
                conflict.versions << versionOf(head, conflict.versions.isEmpty());
    }
    for (const FieldVersion& head : derived.heads.value(deletedFlag))
        conflict.versions << versionOf(head, false);
    return std::optional<Conflict>(conflict);
}

/// The stamps the dependents deleted together with a record name: its deletions shown and what they named.
QSet<QString> deletionStamps(const QList<JournalEntry>& journal)
{
    const QString deletedFlag = QString::fromUtf16(kDeletedField);
    QSet<QString> heads;
    for (const FieldVersion& head : deriveRecord(journal).heads.value(deletedFlag))
        if (head.value.toInt() != 0)
            heads.insert(head.hlc);
    QSet<QString> stamps = heads;
    for (const JournalEntry& entry : journal)
        if (entry.field == deletedFlag && heads.contains(entry.hlc))
            for (const QString& stamp : splitStamps(entry.prevHlc))
                stamps.insert(stamp);
    return stamps;
}

/// Brings back what was deleted together with a record that a person brought back (a concern's status
/// history, a plan's activities…): the dependents whose deletion names the record's deletion.
Result<void> restoreDependents(SyncRepository& repository, const QString& kind, const QString& uuid,
                               const QSet<QString>& stamps)
{
    const QString deletedFlag = QString::fromUtf16(kDeletedField);
    auto children = repository.childrenOf(kind, uuid, true);
    if (!children)
        return children.error();
    for (const RecordRef& child : *children) {
        auto journal = repository.recordJournal(child.uuid);
        if (!journal)
            return journal.error();
        const QSet<QString> childStamps = deletionStamps(*journal);
        bool cascaded = false;
        for (const JournalEntry& entry : *journal)
            if (entry.field == deletedFlag && childStamps.contains(entry.hlc))
                for (const QString& stamp : splitStamps(entry.prevHlc))
                    cascaded = cascaded || stamps.contains(stamp);
        if (!cascaded)
            continue;
        auto written = repository.appendLocalEntry(child.kind, child.uuid, deletedFlag, 0,
                                                   stampsSeenByDeletion(*journal));
        if (!written)
            return written.error();
        if (auto derivedAgain = rederiveRecord(repository, child.kind, child.uuid); !derivedAgain)
            return derivedAgain.error();
        if (auto restored = restoreDependents(repository, child.kind, child.uuid, stamps | childStamps);
            !restored)
            return restored;
    }
    return {};
}

/// Brings back the deleted parents of a record a person kept: a normal change of each of them.
Result<void> restoreParents(SyncRepository& repository, const QList<RecordRef>& parents)
{
    for (const RecordRef& parent : parents) {
        auto journal = repository.recordJournal(parent.uuid);
        if (!journal)
            return journal.error();
        auto written = repository.appendLocalEntry(
            parent.kind, parent.uuid, QString::fromUtf16(kDeletedField), 0, stampsSeenByDeletion(*journal));
        if (!written)
            return written.error();
        if (auto derivedAgain = rederiveRecord(repository, parent.kind, parent.uuid); !derivedAgain)
            return derivedAgain.error();
        if (auto restored = restoreDependents(repository, parent.kind, parent.uuid, deletionStamps(*journal));
            !restored)
            return restored;
    }
    return {};
}

} // namespace

QDateTime ConflictVersion::time() const
{
    const HlcStamp stamp = HlcStamp::parse(hlc);
    return stamp.isValid() && !clockAhead ? QDateTime::fromMSecsSinceEpoch(stamp.wallMs, Qt::UTC)
                                          : QDateTime();
}

Result<QList<Conflict>> conflicts(Database& db)
{
    SyncRepository repository(db);
    auto records = repository.conflictRecords();
    if (!records)
        return records.error();
    QList<Conflict> found;
    const QString deletedFlag = QString::fromUtf16(kDeletedField);
    for (const auto& [kind, record] : *records) {
        auto journal = repository.recordJournal(record);
        if (!journal)
            return journal.error();
        // The list is rewritten by every merge; a local change since (a restore) may have closed one.
        const DerivedRecord derived = deriveRecord(*journal);
        const QString label = repository.recordLabel(kind, record);
        const QStringList fields = derived.conflictFields();
        if (!derived.deleted() && !fields.contains(deletedFlag)) {
            auto orphan = orphanConflict(repository, derived, label);
            if (!orphan)
                return orphan.error();
            if (orphan->has_value())
                found << **orphan;
        }
        for (const QString& field : fields) {
            Conflict conflict{kind, record, label, field, false, {}, {}};
            const QList<FieldVersion> heads = derived.heads.value(field);
            for (qsizetype i = 0; i < heads.size(); ++i)
                conflict.versions << versionOf(heads[i], i == 0);
            if (field == QString::fromUtf16(kDeletedField) && !derived.unseenByDeletion.isEmpty()) {
                conflict.againstDeletion = true;
                for (const FieldVersion& edit : derived.unseenByDeletion)
                    conflict.versions << versionOf(edit, false);
            }
            found << conflict;
        }
    }
    // A laptop whose clock is a year fast must not make an edit of today look like one of next year (nor the
    // edits made here after this laptop's clock followed its stamps). A minute covers clocks a little apart.
    constexpr qint64 kTolerance = 60 * 1000;
    const qint64 latestPossible = db.clock().wallNowMs() + kTolerance;
    for (Conflict& conflict : found)
        for (ConflictVersion& version : conflict.versions)
            version.clockAhead = HlcStamp::parse(version.hlc).wallMs > latestPossible;
    return found;
}

Result<void> resolveConflict(Database& db, const QString& record, const QString& field,
                             const QVariant& chosenValue)
{
    SyncRepository repository(db);
    Transaction transaction(db);
    if (!transaction.started())
        return Error{Messages::noTransaction(), {}};
    auto journal = repository.recordJournal(record);
    if (!journal)
        return journal.error();
    if (journal->isEmpty())
        return Error{Messages::noConflict(), {}};
    const DerivedRecord derived = deriveRecord(*journal);
    const QString kind = journal->first().kind;
    const bool deletion = field == QString::fromUtf16(kDeletedField);
    QList<RecordRef> deletedParents;
    if (deletion && !derived.deleted()) {
        auto parents = repository.deletedParentsOf(kind, record);
        if (!parents)
            return parents.error();
        deletedParents = *parents;
    }
    const bool ownConflict = derived.conflictFields().contains(field);
    if (!ownConflict && deletedParents.isEmpty())
        return Error{Messages::noConflict(), {}};
    const QVariant value = deletion ? QVariant(chosenValue.toBool() ? 1 : 0) : chosenValue;
    // An orphan that is kept needs nothing of its own, only its parents back.
    if (ownConflict || !deletion || value.toInt() != 0) {
        auto written =
            repository.appendLocalEntry(kind, record, field, value, stampsSeenByResolution(*journal, field));
        if (!written)
            return written.error();
        if (auto derivedAgain = rederiveRecord(repository, kind, record); !derivedAgain)
            return derivedAgain.error();
        if (deletion && value.toInt() == 0 && derived.deleted())
            if (auto restored = restoreDependents(repository, kind, record, deletionStamps(*journal));
                !restored)
                return restored;
    }
    if (deletion && value.toInt() == 0)
        if (auto restored = restoreParents(repository, deletedParents); !restored)
            return restored;
    return transaction.commit();
}

} // namespace hamkori::sync
