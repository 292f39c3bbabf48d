#include "SetAsideModel.h"
#include "core/sync/Merge.h"
#include "core/sync/MergeReport.h"

namespace hamkori::exchange {

SetAsideModel::SetAsideModel(Database& db, QObject* parent) : QAbstractTableModel(parent), m_db(db)
{
    reload();
}

QString SetAsideModel::reload()
{
    beginResetModel();
    SyncRepository repository(m_db);
    auto entries = repository.quarantined();
    m_entries = entries ? *entries : QList<QuarantinedEntry>();
    m_deviceNames.clear();
    if (auto devices = repository.knownDevices())
        for (const KnownDevice& device : *devices)
            m_deviceNames.insert(device.id, device.name);
    endResetModel();
    return entries.errorMessage();
}

int SetAsideModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_entries.size());
}

int SetAsideModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant SetAsideModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const QuarantinedEntry& kept = m_entries.at(index.row());
    if (role == Qt::ToolTipRole && index.column() == Reason)
        return QString(sync::setAsideReason(kept.reasonCode) + QStringLiteral("\n\n") + kept.reason);
    if (role != Qt::DisplayRole)
        return {};
    switch (index.column()) {
    case Received:
        return kept.received.toLocalTime().toString(QStringLiteral("dd.MM.yyyy HH:mm"));
    case From: {
        const QString name = m_deviceNames.value(kept.sender);
        return name.isEmpty() ? kept.sender.left(8) : name;
    }
    case Record:
        return QString(sync::MergeReport::kindName(kept.entry.kind) + QLatin1Char(' ') +
                       kept.entry.record.left(8));
    case Field:
        return kept.entry.field.isEmpty() ? tr("new record") : kept.entry.field;
    case Reason: {
        const QString label = sync::setAsideLabel(kept.reasonCode);
        return label.isEmpty() ? kept.reason : label;
    }
    default:
        return {};
    }
}

QVariant SetAsideModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Received:
        return tr("Received");
    case From:
        return tr("From laptop");
    case Record:
        return tr("Record");
    case Field:
        return tr("Field");
    case Reason:
        return tr("Why it was not applied");
    default:
        return {};
    }
}

} // namespace hamkori::exchange
