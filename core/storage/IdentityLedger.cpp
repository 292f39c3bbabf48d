#include "IdentityLedger.h"
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLockFile>
#include <QSaveFile>
#include <QStandardPaths>
#include <functional>

namespace hamkori {

namespace {

QJsonObject readLedger(const QString& file)
{
    QFile input(file);
    if (!input.open(QIODevice::ReadOnly))
        return {};
    return QJsonDocument::fromJson(input.readAll()).object();
}

/// Reads, changes and writes the ledger under a lock: the window and the console program may write it at
/// the same moment.
bool update(const QString& file, const std::function<void(QJsonObject&)>& change)
{
    if (!QDir().mkpath(QFileInfo(file).absolutePath()))
        return false;
    QLockFile lock(file + QStringLiteral(".lock"));
    lock.setStaleLockTime(10000);
    if (!lock.tryLock(5000))
        return false;
    QJsonObject ledger = readLedger(file);
    change(ledger);
    QSaveFile output(file);
    if (!output.open(QIODevice::WriteOnly))
        return false;
    output.write(QJsonDocument(ledger).toJson(QJsonDocument::Compact));
    return output.commit();
}

} // namespace

IdentityLedger::IdentityLedger(QString file) : m_file(std::move(file)) {}

QString IdentityLedger::defaultFile()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppLocalDataLocation) +
           QStringLiteral("/identities.json");
}

std::optional<IdentityLedger::Entry> IdentityLedger::find(const QString& deviceId) const
{
    const QJsonValue value = readLedger(m_file).value(deviceId);
    if (!value.isObject())
        return std::nullopt;
    const QJsonObject object = value.toObject();
    return Entry{object.value(QStringLiteral("seq")).toInteger(),
                 object.value(QStringLiteral("retired")).toBool()};
}

IdentityLedger::Verdict IdentityLedger::judge(const std::optional<Entry>& entry, qint64 fileLastSeq)
{
    if (!entry)
        return Verdict::Copied;
    // A file ahead of the ledger is this installation's own: the ledger is written after each commit, and
    // a power cut can come between the two.
    if (entry->retired || fileLastSeq < entry->lastSeq)
        return Verdict::RolledBack;
    return Verdict::Living;
}

IdentityLedger::Verdict IdentityLedger::judge(const QString& deviceId, qint64 fileLastSeq) const
{
    return judge(find(deviceId), fileLastSeq);
}

bool IdentityLedger::record(const QString& deviceId, qint64 lastSeq) const
{
    return update(m_file, [&](QJsonObject& ledger) {
        QJsonObject entry = ledger.value(deviceId).toObject();
        entry.insert(QStringLiteral("seq"),
                     std::max(lastSeq, entry.value(QStringLiteral("seq")).toInteger()));
        ledger.insert(deviceId, entry);
    });
}

bool IdentityLedger::retire(const QString& deviceId) const
{
    return update(m_file, [&](QJsonObject& ledger) {
        QJsonObject entry = ledger.value(deviceId).toObject();
        entry.insert(QStringLiteral("retired"), true);
        ledger.insert(deviceId, entry);
    });
}

} // namespace hamkori
