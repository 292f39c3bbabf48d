#pragma once
// Choosing what a bundle carries and applying a received one (the bundle's file format is BundleWriter /
// BundleReader). See MergeRules.h for how concurrent changes merge and docs/exchange-format.md for the file.
#include "../Result.h"
#include "Bundle.h"
#include "MergeReport.h"

namespace hamkori {
class Database;
}

namespace hamkori::sync {

/// This laptop's version vector: device → the highest sequence number up to which it holds every entry.
Result<QHash<QString, qint64>> knows(Database& db);

/// A bundle of the journal entries of the records of these teams (empty: every team) that the receiver is
/// not known to have (`receiverKnows` empty: everything). Reference lists and the gazetteer always travel.
Result<Bundle> collectForExchange(Database& db, const QStringList& teamUuids,
                                  const QHash<QString, qint64>& receiverKnows);

/// Applies a decoded bundle in one transaction: entries already here are skipped, new ones are added to the
/// journal as they are and the records they touch are derived again; an entry that cannot be applied is
/// kept aside (quarantined) and reported while the rest applies. A dry run does all of it and rolls back.
/// Refuses a bundle whose sender is known here with another public key.
Result<MergeReport> applyBundle(Database& db, const Bundle& bundle, bool dryRun);

} // namespace hamkori::sync
