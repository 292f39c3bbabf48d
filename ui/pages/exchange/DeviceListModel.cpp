#include "DeviceListModel.h"

namespace hamkori::exchange {

DeviceListModel::DeviceListModel(Database& db, QObject* parent) : QAbstractTableModel(parent), m_db(db)
{
    reload();
}

QString DeviceListModel::reload()
{
    beginResetModel();
    auto devices = SyncRepository(m_db).knownDevices();
    m_devices = devices ? *devices : QList<KnownDevice>();
    endResetModel();
    return devices.errorMessage();
}

int DeviceListModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_devices.size());
}

int DeviceListModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString DeviceListModel::knowsText(const KnownDevice& device) const
{
    qint64 changes = 0;
    for (qint64 seq : device.knows)
        changes += seq;
    return tr("%n change(s)", nullptr, int(changes)) + QLatin1Char(' ') +
           tr("from %n laptop(s)", nullptr, int(device.knows.size()));
}

QVariant DeviceListModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const KnownDevice& device = m_devices.at(index.row());
    if (role == Qt::ToolTipRole && index.column() == Knows) {
        QStringList lines;
        for (auto it = device.knows.constBegin(); it != device.knows.constEnd(); ++it)
            lines << tr("%1: up to change %2")
                         .arg(it.key() == m_db.identity().id() ? tr("this laptop") : it.key().left(8))
                         .arg(it.value());
        lines.sort();
        return lines.join(QLatin1Char('\n'));
    }
    if (role != Qt::DisplayRole)
        return {};
    switch (index.column()) {
    case Name:
        return device.name.isEmpty() ? tr("(no name)") : device.name;
    case Fingerprint:
        return device.fingerprint();
    case LastBundle:
        return device.lastBundle.isValid()
                   ? device.lastBundle.toLocalTime().toString(QStringLiteral("dd.MM.yyyy HH:mm"))
                   : tr("none yet");
    case Knows:
        return device.knows.isEmpty() ? QString() : knowsText(device);
    default:
        return {};
    }
}

QVariant DeviceListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Name:
        return tr("Laptop");
    case Fingerprint:
        return tr("Fingerprint");
    case LastBundle:
        return tr("Last bundle written");
    case Knows:
        return tr("What it knew then");
    default:
        return {};
    }
}

} // namespace hamkori::exchange
