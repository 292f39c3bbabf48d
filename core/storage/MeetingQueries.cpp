#include "MeetingQueries.h"
#include "Rows.h"

namespace hamkori {

Result<QList<RaisedConcern>> MeetingQueries::concernsRaisedAt(const QString& meetingUuid)
{
    return readList<RaisedConcern>(
        // The status on the meeting's day is the last one the history gives up to that day; none yet: it was
        // just raised.
        QStringLiteral("SELECT c.uuid, c.code, c.title, c.status, c.restricted, c.category, c.first_raised, "
                       "COALESCE((SELECT h.status FROM concern_status_history h WHERE h.concern = c.uuid "
                       "AND h.deleted = 0 AND h.date <= m.date ORDER BY h.date DESC, h.modified_hlc DESC "
                       "LIMIT 1), 'raised') AS status_then "
                       "FROM concerns c JOIN meetings m ON m.uuid = c.first_meeting "
                       "WHERE c.first_meeting = ? AND c.deleted = 0 ORDER BY c.code"),
        {meetingUuid}, [](const QSqlRecord& row) {
            RaisedConcern concern;
            concern.uuid = rows::text(row, "uuid");
            concern.code = rows::text(row, "code");
            concern.title = rows::text(row, "title");
            concern.categoryUuid = rows::text(row, "category");
            concern.firstRaised = rows::date(row, "first_raised");
            concern.status = rows::enumValue(row, "status", ConcernStatus::Raised);
            concern.statusOnMeetingDay = rows::enumValue(row, "status_then", ConcernStatus::Raised);
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
