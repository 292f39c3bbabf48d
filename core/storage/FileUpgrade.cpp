#include "FileUpgrade.h"
#include "Schema.h"
#include "SqlUtil.h"
#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QSqlError>
#include <QSqlQuery>

namespace hamkori::upgrade {

namespace {

class UpgradeMessages
{
    Q_DECLARE_TR_FUNCTIONS(Database)
public:
    static QString backupFailed(const QString& detail)
    {
        return tr("The data file needs an upgrade, but the backup copy made before upgrading could not be "
                  "written (%1). Free some disk space and try again. Nothing was changed.")
            .arg(detail);
    }
    static QString upgradeFailed(const QString& detail)
    {
        return tr("The data file could not be upgraded (%1). It was left as it was; free some disk space and "
                  "open "
                  "it again.")
            .arg(detail);
    }
};

} // namespace

QString damagedMessage(const QString& path, const QString& detail)
{
    return QCoreApplication::translate("Database",
                                       "The data file %1 is damaged (%2). Nothing was changed in it. Restore "
                                       "it from a backup "
                                       "copy, "
                                       "or start Hamkori with another data file.")
        .arg(QDir::toNativeSeparators(path), detail);
}

Result<void> checkIntegrity(const QSqlDatabase& db, const QString& path)
{
    QSqlQuery query(db);
    if (!query.exec(QStringLiteral("PRAGMA integrity_check")))
        return Error{damagedMessage(path, query.lastError().text()), {}};
    QStringList problems;
    while (query.next())
        if (query.value(0).toString() != u"ok")
            problems << query.value(0).toString();
    if (!problems.isEmpty())
        return Error{damagedMessage(path, problems.mid(0, 3).join(u"; ")), {}};
    return {};
}

Result<QString> upgradeSchema(const QSqlDatabase& db, const QString& path, int fromVersion, int toVersion)
{
    QString backup;
    if (fromVersion > 0) {
        // A copy of the file as it was, kept beside it, before any step runs.
        backup = path + QStringLiteral(".v%1-backup-%2.sqlite")
                            .arg(fromVersion)
                            .arg(QDateTime::currentDateTime().toString(QStringLiteral("yyyyMMdd-HHmmss")));
        QString escaped = backup;
        escaped.replace(QLatin1Char('\''), QStringLiteral("''"));
        if (auto copied = sql::exec(db, QStringLiteral("VACUUM INTO '%1'").arg(escaped)); !copied)
            return Error{UpgradeMessages::backupFailed(copied.errorMessage()), {}};
    }
    if (!QSqlDatabase(db).transaction())
        return Error{UpgradeMessages::upgradeFailed(db.lastError().text()), {}};
    auto fail = [&](const QString& detail) -> Result<QString> {
        QSqlDatabase(db).rollback();
        return Error{UpgradeMessages::upgradeFailed(detail), {}};
    };
    for (int step = fromVersion + 1; step <= toVersion; ++step)
        if (auto applied = schema::applyStep(db, step); !applied)
            return fail(applied.errorMessage());
    if (fromVersion == 0)
        if (auto seeded = schema::seedNewDatabase(db); !seeded)
            return fail(seeded.errorMessage());
    if (auto set = sql::exec(db, QStringLiteral("PRAGMA user_version = %1").arg(toVersion)); !set)
        return fail(set.errorMessage());
    if (!QSqlDatabase(db).commit())
        return fail(db.lastError().text());
    return backup;
}

} // namespace hamkori::upgrade
