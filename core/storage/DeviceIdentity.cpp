#include "DeviceIdentity.h"
#include "SqlUtil.h"
#include "Uuids.h"
#include <QDateTime>
#include <sodium.h>

namespace hamkori {

namespace {

QString now()
{
    return QDateTime::currentDateTimeUtc().toString(Qt::ISODate);
}

/// A new key pair; the secret key is wiped from the stack once it is in the returned bytes.
std::pair<QByteArray, QByteArray> newKeyPair()
{
    unsigned char publicKey[crypto_sign_PUBLICKEYBYTES];
    unsigned char secretKey[crypto_sign_SECRETKEYBYTES];
    crypto_sign_keypair(publicKey, secretKey);
    std::pair keys{QByteArray(reinterpret_cast<const char*>(publicKey), sizeof publicKey),
                   QByteArray(reinterpret_cast<const char*>(secretKey), sizeof secretKey)};
    sodium_memzero(secretKey, sizeof secretKey);
    return keys;
}

QByteArray signWith(QByteArray secretKey, const QByteArray& message)
{
    QByteArray signature;
    if (secretKey.size() == crypto_sign_SECRETKEYBYTES) {
        signature.resize(crypto_sign_BYTES);
        crypto_sign_detached(reinterpret_cast<unsigned char*>(signature.data()), nullptr,
                             reinterpret_cast<const unsigned char*>(message.constData()),
                             quint64(message.size()),
                             reinterpret_cast<const unsigned char*>(secretKey.constData()));
    }
    sodium_memzero(secretKey.data(), std::size_t(secretKey.size()));
    return signature;
}

} // namespace

QByteArray DeviceIdentity::introductionMessage(const QString& device, const QByteArray& publicKey)
{
    return QByteArrayLiteral("hamkori-introduction-1") + '\0' + device.toUtf8() + '\0' + publicKey;
}

Result<void> DeviceIdentity::reload()
{
    // The current identity is the one not retired; a file of schema 4 or older has only one.
    auto current =
        sql::run(connection(), QStringLiteral("SELECT id, public_key FROM device_identity "
                                              "WHERE retired IS NULL ORDER BY created DESC LIMIT 1"));
    if (!current)
        return current.error();
    if (current->next()) {
        m_id = current->value(0).toString();
        m_publicKey = current->value(1).toByteArray();
    } else {
        m_id.clear();
        m_publicKey.clear();
    }
    return {};
}

Result<void> DeviceIdentity::loadOrCreate(bool* created)
{
    if (created)
        *created = false;
    if (auto loaded = reload(); !loaded)
        return loaded;
    if (!m_id.isEmpty())
        return {};
    auto [publicKey, secretKey] = newKeyPair();
    const QString id = newUuid();
    auto inserted =
        sql::run(connection(),
                 QStringLiteral(
                     "INSERT INTO device_identity (id, public_key, secret_key, created) VALUES (?, ?, ?, ?)"),
                 {id, publicKey, secretKey, now()});
    sodium_memzero(secretKey.data(), std::size_t(secretKey.size()));
    if (!inserted)
        return inserted.error();
    m_id = id;
    m_publicKey = publicKey;
    if (created)
        *created = true;
    return {};
}

Result<void> DeviceIdentity::renew()
{
    auto [publicKey, secretKey] = newKeyPair();
    const QString id = newUuid();
    // Signed now when the former key is in plain text; when it is locked under the exchange passphrase the
    // link waits, unsigned, for the next export (which has the passphrase).
    const QByteArray introduction = sign(introductionMessage(id, publicKey));
    const QString stamp = now();
    auto retired = sql::run(
        connection(), QStringLiteral("UPDATE device_identity SET retired = ? WHERE id = ?"), {stamp, m_id});
    auto inserted =
        retired ? sql::run(connection(),
                           QStringLiteral("INSERT INTO device_identity (id, public_key, secret_key, created, "
                                          "introduced_by, introduction) VALUES (?, ?, ?, ?, ?, ?)"),
                           {id, publicKey, secretKey, stamp, m_id,
                            introduction.isEmpty() ? QVariant(QMetaType(QMetaType::QByteArray))
                                                   : QVariant(introduction)})
                : Result<QSqlQuery>(retired.error());
    sodium_memzero(secretKey.data(), std::size_t(secretKey.size()));
    if (!inserted)
        return inserted.error();
    m_id = id;
    m_publicKey = publicKey;
    return {};
}

QByteArray DeviceIdentity::secretKeyOf(const QString& id) const
{
    auto stored = sql::scalar(connection(),
                              QStringLiteral("SELECT secret_key FROM device_identity WHERE id = ?"), {id});
    return stored ? stored->toByteArray() : QByteArray();
}

QByteArray DeviceIdentity::sign(const QByteArray& message) const
{
    return signWith(secretKeyOf(m_id), message);
}

Result<QList<Introduction>> DeviceIdentity::introductions() const
{
    auto rows =
        sql::run(connection(), QStringLiteral("SELECT d.id, d.public_key, d.introduced_by, p.public_key, "
                                              "d.introduction FROM device_identity d JOIN device_identity "
                                              "p ON p.id = d.introduced_by WHERE d.introduction IS NOT NULL "
                                              "ORDER BY d.created, d.rowid"));
    if (!rows)
        return rows.error();
    QList<Introduction> chain;
    while (rows->next())
        chain.append({rows->value(0).toString(), rows->value(1).toByteArray(), rows->value(2).toString(),
                      rows->value(3).toByteArray(), rows->value(4).toByteArray()});
    return chain;
}

Result<QList<Introduction>> DeviceIdentity::pendingIntroductions() const
{
    auto rows =
        sql::run(connection(), QStringLiteral("SELECT d.id, d.public_key, d.introduced_by, p.public_key "
                                              "FROM device_identity d JOIN device_identity p ON p.id = "
                                              "d.introduced_by WHERE d.introduction IS NULL"));
    if (!rows)
        return rows.error();
    QList<Introduction> pending;
    while (rows->next())
        pending.append({rows->value(0).toString(),
                        rows->value(1).toByteArray(),
                        rows->value(2).toString(),
                        rows->value(3).toByteArray(),
                        {}});
    return pending;
}

Result<void> DeviceIdentity::setIntroduction(const QString& device, const QByteArray& signature)
{
    auto updated = sql::run(connection(),
                            QStringLiteral("UPDATE device_identity SET introduction = ? WHERE id = ? AND "
                                           "introduction IS NULL"),
                            {signature, device});
    if (!updated)
        return updated.error();
    return {};
}

Result<QList<StoredKey>> DeviceIdentity::storedKeys() const
{
    auto rows = sql::run(connection(), QStringLiteral("SELECT id, public_key, secret_key, locked_key FROM "
                                                      "device_identity ORDER BY created, rowid"));
    if (!rows)
        return rows.error();
    QList<StoredKey> keys;
    while (rows->next())
        keys.append({rows->value(0).toString(), rows->value(1).toByteArray(), rows->value(2).toByteArray(),
                     rows->value(3).toByteArray()});
    return keys;
}

Result<void> DeviceIdentity::storeLocked(const QString& id, const QByteArray& locked)
{
    auto updated = sql::run(connection(),
                            QStringLiteral("UPDATE device_identity SET locked_key = ?, secret_key = X'' "
                                           "WHERE id = ?"),
                            {locked, id});
    if (!updated)
        return updated.error();
    return {};
}

Result<QHash<QString, QByteArray>> DeviceIdentity::ownKeys() const
{
    auto rows = sql::run(connection(), QStringLiteral("SELECT id, public_key FROM device_identity"));
    if (!rows)
        return rows.error();
    QHash<QString, QByteArray> keys;
    while (rows->next())
        keys.insert(rows->value(0).toString(), rows->value(1).toByteArray());
    return keys;
}

} // namespace hamkori
