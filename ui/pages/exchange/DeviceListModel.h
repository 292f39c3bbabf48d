#pragma once
// The laptops this one has received bundles from: name, fingerprint, when their last bundle was written (by
// their own clock) and what they knew then.
#include "core/storage/SyncRepository.h"
#include <QAbstractTableModel>

namespace hamkori::exchange {

class DeviceListModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column
    {
        Name,
        Fingerprint,
        LastBundle,
        Knows,
        ColumnCount
    };

    explicit DeviceListModel(Database& db, QObject* parent = nullptr);
    QString reload();

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QString knowsText(const KnownDevice& device) const;

    Database& m_db;
    QList<KnownDevice> m_devices;
};

} // namespace hamkori::exchange
