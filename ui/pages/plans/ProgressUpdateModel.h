#pragma once
// The progress updates of one activity, oldest first: date, status, note, people reached, money spent. An
// update carried out by an event or a campaign names it where the people reached would be ("via
// ISF-C-2026-01"): they are counted there.
#include "core/model/ActionPlan.h"
#include <QAbstractTableModel>
#include <QHash>

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
    QString carrierText(const ProgressUpdate& update) const;

    Database& m_db;
    QString m_activity;
    QList<ProgressUpdate> m_rows;
    QHash<QString, QString> m_carrierCodes; // event or campaign UUID → code; missing: deleted since
};

} // namespace hamkori::plans
