#include "IntegrityStamp.h"
#include <QDir>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>
#include <QStandardPaths>

namespace hamkori {

namespace {

QJsonObject readStore(const QString& store)
{
    QFile file(store);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QJsonDocument::fromJson(file.readAll()).object();
}

void writeStore(const QString& store, const QJsonObject& stamps)
{
    QDir().mkpath(QFileInfo(store).absolutePath());
    QSaveFile file(store);
    if (!file.open(QIODevice::WriteOnly))
        return; // a stamp is only a shortcut: without it the next open checks the file
    file.write(QJsonDocument(stamps).toJson(QJsonDocument::Compact));
    file.commit();
}

QString keyOf(const QString& dataFile)
{
    const QFileInfo info(dataFile);
    const QString canonical = info.canonicalFilePath();
    return canonical.isEmpty() ? info.absoluteFilePath() : canonical;
}

} // namespace

IntegrityStamp::IntegrityStamp(QString store) : m_store(std::move(store)) {}

QString IntegrityStamp::defaultStore()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppLocalDataLocation) +
           QStringLiteral("/integrity-stamps.json");
}

QDateTime IntegrityStamp::checkedAt(const QString& dataFile) const
{
    const QJsonObject stamp = readStore(m_store).value(keyOf(dataFile)).toObject();
    const QFileInfo info(dataFile);
    // A WAL file left beside the data file means it was not closed cleanly: check it.
    if (stamp.isEmpty() || !info.exists() || QFileInfo::exists(dataFile + QStringLiteral("-wal")))
        return {};
    if (stamp.value(QStringLiteral("size")).toInteger() != info.size() ||
        stamp.value(QStringLiteral("modified")).toInteger() != info.lastModified().toMSecsSinceEpoch())
        return {};
    return QDateTime::fromMSecsSinceEpoch(stamp.value(QStringLiteral("checked")).toInteger());
}

bool IntegrityStamp::isCurrent(const QString& dataFile) const
{
    const QDateTime checked = checkedAt(dataFile);
    return checked.isValid() && checked.daysTo(QDateTime::currentDateTime()) < kMaxAgeDays;
}

void IntegrityStamp::record(const QString& dataFile, const QDateTime& checkedAt) const
{
    const QFileInfo info(dataFile);
    if (!info.exists())
        return;
    QJsonObject stamps = readStore(m_store);
    stamps.insert(keyOf(dataFile),
                  QJsonObject{{QStringLiteral("size"), info.size()},
                              {QStringLiteral("modified"), info.lastModified().toMSecsSinceEpoch()},
                              {QStringLiteral("checked"), checkedAt.toMSecsSinceEpoch()}});
    writeStore(m_store, stamps);
}

void IntegrityStamp::forget(const QString& dataFile) const
{
    QJsonObject stamps = readStore(m_store);
    stamps.remove(keyOf(dataFile));
    writeStore(m_store, stamps);
}

} // namespace hamkori
