#pragma once
// The conflict inbox as a table: the record (its kind and label), the field, the value shown now and the
// other values waiting, each with the laptop and time of its change. Reloaded after every import and every
// resolution (the list is small: conflicts wait for a person).
#include "core/sync/MergeConflicts.h"
#include <QAbstractTableModel>

namespace hamkori::exchange {

class ConflictListModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column
    {
        Record,
        Field,
        Shown,
        Others,
        ColumnCount
    };

    explicit ConflictListModel(Database& db, QObject* parent = nullptr);

    /// Reads the inbox again; returns the error message when it cannot be read (the list is then empty).
    QString reload();
    const sync::Conflict& conflict(int row) const { return m_conflicts.at(row); }
    const QHash<QString, QString>& deviceNames() const { return m_deviceNames; }

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QString versionText(const QString& kind, const sync::ConflictVersion& version) const;

    Database& m_db;
    QList<sync::Conflict> m_conflicts;
    QHash<QString, QString> m_deviceNames;
};

} // namespace hamkori::exchange
