#include "Passphrase.h"
#include <QSet>
#include <sodium.h>

namespace hamkori::sync {

namespace {

// The same normalisation as crypto::deriveKey(): the verifier must accept what opens the bundles.
QByteArray normalised(const QString& passphrase)
{
    return passphrase.normalized(QString::NormalizationForm_C).toUtf8();
}

} // namespace

Result<void> Passphrase::checkStrength(const QString& passphrase)
{
    const QList<uint> characters = passphrase.normalized(QString::NormalizationForm_C).toUcs4();
    if (characters.size() < kMinimumLength)
        return Error{
            tr("The exchange passphrase is too short: use at least %1 characters, for example three or "
               "four words.")
                .arg(kMinimumLength),
            QStringLiteral("passphrase")};
    if (QSet<uint>(characters.begin(), characters.end()).size() < kMinimumDistinct)
        return Error{
            tr("The exchange passphrase repeats too few characters: use a few words that are not easy "
               "to guess."),
            QStringLiteral("passphrase")};
    return {};
}

Result<QString> Passphrase::makeVerifier(const QString& passphrase, const KeyDerivation& cost)
{
    if (!crypto::ready())
        return Error{tr("The cryptography library could not be started. Reinstall Hamkori."), {}};
    QByteArray text = normalised(passphrase);
    char verifier[crypto_pwhash_STRBYTES];
    const bool made = cost.acceptable() &&
                      crypto_pwhash_str_alg(verifier, text.constData(), quint64(text.size()), cost.opsLimit,
                                            std::size_t(cost.memLimit), crypto_pwhash_ALG_ARGON2ID13) == 0;
    sodium_memzero(text.data(), std::size_t(text.size()));
    if (!made)
        return Error{
            tr("There was not enough memory to protect the exchange passphrase. Close other programs "
               "and try again."),
            {}};
    return QString::fromLatin1(verifier);
}

bool Passphrase::verify(const QString& verifier, const QString& passphrase)
{
    const QByteArray stored = verifier.toLatin1();
    if (!crypto::ready() || stored.isEmpty() || stored.size() >= crypto_pwhash_STRBYTES)
        return false;
    QByteArray text = normalised(passphrase);
    // crypto_pwhash_str_verify() reads a NUL-terminated string; QByteArray always keeps one.
    const bool same =
        crypto_pwhash_str_verify(stored.constData(), text.constData(), quint64(text.size())) == 0;
    sodium_memzero(text.data(), std::size_t(text.size()));
    return same;
}

} // namespace hamkori::sync
