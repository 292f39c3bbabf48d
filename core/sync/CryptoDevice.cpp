// The device's signing key and the fingerprint of a key, apart from Crypto.cpp so that the bundle reader (and
// its fuzzer) does not need the storage layer.
#include "../storage/Database.h"
#include "../storage/Fingerprint.h"
#include "Crypto.h"

namespace hamkori::sync {

SigningKey SigningKey::ofDevice(const Database& db)
{
    return {db.identity().publicKey(), [&db](const QByteArray& message) { return db.identity().sign(message); }};
}

QString crypto::fingerprintOf(const QByteArray& publicKey)
{
    return hamkori::fingerprintOf(publicKey);
}

} // namespace hamkori::sync
