#pragma once
// A copy of the whole data file for a USB stick or another disk (Settings → Backups → Save a copy to…,
// hamkori-cli backup --output): what leaves the laptop is encrypted. The file `hamkori-copy-<date>.hkcopy`
// is a verified snapshot (Backups::copyTo) sealed with the exchange passphrase, as a bundle's body is:
//
//   magic "HAMKORIC" (8) · format (u16, 1) · salt (16) · Argon2id ops (u64) · mem (u64) · secret stream
//
// all big-endian; the stream's associated data is everything before it. It is written with QSaveFile and read
// back before the user is told the stick may be removed. Restoring it (Backups::restore) needs the
// passphrase.
#include "../Result.h"
#include "Crypto.h"
#include <QCoreApplication>

namespace hamkori {
class Database;
}

namespace hamkori::sync {

class EncryptedCopy
{
    Q_DECLARE_TR_FUNCTIONS(EncryptedCopy)
public:
    static constexpr char kSuffix[] = "hkcopy";

    /// Writes an encrypted, verified copy of the open file into `folder`; returns its path.
    static Result<QString> write(Database& db, const QString& folder, const QString& passphrase,
                                 const KeyDerivation& cost = KeyDerivation::interactive());
    /// Whether the file starts like an encrypted copy.
    static bool isEncryptedCopy(const QString& file);
    /// Decrypts an encrypted copy into `target` (a plain data file to restore from).
    static Result<void> decrypt(const QString& file, const QString& passphrase, const QString& target);
};

} // namespace hamkori::sync
