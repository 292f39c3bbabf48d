#include "MeetingQueries.h"
#include "Rows.h"

namespace hamkori {

Result<QList<RaisedConcern>> MeetingQueries::concernsRaisedAt(const QString& meetingUuid)
{
    return readList<RaisedConcern>(
        QStringLiteral("SELECT uuid, code, title, status, restricted FROM concerns "
                       "WHERE first_meeting = ? AND deleted = 0 ORDER BY code"),
        {meetingUuid}, [](const QSqlRecord& row) {
            RaisedConcern concern;
            concern.uuid = rows::text(row, "uuid");
            concern.code = rows::text(row, "code");
            concern.title = rows::text(row, "title");
            concern.status = rows::enumValue(row, "status", ConcernStatus::Raised);
            concern.restricted = row.value(QStringLiteral("restricted")).toInt() != 0;
            return concern;
        });
}

Result<QHash<QString, int>> MeetingQueries::membersPresentCounts(const QString& teamUuid)
{
    auto query =
        sql::run(m_db.connection(),
                 QStringLiteral("SELECT a.meeting, COUNT(*) FROM attendance a "
                                "JOIN meetings g ON g.uuid = a.meeting "
                                "JOIN members m ON m.uuid = a.member "
                                "WHERE g.team = ? AND g.deleted = 0 AND a.deleted = 0 AND m.deleted = 0 "
                                "GROUP BY a.meeting"),
                 {teamUuid});
    if (!query)
        return query.error();
    QHash<QString, int> counts;
    while (query->next())
        counts.insert(query->value(0).toString(), query->value(1).toInt());
    return counts;
}

Result<QHash<QString, int>> MeetingQueries::meetingsAttendedCounts(const QString& teamUuid)
{
    auto query =
        sql::run(m_db.connection(),
                 QStringLiteral("SELECT a.member, COUNT(DISTINCT a.meeting) FROM attendance a "
                                "JOIN meetings g ON g.uuid = a.meeting "
                                "JOIN members m ON m.uuid = a.member "
                                "WHERE m.team = ? AND g.deleted = 0 AND a.deleted = 0 AND m.deleted = 0 "
                                "GROUP BY a.member"),
                 {teamUuid});
    if (!query)
        return query.error();
    QHash<QString, int> counts;
    while (query->next())
        counts.insert(query->value(0).toString(), query->value(1).toInt());
    return counts;
}

} // namespace hamkori
