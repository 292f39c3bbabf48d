#pragma once
// Choosing what a bundle carries and applying a received one (the bundle's file format is BundleWriter /
// BundleReader). See storage/JournalVersions.h for how concurrent changes merge and docs/exchange-format.md
// for the file.
#include "../Result.h"
#include "Bundle.h"
#include "MergeReport.h"
#include <functional>

namespace hamkori {
class Database;
class HybridClock;
} // namespace hamkori

namespace hamkori::sync {

/// This laptop's version vector: device → the highest sequence number up to which it holds every entry.
Result<QHash<QString, qint64>> knows(Database& db);

/// A bundle of the journal entries of the records of these teams (empty: every team) that the receiver is
/// not known to have (`receiverKnows` empty: everything). Reference lists and the gazetteer always travel.
Result<Bundle> collectForExchange(Database& db, const QStringList& teamUuids,
                                  const QHash<QString, qint64>& receiverKnows);

/// How to apply a bundle.
struct ApplyOptions
{
    /// Do all of it and roll back: the report says what an import would do.
    bool dryRun = false;
    /// The user saw the sender's fingerprint and trusts it: a sender not yet known here is registered.
    /// Without it, a bundle from an unknown sender is refused and nothing is written (SYNC.md, guarantee 6).
    bool trustNewSender = false;
    /// Called now and then, on the thread that applies, with how many of the bundle's records are applied
    /// so far and how many there are (when a record fails, all are applied again one by one: it restarts).
    std::function<void(int done, int total)> progress = {};
    /// After a bundle applied, the changes set aside earlier because the record they belong to had not
    /// arrived are tried again, so that they apply by themselves once it has (a stick passed on from the
    /// laptop it was made for can carry later changes without the records they need).
    bool retryWaiting = true;
    /// The entries were proven their authors' when they first arrived (the entries kept aside, tried again):
    /// they are not checked again. Any other bundle, this laptop's own included, has its relayed entries
    /// checked.
    bool alreadyProven = false;
};

/// How far after this laptop's own date a received change may be stamped (docs/exchange-format.md,
/// "Stamps"): laptops whose clocks are a year wrong either way still exchange; a change stamped further ahead
/// is set aside, never applied nor followed by the clock, so that one wrong or hostile stamp cannot win every
/// later edit of a field or drag the clock to an overflow.
inline constexpr qint64 kMaxFutureMs = qint64(3) * 366 * 24 * 3600 * 1000;

/// Moves the clock past every stamp of the bundle it may accept, whatever this laptop's wall clock says, so
/// that later local changes are stamped after everything received (applyBundle does it on its Database).
void observeReceived(HybridClock& clock, const Bundle& bundle);

/// Applies a decoded bundle in one transaction: entries already here are skipped, new ones are added to the
/// journal as they are and the records they touch are derived again; an entry that cannot be applied is
/// kept aside (quarantined) and reported while the rest applies. A dry run does all of it and rolls back.
/// Refuses a bundle whose sender is known here with another public key, and one from a sender not known
/// here unless `options.trustNewSender`.
Result<MergeReport> applyBundle(Database& db, const Bundle& bundle, const ApplyOptions& options);

/// What a kind of set-aside entry means and what to do ("damaged", "same_number", "not_applied").
QString setAsideReason(const QString& code);
/// The same in a few words, for a column; empty for an unknown code (entries kept before schema 5).
QString setAsideLabel(const QString& code);

/// Tries again the entries kept aside because the record they belong to had not arrived (applyBundle does it
/// after every import that applied something); those that apply now leave the list.
Result<MergeReport> retryWaiting(Database& db);

/// Tries again every entry kept aside by earlier imports (`hamkori-cli quarantine --retry`, the Exchange
/// page): those that apply now leave the list; the report says what applied and what is still kept aside.
Result<MergeReport> retryQuarantined(Database& db);

} // namespace hamkori::sync
