#include "KeyLock.h"
#include "../storage/Database.h"
#include "../storage/JournalSignature.h"
#include "../storage/LivingIdentity.h"
#include "../storage/SyncRepository.h"
#include <map>

namespace hamkori::sync {

QString KeyLock::lockedWithAnotherPassphrase()
{
    return tr("This data file's signing key is locked with another exchange passphrase: the one in use when "
              "it last exported. Give that earlier passphrase once; the key is then locked with the current "
              "one. Nothing was written.");
}

namespace {

class Messages
{
    Q_DECLARE_TR_FUNCTIONS(KeyLock)
public:
    static QString noMemory()
    {
        return tr("There was not enough memory to turn the exchange passphrase into a key. Close other "
                  "programs and try again.");
    }
    static QString keyDamaged()
    {
        return tr("This laptop's signing key is damaged and cannot be read. Restore the data file from a "
                  "backup.");
    }
    static QString cannotStart() { return tr("The export could not start. Nothing was written."); }
};

/// The keys of a file opened with one passphrase; derivations are kept by salt, so that keys locked at
/// one export cost one Argon2id run.
class OpenedKeys
{
public:
    OpenedKeys(const QString& passphrase, const KeyDerivation& cost) : m_passphrase(passphrase), m_cost(cost)
    {
    }

    /// Opens every stored key; fails when one is locked under another passphrase.
    Result<void> open(const QList<StoredKey>& stored)
    {
        for (const StoredKey& key : stored) {
            if (!key.locked.isEmpty()) {
                const auto parameters = crypto::lockParameters(key.locked);
                if (!parameters)
                    return Error{Messages::keyDamaged(), {}};
                const crypto::SecretBytes* derived = derivation(parameters->first, parameters->second);
                if (!derived)
                    return Error{Messages::noMemory(), {}};
                auto secret = crypto::unlockSecret(key.locked, *derived);
                if (secret.isEmpty())
                    return Error{KeyLock::lockedWithAnotherPassphrase(), {}};
                m_secrets[key.id] = std::make_shared<const crypto::SecretBytes>(std::move(secret));
            } else if (!key.plainSecret.isEmpty()) {
                m_secrets[key.id] =
                    std::make_shared<const crypto::SecretBytes>(crypto::secretFrom(key.plainSecret));
                m_plain << key.id;
            }
            m_public[key.id] = key.publicKey;
        }
        return {};
    }

    /// Locks the key of `id` under the passphrase (a new salt for the first key locked by this run).
    Result<QByteArray> lock(const QString& id)
    {
        if (m_lockSalt.isEmpty())
            m_lockSalt = crypto::randomBytes(crypto::kSaltBytes);
        const crypto::SecretBytes* derived = derivation(m_lockSalt, m_cost);
        if (!derived)
            return Error{Messages::noMemory(), {}};
        return crypto::lockSecret(*m_secrets.at(id), *derived, m_lockSalt, m_cost);
    }

    /// Later locks use this passphrase (and a new salt).
    void lockUnder(const QString& passphrase)
    {
        m_passphrase = passphrase;
        m_lockSalt.clear();
    }

    QStringList plain() const { return m_plain; }
    QStringList ids() const
    {
        QStringList ids;
        for (const auto& [id, secret] : m_secrets)
            ids << id;
        return ids;
    }
    SigningKey key(const QString& id) const
    {
        const auto it = m_secrets.find(id);
        return signingKeyOf(m_public.value(id), it == m_secrets.end() ? nullptr : it->second);
    }

private:
    const crypto::SecretBytes* derivation(const QByteArray& salt, const KeyDerivation& cost)
    {
        const QByteArray tag =
            salt + QByteArray::number(cost.opsLimit) + '/' + QByteArray::number(cost.memLimit);
        auto it = m_derived.find(tag);
        if (it == m_derived.end()) {
            crypto::SecretBytes derived = crypto::deriveKey(m_passphrase, salt, cost);
            if (derived.isEmpty())
                return nullptr;
            it = m_derived.emplace(tag, std::move(derived)).first;
        }
        return &it->second;
    }

    QString m_passphrase;
    KeyDerivation m_cost;
    QByteArray m_lockSalt;
    std::map<QByteArray, crypto::SecretBytes> m_derived;
    std::map<QString, std::shared_ptr<const crypto::SecretBytes>> m_secrets;
    QHash<QString, QByteArray> m_public;
    QStringList m_plain;
};

/// Signs the introductions that waited for the former identity's key and the entries of this file's
/// identities that carry no signature yet.
Result<void> signWhatWaits(Database& db, const OpenedKeys& keys)
{
    auto pending = db.identity().pendingIntroductions();
    if (!pending)
        return pending.error();
    for (const Introduction& link : *pending) {
        const SigningKey by = keys.key(link.by);
        if (!by.sign)
            continue; // the former key was lost: the link stays unsigned and the chain breaks there
        if (auto set = db.identity().setIntroduction(
                link.device, by.sign(DeviceIdentity::introductionMessage(link.device, link.publicKey)));
            !set)
            return set;
    }
    SyncRepository repository(db);
    auto unsignedEntries = repository.unsignedEntriesOf(keys.ids());
    if (!unsignedEntries)
        return unsignedEntries.error();
    QHash<QString, SigningKey> byDevice;
    for (JournalEntry& entry : *unsignedEntries) {
        auto it = byDevice.find(entry.device);
        if (it == byDevice.end())
            it = byDevice.insert(entry.device, keys.key(entry.device));
        entry.signature = it->sign(journal::signedMessage(entry));
        if (auto added = repository.addSignature(entry); !added)
            return added.error();
    }
    return {};
}

Result<void> lockPlainKeys(Database& db, OpenedKeys& keys, const QStringList& ids)
{
    for (const QString& id : ids) {
        auto locked = keys.lock(id);
        if (!locked)
            return locked.error();
        if (auto stored = db.identity().storeLocked(id, *locked); !stored)
            return stored;
    }
    return {};
}

} // namespace

Result<SigningKey> unlockForExport(Database& db, const QString& passphrase, const KeyDerivation& cost)
{
    if (!crypto::ready())
        return Error{Messages::noMemory(), {}};
    auto stored = db.identity().storedKeys();
    if (!stored)
        return stored.error();
    OpenedKeys keys(passphrase, cost);
    if (auto opened = keys.open(*stored); !opened)
        return opened.error();
    const SigningKey current = keys.key(db.identity().id());
    if (!current.sign)
        return Error{Messages::keyDamaged(), {}};
    {
        Transaction transaction(db);
        if (!transaction.started())
            return Error{Messages::cannotStart(), {}};
        if (auto signedAll = signWhatWaits(db, keys); !signedAll)
            return signedAll.error();
        if (auto locked = lockPlainKeys(db, keys, keys.plain()); !locked)
            return locked.error();
        if (auto committed = transaction.commit(); !committed)
            return committed.error();
    }
    if (!keys.plain().isEmpty())
        db.emptyWriteAheadLog(); // the plain keys were in the log's copies of the pages
    return current;
}

Result<void> relockKeys(Database& db, const QString& oldPassphrase, const QString& newPassphrase,
                        const KeyDerivation& cost)
{
    if (!crypto::ready())
        return Error{Messages::noMemory(), {}};
    auto stored = db.identity().storedKeys();
    if (!stored)
        return stored.error();
    OpenedKeys keys(oldPassphrase, cost);
    if (auto opened = keys.open(*stored); !opened)
        return opened.error();
    keys.lockUnder(newPassphrase);
    {
        Transaction transaction(db);
        if (!transaction.started())
            return Error{Messages::cannotStart(), {}};
        if (auto locked = lockPlainKeys(db, keys, keys.ids()); !locked)
            return locked.error();
        if (auto committed = transaction.commit(); !committed)
            return committed.error();
    }
    db.emptyWriteAheadLog();
    return {};
}

} // namespace hamkori::sync
