#pragma once
// Reads exchange bundles. Every damaged input ends in a translated message that says what is wrong and what
// to do, and nothing of a damaged bundle is returned: the merge sees a whole bundle or none.
#include "../Result.h"
#include "Bundle.h"

namespace hamkori::sync {

/// What can be checked before the passphrase: the file's start, format, length, and its checksum (format 3)
/// or its header's signature (format 2). A format-3 header says nothing of the sender (only the versions
/// are filled in): the sender travels encrypted, and is known after decodeBundle().
Result<BundleHeader> peekHeader(const QByteArray& file);

/// Everything: the checksum, the passphrase, the secret stream to its final tag, the sender, the entries and
/// the sender's signature over the whole file.
Result<Bundle> decodeBundle(const QByteArray& file, const QString& passphrase);

/// The bytes of a bundle file, with a message when it cannot be read.
Result<QByteArray> readBundleFile(const QString& path);

} // namespace hamkori::sync
