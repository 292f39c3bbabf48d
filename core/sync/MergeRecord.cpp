#include "MergeRecord.h"
#include "../storage/FieldPatch.h"
#include "../storage/JournalVersions.h"
#include "../storage/SyncRepository.h"
#include <QSqlRecord>

namespace hamkori::sync {

using namespace journal; // the versions of fields as the journal makes them

namespace {

RecordOutcome::State stateOf(const QSqlRecord& row)
{
    if (row.isEmpty())
        return RecordOutcome::State::Absent;
    return row.value(QStringLiteral("deleted")).toInt() != 0 ? RecordOutcome::State::Deleted
                                                             : RecordOutcome::State::Live;
}

} // namespace

Result<RecordOutcome> rederiveRecord(SyncRepository& repository, const QString& kind, const QString& uuid,
                                     const QList<JournalEntry>* journal)
{
    RecordOutcome outcome;
    auto current = repository.row(kind, uuid);
    if (!current)
        return current.error();
    outcome.before = stateOf(*current);
    Result<QList<JournalEntry>> read = journal ? *journal : repository.recordJournal(uuid);
    if (!read)
        return read.error();
    const DerivedRecord derived = deriveRecord(*read);
    // Changes to a record whose creation has not arrived yet wait in the journal until it does.
    if (current->isEmpty() && !derived.created) {
        outcome.after = outcome.before;
        return outcome;
    }

    const QStringList columns = repository.writableColumns(kind);
    QMap<QString, QVariant> wanted;
    const QMap<QString, QVariant> shown = derived.shownValues();
    for (auto it = shown.constBegin(); it != shown.constEnd(); ++it)
        if (columns.contains(it.key()))
            wanted.insert(it.key(), it.value());
    const bool insert = current->isEmpty();
    // A record without a creation entry (built in, seeded by every installation) keeps its own stamps.
    if (derived.created)
        wanted.insert(QStringLiteral("created_hlc"), derived.createdHlc);
    if (!derived.modifiedHlc.isEmpty() &&
        (insert || derived.modifiedHlc > current->value(QStringLiteral("modified_hlc")).toString())) {
        wanted.insert(QStringLiteral("modified_hlc"), derived.modifiedHlc);
        wanted.insert(QStringLiteral("device"), derived.device);
    }

    if (!insert) {
        for (auto it = wanted.begin(); it != wanted.end();) {
            if (FieldPatch::sameValue(current->value(it.key()), it.value()))
                it = wanted.erase(it);
            else
                ++it;
        }
    }
    const QStringList stamps{QStringLiteral("created_hlc"), QStringLiteral("modified_hlc"),
                             QStringLiteral("device")};
    for (const QString& column : wanted.keys())
        if (!stamps.contains(column))
            outcome.valuesChanged = true;
    if (insert || !wanted.isEmpty())
        if (auto written = repository.writeRow(kind, uuid, wanted, insert); !written)
            return written.error();
    outcome.after = derived.deleted() ? RecordOutcome::State::Deleted : RecordOutcome::State::Live;

    auto before = repository.conflictFieldsOf(uuid);
    if (!before)
        return before.error();
    QStringList after = derived.conflictFields();
    const QString deletedFlag = QString::fromUtf16(kDeletedField);
    if (outcome.after == RecordOutcome::State::Live && !after.contains(deletedFlag)) {
        auto parents = repository.deletedParentsOf(kind, uuid);
        if (!parents)
            return parents.error();
        if (!parents->isEmpty())
            after << deletedFlag;
    }
    after.sort();
    for (const QString& field : after)
        if (!before->contains(field))
            ++outcome.newConflicts;
    if (after != *before)
        if (auto listed = repository.setConflicts(kind, uuid, after); !listed)
            return listed.error();

    // Deleted or brought back: what belongs to it may have become an orphan, or stopped being one.
    if (outcome.before != outcome.after && outcome.before != RecordOutcome::State::Absent) {
        auto children = repository.liveChildrenOf(kind, uuid);
        if (!children)
            return children.error();
        for (const RecordRef& child : *children)
            if (auto refreshed = refreshOrphan(repository, child.kind, child.uuid); !refreshed)
                return refreshed.error();
    }
    return outcome;
}

Result<void> refreshOrphan(SyncRepository& repository, const QString& kind, const QString& uuid)
{
    const QString deletedFlag = QString::fromUtf16(kDeletedField);
    auto listed = repository.conflictFieldsOf(uuid);
    if (!listed)
        return listed.error();
    auto parents = repository.deletedParentsOf(kind, uuid);
    if (!parents)
        return parents.error();
    const bool orphan = !parents->isEmpty();
    if (orphan == listed->contains(deletedFlag))
        return {};
    QStringList fields = *listed;
    if (orphan) {
        fields << deletedFlag;
    } else {
        // Still listed for a conflict of its own?
        auto journal = repository.recordJournal(uuid);
        if (!journal)
            return journal.error();
        if (deriveRecord(*journal).conflictFields().contains(deletedFlag))
            return {};
        fields.removeAll(deletedFlag);
    }
    fields.sort();
    return repository.setConflicts(kind, uuid, fields);
}

} // namespace hamkori::sync
