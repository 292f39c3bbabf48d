#pragma once
// The cryptography of the exchange, over libsodium, which stays out of the headers (only hamkori_core links
// it): the Argon2id cost of the passphrase, the device's signing key, signatures, and the
// secret stream that encrypts a bundle's body.
#include <QByteArray>
#include <QByteArrayView>
#include <QString>
#include <functional>
#include <memory>
#include <optional>

namespace hamkori {
class Database;
}

namespace hamkori::sync {

/// The Argon2id cost of turning an exchange passphrase into a key. A reader accepts libsodium's MIN..MODERATE
/// only (acceptable()), so that a crafted header cannot make it spend minutes or gigabytes.
struct KeyDerivation
{
    quint64 opsLimit = 2;        // crypto_pwhash_argon2id_OPSLIMIT_INTERACTIVE
    quint64 memLimit = 67108864; // crypto_pwhash_argon2id_MEMLIMIT_INTERACTIVE (64 MiB)

    static KeyDerivation interactive() { return {}; }
    /// libsodium's minimum: fast and weak, for tests only.
    static KeyDerivation minimum();
    bool acceptable() const;
};

/// Signs with a device's Ed25519 secret key, which stays where it is kept.
struct SigningKey
{
    QByteArray publicKey; // 32 bytes
    std::function<QByteArray(const QByteArray& message)>
        sign; // a 64-byte detached signature; empty on failure

    /// A fresh key pair held in memory (wiped when the last copy goes), for tests and tools.
    static SigningKey generate();
};

namespace crypto {
class SecretBytes;
}
/// A key whose 64-byte Ed25519 secret is held in locked memory, shared by the copies and wiped with the last.
SigningKey signingKeyOf(const QByteArray& publicKey, std::shared_ptr<const crypto::SecretBytes> secret);

namespace crypto {

constexpr int kPublicKeyBytes = 32;
constexpr int kSignatureBytes = 64;
constexpr int kSaltBytes = 16;
constexpr int kKeyBytes = 32;

/// Starts libsodium (safe to call any number of times); false when it cannot start.
bool ready();
QByteArray randomBytes(int count);
bool verifySignature(QByteArrayView message, QByteArrayView signature, QByteArrayView publicKey);
/// BLAKE2b-256 of the bytes (a check against damage, not a proof of anything).
QByteArray checksum(QByteArrayView bytes);

/// Bytes that are wiped when they go (a derived key).
class SecretBytes
{
public:
    SecretBytes() = default;
    explicit SecretBytes(int size);
    ~SecretBytes();
    SecretBytes(SecretBytes&& other) noexcept;
    SecretBytes& operator=(SecretBytes&& other) noexcept;
    SecretBytes(const SecretBytes&) = delete;
    SecretBytes& operator=(const SecretBytes&) = delete;

    unsigned char* data() { return m_data; }
    const unsigned char* data() const { return m_data; }
    int size() const { return m_size; }
    bool isEmpty() const { return m_size == 0; }

private:
    unsigned char* m_data = nullptr;
    int m_size = 0;
};

/// The key of an exchange passphrase (Unicode-normalised first, so that the same words typed on another
/// keyboard give the same key); empty when the memory for Argon2id could not be had.
SecretBytes deriveKey(const QString& passphrase, const QByteArray& salt, const KeyDerivation& cost);

/// A device's secret key locked under a key derived from the exchange passphrase, as a data file keeps it:
/// "HKL1", the Argon2id salt (16 bytes) and cost (two u64), a nonce (24 bytes) and crypto_secretbox of the
/// secret (docs/exchange-format.md, "Signatures").
QByteArray lockSecret(const SecretBytes& secret, const SecretBytes& key, const QByteArray& salt,
                      const KeyDerivation& cost);
/// The salt and cost a locked secret was locked with; nothing when the bytes are not a locked secret.
std::optional<std::pair<QByteArray, KeyDerivation>> lockParameters(const QByteArray& locked);
/// The secret, or empty bytes when the key is not the one it was locked with (another passphrase).
SecretBytes unlockSecret(const QByteArray& locked, const SecretBytes& key);
/// Plain bytes moved into locked memory (and the plain copy wiped).
SecretBytes secretFrom(QByteArray plain);

/// crypto_secretstream_xchacha20poly1305: the 24-byte stream header, then chunks of at most kChunkBytes of
/// plaintext, each framed as a 4-byte big-endian length and the ciphertext; the last chunk carries the FINAL
/// tag. The associated data is bound to the first chunk.
constexpr int kChunkBytes = 65536;
/// The size of the stream that encryptStream() makes of so many bytes (the writer needs it beforehand).
qsizetype streamBytes(qsizetype plaintextBytes);
QByteArray encryptStream(const QByteArray& plaintext, const SecretBytes& key, QByteArrayView associatedData);

enum class StreamResult
{
    Ok,
    WrongKey,   // the first chunk does not open: another passphrase (the file's signature was good)
    Damaged,    // a later chunk does not open, or the framing is wrong
    Incomplete, // the stream ends without its FINAL tag
};
StreamResult decryptStream(QByteArrayView stream, const SecretBytes& key, QByteArrayView associatedData,
                           QByteArray* plaintext);

} // namespace crypto
} // namespace hamkori::sync
