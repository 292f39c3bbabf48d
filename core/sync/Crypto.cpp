#include "Crypto.h"
#include <QStringList>
#include <QtEndian>
#include <cstring>
#include <memory>
#include <sodium.h>

namespace hamkori::sync {

static_assert(crypto::kPublicKeyBytes == crypto_sign_PUBLICKEYBYTES);
static_assert(crypto::kSignatureBytes == crypto_sign_BYTES);
static_assert(crypto::kSaltBytes == crypto_pwhash_SALTBYTES);
static_assert(crypto::kKeyBytes == crypto_secretstream_xchacha20poly1305_KEYBYTES);

KeyDerivation KeyDerivation::minimum()
{
    return {crypto_pwhash_argon2id_OPSLIMIT_MIN, crypto_pwhash_argon2id_MEMLIMIT_MIN};
}

bool KeyDerivation::acceptable() const
{
    static_assert(2 == crypto_pwhash_argon2id_OPSLIMIT_INTERACTIVE);
    static_assert(67108864 == crypto_pwhash_argon2id_MEMLIMIT_INTERACTIVE);
    return opsLimit >= crypto_pwhash_argon2id_OPSLIMIT_MIN &&
           opsLimit <= crypto_pwhash_argon2id_OPSLIMIT_MODERATE &&
           memLimit >= crypto_pwhash_argon2id_MEMLIMIT_MIN &&
           memLimit <= crypto_pwhash_argon2id_MEMLIMIT_MODERATE;
}

SigningKey SigningKey::generate()
{
    if (!crypto::ready())
        return {};
    auto secret = std::make_shared<crypto::SecretBytes>(crypto_sign_SECRETKEYBYTES);
    QByteArray publicKey(crypto_sign_PUBLICKEYBYTES, Qt::Uninitialized);
    crypto_sign_keypair(reinterpret_cast<unsigned char*>(publicKey.data()), secret->data());
    return signingKeyOf(publicKey, secret);
}

SigningKey signingKeyOf(const QByteArray& publicKey, std::shared_ptr<const crypto::SecretBytes> secret)
{
    if (!secret || secret->size() != crypto_sign_SECRETKEYBYTES)
        return {publicKey, {}};
    return {publicKey, [secret](const QByteArray& message) {
                QByteArray signature(crypto_sign_BYTES, Qt::Uninitialized);
                crypto_sign_detached(reinterpret_cast<unsigned char*>(signature.data()), nullptr,
                                     reinterpret_cast<const unsigned char*>(message.constData()),
                                     quint64(message.size()), secret->data());
                return signature;
            }};
}

namespace crypto {

bool ready()
{
    static const bool started = sodium_init() >= 0;
    return started;
}

QByteArray randomBytes(int count)
{
    QByteArray bytes(count, Qt::Uninitialized);
    if (ready())
        randombytes_buf(bytes.data(), std::size_t(count));
    return bytes;
}

bool verifySignature(QByteArrayView message, QByteArrayView signature, QByteArrayView publicKey)
{
    if (!ready() || signature.size() != crypto_sign_BYTES || publicKey.size() != crypto_sign_PUBLICKEYBYTES)
        return false;
    return crypto_sign_verify_detached(reinterpret_cast<const unsigned char*>(signature.constData()),
                                       reinterpret_cast<const unsigned char*>(message.constData()),
                                       quint64(message.size()),
                                       reinterpret_cast<const unsigned char*>(publicKey.constData())) == 0;
}

SecretBytes::SecretBytes(int size)
    : m_data(static_cast<unsigned char*>(sodium_malloc(std::size_t(size)))), m_size(m_data ? size : 0)
{
}

SecretBytes::~SecretBytes()
{
    if (m_data)
        sodium_free(m_data); // wipes
}

SecretBytes::SecretBytes(SecretBytes&& other) noexcept
    : m_data(std::exchange(other.m_data, nullptr)), m_size(std::exchange(other.m_size, 0))
{
}

SecretBytes& SecretBytes::operator=(SecretBytes&& other) noexcept
{
    if (this != &other) {
        if (m_data)
            sodium_free(m_data);
        m_data = std::exchange(other.m_data, nullptr);
        m_size = std::exchange(other.m_size, 0);
    }
    return *this;
}

SecretBytes deriveKey(const QString& passphrase, const QByteArray& salt, const KeyDerivation& cost)
{
    if (!ready() || salt.size() != crypto_pwhash_SALTBYTES || !cost.acceptable())
        return {};
    QByteArray text = passphrase.normalized(QString::NormalizationForm_C).toUtf8();
    SecretBytes key(kKeyBytes);
    const bool derived =
        !key.isEmpty() &&
        crypto_pwhash(key.data(), std::size_t(key.size()), text.constData(), quint64(text.size()),
                      reinterpret_cast<const unsigned char*>(salt.constData()), cost.opsLimit,
                      std::size_t(cost.memLimit), crypto_pwhash_ALG_ARGON2ID13) == 0;
    sodium_memzero(text.data(), std::size_t(text.size()));
    return derived ? std::move(key) : SecretBytes();
}

namespace {

void appendLength(QByteArray& out, quint32 length)
{
    char bytes[4];
    qToBigEndian(length, bytes);
    out.append(bytes, 4);
}

} // namespace

qsizetype streamBytes(qsizetype plaintextBytes)
{
    const qsizetype chunks = std::max<qsizetype>(1, (plaintextBytes + kChunkBytes - 1) / kChunkBytes);
    return crypto_secretstream_xchacha20poly1305_HEADERBYTES + plaintextBytes +
           chunks * (4 + crypto_secretstream_xchacha20poly1305_ABYTES);
}

QByteArray encryptStream(const QByteArray& plaintext, const SecretBytes& key, QByteArrayView associatedData)
{
    using State = crypto_secretstream_xchacha20poly1305_state;
    State state;
    QByteArray out(crypto_secretstream_xchacha20poly1305_HEADERBYTES, Qt::Uninitialized);
    crypto_secretstream_xchacha20poly1305_init_push(&state, reinterpret_cast<unsigned char*>(out.data()),
                                                    key.data());
    const qsizetype chunks = std::max<qsizetype>(1, (plaintext.size() + kChunkBytes - 1) / kChunkBytes);
    out.reserve(out.size() + plaintext.size() + chunks * (4 + crypto_secretstream_xchacha20poly1305_ABYTES));
    QByteArray cipher(kChunkBytes + crypto_secretstream_xchacha20poly1305_ABYTES, Qt::Uninitialized);
    for (qsizetype i = 0; i < chunks; ++i) {
        const qsizetype offset = i * kChunkBytes;
        const qsizetype length = std::min<qsizetype>(kChunkBytes, plaintext.size() - offset);
        const bool last = i == chunks - 1;
        const QByteArrayView ad = i == 0 ? associatedData : QByteArrayView();
        unsigned long long written = 0;
        crypto_secretstream_xchacha20poly1305_push(
            &state, reinterpret_cast<unsigned char*>(cipher.data()), &written,
            reinterpret_cast<const unsigned char*>(plaintext.constData() + offset), quint64(length),
            reinterpret_cast<const unsigned char*>(ad.constData()), quint64(ad.size()),
            last ? crypto_secretstream_xchacha20poly1305_TAG_FINAL : 0);
        appendLength(out, quint32(written));
        out.append(cipher.constData(), qsizetype(written));
    }
    sodium_memzero(&state, sizeof state);
    return out;
}

StreamResult decryptStream(QByteArrayView stream, const SecretBytes& key, QByteArrayView associatedData,
                           QByteArray* plaintext)
{
    using State = crypto_secretstream_xchacha20poly1305_state;
    constexpr qsizetype headerBytes = crypto_secretstream_xchacha20poly1305_HEADERBYTES;
    constexpr qsizetype tagBytes = crypto_secretstream_xchacha20poly1305_ABYTES;
    plaintext->clear();
    if (stream.size() < headerBytes)
        return StreamResult::Incomplete;
    State state;
    if (crypto_secretstream_xchacha20poly1305_init_pull(
            &state, reinterpret_cast<const unsigned char*>(stream.constData()), key.data()) != 0)
        return StreamResult::Damaged;
    // The chunks are at most kChunkBytes of plaintext each: a reader never allocates more than the file
    // holds.
    plaintext->reserve(stream.size());
    QByteArray chunk(kChunkBytes, Qt::Uninitialized);
    qsizetype offset = headerBytes;
    bool first = true;
    StreamResult result = StreamResult::Incomplete;
    while (offset < stream.size()) {
        if (stream.size() - offset < 4) {
            result = StreamResult::Damaged;
            break;
        }
        const qsizetype length = qFromBigEndian<quint32>(stream.constData() + offset);
        offset += 4;
        if (length < tagBytes || length > kChunkBytes + tagBytes || length > stream.size() - offset) {
            result = StreamResult::Damaged;
            break;
        }
        const QByteArrayView ad = first ? associatedData : QByteArrayView();
        unsigned long long opened = 0;
        unsigned char tag = 0;
        if (crypto_secretstream_xchacha20poly1305_pull(
                &state, reinterpret_cast<unsigned char*>(chunk.data()), &opened, &tag,
                reinterpret_cast<const unsigned char*>(stream.constData() + offset), quint64(length),
                reinterpret_cast<const unsigned char*>(ad.constData()), quint64(ad.size())) != 0) {
            result = first ? StreamResult::WrongKey : StreamResult::Damaged;
            break;
        }
        first = false;
        offset += length;
        plaintext->append(chunk.constData(), qsizetype(opened));
        if (tag == crypto_secretstream_xchacha20poly1305_TAG_FINAL) {
            // Anything after the FINAL chunk was not written by the sender.
            result = offset == stream.size() ? StreamResult::Ok : StreamResult::Damaged;
            break;
        }
    }
    sodium_memzero(&state, sizeof state);
    sodium_memzero(chunk.data(), std::size_t(chunk.size()));
    if (result != StreamResult::Ok)
        plaintext->clear();
    return result;
}

QByteArray checksum(QByteArrayView bytes)
{
    QByteArray digest(32, '\0');
    crypto_generichash(reinterpret_cast<unsigned char*>(digest.data()), std::size_t(digest.size()),
                       reinterpret_cast<const unsigned char*>(bytes.data()), std::size_t(bytes.size()),
                       nullptr, 0);
    return digest;
}

namespace {
constexpr char kLockMagic[] = "HKL1";
constexpr int kLockMagicBytes = 4;
constexpr int kLockHeaderBytes = kLockMagicBytes + crypto_pwhash_SALTBYTES + 8 + 8;
} // namespace

QByteArray lockSecret(const SecretBytes& secret, const SecretBytes& key, const QByteArray& salt,
                      const KeyDerivation& cost)
{
    static_assert(crypto_secretbox_KEYBYTES == kKeyBytes);
    QByteArray locked(kLockMagic, kLockMagicBytes);
    locked.append(salt);
    char number[8];
    qToBigEndian(cost.opsLimit, number);
    locked.append(number, 8);
    qToBigEndian(cost.memLimit, number);
    locked.append(number, 8);
    const QByteArray nonce = randomBytes(crypto_secretbox_NONCEBYTES);
    locked.append(nonce);
    QByteArray box(secret.size() + int(crypto_secretbox_MACBYTES), Qt::Uninitialized);
    crypto_secretbox_easy(reinterpret_cast<unsigned char*>(box.data()), secret.data(), quint64(secret.size()),
                          reinterpret_cast<const unsigned char*>(nonce.constData()), key.data());
    return locked + box;
}

std::optional<std::pair<QByteArray, KeyDerivation>> lockParameters(const QByteArray& locked)
{
    if (locked.size() <= kLockHeaderBytes + int(crypto_secretbox_NONCEBYTES + crypto_secretbox_MACBYTES) ||
        !locked.startsWith(QByteArray(kLockMagic, kLockMagicBytes)))
        return std::nullopt;
    const char* at = locked.constData() + kLockMagicBytes;
    QByteArray salt(at, crypto_pwhash_SALTBYTES);
    at += crypto_pwhash_SALTBYTES;
    const KeyDerivation cost{qFromBigEndian<quint64>(at), qFromBigEndian<quint64>(at + 8)};
    return std::pair{salt, cost};
}

SecretBytes unlockSecret(const QByteArray& locked, const SecretBytes& key)
{
    if (!lockParameters(locked) || key.size() != kKeyBytes)
        return {};
    const auto* nonce = reinterpret_cast<const unsigned char*>(locked.constData()) + kLockHeaderBytes;
    const auto* box = nonce + crypto_secretbox_NONCEBYTES;
    const qsizetype boxBytes = locked.size() - kLockHeaderBytes - qsizetype(crypto_secretbox_NONCEBYTES);
    SecretBytes secret(int(boxBytes - qsizetype(crypto_secretbox_MACBYTES)));
    if (secret.isEmpty() ||
        crypto_secretbox_open_easy(secret.data(), box, quint64(boxBytes), nonce, key.data()) != 0)
        return {};
    return secret;
}

SecretBytes secretFrom(QByteArray plain)
{
    SecretBytes secret(int(plain.size()));
    if (!secret.isEmpty())
        std::memcpy(secret.data(), plain.constData(), std::size_t(plain.size()));
    sodium_memzero(plain.data(), std::size_t(plain.size()));
    return secret;
}

} // namespace crypto
} // namespace hamkori::sync
