#include "ConcernQueries.h"
#include "Rows.h"
#include <QSet>

namespace hamkori {

Result<QList<ConcernRoundRow>> ConcernQueries::roundsOf(const QString& concernUuid)
{
    return readList<ConcernRoundRow>(
        QStringLiteral("SELECT r.uuid, r.title, r.date, r.meeting, r.decided, rc.chosen FROM round_concerns rc "
                       "JOIN rounds r ON r.uuid = rc.round WHERE rc.concern = ? AND rc.deleted = 0 AND "
                       "r.deleted = 0 ORDER BY r.date, r.created_hlc"),
        {concernUuid}, [](const QSqlRecord& row) {
            ConcernRoundRow r;
            r.roundUuid = rows::text(row, "uuid");
            r.title = rows::text(row, "title");
            r.date = rows::date(row, "date");
            r.meetingUuid = rows::text(row, "meeting");
            r.decided = row.value(QStringLiteral("decided")).toInt() != 0;
            r.chosen = row.value(QStringLiteral("chosen")).toInt() != 0;
            return r;
        });
}

Result<QList<ConcernPlanRow>> ConcernQueries::plansOf(const QString& concernUuid)
{
    return readList<ConcernPlanRow>(
        QStringLiteral("SELECT p.uuid, p.code, p.title, p.status, p.period_start, p.period_end FROM "
                       "plan_concerns pc JOIN plans p ON p.uuid = pc.plan WHERE pc.concern = ? AND "
                       "pc.deleted = 0 AND p.deleted = 0 ORDER BY p.code"),
        {concernUuid}, [](const QSqlRecord& row) {
            ConcernPlanRow p;
            p.planUuid = rows::text(row, "uuid");
            p.code = rows::text(row, "code");
            p.title = rows::text(row, "title");
            p.status = rows::enumValue(row, "status", PlanStatus::Draft);
            p.periodStart = rows::date(row, "period_start");
            p.periodEnd = rows::date(row, "period_end");
            return p;
        });
}

Result<QList<ConcernMeetingRow>> ConcernQueries::meetingsOf(const QString& concernUuid)
{
    // One row per (meeting, role): the same meeting can have raised the concern and scored it.
    return readList<ConcernMeetingRow>(
        QStringLiteral(
            "SELECT m.uuid, m.code, m.date, m.kind, 0 AS role, '' AS about FROM concerns c "
            "JOIN meetings m ON m.uuid = c.first_meeting WHERE c.uuid = ? AND m.deleted = 0 "
            "UNION ALL "
            "SELECT m.uuid, m.code, m.date, m.kind, 1, r.title FROM round_concerns rc "
            "JOIN rounds r ON r.uuid = rc.round JOIN meetings m ON m.uuid = r.meeting "
            "WHERE rc.concern = ? AND rc.deleted = 0 AND r.deleted = 0 AND m.deleted = 0 "
            "UNION ALL "
            "SELECT m.uuid, m.code, m.date, m.kind, 2, p.code FROM plan_concerns pc "
            "JOIN plans p ON p.uuid = pc.plan JOIN meetings m ON m.uuid = p.adopted_meeting "
            "WHERE pc.concern = ? AND pc.deleted = 0 AND p.deleted = 0 AND m.deleted = 0 "
            "ORDER BY 3, 5"),
        {concernUuid, concernUuid, concernUuid}, [](const QSqlRecord& row) {
            ConcernMeetingRow m;
            m.meetingUuid = rows::text(row, "uuid");
            m.code = rows::text(row, "code");
            m.date = rows::date(row, "date");
            m.kind = rows::enumValue(row, "kind", MeetingKind::Regular);
            m.role = ConcernMeetingRow::Role(row.value(QStringLiteral("role")).toInt());
            m.about = rows::text(row, "about");
            return m;
        });
}

Result<ConcernNetwork> ConcernQueries::network(const QString& concernUuid, int depth)
{
    ConcernNetwork network;
    QSet<QString> seen;
    QSet<QString> linkSeen;
    QStringList frontier{concernUuid};
    for (int level = 0; level <= depth && !frontier.isEmpty(); ++level) {
        QStringList next;
        for (const QString& uuid : std::as_const(frontier)) {
            if (seen.contains(uuid))
                continue;
            auto node = readList<ConcernNode>(
                QStringLiteral("SELECT uuid, code, title, restricted FROM concerns WHERE uuid = ? AND "
                               "deleted = 0"),
                {uuid}, [level](const QSqlRecord& row) {
                    return ConcernNode{rows::text(row, "uuid"), rows::text(row, "code"),
                                       rows::text(row, "title"),
                                       row.value(QStringLiteral("restricted")).toInt() != 0, level};
                });
            if (!node)
                return node.error();
            if (node->isEmpty())
                continue;
            seen.insert(uuid);
            network.nodes.append(node->first());
            if (level == depth)
                continue;
            auto links = readList<ConcernLink>(
                QStringLiteral("SELECT l.uuid, l.from_concern, l.to_concern, l.kind, l.note FROM concern_links l "
                               "JOIN concerns a ON a.uuid = l.from_concern JOIN concerns b ON "
                               "b.uuid = l.to_concern WHERE (l.from_concern = ? OR l.to_concern = ?) AND "
                               "l.deleted = 0 AND a.deleted = 0 AND b.deleted = 0 ORDER BY l.created_hlc"),
                {uuid, uuid}, [](const QSqlRecord& row) {
                    ConcernLink l;
                    l.meta.uuid = rows::text(row, "uuid");
                    l.fromUuid = rows::text(row, "from_concern");
                    l.toUuid = rows::text(row, "to_concern");
                    l.kind = rows::enumValue(row, "kind", LinkKind::CoOccurs);
                    l.note = rows::text(row, "note");
                    return l;
                });
            if (!links)
                return links.error();
            for (const ConcernLink& link : *links) {
                const QString other = link.fromUuid == uuid ? link.toUuid : link.fromUuid;
                if (!seen.contains(other))
                    next << other;
            }
        }
        frontier = next;
    }
    // Keep every link whose two ends are drawn (links among the outer ring included).
    for (const ConcernNode& node : std::as_const(network.nodes)) {
        auto links = readList<ConcernLink>(
            QStringLiteral("SELECT uuid, from_concern, to_concern, kind, note FROM concern_links WHERE "
                           "from_concern = ? AND deleted = 0 ORDER BY created_hlc"),
            {node.uuid}, [](const QSqlRecord& row) {
                ConcernLink l;
                l.meta.uuid = rows::text(row, "uuid");
                l.fromUuid = rows::text(row, "from_concern");
                l.toUuid = rows::text(row, "to_concern");
                l.kind = rows::enumValue(row, "kind", LinkKind::CoOccurs);
                l.note = rows::text(row, "note");
                return l;
            });
        if (!links)
            return links.error();
        for (const ConcernLink& link : *links)
            if (seen.contains(link.toUuid) && !linkSeen.contains(link.meta.uuid)) {
                linkSeen.insert(link.meta.uuid);
                network.links.append(link);
            }
    }
    return network;
}

} // namespace hamkori
