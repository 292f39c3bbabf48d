#pragma once
// The indicator readings of one activity, oldest first: date, value, note.
#include "core/model/ActionPlan.h"
#include <QAbstractTableModel>

namespace hamkori {
class Database;
}

namespace hamkori::plans {

class IndicatorReadingModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column
    {
        Date,
        Value,
        Note,
        ColumnCount
    };

    explicit IndicatorReadingModel(Database& db, QObject* parent = nullptr);
    void setActivity(const QString& activityUuid);
    void reload();

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    Database& m_db;
    QString m_activity;
    QList<IndicatorReading> m_rows;
};

} // namespace hamkori::plans
