#include "EquipmentModel.h"
#include "core/storage/CentreRepository.h"
#include <QBrush>
#include <QColor>

namespace hamkori {

EquipmentModel::EquipmentModel(Database& db, Edit edit, QObject* parent)
    : QAbstractTableModel(parent), m_db(db), m_edit(std::move(edit))
{
    connect(&db, &Database::recordsChanged, this, [this](const QStringList& kinds) {
        if (kinds.contains(QStringLiteral("equipment")) || kinds.contains(QStringLiteral("centre")))
            reload();
    });
}

void EquipmentModel::setCentre(const QString& centreUuid)
{
    m_centre = centreUuid;
    reload();
}

void EquipmentModel::reload()
{
    beginResetModel();
    m_items.clear();
    if (!m_centre.isEmpty())
        if (auto items = CentreRepository(m_db).equipmentOf(m_centre))
            m_items = *items;
    endResetModel();
}

int EquipmentModel::rowOf(const QString& uuid) const
{
    for (int i = 0; i < m_items.size(); ++i)
        if (m_items[i].meta.uuid == uuid)
            return i;
    return -1;
}

int EquipmentModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_items.size());
}

int EquipmentModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant EquipmentModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= m_items.size())
        return {};
    const Equipment& item = m_items[index.row()];
    if (role == UuidRole)
        return item.meta.uuid;
    if (role == Qt::ForegroundRole && index.column() == Condition &&
        item.condition != EquipmentCondition::Good)
        return QBrush(QColor(0xb7, 0x1c, 0x1c)); // needs attention
    if (role == Qt::TextAlignmentRole && index.column() == Quantity)
        return int(Qt::AlignRight | Qt::AlignVCenter);
    if (role == Qt::EditRole) {
        switch (index.column()) {
        case Item:
            return item.item;
        case Quantity:
            return item.quantity;
        case Condition:
            return int(item.condition);
        }
    }
    if (role == Qt::DisplayRole) {
        switch (index.column()) {
        case Item:
            return item.item;
        case Quantity:
            return item.quantity;
        case Condition:
            return displayName(item.condition);
        }
    }
    return {};
}

bool EquipmentModel::setData(const QModelIndex& index, const QVariant& value, int role)
{
    if (role != Qt::EditRole || !index.isValid() || index.row() >= m_items.size())
        return false;
    const Equipment before = m_items[index.row()];
    Equipment after = before;
    switch (index.column()) {
    case Item:
        after.item = value.toString();
        break;
    case Quantity:
        after.quantity = value.toInt();
        break;
    case Condition:
        after.condition = EquipmentCondition(value.toInt());
        break;
    default:
        return false;
    }
    auto done = m_edit(before, after);
    m_lastError = done ? QString() : done.errorMessage();
    if (!done) {
        Q_EMIT editRefused(m_lastError);
        return false;
    }
    return true;
}

Qt::ItemFlags EquipmentModel::flags(const QModelIndex& index) const
{
    if (!index.isValid())
        return Qt::NoItemFlags;
    return Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsEditable;
}

QVariant EquipmentModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Item:
        return tr("Item");
    case Quantity:
        return tr("Quantity");
    case Condition:
        return tr("Condition");
    default:
        return {};
    }
}

} // namespace hamkori
