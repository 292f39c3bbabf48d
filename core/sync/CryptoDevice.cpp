// The device's signing key, apart from Crypto.cpp so that the bundle reader (and
// its fuzzer) does not need the storage layer.
#include "../storage/Database.h"
#include "Crypto.h"

namespace hamkori::sync {

SigningKey SigningKey::ofDevice(const Database& db)
{
    return {db.identity().publicKey(),
            [&db](const QByteArray& message) { return db.identity().sign(message); }};
}

} // namespace hamkori::sync
