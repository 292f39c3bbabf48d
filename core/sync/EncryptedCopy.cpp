#include "EncryptedCopy.h"
#include "../storage/Backups.h"
#include "../storage/Database.h"
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSaveFile>
#include <QTemporaryDir>
#include <QtEndian>

namespace hamkori::sync {

namespace {

constexpr char kMagic[] = "HAMKORIC";
constexpr int kMagicBytes = 8;
constexpr int kHeaderBytes = kMagicBytes + 2 + crypto::kSaltBytes + 8 + 8;
constexpr quint16 kFormat = 1;

QByteArray header(const QByteArray& salt, const KeyDerivation& cost)
{
    QByteArray out(kMagic, kMagicBytes);
    char number[8];
    qToBigEndian(kFormat, number);
    out.append(number, 2);
    out.append(salt);
    qToBigEndian(quint64(cost.opsLimit), number);
    out.append(number, 8);
    qToBigEndian(quint64(cost.memLimit), number);
    out.append(number, 8);
    return out;
}

} // namespace

bool EncryptedCopy::isEncryptedCopy(const QString& file)
{
    QFile in(file);
    return in.open(QIODevice::ReadOnly) && in.read(kMagicBytes) == QByteArray(kMagic, kMagicBytes);
}

Result<QString> EncryptedCopy::write(Database& db, const QString& folder, const QString& passphrase,
                                     const KeyDerivation& cost)
{
    const QString shownFolder = QDir::toNativeSeparators(folder);
    if (!QFileInfo(folder).isDir())
        return Error{
            tr("The folder %1 does not exist. Insert the stick or choose another folder.").arg(shownFolder),
            {}};
    if (passphrase.isEmpty())
        return Error{tr("Type the exchange passphrase first: the copy is locked with it."), {}};
    QTemporaryDir scratch;
    const QString snapshot = scratch.filePath(QStringLiteral("snapshot.sqlite"));
    if (auto made = Backups::copyTo(db, snapshot); !made)
        return made.error();
    QFile plain(snapshot);
    if (!plain.open(QIODevice::ReadOnly))
        return Error{
            tr("The snapshot for the copy could not be read (%1). Free some disk space and try again.")
                .arg(plain.errorString()),
            {}};
    const QByteArray salt = crypto::randomBytes(crypto::kSaltBytes);
    const crypto::SecretBytes key = crypto::deriveKey(passphrase, salt, cost);
    if (key.isEmpty())
        return Error{tr("There is not enough memory to lock the copy. Close other programs and try again."),
                     {}};
    const QByteArray head = header(salt, cost);
    const QByteArray sealed = head + crypto::encryptStream(plain.readAll(), key, head);
    plain.close();

    const QString path = QDir(folder).filePath(
        QStringLiteral("hamkori-copy-%1.%2")
            .arg(QDateTime::currentDateTime().toString(QStringLiteral("yyyy-MM-dd-HHmmss")),
                 QLatin1String(kSuffix)));
    QSaveFile out(path);
    if (!out.open(QIODevice::WriteOnly) || out.write(sealed) != sealed.size() || !out.commit())
        return Error{tr("The copy could not be written to %1 (%2). Check that the stick is not full or "
                        "write-protected.")
                         .arg(shownFolder, out.errorString()),
                     {}};
    // Read back what reached the stick before anybody is told it may be removed.
    QFile written(path);
    if (!written.open(QIODevice::ReadOnly) || written.readAll() != sealed) {
        QFile::remove(path);
        return Error{
            tr("The copy on %1 does not read back as it was written. Try another stick.").arg(shownFolder),
            {}};
    }
    return path;
}

Result<void> EncryptedCopy::decrypt(const QString& file, const QString& passphrase, const QString& target)
{
    const QString shown = QDir::toNativeSeparators(file);
    QFile in(file);
    if (!in.open(QIODevice::ReadOnly))
        return Error{tr("%1 cannot be read (%2). Check that the stick is inserted and try again.")
                         .arg(shown, in.errorString()),
                     {}};
    const QByteArray bytes = in.readAll();
    if (bytes.size() < kHeaderBytes || !bytes.startsWith(QByteArray(kMagic, kMagicBytes)))
        return Error{tr("%1 is not an encrypted copy of a Hamkori data file. Choose a file named "
                        "hamkori-copy-….hkcopy.")
                         .arg(shown),
                     {}};
    if (qFromBigEndian<quint16>(bytes.constData() + kMagicBytes) > kFormat)
        return Error{
            tr("%1 was made by a newer Hamkori. Install the newer Hamkori to restore it.").arg(shown), {}};
    const QByteArray salt = bytes.mid(kMagicBytes + 2, crypto::kSaltBytes);
    const KeyDerivation cost{
        qFromBigEndian<quint64>(bytes.constData() + kMagicBytes + 2 + crypto::kSaltBytes),
        qFromBigEndian<quint64>(bytes.constData() + kMagicBytes + 10 + crypto::kSaltBytes)};
    if (!cost.acceptable())
        return Error{
            tr("%1 is damaged: its key settings are outside what Hamkori accepts. Copy it again from the "
               "laptop that made it.")
                .arg(shown),
            {}};
    const crypto::SecretBytes key = crypto::deriveKey(passphrase, salt, cost);
    if (key.isEmpty())
        return Error{tr("There is not enough memory to open the copy. Close other programs and try again."),
                     {}};
    QByteArray plain;
    const QByteArrayView head = QByteArrayView(bytes).first(kHeaderBytes);
    switch (crypto::decryptStream(QByteArrayView(bytes).sliced(kHeaderBytes), key, head, &plain)) {
    case crypto::StreamResult::Ok:
        break;
    case crypto::StreamResult::WrongKey:
        return Error{
            tr("%1 was locked with a different exchange passphrase. Type the passphrase that was set "
               "when the copy was made.")
                .arg(shown),
            {}};
    case crypto::StreamResult::Damaged:
    case crypto::StreamResult::Incomplete:
        return Error{tr("%1 is damaged or was not copied whole. Copy it again from the stick.").arg(shown),
                     {}};
    }
    QSaveFile out(target);
    if (!out.open(QIODevice::WriteOnly) || out.write(plain) != plain.size() || !out.commit())
        return Error{tr("The copy could not be opened here (%1). Free some disk space and try again.")
                         .arg(out.errorString()),
                     {}};
    return {};
}

} // namespace hamkori::sync
