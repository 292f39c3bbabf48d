#include "IndicatorReadingModel.h"
#include "core/model/Formats.h"
#include "core/storage/PlanRepository.h"
#include <QLocale>

namespace hamkori::plans {

IndicatorReadingModel::IndicatorReadingModel(Database& db, QObject* parent)
    : QAbstractTableModel(parent), m_db(db)
{
    connect(&db, &Database::recordsChanged, this, [this](const QStringList& kinds) {
        if (kinds.contains(QStringLiteral("indicator_reading")) || kinds.contains(QStringLiteral("activity")))
            reload();
    });
}

void IndicatorReadingModel::setActivity(const QString& activityUuid)
{
    m_activity = activityUuid;
    reload();
}

void IndicatorReadingModel::reload()
{
    QList<IndicatorReading> rows;
    if (!m_activity.isEmpty())
        if (auto readings = PlanRepository(m_db).readings(m_activity))
            rows = *readings;
    beginResetModel();
    m_rows = rows;
    endResetModel();
}

int IndicatorReadingModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int IndicatorReadingModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant IndicatorReadingModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size())
        return {};
    const IndicatorReading& r = m_rows[index.row()];
    if (role == Qt::TextAlignmentRole && index.column() == Value)
        return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
    if (role != Qt::DisplayRole && !(role == Qt::ToolTipRole && index.column() == Note))
        return {};
    switch (index.column()) {
    case Date:
        return Formats::date(r.date);
    case Value:
        return QLocale().toString(r.value);
    case Note:
        return r.note;
    default:
        return {};
    }
}

QVariant IndicatorReadingModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Date:
        return tr("Date");
    case Value:
        return tr("Value");
    case Note:
        return tr("Note");
    default:
        return {};
    }
}

} // namespace hamkori::plans
