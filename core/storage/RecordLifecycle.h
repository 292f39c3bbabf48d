#pragma once
// Deleting and bringing back any kind of record with what depends on it: what undo and redo of a creation or a
// deletion need, whatever the kind.
#include "Repository.h"

namespace hamkori {

class RecordLifecycle : public Repository
{
    Q_DECLARE_TR_FUNCTIONS(RecordLifecycle)
public:
    using Repository::Repository;
    using Repository::restore;

    /// Deletes the record and its dependents in one transaction; returns what was deleted.
    Result<QList<RecordRef>> remove(const QString& kind, const QString& uuid)
    {
        return deleteRecord(kind.toLatin1().constData(), uuid,
                            tr("This record no longer exists; it may have been deleted."));
    }
};

} // namespace hamkori
