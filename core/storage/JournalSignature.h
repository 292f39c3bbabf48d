#pragma once
// What a journal entry's signature covers (docs/exchange-format.md, "Signatures"): the origin device signs
// every field of the entry, the value through its digest, so that an entry whose value was later erased from
// history still proves who made it and when. Signed when the device first exports the entry; checked by every
// laptop that receives it, whoever relays it.
#include "RecordStore.h"
#include <QByteArray>
#include <QVariant>

namespace hamkori::journal {

/// The value in the form its digest is taken of: a one-byte tag (0 no value, 1 integer, 2 real, 3 text,
/// 4 blob), then the value (i64, IEEE 754 binary64, or 4-byte length and bytes), big-endian. NULL, empty
/// text and an empty blob are all "no value".
QByteArray canonicalValue(const QVariant& value);
/// BLAKE2b-256 of canonicalValue().
QByteArray valueDigest(const QVariant& value);
/// The bytes the origin device signs: a domain tag, the entry's fields, and the value's digest.
QByteArray signedMessage(const JournalEntry& entry, const QByteArray& digest);
/// The digest the signature covers: of the value, or the one kept when it was erased.
inline QByteArray digestOf(const JournalEntry& entry)
{
    return entry.erasedDigest.isEmpty() ? valueDigest(entry.value) : entry.erasedDigest;
}
inline QByteArray signedMessage(const JournalEntry& entry)
{
    return signedMessage(entry, digestOf(entry));
}

} // namespace hamkori::journal
