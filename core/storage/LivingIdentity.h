#pragma once
// The identity a data file writes and signs under, kept living. Before the first stamp after opening (or
// after another connection wrote), a file that this installation did not write last - a copy, an older copy
// put back, a restore - takes a new identity, so that it never hands out journal numbers another file already
// used (docs/exchange-format.md, "Copies and restores"). The installation's ledger (IdentityLedger) says
// what this installation wrote under each identity. The clock and the journal writer follow the current id.
#include "../Result.h"
#include "DeviceIdentity.h"
#include "IdentityLedger.h"
#include <memory>
#include <optional>

namespace hamkori {

class HybridClock;
class JournalWriter;

/// A data file took a new device identity: `former` is retired, `current` introduced by it.
struct IdentityRenewal
{
    QString former;
    QString current;
    IdentityLedger::Verdict reason = IdentityLedger::Verdict::Copied;

    /// What happened and why exchanges stay safe, for the window and the console (translated).
    QString explanation(const QString& newFingerprint) const;
};

class LivingIdentity
{
public:
    LivingIdentity(const QString& connectionName, QString ledgerFile, HybridClock& clock,
                   JournalWriter& journal);

    /// Reads the current identity, making the first one in a new file (which is this installation's own).
    Result<void> loadOrCreate();

    QString id() const { return m_identity.id(); }
    QByteArray publicKey() const { return m_identity.publicKey(); }
    /// A short, readable fingerprint of the public key (groups of four hex digits).
    QString fingerprint() const;
    /// A detached Ed25519 signature of the message with the secret key, which never leaves the file; empty
    /// when the key is locked under the exchange passphrase (after the first export) or cannot be read.
    QByteArray sign(const QByteArray& message) const { return m_identity.sign(message); }
    /// The chain of introductions from the file's first identity to the current one (DeviceIdentity).
    Result<QList<Introduction>> introductions() const { return m_identity.introductions(); }
    /// Every identity the file ever had: id → public key.
    Result<QHash<QString, QByteArray>> ownKeys() const { return m_identity.ownKeys(); }
    /// The secret keys as stored, and the links and locks an export completes (sync::unlockForExport).
    Result<QList<StoredKey>> storedKeys() const { return m_identity.storedKeys(); }
    Result<QList<Introduction>> pendingIntroductions() const { return m_identity.pendingIntroductions(); }
    Result<void> setIntroduction(const QString& device, const QByteArray& signature)
    {
        return m_identity.setIntroduction(device, signature);
    }
    Result<void> storeLocked(const QString& id, const QByteArray& locked)
    {
        return m_identity.storeLocked(id, locked);
    }
    /// The installation's ledger, in which a restore retires identities.
    QString ledgerFile() const { return m_ledgerFile; }

    /// Before a stamp: renews the identity when the ledger says this installation did not write the file
    /// last. Must run inside the transaction that stamps (the renewal is part of it).
    Result<void> ensureLiving();
    /// Another connection may have written (and renewed): reads the identity again; it is judged again
    /// before the next stamp.
    void reload();
    /// After a commit: notes in the ledger what this identity wrote; returns a renewal to tell, once.
    std::optional<IdentityRenewal> committed();
    /// After a rollback: a renewal inside the transaction never happened.
    void rolledBack();
    /// A renewal noticed outside a transaction (another connection made it), to tell once.
    std::optional<IdentityRenewal> takeRenewal() { return std::exchange(m_renewal, std::nullopt); }

private:
    void follow(); // the clock stamps with the current id, the journal numbers after its last entry

    DeviceIdentity m_identity;
    QString m_ledgerFile;
    HybridClock& m_clock;
    JournalWriter& m_journal;
    bool m_judged = false;   // ensureLiving decided since opening (or since a reload)
    qint64 m_ledgerSeq = -1; // what the ledger holds of the current identity, as far as this knows
    std::optional<IdentityRenewal> m_renewal; // made or seen in the current transaction, told after commit
};

} // namespace hamkori
