#pragma once
// The contract between the bundle file format (BundleWriter / BundleReader) and the merge (Merge*,
// SyncRepository): what one exchange file carries. The header travels in plain text so that a receiver can
// show the sender's fingerprint before decrypting; the entries travel compressed, encrypted and signed.
#include "../storage/DeviceIdentity.h"
#include "../storage/RecordStore.h"
#include <QByteArray>
#include <QDateTime>
#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

namespace hamkori::sync {

struct BundleHeader
{
    int formatVersion = 1;        // what the writer wrote
    int oldestReader = 1;         // the oldest format a reader must understand to read it
    QString device;               // sender device id (uuid text)
    QByteArray publicKey;         // sender Ed25519 public key (32 bytes)
    QString deviceName;           // a readable name of the sender (may be empty)
    QHash<QString, qint64> knows; // version vector: device id -> highest seq the sender holds from it
    QStringList teams;            // team uuids in scope
    QDateTime written;            // UTC
    /// How the sender's identity continues former ones (a copied or restored data file), oldest first:
    /// the last link introduces `device` itself. Empty for a file that never renewed its identity.
    QList<Introduction> introductions;
};

struct Bundle
{
    BundleHeader header;
    QList<JournalEntry> entries; // hamkori::JournalEntry from core/storage/RecordStore.h
    /// The public keys of the devices whose entries the bundle relays (not the sender's own), by device id,
    /// so that a receiver that never met them can check their signatures (format 3).
    QHash<QString, QByteArray> keys;
};

} // namespace hamkori::sync
