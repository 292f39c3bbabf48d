#pragma once
// A data file's secret keys are kept locked under the exchange passphrase, so that a copied file alone cannot
// sign as its laptop (issue 16, finding 8). Exporting is the one moment a laptop signs, and it asks for the
// passphrase anyway: unlockForExport opens the keys, signs what waits for a signature (the entries this file
// made since its last export, the introduction of a renewed identity), locks every key still in plain text
// (a new file's, a renewed identity's) and hands the current identity's key to the bundle writer
// (docs/exchange-format.md, "Signatures").
#include "../Result.h"
#include "Crypto.h"
#include <QCoreApplication>

namespace hamkori {
class Database;
}

namespace hamkori::sync {

class KeyLock
{
    Q_DECLARE_TR_FUNCTIONS(KeyLock)
public:
    /// The message when the passphrase does not open the keys (they were locked under an earlier one).
    static QString lockedWithAnotherPassphrase();
};

/// Opens the keys with the passphrase, signs this file's unsigned entries and pending introductions, locks
/// the keys kept in plain text (at `cost`; tests pass KeyDerivation::minimum()), in one transaction, and
/// returns the current identity's signing key, held in locked memory. Fails, changing nothing, when the
/// passphrase does not open a locked key.
Result<SigningKey> unlockForExport(Database& db, const QString& passphrase,
                                   const KeyDerivation& cost = KeyDerivation::interactive());

/// Locks the keys again under a new passphrase (the team network changed its exchange passphrase): both are
/// needed, since only the old one opens them.
Result<void> relockKeys(Database& db, const QString& oldPassphrase, const QString& newPassphrase,
                        const KeyDerivation& cost = KeyDerivation::interactive());

} // namespace hamkori::sync
