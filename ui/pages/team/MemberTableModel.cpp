#include "MemberTableModel.h"
#include "core/model/Formats.h"
#include "core/storage/MeetingQueries.h"
#include "core/storage/TeamRepository.h"
#include <QBrush>
#include <QGuiApplication>
#include <QLocale>
#include <QPalette>

namespace hamkori {

MemberTableModel::MemberTableModel(Database& db, QObject* parent) : QAbstractTableModel(parent), m_db(db)
{
    connect(&db, &Database::recordsChanged, this, [this](const QStringList& kinds) {
        static const QStringList shown{QStringLiteral("member"), QStringLiteral("team"),
                                       QStringLiteral("meeting"), QStringLiteral("attendance")};
        for (const QString& kind : kinds)
            if (shown.contains(kind)) {
                reload();
                return;
            }
    });
}

void MemberTableModel::setTeam(const QString& teamUuid)
{
    m_team = teamUuid;
    reload();
}

void MemberTableModel::reload()
{
    beginResetModel();
    m_members.clear();
    m_attended.clear();
    m_lastError.clear();
    if (!m_team.isEmpty()) {
        auto members = TeamRepository(m_db).members(m_team);
        m_lastError = members.errorMessage();
        if (members)
            m_members = *members;
        auto attended = MeetingQueries(m_db).meetingsAttendedCounts(m_team);
        if (attended)
            m_attended = *attended;
        else if (m_lastError.isEmpty())
            m_lastError = attended.errorMessage();
    }
    endResetModel();
    Q_EMIT membersReloaded();
}

int MemberTableModel::rowOf(const QString& memberUuid) const
{
    for (int row = 0; row < m_members.size(); ++row)
        if (m_members[row].meta.uuid == memberUuid)
            return row;
    return -1;
}

int MemberTableModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_members.size());
}

int MemberTableModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString MemberTableModel::text(const Member& member, int column) const
{
    const auto date = [](QDate day) { return Formats::date(day); };
    switch (column) {
    case Name:
        return member.name;
    case Category:
        return displayName(member.category);
    case Sex:
        return displayName(member.sex);
    case AgeBand:
        return displayName(member.ageBand);
    case Organisation:
        return member.organisation;
    case Post:
        return member.post;
    case Phone:
        return member.phone;
    case Joined:
        return date(member.joined);
    case Left:
        return date(member.left);
    case MeetingsAttended:
        return QLocale().toString(m_attended.value(member.meta.uuid));
    default:
        return {};
    }
}

QVariant MemberTableModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= m_members.size() || index.column() >= ColumnCount)
        return {};
    const Member& member = m_members[index.row()];
    // Greyed once the day they left is past (core counts a member as active on the day they leave).
    const bool active = !member.left.isValid() || member.left >= QDate::currentDate();
    switch (role) {
    case Qt::DisplayRole:
        return text(member, index.column());
    case Qt::ToolTipRole:
        return active ? text(member, index.column())
                      : tr("%1 left the team on %2.").arg(member.name, Formats::date(member.left));
    case Qt::TextAlignmentRole:
        if (index.column() == MeetingsAttended)
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    case Qt::ForegroundRole:
        if (!active)
            return QBrush(QGuiApplication::palette().color(QPalette::Disabled, QPalette::Text));
        return {};
    case UuidRole:
        return member.meta.uuid;
    default:
        return {};
    }
}

QVariant MemberTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Name:
        return tr("Name");
    case Category:
        return tr("Category");
    case Sex:
        return tr("Sex");
    case AgeBand:
        return tr("Age band");
    case Organisation:
        return tr("Organisation");
    case Post:
        return tr("Post");
    case Phone:
        return tr("Phone");
    case Joined:
        return tr("Joined");
    case Left:
        return tr("Left");
    case MeetingsAttended:
        return tr("Meetings attended");
    default:
        return {};
    }
}

} // namespace hamkori
