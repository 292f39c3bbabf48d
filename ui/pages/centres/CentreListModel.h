#pragma once
// Every community policing centre of the data file (a country has tens of them, read at once): name,
// district, the groups that meet there, when it opened and when it was last renovated. Read-only; it follows
// the database's change signal by itself.
#include "core/model/Centre.h"
#include <QAbstractTableModel>

namespace hamkori {

class Database;

class CentreListModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column
    {
        Name,
        District,
        Groups,
        Opened,
        Renovated,
        ColumnCount
    };
    static constexpr int UuidRole = Qt::UserRole;

    explicit CentreListModel(Database& db, QObject* parent = nullptr);

    void reload();
    int rowOf(const QString& centreUuid) const;
    QString uuidAt(int row) const;
    QString lastError() const { return m_lastError; }

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    struct Row
    {
        Centre centre;
        QString district;
        QString groups;
    };

    Database& m_db;
    QList<Row> m_rows;
    QString m_lastError;
};

} // namespace hamkori
