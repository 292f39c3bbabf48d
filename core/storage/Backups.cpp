#include "Backups.h"
#include "../settings/Preferences.h"
#include "Database.h"
#include "IdentityLedger.h"
#include "SqlUtil.h"
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>
#include <QSet>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QUuid>
#include <algorithm>
#include <functional>
#include <map>

namespace hamkori {

namespace {

struct ReasonName
{
    BackupReason reason;
    const char* code;
    const char* text;
};

const ReasonName kReasons[] = {
    {BackupReason::Manual, "manual", QT_TRANSLATE_NOOP("Backups", "made by hand")},
    {BackupReason::Daily, "daily", QT_TRANSLATE_NOOP("Backups", "daily")},
    {BackupReason::OnClose, "on-close", QT_TRANSLATE_NOOP("Backups", "when Hamkori closed")},
    {BackupReason::BeforeUpgrade, "before-upgrade", QT_TRANSLATE_NOOP("Backups", "before an upgrade")},
    {BackupReason::BeforeRestore, "before-restore", QT_TRANSLATE_NOOP("Backups", "before a restore")},
    {BackupReason::BeforeCsvImport, "before-csv-import", QT_TRANSLATE_NOOP("Backups", "before a CSV import")},
    {BackupReason::BeforeBundleImport, "before-bundle-import",
     QT_TRANSLATE_NOOP("Backups", "before a bundle import")},
};

QString codeOf(BackupReason reason)
{
    for (const ReasonName& name : kReasons)
        if (name.reason == reason)
            return QString::fromLatin1(name.code);
    return QStringLiteral("manual");
}

BackupReason reasonOf(const QString& code)
{
    for (const ReasonName& name : kReasons)
        if (code == QLatin1String(name.code))
            return name.reason;
    return BackupReason::Manual;
}

/// make() ends a backup's name with its reason's code; the longest code that ends the name is it.
BackupReason reasonInName(const QString& baseName)
{
    const ReasonName* found = nullptr;
    for (const ReasonName& name : kReasons)
        if (baseName.endsWith(QLatin1Char('-') + QLatin1String(name.code)) &&
            (!found || qstrlen(name.code) > qstrlen(found->code)))
            found = &name;
    return found ? found->reason : BackupReason::Manual;
}

QString sidecarOf(const QString& backup)
{
    return backup + QStringLiteral(".json");
}

QJsonObject toJson(const BackupInfo& info)
{
    return QJsonObject{{QStringLiteral("made"), info.made.toUTC().toString(Qt::ISODateWithMs)},
                       {QStringLiteral("reason"), codeOf(info.reason)},
                       {QStringLiteral("size"), double(info.size)},
                       {QStringLiteral("teams"), info.teams},
                       {QStringLiteral("concerns"), info.concerns},
                       {QStringLiteral("plans"), info.plans},
                       {QStringLiteral("changes"), double(info.changes)},
                       {QStringLiteral("schemaVersion"), info.schemaVersion},
                       {QStringLiteral("device"), info.deviceId}};
}

BackupInfo fromJson(const QString& file, const QJsonObject& object)
{
    BackupInfo info;
    info.file = file;
    // Days and weeks are the user's own: rotation groups by local dates.
    info.made = QDateTime::fromString(object.value(QStringLiteral("made")).toString(), Qt::ISODateWithMs)
                    .toLocalTime();
    info.reason = reasonOf(object.value(QStringLiteral("reason")).toString());
    info.size = object.value(QStringLiteral("size")).toInteger();
    info.teams = object.value(QStringLiteral("teams")).toInt();
    info.concerns = object.value(QStringLiteral("concerns")).toInt();
    info.plans = object.value(QStringLiteral("plans")).toInt();
    info.changes = object.value(QStringLiteral("changes")).toInteger();
    info.schemaVersion = object.value(QStringLiteral("schemaVersion")).toInt();
    info.deviceId = object.value(QStringLiteral("device")).toString();
    return info;
}

/// A read-only connection of its own to a file that is not open as a Database (a backup being checked).
class ReadOnlyFile
{
public:
    explicit ReadOnlyFile(const QString& file)
        : m_name(QStringLiteral("hamkori-backup-check-") + QUuid::createUuid().toString(QUuid::Id128))
    {
        QSqlDatabase connection = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_name);
        connection.setDatabaseName(file);
        connection.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY"));
        m_open = connection.open();
        m_error = connection.lastError().text();
    }
    ~ReadOnlyFile()
    {
        QSqlDatabase::database(m_name, false).close();
        QSqlDatabase::removeDatabase(m_name);
    }
    ReadOnlyFile(const ReadOnlyFile&) = delete;
    ReadOnlyFile& operator=(const ReadOnlyFile&) = delete;

    bool isOpen() const { return m_open; }
    QString error() const { return m_error; }
    QSqlDatabase connection() const { return QSqlDatabase::database(m_name, false); }

private:
    QString m_name;
    bool m_open = false;
    QString m_error;
};

class Messages
{
    Q_DECLARE_TR_FUNCTIONS(Backups)
public:
    static QString cannotWrite(const QString& folder, const QString& detail)
    {
        return tr("The backup could not be written to %1 (%2). Free some disk space; until a backup is made, "
                  "a disk failure would lose your work.")
            .arg(QDir::toNativeSeparators(folder), detail);
    }
    static QString damaged(const QString& file, const QString& detail)
    {
        return tr("%1 is damaged (%2).").arg(QDir::toNativeSeparators(file), detail);
    }
    static QString failedCheck(const QString& detail)
    {
        return tr("The backup just made did not pass its check, so it was not kept: %1 Make a new backup; if "
                  "it "
                  "fails again, the data file itself may be damaged: run \"hamkori-cli check\".")
            .arg(detail);
    }
    static QString notReadable(const QString& file, const QString& detail)
    {
        return tr("%1 cannot be read as a Hamkori data file (%2).")
            .arg(QDir::toNativeSeparators(file), detail);
    }
    static QString tooNew(const QString& file, int version)
    {
        return tr("%1 was made by a newer Hamkori (data version %2). Install the newer Hamkori to restore "
                  "it.")
            .arg(QDir::toNativeSeparators(file))
            .arg(version);
    }
    static QString cannotReplace(const QString& file, const QString& detail)
    {
        return tr("The data file %1 could not be replaced (%2). Close every program that has it open (the "
                  "console program too) and try again; the data file was left as it was.")
            .arg(QDir::toNativeSeparators(file), detail);
    }
};

/// VACUUM INTO from a connection: a consistent, compact copy, even while others write (WAL).
Result<void> vacuumInto(const QSqlDatabase& connection, const QString& target)
{
    QString escaped = target;
    escaped.replace(QLatin1Char('\''), QStringLiteral("''"));
    return sql::exec(connection, QStringLiteral("VACUUM INTO '%1'").arg(escaped));
}

/// A snapshot of the open file checked whole, then moved to its name; nothing is left of one that fails.
/// `beforeNamed` runs on the checked snapshot before it takes its name, so that whoever lists the folder
/// never sees a backup without what describes it (the list is read while a backup is being made).
Result<BackupInfo> verifiedSnapshot(Database& db, const QString& target,
                                    const std::function<void(BackupInfo&)>& beforeNamed = {})
{
    const QString partial = target + QStringLiteral(".part");
    QFile::remove(partial);
    if (auto copied = vacuumInto(db.connection(), partial); !copied) {
        QFile::remove(partial);
        return Error{Messages::cannotWrite(QFileInfo(target).absolutePath(), copied.errorMessage()), {}};
    }
    auto info = Backups::inspect(partial);
    if (!info) {
        QFile::remove(partial);
        return Error{Messages::failedCheck(info.errorMessage()), {}};
    }
    info->file = target;
    if (beforeNamed)
        beforeNamed(*info);
    QFile::remove(target);
    if (!QFile::rename(partial, target)) {
        QFile::remove(partial);
        QFile::remove(sidecarOf(target));
        return Error{Messages::cannotWrite(QFileInfo(target).absolutePath(),
                                           Backups::tr("the file could not be renamed")),
                     {}};
    }
    info->file = target;
    return info;
}

int count(const QSqlDatabase& connection, const QString& table)
{
    auto value =
        sql::scalar(connection, QStringLiteral("SELECT COUNT(*) FROM %1 WHERE deleted = 0").arg(table));
    return value ? value->toInt() : 0;
}

} // namespace

BackupPolicy BackupPolicy::chosen()
{
    return BackupPolicy{Preferences::backupDays(), Preferences::backupWeeks()};
}

QString BackupInfo::reasonText() const
{
    for (const ReasonName& name : kReasons)
        if (name.reason == reason)
            return QCoreApplication::translate("Backups", name.text);
    return {};
}

Backups::Backups(QString folder) : m_folder(std::move(folder)) {}

Result<BackupInfo> Backups::inspect(const QString& file)
{
    if (!QFileInfo(file).isFile())
        return Error{Messages::notReadable(file, tr("there is no such file")), {}};
    ReadOnlyFile backup(file);
    if (!backup.isOpen())
        return Error{Messages::notReadable(file, backup.error()), {}};
    const QSqlDatabase connection = backup.connection();
    QSqlQuery check(connection);
    if (!check.exec(QStringLiteral("PRAGMA integrity_check")))
        return Error{Messages::damaged(file, check.lastError().text()), {}};
    QStringList problems;
    while (check.next())
        if (check.value(0).toString() != u"ok")
            problems << check.value(0).toString();
    if (!problems.isEmpty())
        return Error{Messages::damaged(file, problems.mid(0, 3).join(u"; ")), {}};
    auto version = sql::scalar(connection, QStringLiteral("PRAGMA user_version"));
    auto device =
        sql::scalar(connection, QStringLiteral("SELECT id FROM device_identity ORDER BY rowid DESC LIMIT 1"));
    auto changes = sql::scalar(connection, QStringLiteral("SELECT COUNT(*) FROM journal"));
    if (!version || !device || !changes || version->toInt() < 1)
        return Error{Messages::notReadable(file, tr("it holds no Hamkori data")), {}};
    if (version->toInt() > Database::kSchemaVersion)
        return Error{Messages::tooNew(file, version->toInt()), {}};
    BackupInfo info;
    info.file = file;
    info.made = QFileInfo(file).lastModified();
    info.size = QFileInfo(file).size();
    info.schemaVersion = version->toInt();
    info.teams = count(connection, QStringLiteral("teams"));
    info.concerns = count(connection, QStringLiteral("concerns"));
    info.plans = count(connection, QStringLiteral("plans"));
    info.changes = changes->toLongLong();
    // Schema 5 knows retired identities: the current one is the one not retired.
    if (info.schemaVersion >= 5)
        device = sql::scalar(connection,
                             QStringLiteral("SELECT id FROM device_identity WHERE retired IS NULL LIMIT 1"));
    info.deviceId = device ? device->toString() : QString();
    return info;
}

Result<BackupInfo> Backups::make(Database& db, BackupReason reason, const BackupPolicy& policy)
{
    if (!QDir().mkpath(m_folder))
        return Error{Messages::cannotWrite(m_folder, tr("the folder cannot be made")), {}};
    const QDateTime now = QDateTime::currentDateTime();
    const QString name = QStringLiteral("%1-%2-%3.sqlite")
                             .arg(QFileInfo(db.path()).completeBaseName(),
                                  now.toString(QStringLiteral("yyyy-MM-dd'T'HH-mm-ss-zzz")), codeOf(reason));
    auto info = verifiedSnapshot(db, QDir(m_folder).filePath(name), [&](BackupInfo& checked) {
        checked.made = now;
        checked.reason = reason;
        QSaveFile sidecar(sidecarOf(checked.file));
        if (sidecar.open(QIODevice::WriteOnly)) {
            sidecar.write(QJsonDocument(toJson(checked)).toJson(QJsonDocument::Indented));
            sidecar.commit();
        }
    });
    if (!info)
        return info;
    rotate(policy, now);
    return info;
}

Result<BackupInfo> Backups::copyTo(Database& db, const QString& target)
{
    if (!QDir().mkpath(QFileInfo(target).absolutePath()))
        return Error{Messages::cannotWrite(QFileInfo(target).absolutePath(), tr("the folder cannot be made")),
                     {}};
    auto info = verifiedSnapshot(db, target);
    if (info)
        info->made = QDateTime::currentDateTime();
    return info;
}

Result<QList<BackupInfo>> Backups::list() const
{
    QList<BackupInfo> backups;
    const QFileInfoList files =
        QDir(m_folder).entryInfoList({QStringLiteral("*.sqlite")}, QDir::Files, QDir::Name);
    for (const QFileInfo& file : files) {
        QFile sidecar(sidecarOf(file.filePath()));
        if (sidecar.open(QIODevice::ReadOnly)) {
            backups << fromJson(file.filePath(), QJsonDocument::fromJson(sidecar.readAll()).object());
        } else {
            // A backup put here by hand, or whose note was lost: what the file itself says.
            BackupInfo info;
            info.file = file.filePath();
            info.made = file.lastModified();
            info.size = file.size();
            info.reason = reasonInName(file.completeBaseName());
            backups << info;
        }
    }
    std::sort(backups.begin(), backups.end(),
              [](const BackupInfo& a, const BackupInfo& b) { return a.made > b.made; });
    return backups;
}

Result<bool> Backups::changedSince(Database& db) const
{
    auto backups = list();
    if (!backups)
        return backups.error();
    if (backups->isEmpty())
        return true;
    auto changes = sql::scalar(db.connection(), QStringLiteral("SELECT COUNT(*) FROM journal"));
    if (!changes)
        return changes.error();
    return changes->toLongLong() != backups->first().changes;
}

QDateTime Backups::lastMade() const
{
    auto backups = list();
    return backups && !backups->isEmpty() ? backups->first().made : QDateTime();
}

int Backups::rotate(const BackupPolicy& policy, const QDateTime& now)
{
    auto backups = list(); // newest first
    if (!backups)
        return 0;
    QSet<QString> keep;
    int recent = 0;
    std::map<QDate, QString> newestOfDay;
    std::map<std::pair<int, int>, QString> newestOfWeek;
    for (const BackupInfo& backup : *backups) {
        if (backup.made.secsTo(now) < BackupPolicy::kRecentHours * 3600 &&
            recent < BackupPolicy::kRecentMax) {
            keep.insert(backup.file);
            ++recent;
        }
        newestOfDay.try_emplace(backup.made.date(), backup.file); // the list is newest first
        int year = 0;
        const int week = backup.made.date().weekNumber(&year);
        newestOfWeek.try_emplace({year, week}, backup.file);
    }
    int days = 0;
    for (auto it = newestOfDay.rbegin(); it != newestOfDay.rend() && days < policy.daily; ++it, ++days)
        keep.insert(it->second);
    int weeks = 0;
    for (auto it = newestOfWeek.rbegin(); it != newestOfWeek.rend() && weeks < policy.weekly; ++it, ++weeks)
        keep.insert(it->second);
    int deleted = 0;
    for (const BackupInfo& backup : *backups)
        if (!keep.contains(backup.file) && QFile::remove(backup.file)) {
            QFile::remove(sidecarOf(backup.file));
            ++deleted;
        }
    return deleted;
}

Result<BackupInfo> Backups::restore(const QString& dataFile, const QString& backupFile,
                                    Backups& keepCurrentIn, const QString& identityLedger)
{
    // The backup first: nothing is touched for one that does not verify.
    auto chosen = inspect(backupFile);
    if (!chosen)
        return Error{tr("%1 Nothing was changed; choose another backup.").arg(chosen.errorMessage()), {}};

    // The current file kept as a backup: a verified snapshot when it opens, else the file as it is (a
    // damaged file is often why a restore is wanted, and it may still hold something someone can rescue).
    BackupInfo kept;
    {
        auto current = QFileInfo::exists(dataFile) ? inspect(dataFile) : Result<BackupInfo>(Error{});
        if (current) {
            ReadOnlyFile file(dataFile);
            if (!QDir().mkpath(keepCurrentIn.folder()))
                return Error{Messages::cannotWrite(keepCurrentIn.folder(), tr("the folder cannot be made")),
                             {}};
            const QString target = QDir(keepCurrentIn.folder())
                                       .filePath(QStringLiteral("%1-%2-%3.sqlite")
                                                     .arg(QFileInfo(dataFile).completeBaseName(),
                                                          QDateTime::currentDateTime().toString(
                                                              QStringLiteral("yyyy-MM-dd'T'HH-mm-ss-zzz")),
                                                          codeOf(BackupReason::BeforeRestore)));
            if (auto copied = vacuumInto(file.connection(), target); !copied)
                return Error{Messages::cannotWrite(keepCurrentIn.folder(), copied.errorMessage()), {}};
            kept = *current;
            kept.file = target;
            kept.made = QDateTime::currentDateTime();
            kept.reason = BackupReason::BeforeRestore;
            QSaveFile sidecar(sidecarOf(target));
            if (sidecar.open(QIODevice::WriteOnly)) {
                sidecar.write(QJsonDocument(toJson(kept)).toJson(QJsonDocument::Indented));
                sidecar.commit();
            }
        } else if (QFileInfo::exists(dataFile)) {
            QDir().mkpath(keepCurrentIn.folder());
            const QString target = QDir(keepCurrentIn.folder())
                                       .filePath(QFileInfo(dataFile).completeBaseName() +
                                                 QStringLiteral("-damaged-%1.sqlite")
                                                     .arg(QDateTime::currentDateTime().toString(
                                                         QStringLiteral("yyyy-MM-dd'T'HH-mm-ss"))));
            for (const QString& suffix : {QString(), QStringLiteral("-wal")})
                if (QFileInfo::exists(dataFile + suffix) && !QFile::copy(dataFile + suffix, target + suffix))
                    return Error{
                        Messages::cannotWrite(keepCurrentIn.folder(), tr("the file could not be copied")),
                        {}};
            kept.file = target;
            kept.reason = BackupReason::BeforeRestore;
        }
    }

    // In its place: the old write-ahead log must go first, or SQLite would replay its pages over the backup.
    for (const QString& suffix : {QStringLiteral("-wal"), QStringLiteral("-shm")})
        if (QFileInfo::exists(dataFile + suffix) && !QFile::remove(dataFile + suffix))
            return Error{Messages::cannotReplace(dataFile, tr("its working file %1 is in use")
                                                               .arg(QFileInfo(dataFile + suffix).fileName())),
                         {}};
    QDir().mkpath(QFileInfo(dataFile).absolutePath()); // a new laptop after a disk failure has no folder yet
    QFile source(backupFile);
    QSaveFile target(dataFile);
    if (!source.open(QIODevice::ReadOnly) || !target.open(QIODevice::WriteOnly))
        return Error{
            Messages::cannotReplace(dataFile, source.isOpen() ? target.errorString() : source.errorString()),
            {}};
    while (!source.atEnd()) {
        const QByteArray chunk = source.read(4 * 1024 * 1024);
        if (chunk.isEmpty() || target.write(chunk) != chunk.size()) {
            target.cancelWriting();
            return Error{Messages::cannotReplace(dataFile, target.errorString()), {}};
        }
    }
    if (!target.commit())
        return Error{Messages::cannotReplace(dataFile, target.errorString()), {}};

    // Whatever the restored file wrote under its identity may already be on other laptops with numbers it
    // would hand out again: no file writes under it here any more.
    const IdentityLedger ledger(identityLedger.isEmpty() ? IdentityLedger::defaultFile() : identityLedger);
    ledger.retire(chosen->deviceId);
    if (!kept.deviceId.isEmpty())
        ledger.retire(kept.deviceId);
    return kept;
}

} // namespace hamkori
