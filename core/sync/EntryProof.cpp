#include "EntryProof.h"
#include "../storage/Database.h"
#include "../storage/JournalSignature.h"
#include "../storage/LivingIdentity.h"
#include "../storage/SyncRepository.h"
#include "Crypto.h"

namespace hamkori::sync {

Result<QHash<QString, QByteArray>> EntryProof::heldKeys(Database& db)
{
    SyncRepository repository(db);
    auto relayed = repository.relayedKeys();
    if (!relayed)
        return relayed.error();
    QHash<QString, QByteArray> held = *relayed;
    auto devices = repository.knownDevices();
    if (!devices)
        return devices.error();
    for (const KnownDevice& device : *devices)
        held.insert(device.id, device.publicKey); // a laptop met directly outweighs a relay's word
    auto own = db.identity().ownKeys();
    if (!own)
        return own.error();
    held.insert(*own);
    return held;
}

Result<EntryProof> EntryProof::forBundle(Database& db, const Bundle& bundle, bool alreadyProven)
{
    EntryProof proof;
    proof.m_sender = bundle.header.device;
    if (alreadyProven) {
        proof.m_proveAll = true;
        return proof;
    }
    auto held = heldKeys(db);
    if (!held)
        return held.error();
    proof.m_held = *held;
    // The sender is trusted by now (SenderTrust) with the key of its bundle; its former identities are
    // named by its introductions. Ours (a bundle of this laptop read back) are in the keys held.
    proof.m_held.insert(bundle.header.device, bundle.header.publicKey);
    proof.m_offered = bundle.keys;
    for (const Introduction& link : bundle.header.introductions) {
        proof.m_offered.insert(link.device, link.publicKey);
        proof.m_offered.insert(link.by, link.byKey);
    }
    return proof;
}

QByteArray EntryProof::keyOf(const QString& device, QString* problem)
{
    const auto held = m_held.constFind(device);
    const auto offered = m_offered.constFind(device);
    if (held != m_held.constEnd()) {
        if (offered != m_offered.constEnd() && *offered != *held) {
            *problem = tr("The bundle gives another key for the laptop that made it than the one this laptop "
                          "knows: it was made to write in that laptop's name.");
            return {};
        }
        return *held;
    }
    if (offered == m_offered.constEnd()) {
        *problem =
            tr("The bundle does not give the key of the laptop that made it, so it cannot be checked.");
        return {};
    }
    return *offered;
}

QString EntryProof::problem(const JournalEntry& entry)
{
    // The sender's own changes are proven by its signature over the whole bundle: checking each one again
    // would cost a verification per entry (about 65 µs: 6.5 s for a first exchange of 100,000 changes) and
    // prove nothing more. Their signatures travel on as given; a laptop they are relayed to checks them.
    if (m_proveAll || entry.device == m_sender)
        return {};
    QString problem;
    const QByteArray key = keyOf(entry.device, &problem);
    if (key.isEmpty())
        return problem;
    if (entry.signature.isEmpty()) {
        return tr("It carries no signature of the laptop that made it (it was passed on by a Hamkori that "
                  "did not sign changes).");
    }
    if (!crypto::verifySignature(journal::signedMessage(entry), entry.signature, key))
        return tr("Its signature is not that of the laptop named as its author: it was altered or made in "
                  "that laptop's name.");
    if (!m_held.contains(entry.device))
        m_learned.insert(entry.device, key);
    return {};
}

bool EntryProof::provenBySignature(const JournalEntry& entry)
{
    return !entry.signature.isEmpty() && !m_proveAll && problem(entry).isEmpty();
}

QString EntryProof::refusedReason()
{
    return tr("These changes could not be proven to come from the laptop named as their author, so they were "
              "neither applied nor kept. Changes passed on by a laptop with an older Hamkori arrive once the "
              "laptop that made them exports with this version; anything else was made in another laptop's "
              "name: tell your coordinator which stick it was.");
}

} // namespace hamkori::sync
