#include "BundleReader.h"
#include "BundleFormat.h"
#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QLocale>
#include <QtEndian>

namespace hamkori::sync {

namespace {

class Messages
{
    Q_DECLARE_TR_FUNCTIONS(BundleReader)
public:
    static QString noCrypto()
    {
        return tr("The cryptography library could not be started. Reinstall Hamkori.");
    }
    static QString empty()
    {
        return tr("The bundle file is empty. It was probably not copied to the end: copy it again from the "
                  "laptop that wrote it. Nothing was imported.");
    }
    static QString notBundle()
    {
        return tr(
            "This file is not a Hamkori exchange bundle. Choose a file named hamkori-….hkx. Nothing was "
            "imported.");
    }
    static QString newerFormat(int format)
    {
        return tr("This bundle was made by a newer Hamkori (bundle format %1); this Hamkori reads bundle "
                  "formats "
                  "up to %2. Install the newer Hamkori to import it. Nothing was imported.")
            .arg(format)
            .arg(format::kReadsUpTo);
    }
    static QString incomplete(qint64 present, qint64 expected)
    {
        const QLocale locale;
        return tr("The bundle is incomplete: only %1 of its %2 bytes are there. It was probably not copied "
                  "to "
                  "the end, or the USB stick was removed too early. Copy it again from the laptop that wrote "
                  "it. "
                  "Nothing was imported.")
            .arg(locale.toString(present), locale.toString(expected));
    }
    static QString lengthDamaged()
    {
        return tr(
            "The bundle is damaged: the length written at its start cannot be right. Ask the sender for a "
            "new bundle. Nothing was imported.");
    }
    static QString trailingData()
    {
        return tr("The bundle has extra data after its end: it was damaged or altered after it was written. "
                  "Ask the sender for a new bundle. Nothing was imported.");
    }
    static QString headerDamaged()
    {
        return tr(
            "The bundle's header is damaged and cannot be read. Ask the sender for a new bundle. Nothing "
            "was imported.");
    }
    static QString damaged()
    {
        return tr("The bundle is damaged: its bytes are not those that were written. It was probably spoiled "
                  "on the USB stick or while copying: copy it again from the laptop that wrote it, or ask "
                  "the sender for a new bundle. Nothing was imported.");
    }
    static QString headerAltered()
    {
        return tr(
            "The bundle's header does not match its signature: the file was damaged or altered after it "
            "was written. Ask the sender for a new bundle. Nothing was imported.");
    }
    static QString unsafeKeyDerivation()
    {
        return tr(
            "The bundle asks for a key derivation cost outside the range Hamkori accepts, so it was not "
            "opened. It was not made by Hamkori, or it was altered. Nothing was imported.");
    }
    static QString contentAltered()
    {
        return tr(
            "The bundle's content does not match the sender's signature: the file was damaged or altered "
            "after it was written. Ask the sender for a new bundle. Nothing was imported.");
    }
    static QString noMemory()
    {
        return tr("There was not enough memory to turn the exchange passphrase into a key. Close other "
                  "programs and try again.");
    }
    static QString wrongPassphrase()
    {
        return tr(
            "This bundle was locked with a different exchange passphrase. Check the passphrase with the "
            "team that sent it and try again. Nothing was imported.");
    }
    static QString contentDamaged()
    {
        return tr(
            "The bundle's content cannot be read although its signature is correct: the laptop that wrote "
            "it may have a fault. Ask the sender for a new bundle. Nothing was imported.");
    }
    static QString cannotRead(const QString& path, const QString& detail)
    {
        return tr("The bundle %1 could not be read (%2). Check that the USB stick is inserted and try again.")
            .arg(path, detail);
    }
};

/// A bundle whose start, length and header (format 2: its signature; format 3: the file's checksum) have
/// been checked.
struct Envelope
{
    BundleHeader header; // format 3: only the versions, the sender is inside the encryption
    format::KeySalt key;
    bool sealed = false;        // format 3 and later: the sender travels inside the body
    qsizetype openingBytes = 0; // prefix + plain header: the associated data of the stream
    qsizetype bodyOffset = 0;
    qsizetype bodyEnd = 0;
};

Result<format::Prefix> checkPrefix(const QByteArray& file)
{
    if (!crypto::ready())
        return Error{Messages::noCrypto(), {}};
    if (file.isEmpty())
        return Error{Messages::empty(), {}};
    if (file.size() < format::kMagicBytes ||
        !file.startsWith(QByteArray(format::kMagic, format::kMagicBytes)))
        return Error{Messages::notBundle(), {}};
    if (file.size() < format::kPrefixBytes)
        return Error{Messages::incomplete(file.size(), format::kPrefixBytes), {}};

    // The prefix is the one part every format keeps: an older reader can always tell it is too old.
    const format::Prefix prefix = format::decodePrefix(file);
    // A writer never asks for a reader newer than its own format: such a prefix is damaged, not newer.
    if (prefix.oldestReader > prefix.formatVersion)
        return Error{Messages::headerDamaged(), {}};
    if (prefix.oldestReader > format::kReadsUpTo)
        return Error{Messages::newerFormat(prefix.formatVersion), {}};
    if (prefix.fileBytes < format::kPrefixBytes || prefix.fileBytes > format::kMaxFileBytes)
        return Error{Messages::lengthDamaged(), {}};
    if (file.size() < prefix.fileBytes)
        return Error{Messages::incomplete(file.size(), prefix.fileBytes), {}};
    if (file.size() > prefix.fileBytes)
        return Error{Messages::trailingData(), {}};
    if (prefix.formatVersion < 1 || prefix.oldestReader < 1 || prefix.headerBytes > format::kMaxHeaderBytes)
        return Error{Messages::headerDamaged(), {}};
    return prefix;
}

Result<Envelope> openFormat2(const QByteArray& file, const format::Prefix& prefix)
{
    const qint64 headerEnd = format::kPrefixBytes + prefix.headerBytes;
    if (headerEnd + 2 * crypto::kSignatureBytes + crypto::streamBytes(0) > prefix.fileBytes)
        return Error{Messages::headerDamaged(), {}};
    Envelope envelope;
    envelope.openingBytes = qsizetype(headerEnd);
    envelope.bodyOffset = envelope.openingBytes + crypto::kSignatureBytes;
    envelope.bodyEnd = file.size() - crypto::kSignatureBytes;
    auto decoded = format::decodeHeader(file.mid(format::kPrefixBytes, qsizetype(prefix.headerBytes)));
    if (!decoded)
        return Error{Messages::headerDamaged(), {}};
    std::tie(envelope.header, envelope.key) = std::move(*decoded);
    const QByteArrayView bytes(file);
    if (!crypto::verifySignature(bytes.first(envelope.openingBytes),
                                 bytes.sliced(envelope.openingBytes, crypto::kSignatureBytes),
                                 envelope.header.publicKey))
        return Error{Messages::headerAltered(), {}};
    return envelope;
}

Result<Envelope> openSealed(const QByteArray& file, const format::Prefix& prefix)
{
    const qint64 headerEnd = format::kPrefixBytes + prefix.headerBytes;
    const qint64 tail = format::kChecksumBytes + crypto::kSignatureBytes;
    if (headerEnd + crypto::streamBytes(0) + tail > prefix.fileBytes)
        return Error{Messages::headerDamaged(), {}};
    // The checksum first: damage on the stick is told as damage, not as a wrong passphrase.
    const QByteArrayView bytes(file);
    const qsizetype checked = file.size() - qsizetype(tail);
    if (crypto::checksum(bytes.first(checked)) != bytes.sliced(checked, format::kChecksumBytes))
        return Error{Messages::damaged(), {}};
    Envelope envelope;
    envelope.sealed = true;
    envelope.openingBytes = qsizetype(headerEnd);
    envelope.bodyOffset = envelope.openingBytes;
    envelope.bodyEnd = checked;
    auto key = format::decodePlainHeader(file.mid(format::kPrefixBytes, qsizetype(prefix.headerBytes)));
    if (!key)
        return Error{Messages::headerDamaged(), {}};
    envelope.key = *key;
    return envelope;
}

Result<Envelope> openEnvelope(const QByteArray& file)
{
    auto prefix = checkPrefix(file);
    if (!prefix)
        return prefix.error();
    auto envelope = prefix->formatVersion >= 3 ? openSealed(file, *prefix) : openFormat2(file, *prefix);
    if (!envelope)
        return envelope;
    envelope->header.formatVersion = prefix->formatVersion;
    envelope->header.oldestReader = prefix->oldestReader;
    // Checked after the header's signature (format 2) or checksum: a header with a crazy cost was made to
    // hurt, not damaged.
    if (!envelope->key.cost.acceptable())
        return Error{Messages::unsafeKeyDerivation(), {}};
    return envelope;
}

} // namespace

Result<BundleHeader> peekHeader(const QByteArray& file)
{
    auto envelope = openEnvelope(file);
    if (!envelope)
        return envelope.error();
    return envelope->header;
}

Result<Bundle> decodeBundle(const QByteArray& file, const QString& passphrase)
{
    auto envelope = openEnvelope(file);
    if (!envelope)
        return envelope.error();
    const qsizetype signedBytes = file.size() - crypto::kSignatureBytes;
    // Views, not copies: a coordinator's bundle can be hundreds of megabytes.
    const QByteArrayView bytes(file);
    // Format 2 names its sender in the plain header: its signature is checked before anything is opened.
    if (!envelope->sealed && !crypto::verifySignature(bytes.first(signedBytes), bytes.sliced(signedBytes),
                                                      envelope->header.publicKey))
        return Error{Messages::contentAltered(), {}};

    const crypto::SecretBytes key = crypto::deriveKey(passphrase, envelope->key.salt, envelope->key.cost);
    if (key.isEmpty())
        return Error{Messages::noMemory(), {}};
    QByteArray compressed;
    const auto opened =
        crypto::decryptStream(bytes.sliced(envelope->bodyOffset, envelope->bodyEnd - envelope->bodyOffset),
                              key, bytes.first(envelope->openingBytes), &compressed);
    switch (opened) {
    case crypto::StreamResult::Ok:
        break;
    case crypto::StreamResult::WrongKey:
        return Error{Messages::wrongPassphrase(), {}};
    case crypto::StreamResult::Damaged:
    case crypto::StreamResult::Incomplete:
        // The signature or checksum was good: the sender wrote this, so it is its fault, not the stick's.
        return Error{Messages::contentDamaged(), {}};
    }

    // qUncompress trusts the stated size; an encrypted body is the passphrase holder's, but stay in bounds.
    constexpr quint32 maxBody = 1u << 30;
    if (compressed.size() < 4 || qFromBigEndian<quint32>(compressed.constData()) > maxBody)
        return Error{Messages::contentDamaged(), {}};
    const QByteArray body = qUncompress(compressed);
    Bundle bundle;
    bundle.header = envelope->header;
    if (envelope->sealed) {
        if (body.isEmpty() || !format::decodeSealedBody(body, &bundle))
            return Error{Messages::contentDamaged(), {}};
        bundle.header.formatVersion = envelope->header.formatVersion;
        bundle.header.oldestReader = envelope->header.oldestReader;
        // The sender is known only now: the signature over the whole file is checked with its key.
        if (!crypto::verifySignature(bytes.first(signedBytes), bytes.sliced(signedBytes),
                                     bundle.header.publicKey))
            return Error{Messages::contentAltered(), {}};
        return bundle;
    }
    if (body.isEmpty() || !format::decodeBody(body, &bundle.header.deviceName, &bundle.entries))
        return Error{Messages::contentDamaged(), {}};
    return bundle;
}

Result<QByteArray> readBundleFile(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Error{Messages::cannotRead(QDir::toNativeSeparators(path), file.errorString()), {}};
    QByteArray bytes = file.readAll();
    if (file.error() != QFileDevice::NoError)
        return Error{Messages::cannotRead(QDir::toNativeSeparators(path), file.errorString()), {}};
    return bytes;
}

} // namespace hamkori::sync
