// ConcernImport's writing half: apply, and the undo and redo of an applied import. Each runs in ONE
// transaction (repository calls nest inside it), so a failure anywhere leaves the data file as it was.
#include "ConcernImport.h"
#include "core/storage/ConcernRepository.h"
#include "core/storage/RecordLifecycle.h"

namespace hamkori::csv {

namespace {

Error rowError(int row, const Error& error)
{
    return Error{ConcernImport::tr("Row %1: %2").arg(row).arg(error.message), error.field};
}

/// Moves a concern to the status the import wants, with a dated history entry saying why.
Result<void> moveStatus(ConcernRepository& concerns, const QString& uuid, ConcernStatus from,
                        ConcernStatus to, const QString& note)
{
    if (from == to)
        return {};
    return concerns.changeStatus(uuid, to, QDate::currentDate(), note);
}

} // namespace

Result<ImportOutcome> ConcernImport::apply(const ImportPreview& preview, bool skipBadRows)
{
    if (preview.fileError)
        return Error{preview.messages.isEmpty() ? tr("The file cannot be imported.")
                                                : preview.messages.first().text,
                     {}};
    const int bad = preview.count(RowAction::Invalid);
    if (bad > 0 && !skipBadRows)
        return Error{tr("%n row(s) have errors. Correct them in the file, or choose to skip the bad rows. "
                        "Nothing was imported.",
                        nullptr, bad),
                     {}};

    ImportOutcome outcome;
    Transaction transaction(m_db);
    if (!transaction.started())
        return Error{tr("The data file is busy; nothing was imported. Try again."), {}};
    ConcernRepository concerns(m_db);
    const QString note = tr("Set by a CSV import");
    for (const RowPlan& row : preview.rows) {
        switch (row.action) {
        case RowAction::Invalid:
            ++outcome.skipped;
            break;
        case RowAction::Unchanged:
            ++outcome.unchanged;
            break;
        case RowAction::Create: {
            Concern concern = row.concern;
            // A concern cannot start as dropped: it starts raised and is dropped at once, with the reason.
            const ConcernStatus wanted = concern.status;
            if (wanted == ConcernStatus::Dropped)
                concern.status = ConcernStatus::Raised;
            auto made = concerns.createConcern(concern);
            if (!made)
                return rowError(row.row, made.error());
            if (auto moved = moveStatus(concerns, made->meta.uuid, made->status, wanted, note); !moved)
                return rowError(row.row, moved.error());
            outcome.created << made->meta.uuid;
            break;
        }
        case RowAction::MatchesDeleted:
            if (!row.restore) {
                ++outcome.skippedDeleted;
                break;
            }
            if (auto back = concerns.undeleteConcern(row.concern.meta.uuid); !back)
                return rowError(row.row, back.error());
            outcome.restored << row.concern.meta.uuid;
            [[fallthrough]]; // then its values, as for an update
        case RowAction::Update: {
            auto stored = concerns.concern(row.concern.meta.uuid);
            if (!stored)
                return rowError(row.row, stored.error());
            if (auto updated = concerns.updateConcern(row.concern); !updated)
                return rowError(row.row, updated.error());
            if (auto moved =
                    moveStatus(concerns, row.concern.meta.uuid, stored->status, row.concern.status, note);
                !moved)
                return rowError(row.row, moved.error());
            outcome.before << *stored;
            outcome.after << row.concern;
            break;
        }
        }
    }
    if (auto committed = transaction.commit(); !committed)
        return committed.error();
    return outcome;
}

Result<QList<RecordRef>> ConcernImport::revert(Database& db, const ImportOutcome& outcome)
{
    Transaction transaction(db);
    if (!transaction.started())
        return Error{tr("The data file is busy. Try again."), {}};
    ConcernRepository concerns(db);
    const QString note = tr("Undo of a CSV import");
    for (int i = 0; i < outcome.before.size(); ++i) {
        if (auto updated = concerns.updateConcern(outcome.before[i]); !updated)
            return updated.error();
        if (auto moved = moveStatus(concerns, outcome.before[i].meta.uuid, outcome.after[i].status,
                                    outcome.before[i].status, note);
            !moved)
            return moved.error();
    }
    QList<RecordRef> taken;
    RecordLifecycle lifecycle(db);
    for (const QString& uuid : outcome.created + outcome.restored) {
        auto removed = lifecycle.remove(QStringLiteral("concern"), uuid);
        if (!removed)
            return removed.error();
        taken << *removed;
    }
    if (auto committed = transaction.commit(); !committed)
        return committed.error();
    return taken;
}

Result<void> ConcernImport::reapply(Database& db, const ImportOutcome& outcome, const QList<RecordRef>& taken)
{
    Transaction transaction(db);
    if (!transaction.started())
        return Error{tr("The data file is busy. Try again."), {}};
    ConcernRepository concerns(db);
    if (auto restored = concerns.restore(taken); !restored)
        return restored;
    const QString note = tr("Set by a CSV import");
    for (int i = 0; i < outcome.after.size(); ++i) {
        if (auto updated = concerns.updateConcern(outcome.after[i]); !updated)
            return updated;
        if (auto moved = moveStatus(concerns, outcome.after[i].meta.uuid, outcome.before[i].status,
                                    outcome.after[i].status, note);
            !moved)
            return moved;
    }
    return transaction.commit();
}

} // namespace hamkori::csv
