#include "Codes.h"
#include "SqlUtil.h"

namespace hamkori::codes {

Result<QString> next(const QSqlDatabase& db, const QString& table, const QString& teamUuid,
                     const QString& prefix, int digits)
{
    // A range on the (team, code) index rather than LIKE, which SQLite cannot serve from it.
    auto highest = sql::scalar(db,
                               QStringLiteral("SELECT MAX(CAST(substr(code, %1) AS INTEGER)) FROM %2 "
                                              "WHERE team = ? AND code >= ? AND code < ?")
                                   .arg(prefix.size() + 1)
                                   .arg(table),
                               {teamUuid, prefix, QString(prefix + QLatin1Char('~'))});
    if (!highest)
        return highest.error();
    const int number = highest->toInt() + 1;
    return QString(prefix + QStringLiteral("%1").arg(number, digits, 10, QLatin1Char('0')));
}

QString concernPrefix(const QString& teamCode, int year)
{
    return QStringLiteral("%1-%2-").arg(teamCode).arg(year);
}

QString meetingPrefix(const QString& teamCode, int year)
{
    return QStringLiteral("%1-M-%2-").arg(teamCode).arg(year);
}

QString planPrefix(const QString& teamCode, int year)
{
    return QStringLiteral("%1-AP-%2-").arg(teamCode).arg(year);
}

QString commitmentPrefix(const QString& teamCode, int year)
{
    return QStringLiteral("%1-R-%2-").arg(teamCode).arg(year);
}

QString eventPrefix(const QString& teamCode, int year)
{
    return QStringLiteral("%1-E-%2-").arg(teamCode).arg(year);
}

QString campaignPrefix(const QString& teamCode, int year)
{
    return QStringLiteral("%1-C-%2-").arg(teamCode).arg(year);
}

QString surveyPrefix(const QString& teamCode, int year)
{
    return QStringLiteral("%1-S-%2-").arg(teamCode).arg(year);
}

} // namespace hamkori::codes
