#include "MeetingListModel.h"
#include "core/model/Formats.h"
#include "core/storage/MeetingQueries.h"
#include "core/storage/MeetingRepository.h"
#include <QLocale>

namespace hamkori {

MeetingListModel::MeetingListModel(Database& db, QObject* parent) : QAbstractTableModel(parent), m_db(db)
{
    connect(&db, &Database::recordsChanged, this, [this](const QStringList& kinds) {
        static const QStringList watched{QStringLiteral("meeting"), QStringLiteral("attendance"),
                                         QStringLiteral("member"), QStringLiteral("team")};
        for (const QString& kind : kinds)
            if (watched.contains(kind)) {
                reload();
                return;
            }
    });
}

void MeetingListModel::setTeam(const QString& teamUuid)
{
    m_team = teamUuid;
    reload();
}

void MeetingListModel::reload()
{
    QList<Meeting> meetings;
    QHash<QString, int> present;
    m_lastError.clear();
    if (!m_team.isEmpty()) {
        auto read = MeetingRepository(m_db).meetings(m_team);
        auto counts = MeetingQueries(m_db).membersPresentCounts(m_team);
        if (!read)
            m_lastError = read.errorMessage();
        else if (!counts)
            m_lastError = counts.errorMessage();
        else {
            meetings = *read;
            present = *counts;
        }
    }

    bool sameRows = meetings.size() == m_meetings.size();
    for (int i = 0; sameRows && i < meetings.size(); ++i)
        sameRows = meetings[i].meta.uuid == m_meetings[i].meta.uuid;
    if (sameRows) {
        m_meetings = meetings;
        m_present = present;
        if (!m_meetings.isEmpty())
            Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
        return;
    }
    beginResetModel();
    m_meetings = meetings;
    m_present = present;
    endResetModel();
    Q_EMIT rowsReplaced();
}

int MeetingListModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_meetings.size());
}

int MeetingListModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant MeetingListModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() ||
        !checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Meeting& meeting = m_meetings[index.row()];
    if (role == UuidRole)
        return meeting.meta.uuid;
    if (role == Qt::TextAlignmentRole && index.column() == Attendance)
        return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
    if (role == Qt::ToolTipRole && index.column() == Attendance) {
        const int members = m_present.value(meeting.meta.uuid);
        return tr("%1 members present, %2 guests")
            .arg(QLocale().toString(members), QLocale().toString(meeting.guests.total()));
    }
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole)
        return {};
    switch (Column(index.column())) {
    case Date:
        return Formats::date(meeting.date);
    case Code:
        return meeting.code;
    case Kind:
        return displayName(meeting.kind);
    case Place:
        return meeting.place;
    case Attendance:
        return QLocale().toString(attendanceAt(index.row()));
    case ColumnCount:
        break;
    }
    return {};
}

QVariant MeetingListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (Column(section)) {
    case Date:
        return tr("Date");
    case Code:
        return tr("Code");
    case Kind:
        return tr("Kind");
    case Place:
        return tr("Place");
    case Attendance:
        return tr("Attendance");
    case ColumnCount:
        break;
    }
    return {};
}

void MeetingListModel::retranslate()
{
    Q_EMIT headerDataChanged(Qt::Horizontal, 0, ColumnCount - 1);
    if (rowCount() > 0)
        Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
}

QString MeetingListModel::uuidAt(int row) const
{
    return row >= 0 && row < m_meetings.size() ? m_meetings[row].meta.uuid : QString();
}

int MeetingListModel::rowOf(const QString& uuid) const
{
    for (int row = 0; row < m_meetings.size(); ++row)
        if (m_meetings[row].meta.uuid == uuid)
            return row;
    return -1;
}

const Meeting* MeetingListModel::meetingAt(int row) const
{
    return row >= 0 && row < m_meetings.size() ? &m_meetings[row] : nullptr;
}

int MeetingListModel::attendanceAt(int row) const
{
    const Meeting* meeting = meetingAt(row);
    return meeting ? m_present.value(meeting->meta.uuid) + meeting->guests.total() : 0;
}

} // namespace hamkori
