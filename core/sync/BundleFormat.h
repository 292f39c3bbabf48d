#pragma once
// The layout of an exchange file (docs/exchange-format.md), shared by BundleWriter and BundleReader:
//
//   prefix (24 bytes)   magic "HAMKORI\x1A", format version (u16), oldest reader (u16), header length (u32),
//                       file length (u64), all big-endian; this part never changes between format versions
//   header              JSON, UTF-8: the Argon2id salt and cost, nothing else (format 3)
//   body                secret stream (Crypto.h), bound to prefix + header, of the compressed sealed body:
//                       the sender (id, key, version vector, teams, time, introductions), its name, the keys
//                       of the devices whose changes it relays, the entries with their signatures
//   checksum            BLAKE2b-256 of everything before it: damage is told from a wrong passphrase
//   file signature      Ed25519 by the sender over everything before it
// Format 2 (read only) kept the sender in the plain header, signed it on its own, had no checksum and no
// entry signatures.
#include "Bundle.h"
#include "Crypto.h"
#include <optional>

namespace hamkori::sync::format {

// Format 2 added the sender's introductions (a renewed identity, docs/exchange-format.md); a format-1 reader
// read everything else of it correctly. Format 3 moved the sender inside the encryption and signed every
// entry: no older reader can read it.
constexpr int kFormatVersion = 3; // what this program writes
constexpr int kOldestReader = 3;  // the oldest reader that reads what this program writes
constexpr int kReadsUpTo = 3;     // the newest format this program reads
constexpr int kChecksumBytes = 32;
constexpr char kMagic[] = "HAMKORI\x1A";
constexpr int kMagicBytes = 8;
constexpr int kPrefixBytes = 24;
constexpr int kMaxHeaderBytes = 16 * 1024 * 1024; // a version vector of many devices, many teams
// No bundle comes near this (a national history is a few hundred megabytes): a length beyond it is damage.
constexpr qint64 kMaxFileBytes = qint64(4) * 1024 * 1024 * 1024;

struct Prefix
{
    int formatVersion = 0;
    int oldestReader = 0;
    qint64 headerBytes = 0;
    qint64 fileBytes = 0;
};

QByteArray encodePrefix(const Prefix& prefix);
Prefix decodePrefix(const QByteArray& file); // the file holds at least kPrefixBytes

/// What the plaintext header carries beyond BundleHeader: how to derive the key.
struct KeySalt
{
    QByteArray salt;
    KeyDerivation cost;
};

/// Format 3's plain header: how to derive the key, nothing of the sender.
QByteArray encodePlainHeader(const KeySalt& key);
std::optional<KeySalt> decodePlainHeader(const QByteArray& json);
/// The sender's part of the header as JSON (deviceName left out: it has a field of its own).
QByteArray encodeSender(const BundleHeader& header);
std::optional<BundleHeader> decodeSender(const QByteArray& json);
/// Format 3's body plaintext before compression: the sender JSON, the device name, the relayed devices'
/// keys, then the entries (values typed) each with its signature.
QByteArray encodeSealedBody(const Bundle& bundle);
/// Fills the whole bundle; false when the bytes are not a well-formed body.
bool decodeSealedBody(const QByteArray& body, Bundle* bundle);

/// Format 2's header JSON (the sender and the key derivation), read for bundles of older Hamkoris.
QByteArray encodeHeader(const BundleHeader& header, const KeySalt& key);
/// Empty when the JSON or one of its fields is not what a writer of this format writes.
std::optional<std::pair<BundleHeader, KeySalt>> decodeHeader(const QByteArray& json);

/// Format 2's body plaintext before compression: the device name, then the entries (values typed).
QByteArray encodeBody(const QString& deviceName, const QList<JournalEntry>& entries);
/// Fills the name and the entries; false when the bytes are not a well-formed body.
bool decodeBody(const QByteArray& body, QString* deviceName, QList<JournalEntry>* entries);

} // namespace hamkori::sync::format
