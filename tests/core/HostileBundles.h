#pragma once
// Bundles made the way a hostile or careless program would make them: any device id in the header, any key to
// sign with, any entries with any numbers and stamps. They are encrypted, signed and read back with the real
// bundle code, so that only the receiver's own checks stand between them and its data (issue 16's findings).
#include "core/storage/Database.h"
#include "core/storage/RecordStore.h"
#include "core/sync/BundleReader.h"
#include "core/sync/BundleWriter.h"
#include "core/sync/Crypto.h"
#include "core/sync/Merge.h"
#include <catch2/catch.hpp>

namespace hamkori::coretest {

struct HostileBundle
{
    sync::Bundle bundle;
    sync::SigningKey key = sync::SigningKey::generate();

    /// A bundle in the name of `device`, signed with a key of its own (not that device's).
    static HostileBundle claiming(const QString& device)
    {
        HostileBundle hostile;
        hostile.bundle.header.device = device;
        hostile.bundle.header.publicKey = hostile.key.publicKey;
        hostile.bundle.header.written = QDateTime::currentDateTimeUtc();
        return hostile;
    }

    /// One entry as the hostile program writes it: a field of a record set to a value, under any device,
    /// number and stamp.
    HostileBundle& change(const QString& device, qint64 seq, const QString& hlc, const QString& kind,
                          const QString& record, const QString& field, const QVariant& value,
                          const QString& prevHlc = {})
    {
        bundle.entries.append({device, seq, hlc, kind, record, field, value, prevHlc});
        return *this;
    }

    /// The file, written and read back by the real bundle code, then applied as an import would.
    Result<sync::MergeReport> importInto(Database& receiver, bool trustNewSender = true) const
    {
        const QString passphrase = QStringLiteral("кӯҳи сабз дар баҳор");
        auto file = sync::encodeBundle(bundle, passphrase, key, {sync::KeyDerivation::minimum()});
        REQUIRE(file.ok());
        auto read = sync::decodeBundle(*file, passphrase);
        REQUIRE(read.ok());
        return sync::applyBundle(receiver, *read, {.dryRun = false, .trustNewSender = trustNewSender});
    }
};

} // namespace hamkori::coretest
