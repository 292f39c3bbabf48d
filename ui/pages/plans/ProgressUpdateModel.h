#pragma once
// The progress updates of one activity, oldest first: date, status, note, people reached, money spent.
#include "core/model/ActionPlan.h"
#include <QAbstractTableModel>

namespace hamkori {
class Database;
}

namespace hamkori::plans {

class ProgressUpdateModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column
    {
        Date,
        Status,
        Note,
        Reached,
        Spent,
        ColumnCount
    };

    explicit ProgressUpdateModel(Database& db, QObject* parent = nullptr);
    void setActivity(const QString& activityUuid);
    void reload();
    const ProgressUpdate& updateAt(int row) const { return m_rows[row]; }

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    Database& m_db;
    QString m_activity;
    QList<ProgressUpdate> m_rows;
};

} // namespace hamkori::plans
