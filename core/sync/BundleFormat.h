#pragma once
// The layout of an exchange file (docs/exchange-format.md), shared by BundleWriter and BundleReader:
//
//   prefix (24 bytes)   magic "HAMKORI\x1A", format version (u16), oldest reader (u16), header length (u32),
//                       file length (u64), all big-endian; this part never changes between format versions
//   header              JSON, UTF-8: sender, public key, version vector, teams, time, Argon2id salt and cost
//   header signature    Ed25519 over prefix + header (peekHeader() trusts nothing it has not checked)
//   body                secret stream of the compressed entries (Crypto.h), bound to prefix + header
//   file signature      Ed25519 over everything before it
#include "Bundle.h"
#include "Crypto.h"
#include <optional>

namespace hamkori::sync::format {

// Format 2 added the sender's introductions (a renewed identity, docs/exchange-format.md); a format-1 reader
// reads everything else of it correctly, so the oldest reader stays 1.
constexpr int kFormatVersion = 2; // what this program writes
constexpr int kOldestReader = 1;  // the oldest reader that reads what this program writes
constexpr int kReadsUpTo = 2;     // the newest format this program reads
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

/// The header JSON; deviceName is left out: it travels encrypted in the body (a device named after its
/// district would otherwise be readable on a lost stick).
QByteArray encodeHeader(const BundleHeader& header, const KeySalt& key);
/// Empty when the JSON or one of its fields is not what a writer of this format writes.
std::optional<std::pair<BundleHeader, KeySalt>> decodeHeader(const QByteArray& json);

/// The body's plaintext before compression: the device name, then the entries (values typed).
QByteArray encodeBody(const QString& deviceName, const QList<JournalEntry>& entries);
/// Fills the name and the entries; false when the bytes are not a well-formed body.
bool decodeBody(const QByteArray& body, QString* deviceName, QList<JournalEntry>* entries);

} // namespace hamkori::sync::format
