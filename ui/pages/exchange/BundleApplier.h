#pragma once
// The merge of a decoded bundle, off the main thread: a 100,000-change bundle takes seconds to apply, and the
// window must keep painting meanwhile. The worker opens its own connection to the same data file (Qt SQL
// connections belong to the thread that opened them; WAL lets the window keep reading), applies the bundle
// in one transaction and closes it. Back on the main thread, `catchUp` tells the main Database what the
// other connection did: its clock continues after every received stamp, its sequence number is read again,
// and recordsChanged is emitted for every kind touched, conflicts included (recordChanged for each record
// when the worker's commit named them).
#include "core/Result.h"
#include "core/sync/Merge.h"
#include <QStringList>
#include <memory>

namespace hamkori::exchange {

struct AppliedBundle
{
    Result<sync::MergeReport> report = Error{};
    QStringList changedKinds; // the kinds the worker's connection committed changes to
    QList<std::pair<QString, QString>> changedRecords; // (kind, uuid), when the commit named them (few)
};

/// Runs on a worker thread (never the main one): applies the bundle through a connection of its own to the
/// file `main` has open. The caller keeps `main` unchanged meanwhile (see ImportPanel).
AppliedBundle applyOnOwnConnection(const Database& main, const sync::Bundle& bundle,
                                   const sync::ApplyOptions& options);

/// On the main thread, after applyOnOwnConnection.
void catchUp(Database& main, const sync::Bundle& bundle, const AppliedBundle& applied);

} // namespace hamkori::exchange
