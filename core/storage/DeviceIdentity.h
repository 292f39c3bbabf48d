#pragma once
// The device identity a data file writes and signs under: a UUID and an Ed25519 key pair made where the file
// was created, and, after a copy or a restore, a new one (renew) that its predecessor introduces with a
// signature, so that laptops that trusted the old identity trust the new one (docs/exchange-format.md,
// "Copies and restores"). Former identities stay in the file: their journal entries are history like any
// other laptop's. Only LivingIdentity uses this class; the rest asks Database::identity().
#include "../Result.h"
#include <QByteArray>
#include <QHash>
#include <QList>
#include <QSqlDatabase>
#include <QString>

namespace hamkori {

/// One link of a file's chain of identities: `by` vouches that `device` (with `publicKey`) continues it.
struct Introduction
{
    QString device;
    QByteArray publicKey;
    QString by;
    QByteArray byKey;
    QByteArray signature; // Ed25519 by `byKey` over introductionMessage(device, publicKey)
};

/// An identity's secret key as the file keeps it: in plain text (a file that never exported since it was
/// made or renewed) or locked under the exchange passphrase (docs/exchange-format.md, "Signatures").
struct StoredKey
{
    QString id;
    QByteArray publicKey;
    QByteArray plainSecret; // empty once locked
    QByteArray locked;      // empty until the first export
};

class DeviceIdentity
{
public:
    explicit DeviceIdentity(QString connectionName) : m_connectionName(std::move(connectionName)) {}

    /// Reads the current identity, creating the first one in a new file; true in `created` when it did.
    Result<void> loadOrCreate(bool* created = nullptr);
    /// Reads the current identity again (another connection may have renewed it).
    Result<void> reload();
    QString id() const { return m_id; }
    QByteArray publicKey() const { return m_publicKey; }

    /// Replaces the current identity by a new one that the current one introduces, and retires the
    /// current one. Runs inside the caller's transaction; on a rollback, reload().
    Result<void> renew();

    /// A detached signature with the current secret key; empty when the key is locked or cannot be read.
    QByteArray sign(const QByteArray& message) const;
    /// The signed links from the file's first identity to the current one, oldest first (empty when never
    /// renewed). A link waits unsigned while the former key is locked: it is signed at the next export.
    Result<QList<Introduction>> introductions() const;
    /// The links not signed yet (signature empty).
    Result<QList<Introduction>> pendingIntroductions() const;
    Result<void> setIntroduction(const QString& device, const QByteArray& signature);

    /// Every identity's secret key as stored.
    Result<QList<StoredKey>> storedKeys() const;
    /// Keeps the identity's key locked only: the plain copy is overwritten (the connection zeroes what
    /// it frees: PRAGMA secure_delete).
    Result<void> storeLocked(const QString& id, const QByteArray& locked);
    /// Every identity this file ever had, current and former: id → public key.
    Result<QHash<QString, QByteArray>> ownKeys() const;

    /// What an introduction signs: a domain tag, the new id and the new public key.
    static QByteArray introductionMessage(const QString& device, const QByteArray& publicKey);

private:
    QSqlDatabase connection() const { return QSqlDatabase::database(m_connectionName, false); }
    QByteArray secretKeyOf(const QString& id) const;

    QString m_connectionName;
    QString m_id;
    QByteArray m_publicKey;
};

} // namespace hamkori
