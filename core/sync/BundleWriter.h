#pragma once
// Writes exchange bundles: the entries compressed, encrypted under the exchange passphrase and signed by the
// device (the layout is in BundleFormat.h and docs/exchange-format.md).
#include "../Result.h"
#include "Bundle.h"
#include "Crypto.h"
#include <QCoreApplication>

namespace hamkori::sync {

struct BundleWriteOptions
{
    KeyDerivation keyDerivation; // Argon2id cost; tests pass KeyDerivation::minimum() to stay fast
    int formatVersion = 3;       // 2 writes what Hamkoris before issue 16 wrote (tests of what they send)
};

/// The whole file in memory. header.formatVersion and oldestReader are set to what this program writes.
Result<QByteArray> encodeBundle(const Bundle& bundle, const QString& passphrase, const SigningKey& key,
                                const BundleWriteOptions& options = {});

/// Writes hamkori-<32 random hex digits>.hkx into the folder (the name says nothing of team or district)
/// through QSaveFile, reads it back and checks it byte for byte and its signatures; returns the file's path
/// only when the stick may be removed.
Result<QString> writeBundleFile(const QString& folder, const Bundle& bundle, const QString& passphrase,
                                const SigningKey& key, const BundleWriteOptions& options = {});

} // namespace hamkori::sync
