#pragma once
// The backups of the open data file (core/storage/Backups), newest first: when, why, size and what they hold.
#include "core/storage/Backups.h"
#include <QAbstractTableModel>

namespace hamkori::settings {

class BackupListModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column
    {
        Made,
        Reason,
        Size,
        Teams,
        Concerns,
        Plans,
        ColumnCount
    };

    explicit BackupListModel(QString folder, QObject* parent = nullptr);
    /// Reads the folder again; returns the error message, empty on success.
    QString reload();
    const BackupInfo& backup(int row) const { return m_backups.at(row); }

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QString m_folder;
    QList<BackupInfo> m_backups;
};

} // namespace hamkori::settings
