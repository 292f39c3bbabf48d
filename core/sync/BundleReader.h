#pragma once
// Reads exchange bundles. Every damaged input ends in a translated message that says what is wrong and what
// to do, and nothing of a damaged bundle is returned: the merge sees a whole bundle or none.
#include "../Result.h"
#include "Bundle.h"

namespace hamkori::sync {

/// The header, before the passphrase is asked: checks the file's start, format, length and the header's own
/// signature, so that the sender's fingerprint (fingerprintOf(publicKey)) can be shown before
/// anything is trusted. deviceName is empty here: it travels encrypted.
Result<BundleHeader> peekHeader(const QByteArray& file);

/// Everything: both signatures, the passphrase, the secret stream to its final tag, the entries.
Result<Bundle> decodeBundle(const QByteArray& file, const QString& passphrase);

/// The bytes of a bundle file, with a message when it cannot be read.
Result<QByteArray> readBundleFile(const QString& path);

} // namespace hamkori::sync
