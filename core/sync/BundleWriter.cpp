#include "BundleWriter.h"
#include "BundleFormat.h"
#include "BundleReader.h"
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSaveFile>

namespace hamkori::sync {

namespace {

class Messages
{
    Q_DECLARE_TR_FUNCTIONS(BundleWriter)
public:
    static QString noCrypto()
    {
        return tr("The cryptography library could not be started. Reinstall Hamkori.");
    }
    static QString noPassphrase()
    {
        return tr(
            "No exchange passphrase is set. Set the team network's exchange passphrase in Settings, then "
            "export again.");
    }
    static QString noMemory()
    {
        return tr("There was not enough memory to turn the exchange passphrase into a key. Close other "
                  "programs and try again.");
    }
    static QString cannotSign()
    {
        return tr("The bundle could not be signed: this laptop's device key could not be read. Nothing was "
                  "written. Check the data file with \"hamkori-cli check\".");
    }
    static QString noFolder(const QString& folder)
    {
        return tr("The folder %1 does not exist. Insert the USB stick and choose the folder again.")
            .arg(folder);
    }
    static QString cannotWrite(const QString& folder, const QString& detail)
    {
        return tr("The bundle could not be written to %1 (%2). Check that the USB stick is inserted, not "
                  "full and "
                  "not write-protected, and try again.")
            .arg(folder, detail);
    }
    static QString readBackFailed(const QString& path)
    {
        return tr("The bundle written to %1 did not read back the same, so it was removed. The USB stick may "
                  "be "
                  "failing: write the bundle to another stick.")
            .arg(path);
    }
};

} // namespace

namespace {

/// Format 2, for tests of what older Hamkoris send: the sender in the plain header, signed on its own.
QByteArray encodeFormat2(const Bundle& bundle, const BundleHeader& header, const format::KeySalt& keySalt,
                         const crypto::SecretBytes& secret, const SigningKey& key)
{
    const QByteArray headerJson = format::encodeHeader(header, keySalt);
    const QByteArray compressed = qCompress(format::encodeBody(header.deviceName, bundle.entries), 6);
    format::Prefix prefix{2, 1, headerJson.size(), 0};
    prefix.fileBytes = format::kPrefixBytes + headerJson.size() + crypto::kSignatureBytes +
                       crypto::streamBytes(compressed.size()) + crypto::kSignatureBytes;
    const QByteArray signedHeader = format::encodePrefix(prefix) + headerJson;
    QByteArray file = signedHeader + key.sign(signedHeader);
    file.append(crypto::encryptStream(compressed, secret, signedHeader));
    return file + key.sign(file);
}

} // namespace

Result<QByteArray> encodeBundle(const Bundle& bundle, const QString& passphrase, const SigningKey& key,
                                const BundleWriteOptions& options)
{
    if (!crypto::ready())
        return Error{Messages::noCrypto(), {}};
    if (passphrase.isEmpty())
        return Error{Messages::noPassphrase(), {}};
    if (key.publicKey.size() != crypto::kPublicKeyBytes || !key.sign)
        return Error{Messages::cannotSign(), {}};

    format::KeySalt keySalt{crypto::randomBytes(crypto::kSaltBytes), options.keyDerivation};
    const crypto::SecretBytes secret = crypto::deriveKey(passphrase, keySalt.salt, keySalt.cost);
    if (secret.isEmpty())
        return Error{Messages::noMemory(), {}};

    Bundle sealed = bundle;
    BundleHeader& header = sealed.header;
    header.formatVersion = format::kFormatVersion;
    header.oldestReader = format::kOldestReader;
    header.publicKey = key.publicKey; // what the signature is checked against
    if (!header.written.isValid())
        header.written = QDateTime::currentDateTimeUtc();
    if (options.formatVersion == 2) {
        QByteArray file = encodeFormat2(sealed, header, keySalt, secret, key);
        if (file.right(crypto::kSignatureBytes).size() != crypto::kSignatureBytes)
            return Error{Messages::cannotSign(), {}};
        return file;
    }

    // Only what opening the file needs is readable without the passphrase (SYNC.md guarantee 7): who sent
    // it, to whom, what it knows and when travel inside the encryption.
    const QByteArray plainHeader = format::encodePlainHeader(keySalt);
    const QByteArray compressed = qCompress(format::encodeSealedBody(sealed), 6);
    format::Prefix prefix;
    prefix.formatVersion = header.formatVersion;
    prefix.oldestReader = header.oldestReader;
    prefix.headerBytes = plainHeader.size();
    // The prefix states the whole file's length, so that a half-copied file is told from a damaged one.
    prefix.fileBytes = format::kPrefixBytes + plainHeader.size() + crypto::streamBytes(compressed.size()) +
                       format::kChecksumBytes + crypto::kSignatureBytes;
    const QByteArray opening = format::encodePrefix(prefix) + plainHeader;

    QByteArray file;
    file.reserve(prefix.fileBytes);
    file.append(opening);
    // The stream is bound to the opening: a body cannot be moved under another header.
    file.append(crypto::encryptStream(compressed, secret, opening));
    file.append(crypto::checksum(file));
    const QByteArray signature = key.sign(file);
    if (signature.size() != crypto::kSignatureBytes)
        return Error{Messages::cannotSign(), {}};
    file.append(signature);
    Q_ASSERT(file.size() == prefix.fileBytes);
    return file;
}

Result<QString> writeBundleFile(const QString& folder, const Bundle& bundle, const QString& passphrase,
                                const SigningKey& key, const BundleWriteOptions& options)
{
    const QString shownFolder = QDir::toNativeSeparators(folder);
    if (!QFileInfo(folder).isDir())
        return Error{Messages::noFolder(shownFolder), {}};
    auto encoded = encodeBundle(bundle, passphrase, key, options);
    if (!encoded)
        return encoded.error();

    const QString path = QDir(folder).filePath(
        QStringLiteral("hamkori-%1.hkx").arg(QString::fromLatin1(crypto::randomBytes(16).toHex())));
    QSaveFile out(path);
    if (!out.open(QIODevice::WriteOnly))
        return Error{Messages::cannotWrite(shownFolder, out.errorString()), {}};
    if (out.write(*encoded) != encoded->size() || !out.commit())
        return Error{Messages::cannotWrite(shownFolder, out.errorString()), {}};

    // Read back what reached the stick before the user is told it may be removed.
    QFile written(path);
    const bool same = written.open(QIODevice::ReadOnly) && written.readAll() == *encoded;
    written.close();
    const qsizetype signedBytes = encoded->size() - crypto::kSignatureBytes;
    if (!same || !peekHeader(*encoded) ||
        !crypto::verifySignature(QByteArrayView(*encoded).first(signedBytes),
                                 QByteArrayView(*encoded).sliced(signedBytes), key.publicKey)) {
        QFile::remove(path);
        return Error{Messages::readBackFailed(QDir::toNativeSeparators(path)), {}};
    }
    return path;
}

} // namespace hamkori::sync
