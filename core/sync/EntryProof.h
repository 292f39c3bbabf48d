#pragma once
// Whether each entry of a received bundle is its origin device's (SYNC.md guarantee 12, issue 16 finding 2):
// an entry carries its origin device's signature (journal::signedMessage); the key it is checked with is the
// one this laptop already holds for that device (its own identities, the laptops it received from, the keys
// trusted relays gave before) or, for a device met for the first time, the one the bundle gives. An entry of
// the sender's own identity is proven by the bundle's signature (also unsigned, from a format-2 bundle); its
// own signature is checked by the laptops it is relayed to. Anything else is refused: never applied, never
// kept, reported.
#include "../Result.h"
#include "Bundle.h"
#include <QCoreApplication>

namespace hamkori {
class Database;
}

namespace hamkori::sync {

class EntryProof
{
    Q_DECLARE_TR_FUNCTIONS(EntryProof)
public:
    /// The keys this laptop holds, and what the bundle may add. `alreadyProven`: the entries kept aside,
    /// proven when they arrived, tried again (a bundle this laptop wrote and finds on a stick is checked like
    /// any other: its relayed entries may have been added by a hostile program holding its key).
    static Result<EntryProof> forBundle(Database& db, const Bundle& bundle, bool alreadyProven);

    /// The public keys this laptop holds, by device: its own identities', the laptops it received bundles
    /// from, and those relays gave (what a bundle it writes gives for the authors it relays).
    static Result<QHash<QString, QByteArray>> heldKeys(Database& db);
    /// Empty when the entry is proven its origin device's; otherwise why not (translated).
    QString problem(const JournalEntry& entry);
    /// Whether the entry carries a signature that proves it (for an entry held here without one).
    bool provenBySignature(const JournalEntry& entry);
    /// The keys of devices first met in this bundle whose entries they proved: kept once it applies.
    QHash<QString, QByteArray> learnedKeys() const { return m_learned; }
    /// What a refused entry means and what to do, for the report.
    static QString refusedReason();

private:
    QByteArray keyOf(const QString& device, QString* problem);

    bool m_proveAll = false;
    QString m_sender;
    QHash<QString, QByteArray> m_held;    // device → key this laptop already holds
    QHash<QString, QByteArray> m_offered; // device → key the bundle gives (relayed keys, introductions)
    QHash<QString, QByteArray> m_learned;
};

} // namespace hamkori::sync
