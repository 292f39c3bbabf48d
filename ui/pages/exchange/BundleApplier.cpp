#include "BundleApplier.h"
#include "core/storage/Database.h"

namespace hamkori::exchange {

AppliedBundle applyOnOwnConnection(const Database& main, const sync::Bundle& bundle,
                                   const sync::ApplyOptions& options)
{
    AppliedBundle applied;
    auto own = Database::openAnother(main);
    if (!own) {
        applied.report = own.error();
        return applied;
    }
    // Direct: the worker's Database lives and emits on this thread.
    QObject::connect(
        own->get(), &Database::recordsChanged, own->get(),
        [&applied](const QStringList& kinds) { applied.changedKinds << kinds; }, Qt::DirectConnection);
    QObject::connect(
        own->get(), &Database::recordChanged, own->get(),
        [&applied](const QString& kind, const QString& uuid) {
            applied.changedRecords.append({kind, uuid});
        },
        Qt::DirectConnection);
    applied.report = sync::applyBundle(**own, bundle, options);
    return applied; // the connection closes here, on the thread that opened it
}

void catchUp(Database& main, const sync::Bundle& bundle, const AppliedBundle& applied)
{
    if (!applied.report)
        return;
    // What applyBundle does on the Database it is given, for the main one: later local changes are stamped
    // after everything received, and this device's sequence number is read from the file again.
    if (!applied.report->dryRun)
        sync::observeReceived(main.clock(), bundle);
    main.catchUpWithOtherConnection();

    // A conflict may leave every shown value as it was (nothing committed a row of that kind), yet the
    // inbox must hear of it.
    QStringList kinds = applied.changedKinds;
    if (!applied.report->dryRun)
        for (auto it = applied.report->kinds.cbegin(); it != applied.report->kinds.cend(); ++it)
            if (it->added + it->updated + it->deleted + it->conflicts > 0)
                kinds << it.key();
    kinds.removeDuplicates();
    kinds.sort();
    if (!kinds.isEmpty())
        Q_EMIT main.recordsChanged(kinds);
    for (const auto& [kind, uuid] : applied.changedRecords)
        Q_EMIT main.recordChanged(kind, uuid);
}

} // namespace hamkori::exchange
