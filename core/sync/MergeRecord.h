#pragma once
// Brings one record's row (and its line in the conflict list) in line with its journal entries: after a
// bundle added entries to it, or after a conflict was resolved. The row is a function of the entries only,
// so every laptop that holds the same entries holds the same row.
#include "../Result.h"
#include "../storage/RecordStore.h"
#include <QList>
#include <QString>

namespace hamkori {
class SyncRepository;
}

namespace hamkori::sync {

struct RecordOutcome
{
    enum class State
    {
        Absent,
        Live,
        Deleted,
    };
    State before = State::Absent;
    State after = State::Absent;
    bool valuesChanged = false;
    int newConflicts = 0;
};

/// `journal`, when given, is every journal entry of the record (in SyncRepository::recordJournal's order),
/// known to the caller: it is not read back.
Result<RecordOutcome> rederiveRecord(SyncRepository& repository, const QString& kind, const QString& uuid,
                                     const QList<JournalEntry>* journal = nullptr);

/// Lists a live record whose parent is deleted (it was added or changed on a laptop that did not know of the
/// deletion: an edit against a deletion too) in the conflict list, or takes it off when that is over.
Result<void> refreshOrphan(SyncRepository& repository, const QString& kind, const QString& uuid);

} // namespace hamkori::sync
