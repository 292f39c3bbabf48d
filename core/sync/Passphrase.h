#pragma once
// The team network's exchange passphrase is never stored: Settings keeps a verifier (Argon2id, libsodium's
// crypto_pwhash_str), which tells a mistyped passphrase at once, and the GUI keeps the passphrase itself in
// memory for the session only.
#include "../Result.h"
#include "Crypto.h"
#include <QCoreApplication>

namespace hamkori::sync {

class Passphrase
{
    Q_DECLARE_TR_FUNCTIONS(Passphrase)
public:
    static constexpr int kMinimumLength = 10;  // characters, not bytes
    static constexpr int kMinimumDistinct = 5; // "aaaaaaaaaa" and "1212121212" are not passphrases

    /// Whether a new passphrase is strong enough, with a message that says how to make it so.
    static Result<void> checkStrength(const QString& passphrase);
    /// The verifier to store (ASCII text with its own salt and cost); the cost is interactive by default.
    static Result<QString> makeVerifier(const QString& passphrase, const KeyDerivation& cost = {});
    /// Whether the passphrase is the one the verifier was made from; false for a malformed verifier.
    static bool verify(const QString& verifier, const QString& passphrase);
};

} // namespace hamkori::sync
