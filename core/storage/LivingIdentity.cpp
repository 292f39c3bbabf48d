#include "LivingIdentity.h"
#include "Fingerprint.h"
#include "HybridClock.h"
#include "JournalWriter.h"
#include <QCoreApplication>

namespace hamkori {

QString IdentityRenewal::explanation(const QString& newFingerprint) const
{
    if (reason == IdentityLedger::Verdict::RolledBack)
        return QCoreApplication::translate(
                   "Database",
                   "This data file is older than what this laptop last wrote into it: it was put back from a "
                   "backup or an older copy. So that its new changes never take the numbers of changes "
                   "already "
                   "sent to other laptops, it now writes under a new identity (fingerprint %1). Import the "
                   "latest bundles from the other laptops to get back what was made since that copy. The "
                   "other "
                   "laptops trust the new identity without asking: the old one introduced it.")
            .arg(newFingerprint);
    return QCoreApplication::translate(
               "Database", "This data file was last written by another Hamkori: on another laptop (it was "
                           "copied here), or "
                           "by an older version of Hamkori on this one. So that two copies can never mix up "
                           "their changes, "
                           "it now writes under a new identity of this laptop (fingerprint %1). The other "
                           "laptops trust it "
                           "without asking, because the old identity introduced it: exchanges stay safe.")
        .arg(newFingerprint);
}

LivingIdentity::LivingIdentity(const QString& connectionName, QString ledgerFile, HybridClock& clock,
                               JournalWriter& journal)
    : m_identity(connectionName), m_ledgerFile(std::move(ledgerFile)), m_clock(clock), m_journal(journal)
{
}

Result<void> LivingIdentity::loadOrCreate()
{
    bool created = false;
    if (auto loaded = m_identity.loadOrCreate(&created); !loaded)
        return loaded;
    // A file made here is this installation's own from its first write.
    if (created && IdentityLedger(m_ledgerFile).record(id(), 0))
        m_ledgerSeq = 0;
    follow();
    return {};
}

QString LivingIdentity::fingerprint() const
{
    return fingerprintOf(publicKey());
}

void LivingIdentity::follow()
{
    m_clock.setDevice(id());
    m_journal.reload();
}

Result<void> LivingIdentity::ensureLiving()
{
    if (m_judged)
        return {};
    const IdentityLedger ledger(m_ledgerFile);
    const std::optional<IdentityLedger::Entry> entry = ledger.find(id());
    const IdentityLedger::Verdict verdict = IdentityLedger::judge(entry, m_journal.lastOwnSeq());
    if (verdict == IdentityLedger::Verdict::Living) {
        m_ledgerSeq = entry->lastSeq;
        m_judged = true;
        return {};
    }
    // Forking is always safe; reusing journal numbers never is. The renewal is part of this transaction.
    const QString former = id();
    if (auto renewed = m_identity.renew(); !renewed)
        return renewed;
    follow();
    m_ledgerSeq = ledger.record(id(), 0) ? 0 : -1;
    m_judged = true;
    m_renewal = IdentityRenewal{former, id(), verdict};
    return {};
}

void LivingIdentity::reload()
{
    // What another connection wrote is judged again before the next stamp (it noted its writes in the
    // ledger, so this is cheap and usually "living").
    m_judged = false;
    const QString before = id();
    (void)m_identity.reload(); // on failure the next stamp fails too, with the message
    if (id() == before)
        return;
    follow();
    m_ledgerSeq = -1;
    if (!m_renewal)
        m_renewal = IdentityRenewal{before, id(), IdentityLedger::Verdict::Copied};
}

std::optional<IdentityRenewal> LivingIdentity::committed()
{
    const qint64 written = m_journal.lastOwnSeq();
    // Only an identity judged (or made) living this session is noted: a copied file's first commits may
    // write no stamp of its own (an import), and noting it then would make the copy look like a living file.
    if (m_judged && written > m_ledgerSeq && IdentityLedger(m_ledgerFile).record(id(), written))
        m_ledgerSeq = written;
    return takeRenewal();
}

void LivingIdentity::rolledBack()
{
    if (!m_renewal)
        return;
    m_renewal.reset();
    (void)m_identity.reload(); // back to the identity in the file
    follow();
    m_judged = false;
    m_ledgerSeq = -1;
}

} // namespace hamkori
