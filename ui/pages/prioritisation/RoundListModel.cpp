#include "RoundListModel.h"
#include "core/model/Formats.h"
#include "core/storage/MeetingRepository.h"
#include "core/storage/PrioritisationRepository.h"

namespace hamkori {

RoundListModel::RoundListModel(Database& db, QObject* parent) : QAbstractTableModel(parent), m_db(db) {}

void RoundListModel::setTeam(const QString& teamUuid)
{
    m_team = teamUuid;
    reload();
}

void RoundListModel::reload()
{
    QList<Row> rows;
    if (!m_team.isEmpty()) {
        MeetingRepository meetings(m_db);
        if (auto rounds = PrioritisationRepository(m_db).rounds(m_team)) {
            for (const PrioritisationRound& round : *rounds) {
                Row row{round, {}};
                if (!round.meetingUuid.isEmpty())
                    if (auto meeting = meetings.meeting(round.meetingUuid))
                        row.meeting =
                            Formats::date(meeting->date) + QStringLiteral(" · ") + displayName(meeting->kind);
                rows << row;
            }
        }
    }
    beginResetModel();
    m_rows = rows;
    endResetModel();
}

int RoundListModel::rowOf(const QString& roundUuid) const
{
    for (qsizetype i = 0; i < m_rows.size(); ++i)
        if (m_rows[i].round.meta.uuid == roundUuid)
            return int(i);
    return -1;
}

QString RoundListModel::uuidAt(int row) const
{
    return row >= 0 && row < m_rows.size() ? m_rows[row].round.meta.uuid : QString();
}

int RoundListModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int RoundListModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant RoundListModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Row& row = m_rows[index.row()];
    if (role == UuidRole)
        return row.round.meta.uuid;
    if (role == Qt::DisplayRole) {
        switch (index.column()) {
        case DateColumn:
            return Formats::date(row.round.date);
        case TitleColumn:
            return row.round.title.isEmpty() ? tr("(untitled round)") : row.round.title;
        case MeetingColumn:
            return row.meeting;
        case DecisionColumn:
            return row.round.decided ? tr("Decided") : tr("Open", "round not decided yet");
        default:
            return {};
        }
    }
    if (role == Qt::ToolTipRole) {
        if (index.column() == DecisionColumn)
            return row.round.decided ? tr("Decided: %n concern(s) chosen as priorities", "",
                                          int(row.round.chosenConcernUuids.size()))
                                     : tr("Not decided yet");
        QString tip = row.round.title;
        if (!row.meeting.isEmpty())
            tip += QLatin1Char('\n') + tr("Meeting: %1").arg(row.meeting);
        return tip;
    }
    return {};
}

QVariant RoundListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case DateColumn:
        return tr("Date");
    case TitleColumn:
        return tr("Title");
    case MeetingColumn:
        return tr("Meeting");
    case DecisionColumn:
        return tr("Decision");
    default:
        return {};
    }
}

} // namespace hamkori
