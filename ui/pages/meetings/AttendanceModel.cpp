#include "AttendanceModel.h"
#include "core/storage/MeetingRepository.h"
#include "core/storage/TeamRepository.h"
#include "ui/Session.h"
#include "ui/undo/Undo.h"
#include <QCollator>
#include <algorithm>

namespace hamkori {

AttendanceModel::AttendanceModel(Session& session, QObject* parent) : QAbstractListModel(parent), m_session(session)
{
    connect(&session.db(), &Database::recordsChanged, this, [this](const QStringList& kinds) {
        if (m_meeting.meta.uuid.isEmpty())
            return;
        static const QStringList watched{QStringLiteral("meeting"), QStringLiteral("attendance"),
                                         QStringLiteral("member")};
        for (const QString& kind : kinds)
            if (watched.contains(kind)) {
                reload();
                return;
            }
    });
}

void AttendanceModel::setMeeting(const QString& meetingUuid)
{
    m_meeting = Meeting{};
    m_meeting.meta.uuid = meetingUuid;
    reload();
}

void AttendanceModel::reload()
{
    Meeting meeting;
    QList<Member> members;
    QSet<QString> present;
    if (!m_meeting.meta.uuid.isEmpty()) {
        Database& db = m_session.db();
        auto read = MeetingRepository(db).meeting(m_meeting.meta.uuid);
        if (read) {
            meeting = *read;
            auto presentList = MeetingRepository(db).presentMembers(meeting.meta.uuid);
            if (presentList)
                present = QSet<QString>(presentList->cbegin(), presentList->cend());
            auto team = TeamRepository(db).members(meeting.teamUuid);
            if (team)
                for (const Member& member : *team)
                    if (member.isActiveOn(meeting.date) || present.contains(member.meta.uuid))
                        members.append(member);
            QCollator collator;
            std::stable_sort(members.begin(), members.end(), [&collator](const Member& a, const Member& b) {
                return collator.compare(a.name, b.name) < 0;
            });
        } else {
            meeting.meta.uuid = m_meeting.meta.uuid; // deleted meanwhile: show nothing, keep following it
        }
    }

    bool sameRows = members.size() == m_members.size();
    for (int i = 0; sameRows && i < members.size(); ++i)
        sameRows = members[i].meta.uuid == m_members[i].meta.uuid;
    if (sameRows) {
        m_meeting = meeting;
        m_members = members;
        m_present = present;
        if (!m_members.isEmpty())
            Q_EMIT dataChanged(index(0), index(rowCount() - 1));
        return;
    }
    beginResetModel();
    m_meeting = meeting;
    m_members = members;
    m_present = present;
    endResetModel();
}

int AttendanceModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_members.size());
}

QVariant AttendanceModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || !checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Member& member = m_members[index.row()];
    switch (role) {
    case Qt::DisplayRole:
        if (!member.isActiveOn(m_meeting.date))
            return tr("%1 (%2, not a member on this date)").arg(member.name, displayName(member.category));
        return tr("%1 (%2)").arg(member.name, displayName(member.category));
    case Qt::CheckStateRole:
        return m_present.contains(member.meta.uuid) ? Qt::Checked : Qt::Unchecked;
    case Qt::ToolTipRole: {
        QStringList parts{displayName(member.sex), displayName(member.ageBand)};
        if (!member.organisation.isEmpty())
            parts << member.organisation;
        if (!member.post.isEmpty())
            parts << member.post;
        return parts.join(QStringLiteral(", "));
    }
    case UuidRole:
        return member.meta.uuid;
    default:
        return {};
    }
}

bool AttendanceModel::setData(const QModelIndex& index, const QVariant& value, int role)
{
    if (role != Qt::CheckStateRole || !index.isValid() ||
        !checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return false;
    const Member member = m_members[index.row()];
    const bool present = value.toInt() == Qt::Checked;
    if (present == m_present.contains(member.meta.uuid))
        return false;
    const QString meetingUuid = m_meeting.meta.uuid;
    const QString memberUuid = member.meta.uuid;
    Database& db = m_session.db();
    const QString text = present ? tr("mark %1 present at %2").arg(member.name, m_meeting.code)
                                 : tr("mark %1 absent at %2").arg(member.name, m_meeting.code);
    auto done = undo::perform(
        m_session, text,
        [&db, meetingUuid, memberUuid, present] {
            return MeetingRepository(db).setPresent(meetingUuid, memberUuid, present);
        },
        [&db, meetingUuid, memberUuid, present] {
            return MeetingRepository(db).setPresent(meetingUuid, memberUuid, !present);
        });
    m_lastError = done.errorMessage();
    if (!done) {
        Q_EMIT editRefused(m_lastError);
        return false;
    }
    return true; // the database's change signal has reloaded the rows
}

Qt::ItemFlags AttendanceModel::flags(const QModelIndex& index) const
{
    if (!index.isValid() || !checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return Qt::NoItemFlags;
    return Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsUserCheckable;
}

SexAgeCounts AttendanceModel::presentCounts() const
{
    SexAgeCounts counts;
    for (const Member& member : m_members)
        if (m_present.contains(member.meta.uuid))
            counts.set(member.sex, member.ageBand, counts.at(member.sex, member.ageBand) + 1);
    return counts;
}

int AttendanceModel::rowOfMember(const QString& memberUuid) const
{
    for (int row = 0; row < m_members.size(); ++row)
        if (m_members[row].meta.uuid == memberUuid)
            return row;
    return -1;
}

} // namespace hamkori
