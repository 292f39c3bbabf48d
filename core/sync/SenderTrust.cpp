#include "SenderTrust.h"
#include "../storage/Database.h"
#include "../storage/SyncRepository.h"
#include "Crypto.h"

namespace hamkori::sync {

namespace {

class Text
{
    Q_DECLARE_TR_FUNCTIONS(SenderTrust)
};

struct Identity
{
    QString device;
    QByteArray publicKey;
};

/// Whether this laptop trusts the identity with exactly this key: known from its bundles, or this file's own.
Result<bool> trustsIdentity(SyncRepository& repository, const QHash<QString, QByteArray>& own,
                            const Identity& identity)
{
    if (own.contains(identity.device))
        return own.value(identity.device) == identity.publicKey;
    auto known = repository.device(identity.device);
    if (!known)
        return known.error();
    return known->has_value() && (*known)->publicKey == identity.publicKey;
}

} // namespace

Result<SenderTrust> senderTrust(Database& db, const BundleHeader& header)
{
    SenderTrust trust;
    if (header.device == db.identity().id()) {
        // Only this file holds the secret key of its identity: a bundle signed with another key that uses the
        // id was made by a laptop that put this id into its own data file.
        trust.state = header.publicKey == db.identity().publicKey() ? SenderTrust::State::ThisLaptop
                                                                    : SenderTrust::State::ClaimsThisLaptop;
        return trust;
    }
    SyncRepository repository(db);
    auto own = db.identity().ownKeys();
    if (!own)
        return own.error();
    if (own->contains(header.device)) {
        trust.state = own->value(header.device) == header.publicKey ? SenderTrust::State::OwnFormer
                                                                    : SenderTrust::State::Impersonator;
        return trust;
    }
    auto known = repository.device(header.device);
    if (!known)
        return known.error();
    if (known->has_value()) {
        trust.state = (*known)->publicKey == header.publicKey ? SenderTrust::State::Known
                                                              : SenderTrust::State::Impersonator;
        return trust;
    }
    // Walk the introductions back from the sender: each link must introduce exactly the identity after it,
    // signed by the key of the one before; the first trusted identity on the way vouches for the sender.
    Identity current{header.device, header.publicKey};
    for (qsizetype i = header.introductions.size() - 1; i >= 0; --i) {
        const Introduction& link = header.introductions.at(i);
        if (link.device != current.device || link.publicKey != current.publicKey ||
            !crypto::verifySignature(DeviceIdentity::introductionMessage(link.device, link.publicKey),
                                     link.signature, link.byKey))
            break;
        const Identity introducer{link.by, link.byKey};
        auto trusted = trustsIdentity(repository, *own, introducer);
        if (!trusted)
            return trusted.error();
        if (*trusted) {
            trust.state = SenderTrust::State::Introduced;
            trust.introducer = introducer.device;
            if (auto device = repository.device(introducer.device); device && device->has_value())
                trust.introducerName = (*device)->name;
            return trust;
        }
        current = introducer;
    }
    trust.state = SenderTrust::State::Unknown;
    return trust;
}

QString refusalMessage(const SenderTrust& trust, const QString& device)
{
    if (trust.state == SenderTrust::State::ClaimsThisLaptop)
        return Text::tr(
                   "This bundle says it was made by this laptop (%1), but it is signed with another key: "
                   "another laptop is writing in this laptop's name. Nothing was imported. Ask who gave "
                   "you the bundle, and tell your coordinator.")
            .arg(device);
    return SyncRepository::impersonationMessage(device);
}

QString introductionNote(const SenderTrust& trust)
{
    const QString who = trust.introducerName.isEmpty() ? trust.introducer : trust.introducerName;
    return Text::tr(
               "The sender is the laptop %1 under a new identity (its data file was copied or put back from "
               "an older copy). It is trusted because %1 vouched for the new identity with its signature.")
        .arg(who);
}

} // namespace hamkori::sync
