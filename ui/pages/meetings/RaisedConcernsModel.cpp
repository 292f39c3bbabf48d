#include "RaisedConcernsModel.h"
#include "ui/widgets/RestrictedMark.h"

namespace hamkori {

RaisedConcernsModel::RaisedConcernsModel(Database& db, QObject* parent)
    : QAbstractTableModel(parent), m_db(db)
{
    connect(&db, &Database::recordsChanged, this, [this](const QStringList& kinds) {
        if (!m_meeting.isEmpty() &&
            (kinds.contains(QStringLiteral("concern")) || kinds.contains(QStringLiteral("meeting"))))
            reload();
    });
}

void RaisedConcernsModel::setMeeting(const QString& meetingUuid)
{
    m_meeting = meetingUuid;
    reload();
}

void RaisedConcernsModel::reload()
{
    QList<RaisedConcern> concerns;
    if (!m_meeting.isEmpty())
        if (auto read = MeetingQueries(m_db).concernsRaisedAt(m_meeting))
            concerns = *read;
    bool sameRows = concerns.size() == m_concerns.size();
    for (int i = 0; sameRows && i < concerns.size(); ++i)
        sameRows = concerns[i].uuid == m_concerns[i].uuid;
    if (sameRows) {
        m_concerns = concerns;
        if (!m_concerns.isEmpty())
            Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
        return;
    }
    beginResetModel();
    m_concerns = concerns;
    endResetModel();
}

int RaisedConcernsModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_concerns.size());
}

int RaisedConcernsModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant RaisedConcernsModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() ||
        !checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const RaisedConcern& concern = m_concerns[index.row()];
    if (role == UuidRole)
        return concern.uuid;
    if (role == Qt::ToolTipRole && concern.restricted)
        return RestrictedMark::toolTip();
    if (role == Qt::DecorationRole && index.column() == Code && concern.restricted)
        return RestrictedMark::icon();
    if (role != Qt::DisplayRole)
        return {};
    switch (Column(index.column())) {
    case Code:
        return concern.code;
    case Title:
        return concern.title;
    case Status:
        return displayName(concern.status);
    case ColumnCount:
        break;
    }
    return {};
}

QVariant RaisedConcernsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (Column(section)) {
    case Code:
        return tr("Code");
    case Title:
        return tr("Title");
    case Status:
        return tr("Status");
    case ColumnCount:
        break;
    }
    return {};
}

void RaisedConcernsModel::retranslate()
{
    Q_EMIT headerDataChanged(Qt::Horizontal, 0, ColumnCount - 1);
    if (rowCount() > 0)
        Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
}

QString RaisedConcernsModel::uuidAt(int row) const
{
    return row >= 0 && row < m_concerns.size() ? m_concerns[row].uuid : QString();
}

int RaisedConcernsModel::rowOf(const QString& uuid) const
{
    for (int row = 0; row < m_concerns.size(); ++row)
        if (m_concerns[row].uuid == uuid)
            return row;
    return -1;
}

} // namespace hamkori
