#pragma once
// The changes that imports set aside (sync_quarantine), one row each: when, from which laptop, which record
// and field, and why. The Exchange page's "Set aside" tab shows them and offers to try them again.
#include "core/storage/SyncRepository.h"
#include <QAbstractTableModel>

namespace hamkori::exchange {

class SetAsideModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column
    {
        Received,
        From,
        Record,
        Field,
        Reason,
        ColumnCount
    };

    explicit SetAsideModel(Database& db, QObject* parent = nullptr);
    /// Reads the list again; returns the error message, empty on success.
    QString reload();

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    Database& m_db;
    QList<QuarantinedEntry> m_entries;
    QHash<QString, QString> m_deviceNames;
};

} // namespace hamkori::exchange
