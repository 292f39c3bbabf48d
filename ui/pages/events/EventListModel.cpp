#include "EventListModel.h"
#include "core/model/Formats.h"

namespace hamkori {

EventListModel::EventListModel(Database& db, QObject* parent) : QAbstractTableModel(parent), m_db(db)
{
    connect(&db, &Database::recordsChanged, this, [this](const QStringList& kinds) {
        for (const QString& kind : kinds)
            // Participants change the count; a centre renamed changes the place.
            if (kind == u"event" || kind == u"event_participant" || kind == u"event_count" ||
                kind == u"centre" || kind == u"team") {
                reload();
                return;
            }
    });
}

void EventListModel::setTeam(const QString& teamUuid)
{
    m_team = teamUuid;
    reload();
}

void EventListModel::setKind(std::optional<EventKind> kind)
{
    m_kind = kind;
    reload();
}

void EventListModel::setSearch(const QString& text)
{
    m_search = text.trimmed();
    reload();
}

void EventListModel::reload()
{
    beginResetModel();
    m_rows.clear();
    m_all = 0;
    m_lastError.clear();
    if (!m_team.isEmpty()) {
        auto all = EventRepository(m_db).events({m_team});
        if (!all) {
            m_lastError = all.errorMessage();
        } else {
            m_all = int(all->size());
            for (const EventSummary& row : *all)
                if ((!m_kind || row.event.kind == *m_kind) &&
                    (m_search.isEmpty() || row.event.title.contains(m_search, Qt::CaseInsensitive)))
                    m_rows << row;
        }
    }
    endResetModel();
}

int EventListModel::rowOf(const QString& uuid) const
{
    for (int i = 0; i < m_rows.size(); ++i)
        if (m_rows[i].event.meta.uuid == uuid)
            return i;
    return -1;
}

QString EventListModel::uuidAt(int row) const
{
    return row >= 0 && row < m_rows.size() ? m_rows[row].event.meta.uuid : QString();
}

int EventListModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int EventListModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant EventListModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size())
        return {};
    const EventSummary& row = m_rows[index.row()];
    const Event& e = row.event;
    if (role == UuidRole)
        return e.meta.uuid;
    if (role == Qt::TextAlignmentRole && index.column() == Participants)
        return int(Qt::AlignRight | Qt::AlignVCenter);
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole)
        return {};
    switch (index.column()) {
    case Code:
        return role == Qt::ToolTipRole ? e.title : e.code;
    case Start:
        if (role == Qt::ToolTipRole && e.end.isValid() && e.end != e.start)
            return tr("%1 to %2").arg(Formats::date(e.start), Formats::date(e.end));
        return Formats::date(e.start);
    case Kind:
        return displayName(e.kind);
    case Title:
        return e.title;
    case Place:
        return row.centreName.isEmpty() ? e.place : row.centreName;
    case Participants:
        return row.participants;
    default:
        return {};
    }
}

QVariant EventListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Code:
        return tr("Code");
    case Start:
        return tr("First day");
    case Kind:
        return tr("Kind");
    case Title:
        return tr("Title");
    case Place:
        return tr("Place");
    case Participants:
        return tr("People");
    default:
        return {};
    }
}

} // namespace hamkori
