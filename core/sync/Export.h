#pragma once
// Exporting for exchange, as the window and the console do it: the keys opened with the passphrase (what
// waits for a signature is signed, plain keys are locked: KeyLock.h), the entries in scope that the receiver
// lacks, written to the stick and opened again with the passphrase before the user is told to remove it.
#include "../Result.h"
#include "Bundle.h"
#include "BundleWriter.h"
#include <QCoreApplication>

namespace hamkori {
class Database;
}

namespace hamkori::sync {

/// A bundle ready to write, with the key that signs it.
struct SealedBundle
{
    Bundle bundle;
    SigningKey key;
};

/// Opens the keys, signs what waits, and collects the entries of these teams (empty: all) that a receiver
/// knowing `receiverKnows` lacks (empty: everything). `lockCost` is the Argon2id cost of locking keys.
Result<SealedBundle> prepareBundle(Database& db, const QString& passphrase, const QStringList& teamUuids,
                                   const QHash<QString, qint64>& receiverKnows,
                                   const KeyDerivation& lockCost = KeyDerivation::interactive());

struct ExportRequest
{
    QString folder;        // the USB stick
    QStringList teamUuids; // empty: every team here
    /// The laptop the stick is for (a device id this laptop received bundles from): only what it lacks
    /// travels. Empty: any laptop may read the stick, everything in scope travels.
    QString receiver;
    QString passphrase;
    QString deviceName; // the sender's readable name; travels encrypted
    BundleWriteOptions write;
    KeyDerivation lockCost = KeyDerivation::interactive();
};

struct ExportDone
{
    QString path;
    int changes = 0;
};

class Export
{
    Q_DECLARE_TR_FUNCTIONS(Export)
public:
    /// Writes the bundle and opens it again with the passphrase; a file that does not open is removed.
    static Result<ExportDone> run(Database& db, const ExportRequest& request);
};

} // namespace hamkori::sync
