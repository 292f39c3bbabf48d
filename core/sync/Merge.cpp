#include "Merge.h"
#include "../model/FieldValueCheck.h"
#include "../model/RecordCatalogue.h"
#include "../storage/Database.h"
#include "../storage/Fingerprint.h"
#include "../storage/JournalErasure.h"
#include "../storage/JournalVersions.h"
#include "../storage/JournalWriter.h"
#include "../storage/SyncRepository.h"
#include "CodeClashes.h"
#include "EntryProof.h"
#include "MergeRecord.h"
#include "SenderTrust.h"
#include <QJsonObject>
#include <QSet>
#include <QUuid>
#include <algorithm>
#include <optional>
#include <tuple>

namespace hamkori::sync {

using namespace journal; // the versions of fields as the journal makes them

namespace {

class Messages
{
    Q_DECLARE_TR_FUNCTIONS(Merge)
public:
    static QString unknownKind(const QString& kind)
    {
        return tr("The change is about an unknown kind of record «%1».").arg(kind);
    }
    static QString badDevice()
    {
        return tr("The change does not say which laptop made it, or its number is not valid.");
    }
    static QString badRecord(const QString& record)
    {
        return tr("The record id «%1» is not valid.").arg(record);
    }
    static QString badStamp(const QString& stamp)
    {
        return tr("The time stamp «%1» is not valid.").arg(stamp);
    }
    static QString badFields() { return tr("The fields of the new record could not be read."); }
    static QString noSuchField(const QString& field, const QString& kind)
    {
        return tr("Records of the kind «%1» have no field «%2».").arg(kind, field);
    }
    static QString sameNumber()
    {
        return tr("This laptop already holds a different change with the same number from that laptop.");
    }
    static QString future(qint64 wallMs)
    {
        return tr("It is stamped %1, more than three years after this laptop's date.")
            .arg(QDateTime::fromMSecsSinceEpoch(wallMs, Qt::UTC).toString(QStringLiteral("dd.MM.yyyy")));
    }
    static QString sameNumberInBundle()
    {
        return tr("The bundle holds another, different change with the same number from the same laptop.");
    }
    static QString notApplied(const QString& detail)
    {
        return tr("The change could not be applied (%1).").arg(detail);
    }
    static QString entryLabel(const JournalEntry& entry, const QString& reason)
    {
        return tr("%1 %2, field «%3»: %4")
            .arg(MergeReport::kindName(entry.kind), entry.record.left(8),
                 entry.field.isEmpty() ? tr("new record") : catalogue::fieldLabel(entry.kind, entry.field),
                 reason);
    }
    static QString noTransaction() { return tr("The import could not start. Nothing was changed."); }
    // What each kind of set-aside entry means, for the report's summary.
    static QString damagedReason()
    {
        return tr("These changes are damaged or were made by a newer Hamkori (an unknown kind of record or "
                  "field, or an id or time stamp that is not valid). Install the newest Hamkori on every "
                  "laptop and exchange again.");
    }
    static QString sameNumberReason()
    {
        return tr("Another change with the same number from the same laptop is already here: the two laptops "
                  "once worked on copies of one data file. Both changes are kept; tell the coordinator.");
    }
    static QString futureReason()
    {
        return tr(
            "These changes carry a date years ahead: the clock of the laptop that made them is wrong, or "
            "the bundle was made to harm. Check the date and time on that laptop. They stay here, set aside, "
            "and apply when they are tried again once this laptop's date has reached theirs.");
    }
    static QString notAppliedReason()
    {
        return tr("These changes could not be applied here yet, usually because a record they belong to has "
                  "not arrived. They wait here and apply by themselves when an import brings it.");
    }
    static QString untrustedSender(const QString& device, const QString& fingerprint)
    {
        return tr("This bundle comes from a laptop not yet trusted here (device %1, fingerprint %2). "
                  "Nothing of it was applied. Ask the sender to read you the fingerprint their laptop shows "
                  "under Settings; when it is the same, import the bundle again and trust the laptop.")
            .arg(device, fingerprint);
    }
};

bool isUuid(const QString& text)
{
    return !QUuid::fromString(text).isNull();
}

bool isStampOf(const QString& stamp, const QString& device = QString())
{
    const HlcStamp parsed = HlcStamp::parse(stamp);
    return parsed.isValid() && (device.isEmpty() || parsed.device == device);
}

bool sameChange(const JournalEntry& a, const JournalEntry& b)
{
    return a.hlc == b.hlc && a.kind == b.kind && a.record == b.record && a.field == b.field &&
           a.prevHlc == b.prevHlc && a.value == b.value;
}

/// Why an entry cannot be applied; empty when it can.
QString malformation(const JournalEntry& entry, SyncRepository& repository)
{
    if (RecordStore::tableOf(entry.kind).isEmpty())
        return Messages::unknownKind(entry.kind);
    if (!isUuid(entry.device) || entry.seq <= 0)
        return Messages::badDevice();
    if (!isUuid(entry.record))
        return Messages::badRecord(entry.record);
    if (!isStampOf(entry.hlc, entry.device))
        return Messages::badStamp(entry.hlc);
    for (const QString& stamp : splitStamps(entry.prevHlc))
        if (!isStampOf(stamp))
            return Messages::badStamp(stamp);
    const QStringList columns = repository.writableColumns(entry.kind);
    if (entry.field.isEmpty()) {
        const QJsonObject fields = RecordStore::creationFields(entry.value);
        if (fields.isEmpty())
            return Messages::badFields();
        for (auto it = fields.begin(); it != fields.end(); ++it)
            if (!columns.contains(it.key()))
                return Messages::noSuchField(it.key(), entry.kind);
    } else if (!columns.contains(entry.field)) {
        return Messages::noSuchField(entry.field, entry.kind);
    }
    return {};
}

/// Notes the values of an entry that the catalogue would refuse if typed here: a figure beyond today's limits
/// (written by an older Hamkori, or typed twice), a choice a newer one added. They are applied all the same,
/// since refusing what another laptop holds would leave the laptops different for ever (SYNC.md, 1).
void noteUnusualValues(const JournalEntry& entry, MergeReport& report)
{
    const catalogue::Kind* kind = catalogue::kind(entry.kind);
    if (kind == nullptr)
        return;
    const auto check = [&](const QString& column, const QVariant& value) {
        const catalogue::Field* field = kind->field(column);
        if (field == nullptr || field->type == catalogue::FieldType::Stamp)
            return;
        if (const QString problem = catalogue::problemWith(*field, value); !problem.isEmpty())
            report.noteUnusualValue(Messages::entryLabel(entry, problem));
    };
    if (!entry.field.isEmpty()) {
        check(entry.field, entry.value);
        return;
    }
    const QJsonObject fields = RecordStore::creationFields(entry.value);
    for (auto it = fields.begin(); it != fields.end(); ++it)
        check(it.key(), it.value().toVariant());
}

/// What applying one record's entries came to: a failure, or how the record changed.
struct RecordApplied
{
    QString kind;
    QString failure;
    RecordOutcome outcome;
};

const QString kBatchSavepoint = QStringLiteral("merge_batch");
// The kinds of reason an entry is kept aside for (stored with it: sync_quarantine.reason_code).
const QString kDamaged = QStringLiteral("damaged");
const QString kSameNumber = QStringLiteral("same_number");
const QString kNotApplied = QStringLiteral("not_applied");
const QString kFuture = QStringLiteral("future");

/// The stamps this laptop holds for the numbers of the bundle's entries, by device and number: one query
/// per device for the range of numbers the bundle carries, not one per entry.
using StoredStamps = QHash<QString, QHash<qint64, SyncRepository::StoredStamp>>;

Result<StoredStamps> storedStampsOf(SyncRepository& repository, const QList<JournalEntry>& entries)
{
    QHash<QString, std::pair<qint64, qint64>> ranges;
    for (const JournalEntry& entry : entries) {
        if (entry.seq <= 0)
            continue;
        auto it = ranges.find(entry.device);
        if (it == ranges.end()) {
            ranges.insert(entry.device, {entry.seq, entry.seq});
        } else {
            it->first = qMin(it->first, entry.seq);
            it->second = qMax(it->second, entry.seq);
        }
    }
    StoredStamps held;
    for (auto it = ranges.constBegin(); it != ranges.constEnd(); ++it) {
        auto stamps = repository.storedStamps(it.key(), it->first, it->second);
        if (!stamps)
            return stamps.error();
        held.insert(it.key(), *stamps);
    }
    return held;
}

/// A record's entries in the order SyncRepository::recordJournal reads them back.
QList<JournalEntry> inJournalOrder(QList<JournalEntry> entries)
{
    std::sort(entries.begin(), entries.end(), [](const JournalEntry& a, const JournalEntry& b) {
        return std::tie(a.hlc, a.device, a.seq) < std::tie(b.hlc, b.device, b.seq);
    });
    return entries;
}

void tally(KindTally& tally, const RecordOutcome& outcome)
{
    using State = RecordOutcome::State;
    if (outcome.after == State::Live && outcome.before == State::Absent)
        ++tally.added;
    else if (outcome.after == State::Deleted && outcome.before != State::Deleted)
        ++tally.deleted;
    else if (outcome.after != State::Absent && (outcome.valuesChanged || outcome.before != outcome.after))
        ++tally.updated;
    tally.conflicts += outcome.newConflicts;
}

/// The entries kept aside (only those of one reason when `code` is given), as a bundle of this laptop's own:
/// applied again with no sender to trust or to note.
Result<Bundle> keptAside(Database& db, const QString& code)
{
    auto kept = SyncRepository(db).quarantined();
    if (!kept)
        return kept.error();
    Bundle bundle;
    bundle.header.device = db.identity().id();
    bundle.header.publicKey = db.identity().publicKey();
    for (const QuarantinedEntry& entry : *kept)
        if (code.isEmpty() || entry.reasonCode == code)
            bundle.entries.append(entry.entry);
    return bundle;
}

/// Whether records of a kind numbered within a team came or changed: their codes may now clash.
bool changedNumbered(const MergeReport& report)
{
    for (const QString& kind : numberedKinds()) {
        const KindTally tally = report.kinds.value(kind);
        if (tally.added + tally.updated > 0)
            return true;
    }
    return false;
}

/// The team codes shared after the merge by a set of teams that did not share one before it.
QList<SharedTeamCode> newlyShared(const QList<SharedTeamCode>& before, const QList<SharedTeamCode>& after)
{
    const auto uuids = [](const SharedTeamCode& shared) {
        QStringList list;
        for (const TeamLabel& team : shared.teams)
            list << team.uuid;
        return list;
    };
    QSet<QStringList> known;
    for (const SharedTeamCode& shared : before)
        known.insert(uuids(shared));
    QList<SharedTeamCode> told;
    for (const SharedTeamCode& shared : after)
        if (!known.contains(uuids(shared)))
            told << shared;
    return told;
}

/// Adds what `from` applied (changes, and records added, updated, deleted, conflicts by kind) to `into`.
void addApplied(MergeReport& into, const MergeReport& from)
{
    into.applied += from.applied;
    into.renumbered += from.renumbered;
    into.sharedTeamCodes += from.sharedTeamCodes;
    for (auto it = from.kinds.cbegin(); it != from.kinds.cend(); ++it) {
        KindTally& tally = into.kinds[it.key()];
        tally.added += it->added;
        tally.updated += it->updated;
        tally.deleted += it->deleted;
        tally.conflicts += it->conflicts;
    }
}

/// The bundle with the public key of every device whose entries it relays, as this laptop holds them, so
/// that a receiver that never met that device can check their signatures.
Result<Bundle> withAuthorsKeys(Database& db, Bundle bundle)
{
    auto held = EntryProof::heldKeys(db);
    if (!held)
        return held.error();
    for (const JournalEntry& entry : bundle.entries)
        if (entry.device != bundle.header.device && !bundle.keys.contains(entry.device) &&
            held->contains(entry.device))
            bundle.keys.insert(entry.device, held->value(entry.device));
    return bundle;
}

} // namespace

QString setAsideLabel(const QString& code)
{
    if (code == kDamaged)
        return Messages::tr("damaged, or from a newer Hamkori");
    if (code == kSameNumber)
        return Messages::tr("numbered twice by one laptop");
    if (code == kNotApplied)
        return Messages::tr("waits for the record it belongs to");
    if (code == kFuture)
        return Messages::tr("dated years ahead");
    return {};
}

QString setAsideReason(const QString& code)
{
    if (code == kDamaged)
        return Messages::damagedReason();
    if (code == kSameNumber)
        return Messages::sameNumberReason();
    if (code == kFuture)
        return Messages::futureReason();
    return Messages::notAppliedReason();
}

Result<QHash<QString, qint64>> knows(Database& db)
{
    return SyncRepository(db).knows();
}

Result<Bundle> collectForExchange(Database& db, const QStringList& teamUuids,
                                  const QHash<QString, qint64>& receiverKnows)
{
    SyncRepository repository(db);
    Bundle bundle;
    bundle.header.device = db.identity().id();
    bundle.header.publicKey = db.identity().publicKey();
    bundle.header.written = QDateTime::currentDateTimeUtc();
    auto introductions = db.identity().introductions();
    if (!introductions)
        return introductions.error();
    bundle.header.introductions = *introductions;
    auto known = repository.knows();
    if (!known)
        return known.error();
    bundle.header.knows = *known;
    if (teamUuids.isEmpty()) {
        auto teams = repository.teamUuids();
        if (!teams)
            return teams.error();
        bundle.header.teams = *teams;
    } else {
        bundle.header.teams = teamUuids;
    }
    auto entries = repository.entriesInScope(teamUuids);
    if (!entries)
        return entries.error();
    for (const JournalEntry& entry : *entries)
        if (entry.seq > receiverKnows.value(entry.device, 0))
            bundle.entries.append(entry);
    return withAuthorsKeys(db, std::move(bundle));
}

void observeReceived(HybridClock& clock, const Bundle& bundle)
{
    // Observing the latest stamp is observing them all; a stamp the merge sets aside as years ahead is not
    // followed (docs/exchange-format.md, "Stamps").
    const qint64 latestAllowed = clock.wallNowMs() + kMaxFutureMs;
    HlcStamp latest;
    QString latestText;
    for (const JournalEntry& entry : bundle.entries) {
        const HlcStamp stamp = HlcStamp::parse(entry.hlc);
        if (stamp.isValid() && stamp.wallMs <= latestAllowed &&
            (!latest.isValid() ||
             std::pair(stamp.wallMs, stamp.counter) > std::pair(latest.wallMs, latest.counter))) {
            latest = stamp;
            latestText = entry.hlc;
        }
    }
    if (latest.isValid())
        clock.observe(latestText);
}

Result<MergeReport> applyBundle(Database& db, const Bundle& bundle, const ApplyOptions& options)
{
    const bool dryRun = options.dryRun;
    SyncRepository repository(db);
    const BundleHeader& header = bundle.header;
    // Trust is decided here, not only by the callers: a sender seen for the first time is registered (by
    // noteBundle below) only when the user compared its fingerprint and said yes, or when a laptop trusted
    // here introduced it (a copied or restored data file).
    auto trust = senderTrust(db, header);
    if (!trust)
        return trust.error();
    if (trust->refused())
        return Error{refusalMessage(*trust, header.device), {}};
    if (trust->state == SenderTrust::State::Unknown && !options.trustNewSender)
        return Error{Messages::untrustedSender(header.device, fingerprintOf(header.publicKey)), {}};
    const bool fromElsewhere = trust->state != SenderTrust::State::ThisLaptop;
    auto proof = EntryProof::forBundle(db, bundle, options.alreadyProven);
    if (!proof)
        return proof.error();

    MergeReport report;
    if (trust->state == SenderTrust::State::Introduced)
        report.introduction = introductionNote(*trust);
    report.dryRun = dryRun;
    report.sender = header.device;
    report.senderName = header.deviceName;
    report.received = int(bundle.entries.size());

    Transaction transaction(db);
    if (!transaction.started())
        return Error{Messages::noTransaction(), {}};
    // Team codes shared already are not news; one this bundle makes shared is (SYNC.md, guarantee 14).
    auto teamCodesBefore = sharedTeamCodes(db);
    if (!teamCodesBefore)
        return teamCodesBefore.error();
    auto putAside = [&](const JournalEntry& entry, const QString& code,
                        const QString& reason) -> Result<void> {
        ++report.kinds[entry.kind].quarantined;
        report.noteSetAside(code, setAsideReason(code), Messages::entryLabel(entry, reason));
        return repository.quarantine(entry, header.device, code, reason);
    };
    auto refuse = [&](const JournalEntry& entry, const QString& problem) {
        ++report.kinds[entry.kind].refused;
        report.noteSetAside(MergeReport::unverifiedCode(), EntryProof::refusedReason(),
                            Messages::entryLabel(entry, problem));
    };

    // Sort the entries out: malformed ones aside, known ones skipped, new ones grouped by record in the
    // order of the bundle (a record's parents come before it).
    QStringList order;
    QHash<QString, QList<JournalEntry>> byRecord;
    QHash<std::pair<QString, qint64>, JournalEntry> inBundle;
    auto held = storedStampsOf(repository, bundle.entries);
    if (!held)
        return held.error();
    const qint64 latestAllowed = db.clock().wallNowMs() + kMaxFutureMs;
    for (const JournalEntry& entry : bundle.entries) {
        const auto device = held->constFind(entry.device);
        const SyncRepository::StoredStamp stored =
            device == held->constEnd() ? SyncRepository::StoredStamp() : device->value(entry.seq);
        if (!stored.hlc.isEmpty() && stored.hlc == entry.hlc) {
            ++report.kinds[entry.kind].skipped;
            // Held here from a Hamkori that did not sign: the signature, once proven, is kept and relayed.
            if (!stored.isSigned && proof->provenBySignature(entry))
                if (auto added = repository.addSignature(entry); !added)
                    return added.error();
            continue;
        }
        // Proven first: an entry made in another laptop's name is neither applied nor kept aside.
        if (const QString problem = proof->problem(entry); !problem.isEmpty()) {
            refuse(entry, problem);
            continue;
        }
        // An erasure instruction has no record of its own to derive: it joins the journal, and is applied to
        // the entries held here once the bundle's records are.
        if (entry.kind == JournalErasure::kind() && isUuid(entry.device) && entry.seq > 0 &&
            isStampOf(entry.hlc, entry.device) && !JournalErasure::versionsNamedBy(entry).isEmpty() &&
            !inBundle.contains({entry.device, entry.seq})) {
            if (!stored.hlc.isEmpty()) {
                if (auto kept = putAside(entry, kSameNumber, Messages::sameNumber()); !kept)
                    return kept.error();
                continue;
            }
            inBundle.insert({entry.device, entry.seq}, entry);
            if (auto appended = db.journal().appendReceived(entry); !appended)
                return appended.error();
            ++report.applied;
            continue;
        }
        if (const QString problem = malformation(entry, repository); !problem.isEmpty()) {
            if (auto kept = putAside(entry, kDamaged, problem); !kept)
                return kept.error();
            continue;
        }
        if (const qint64 wall = HlcStamp::parse(entry.hlc).wallMs; wall > latestAllowed) {
            if (auto kept = putAside(entry, kFuture, Messages::future(wall)); !kept)
                return kept.error();
            continue;
        }
        const std::pair<QString, qint64> number{entry.device, entry.seq};
        if (const auto first = inBundle.constFind(number); first != inBundle.constEnd()) {
            // The same change twice is harmless; two different changes under one number are not "known".
            if (sameChange(*first, entry))
                ++report.kinds[entry.kind].skipped;
            else if (auto kept = putAside(entry, kSameNumber, Messages::sameNumberInBundle()); !kept)
                return kept.error();
            continue;
        }
        if (!stored.hlc.isEmpty()) {
            if (auto kept = putAside(entry, kSameNumber, Messages::sameNumber()); !kept)
                return kept.error();
            continue;
        }
        inBundle.insert(number, entry);
        noteUnusualValues(entry, report);
        if (!byRecord.contains(entry.record))
            order << entry.record;
        byRecord[entry.record].append(entry);
    }

    // Each record on its own: one that fails (a missing parent, a value its table refuses) is put aside
    // whole and the others still apply. Almost always every record applies, so all of them are first tried
    // under one savepoint; only when one fails is that undone and every record applied again under a
    // savepoint of its own, as if the batch had never been tried.
    auto applyRecord = [&](const QString& record) -> RecordApplied {
        const QList<JournalEntry>& entries = byRecord[record];
        RecordApplied applied;
        applied.kind = entries.first().kind;
        // A record this laptop has no entry of yet: its journal is the bundle's entries, no need to read
        // them back.
        auto known = repository.hasJournal(record);
        if (!known) {
            applied.failure = known.errorMessage();
            return applied;
        }
        for (const JournalEntry& entry : entries) {
            if (entry.kind != applied.kind) {
                applied.failure = Messages::unknownKind(entry.kind);
                return applied;
            }
            if (auto appended = db.journal().appendReceived(entry); !appended) {
                applied.failure = appended.errorMessage();
                return applied;
            }
        }
        std::optional<QList<JournalEntry>> journal;
        if (!*known)
            journal = inJournalOrder(entries);
        auto outcome = rederiveRecord(repository, applied.kind, record, journal ? &*journal : nullptr);
        if (!outcome)
            applied.failure = outcome.errorMessage();
        else
            applied.outcome = *outcome;
        return applied;
    };

    // How far it is, for a progress bar: every few hundred records, and at the end.
    const int recordCount = int(order.size());
    auto tellProgress = [&](int done) {
        if (options.progress && (done % 250 == 0 || done == recordCount))
            options.progress(done, recordCount);
    };
    tellProgress(0);

    if (auto saved = repository.savepoint(kBatchSavepoint); !saved)
        return saved.error();
    MergeReport batch = report;
    bool allApplied = true;
    int done = 0;
    for (const QString& record : order) {
        tellProgress(done++);
        const RecordApplied applied = applyRecord(record);
        if (!applied.failure.isEmpty()) {
            allApplied = false;
            break;
        }
        batch.applied += int(byRecord[record].size());
        tally(batch.kinds[applied.kind], applied.outcome);
    }
    if (allApplied)
        tellProgress(recordCount);
    if (allApplied) {
        if (auto released = repository.releaseSavepoint(kBatchSavepoint); !released)
            return released.error();
        report = batch;
    } else {
        if (auto undone = repository.rollbackToSavepoint(kBatchSavepoint); !undone)
            return undone.error();
        done = 0;
        for (const QString& record : order) {
            tellProgress(done++);
            const QList<JournalEntry>& entries = byRecord[record];
            if (auto saved = repository.savepoint(); !saved)
                return saved.error();
            const RecordApplied applied = applyRecord(record);
            if (applied.failure.isEmpty()) {
                if (auto released = repository.releaseSavepoint(); !released)
                    return released.error();
                report.applied += int(entries.size());
                tally(report.kinds[applied.kind], applied.outcome);
                continue;
            }
            if (auto undone = repository.rollbackToSavepoint(); !undone)
                return undone.error();
            for (const JournalEntry& entry : entries)
                if (auto kept = putAside(entry, kNotApplied, Messages::notApplied(applied.failure)); !kept)
                    return kept.error();
        }
    }

    if (!allApplied)
        tellProgress(recordCount);
    // Erasures received now or before reach the entries received now (and those this bundle's erasures name).
    auto erased = JournalErasure(db).applyInstructions();
    if (!erased)
        return erased.error();
    report.erased += *erased;
    // Two laptops may have numbered records of a team alike (SYNC.md, guarantee 14): the later one takes
    // a new code now, stamped after what the bundle brought.
    if (changedNumbered(report)) {
        observeReceived(db.clock(), bundle);
        if (auto renumbered = renumberSharedCodes(db, repository, report); !renumbered)
            return renumbered.error();
    }
    if (const KindTally teams = report.kinds.value(QStringLiteral("team")); teams.added + teams.updated > 0) {
        auto teamCodesAfter = sharedTeamCodes(db);
        if (!teamCodesAfter)
            return teamCodesAfter.error();
        report.sharedTeamCodes = newlyShared(*teamCodesBefore, *teamCodesAfter);
    }
    if (fromElsewhere) {
        if (auto noted = repository.noteBundle(header.device, header.publicKey, header.deviceName,
                                               header.written, header.knows);
            !noted)
            return noted.error();
        const QHash<QString, QByteArray> learned = proof->learnedKeys();
        for (auto it = learned.cbegin(); it != learned.cend(); ++it)
            if (auto kept = repository.noteRelayedKey(it.key(), it.value(), header.device); !kept)
                return kept.error();
    }
    // Entries kept aside earlier that this bundle brought again, or whose parent it brought, applied now.
    if (auto forgotten = repository.forgetAppliedQuarantine(); !forgotten)
        return forgotten.error();
    if (dryRun)
        return report; // the transaction rolls back: the file is exactly as it was
    if (auto committed = transaction.commit(); !committed)
        return committed.error();
    if (report.erased > 0)
        db.emptyWriteAheadLog(); // the erased text is in neither the file's free pages nor its log
    observeReceived(db.clock(), bundle);
    db.journal().reload();
    if (options.retryWaiting && report.applied > 0) {
        auto released = retryWaiting(db);
        if (!released)
            return released.error();
        addApplied(report, *released);
    }
    return report;
}

Result<MergeReport> retryWaiting(Database& db)
{
    // The entries waiting for their record, as a bundle of this laptop's own; a pass may bring the parent of
    // another waiting entry, so go on while passes apply something.
    MergeReport total;
    for (int pass = 0; pass < 8; ++pass) {
        auto kept = keptAside(db, kNotApplied);
        if (!kept)
            return kept.error();
        if (kept->entries.isEmpty())
            break;
        auto report = applyBundle(db, *kept, {.retryWaiting = false, .alreadyProven = true});
        if (!report)
            return report.error();
        addApplied(total, *report);
        if (report->applied == 0)
            break;
    }
    return total;
}

Result<MergeReport> retryQuarantined(Database& db)
{
    // Apply them as a bundle of this laptop's own (no sender to trust or to note): an entry whose parent was
    // itself kept aside applies on a later pass, once the parent has.
    MergeReport total;
    for (int pass = 0; pass < 8; ++pass) {
        auto kept = keptAside(db, {});
        if (!kept)
            return kept.error();
        auto report = applyBundle(db, *kept, {.retryWaiting = false, .alreadyProven = true});
        if (!report)
            return report.error();
        if (pass == 0)
            total.received = report->received;
        // What applied adds up over the passes; what is still kept aside is the last pass's.
        addApplied(total, *report);
        for (KindTally& tally : total.kinds)
            tally.quarantined = 0;
        for (auto it = report->kinds.cbegin(); it != report->kinds.cend(); ++it)
            total.kinds[it.key()].quarantined = it->quarantined;
        total.setAside = report->setAside;
        total.quarantineMessages = report->quarantineMessages;
        if (report->applied == 0 || report->totals().quarantined == 0)
            break;
    }
    return total;
}

} // namespace hamkori::sync
