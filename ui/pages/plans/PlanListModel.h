#pragma once
// The action plans of one team: code, title, period, status and how many activities are done. Follows the
// database's change signal by itself.
#include "core/model/ActionPlan.h"
#include <QAbstractTableModel>

namespace hamkori {
class Database;
}

namespace hamkori::plans {

class PlanListModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column
    {
        Code,
        Title,
        Period,
        Status,
        Activities,
        ColumnCount
    };
    static constexpr int UuidRole = Qt::UserRole + 1;

    explicit PlanListModel(Database& db, QObject* parent = nullptr);

    void setTeam(const QString& teamUuid);
    void reload();
    int rowOf(const QString& planUuid) const;
    QString uuidAt(int row) const;
    QString lastError() const { return m_lastError; }

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

Q_SIGNALS:
    /// After a reload that may have moved or removed rows (a reset): views restore their selection.
    void reloaded();

private:
    struct Row
    {
        ActionPlan plan;
        int done = 0;
        int total = 0;
        int overdue = 0;
    };
    Database& m_db;
    QString m_team;
    QList<Row> m_rows;
    QString m_lastError;
};

} // namespace hamkori::plans
