#include "Export.h"
#include "../storage/Database.h"
#include "../storage/SyncRepository.h"
#include "BundleReader.h"
#include "KeyLock.h"
#include "Merge.h"
#include <QDir>
#include <QFile>

namespace hamkori::sync {

Result<SealedBundle> prepareBundle(Database& db, const QString& passphrase, const QStringList& teamUuids,
                                   const QHash<QString, qint64>& receiverKnows, const KeyDerivation& lockCost)
{
    auto key = unlockForExport(db, passphrase, lockCost);
    if (!key)
        return key.error();
    auto bundle = collectForExchange(db, teamUuids, receiverKnows);
    if (!bundle)
        return bundle.error();
    return SealedBundle{std::move(*bundle), *key};
}

Result<ExportDone> Export::run(Database& db, const ExportRequest& request)
{
    QHash<QString, qint64> receiverKnows;
    if (!request.receiver.isEmpty()) {
        auto receiver = SyncRepository(db).device(request.receiver);
        if (!receiver)
            return receiver.error();
        if (!receiver->has_value())
            return Error{tr("No bundle from the laptop %1 was ever imported here, so what it lacks is not "
                            "known. Export for any laptop instead.")
                             .arg(request.receiver),
                         {}};
        receiverKnows = (*receiver)->knows;
    }
    auto sealed = prepareBundle(db, request.passphrase, request.teamUuids, receiverKnows, request.lockCost);
    if (!sealed)
        return sealed.error();
    sealed->bundle.header.deviceName = request.deviceName;
    auto written =
        writeBundleFile(request.folder, sealed->bundle, request.passphrase, sealed->key, request.write);
    if (!written)
        return written.error();

    // writeBundleFile compared the bytes and checked the signature; opening the file with the passphrase
    // proves that the receiver will be able to read every change.
    auto bytes = readBundleFile(*written);
    auto reopened = bytes ? decodeBundle(*bytes, request.passphrase) : Result<Bundle>(bytes.error());
    if (!reopened || reopened->entries.size() != sealed->bundle.entries.size()) {
        QFile::remove(*written);
        return Error{
            tr("The bundle written to %1 could not be read back; it was removed. Check the stick and "
               "export again.")
                    .arg(QDir::toNativeSeparators(*written)) +
                (reopened ? QString() : QLatin1Char(' ') + reopened.errorMessage()),
            {}};
    }
    return ExportDone{*written, int(sealed->bundle.entries.size())};
}

} // namespace hamkori::sync
