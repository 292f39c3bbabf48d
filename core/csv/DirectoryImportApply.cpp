// DirectoryImport's writing half: apply, and the undo and redo of an applied import. Each runs in ONE
// transaction (repository calls nest inside it), so a failure anywhere leaves the data file as it was.
#include "DirectoryImport.h"
#include "core/storage/DirectoryRepository.h"
#include "core/storage/RecordLifecycle.h"
#include "core/storage/ReferenceRepository.h"
#include <QRegularExpression>

namespace hamkori::csv {

namespace {

Error rowError(int row, const Error& error)
{
    return Error{DirectoryImport::tr("Row %1: %2").arg(row).arg(error.message), error.field};
}

/// A new field of expertise under the name as written, in the language its letters say: Tajik letters
/// (ғ ӣ қ ӯ ҳ ҷ) Tajik, other Cyrillic Russian, else English. The entry can be renamed in Settings.
ReferenceItem expertiseNamed(const QString& name)
{
    ReferenceItem item;
    item.list = ReferenceList::Expertise;
    static const QRegularExpression tajik(QStringLiteral("[ғӣқӯҳҷҒӢҚӮҲҶ]"));
    static const QRegularExpression cyrillic(QStringLiteral("[\\x{0400}-\\x{04FF}]"));
    if (tajik.match(name).hasMatch())
        item.nameTg = name;
    else if (cyrillic.match(name).hasMatch())
        item.nameRu = name;
    else
        item.nameEn = name;
    return item;
}

} // namespace

Result<DirectoryImportOutcome> DirectoryImport::apply(const DirectoryPreview& preview, bool skipBadRows)
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

    DirectoryImportOutcome outcome;
    Transaction transaction(m_db);
    if (!transaction.started())
        return Error{tr("The data file is busy; nothing was imported. Try again."), {}};
    DirectoryRepository directory(m_db);
    ReferenceRepository references(m_db);
    QHash<QString, QString> addedByName; // folded name → new list entry
    const auto expertiseOf = [&](const DirectoryRowPlan& row) -> Result<QStringList> {
        QStringList uuids = row.organisation.expertiseUuids;
        for (const QString& name : row.newExpertise) {
            QString uuid = addedByName.value(foldName(name));
            if (uuid.isEmpty()) {
                auto added = references.addItem(expertiseNamed(name));
                if (!added)
                    return rowError(row.row, added.error());
                uuid = added->meta.uuid;
                addedByName.insert(foldName(name), uuid);
                outcome.addedExpertise << uuid;
            }
            if (!uuids.contains(uuid))
                uuids << uuid;
        }
        return uuids;
    };
    const auto addServices = [&](const DirectoryRowPlan& row, const QString& organisation,
                                 QStringList* added) -> Result<void> {
        for (const QString& kind : row.newServiceKinds) {
            Service service;
            service.organisationUuid = organisation;
            service.kindUuid = kind;
            auto made = directory.createService(service);
            if (!made)
                return rowError(row.row, made.error());
            if (added)
                *added << made->meta.uuid;
        }
        return {};
    };

    for (const DirectoryRowPlan& row : preview.rows) {
        switch (row.action) {
        case RowAction::Invalid:
        case RowAction::MatchesDeleted: // not a directory import's
            ++outcome.skipped;
            break;
        case RowAction::Unchanged:
            ++outcome.unchanged;
            break;
        case RowAction::Create: {
            Organisation organisation = row.organisation;
            auto expertise = expertiseOf(row);
            if (!expertise)
                return expertise.error();
            organisation.expertiseUuids = *expertise;
            auto made = directory.createOrganisation(organisation);
            if (!made)
                return rowError(row.row, made.error());
            if (auto services = addServices(row, made->meta.uuid, nullptr); !services)
                return services.error();
            outcome.created << made->meta.uuid;
            break;
        }
        case RowAction::Update: {
            auto stored = directory.organisation(row.organisation.meta.uuid);
            if (!stored)
                return rowError(row.row, stored.error());
            Organisation organisation = row.organisation;
            auto expertise = expertiseOf(row);
            if (!expertise)
                return expertise.error();
            organisation.expertiseUuids = *expertise;
            if (auto updated = directory.updateOrganisation(organisation); !updated)
                return rowError(row.row, updated.error());
            if (auto services = addServices(row, organisation.meta.uuid, &outcome.addedServices); !services)
                return services.error();
            outcome.before << *stored;
            outcome.after << organisation;
            break;
        }
        }
    }
    if (auto committed = transaction.commit(); !committed)
        return committed.error();
    return outcome;
}

Result<QList<RecordRef>> DirectoryImport::revert(Database& db, const DirectoryImportOutcome& outcome)
{
    Transaction transaction(db);
    if (!transaction.started())
        return Error{tr("The data file is busy. Try again."), {}};
    DirectoryRepository directory(db);
    RecordLifecycle lifecycle(db);
    QList<RecordRef> taken;
    const auto take = [&](const QString& kind, const QString& uuid) -> Result<void> {
        auto removed = lifecycle.remove(kind, uuid);
        if (!removed)
            return removed.error();
        taken << *removed;
        return {};
    };
    // Services first, then the organisations as they were, then the new ones: last the list entries, which
    // nothing uses any more.
    for (const QString& uuid : outcome.addedServices)
        if (auto done = take(QStringLiteral("service"), uuid); !done)
            return done.error();
    for (const Organisation& organisation : outcome.before)
        if (auto updated = directory.updateOrganisation(organisation); !updated)
            return updated.error();
    for (const QString& uuid : outcome.created)
        if (auto done = take(QStringLiteral("organisation"), uuid); !done)
            return done.error();
    for (const QString& uuid : outcome.addedExpertise)
        if (auto done = take(QStringLiteral("reference_item"), uuid); !done)
            return done.error();
    if (auto committed = transaction.commit(); !committed)
        return committed.error();
    return taken;
}

Result<void> DirectoryImport::reapply(Database& db, const DirectoryImportOutcome& outcome,
                                      const QList<RecordRef>& taken)
{
    Transaction transaction(db);
    if (!transaction.started())
        return Error{tr("The data file is busy. Try again."), {}};
    RecordLifecycle lifecycle(db);
    if (auto restored = lifecycle.restore(taken); !restored)
        return restored;
    DirectoryRepository directory(db);
    for (const Organisation& organisation : outcome.after)
        if (auto updated = directory.updateOrganisation(organisation); !updated)
            return updated;
    return transaction.commit();
}

} // namespace hamkori::csv
