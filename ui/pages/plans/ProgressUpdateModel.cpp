#include "ProgressUpdateModel.h"
#include "core/model/Formats.h"
#include "core/storage/PlanRepository.h"
#include <QLocale>

namespace hamkori::plans {

ProgressUpdateModel::ProgressUpdateModel(Database& db, QObject* parent)
    : QAbstractTableModel(parent), m_db(db)
{
    connect(&db, &Database::recordsChanged, this, [this](const QStringList& kinds) {
        if (kinds.contains(QStringLiteral("progress_update")) || kinds.contains(QStringLiteral("activity")))
            reload();
    });
}

void ProgressUpdateModel::setActivity(const QString& activityUuid)
{
    m_activity = activityUuid;
    reload();
}

void ProgressUpdateModel::reload()
{
    QList<ProgressUpdate> rows;
    if (!m_activity.isEmpty())
        if (auto updates = PlanRepository(m_db).progress(m_activity))
            rows = *updates;
    beginResetModel();
    m_rows = rows;
    endResetModel();
}

int ProgressUpdateModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int ProgressUpdateModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ProgressUpdateModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size())
        return {};
    const ProgressUpdate& u = m_rows[index.row()];
    if (role == Qt::TextAlignmentRole && (index.column() == Reached || index.column() == Spent))
        return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
    if (role == Qt::ToolTipRole && index.column() == Reached)
        return tr("Women and girls: %1, men and boys: %2, reached indirectly: %3")
            .arg(QLocale().toString(u.reached.total(Sex::Female)),
                 QLocale().toString(u.reached.total(Sex::Male)), QLocale().toString(u.reachedIndirectly));
    if (role == Qt::ToolTipRole && index.column() == Note)
        return u.note;
    if (role != Qt::DisplayRole)
        return {};
    switch (index.column()) {
    case Date:
        return Formats::date(u.date);
    case Status:
        return displayName(u.status);
    case Note:
        return u.note;
    case Reached:
        return QLocale().toString(u.reached.total());
    case Spent:
        return Formats::money(u.spentSomoni);
    default:
        return {};
    }
}

QVariant ProgressUpdateModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Date:
        return tr("Date");
    case Status:
        return tr("Status");
    case Note:
        return tr("Note");
    case Reached:
        return tr("People reached");
    case Spent:
        return tr("Spent");
    default:
        return {};
    }
}

} // namespace hamkori::plans
