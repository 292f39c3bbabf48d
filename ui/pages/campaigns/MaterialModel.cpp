#include "MaterialModel.h"
#include "core/storage/CampaignRepository.h"
#include <QLocale>

namespace hamkori {

MaterialModel::MaterialModel(Database& db, Edit edit, QObject* parent)
    : QAbstractTableModel(parent), m_db(db), m_edit(std::move(edit))
{
    connect(&db, &Database::recordsChanged, this, [this](const QStringList& kinds) {
        if (kinds.contains(QStringLiteral("campaign_material")) || kinds.contains(QStringLiteral("campaign")))
            reload();
    });
}

void MaterialModel::setCampaign(const QString& campaignUuid)
{
    m_campaign = campaignUuid;
    reload();
}

void MaterialModel::reload()
{
    beginResetModel();
    m_items.clear();
    if (!m_campaign.isEmpty())
        if (auto items = CampaignRepository(m_db).materials(m_campaign))
            m_items = *items;
    endResetModel();
}

int MaterialModel::rowOf(const QString& uuid) const
{
    for (int i = 0; i < m_items.size(); ++i)
        if (m_items[i].meta.uuid == uuid)
            return i;
    return -1;
}

int MaterialModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_items.size());
}

int MaterialModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant MaterialModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= m_items.size())
        return {};
    const CampaignMaterial& item = m_items[index.row()];
    if (role == UuidRole)
        return item.meta.uuid;
    if (role == Qt::TextAlignmentRole && index.column() == Quantity)
        return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
    if (role == Qt::EditRole)
        return index.column() == Item ? QVariant(item.item) : QVariant(item.quantity);
    if (role == Qt::DisplayRole)
        return index.column() == Item ? item.item : QLocale().toString(item.quantity);
    if (role == Qt::ToolTipRole && index.column() == Item)
        return item.item;
    return {};
}

bool MaterialModel::setData(const QModelIndex& index, const QVariant& value, int role)
{
    if (role != Qt::EditRole || !index.isValid() || index.row() >= m_items.size())
        return false;
    const CampaignMaterial before = m_items[index.row()];
    CampaignMaterial after = before;
    switch (index.column()) {
    case Item:
        after.item = value.toString();
        break;
    case Quantity:
        after.quantity = value.toInt();
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

Qt::ItemFlags MaterialModel::flags(const QModelIndex& index) const
{
    if (!index.isValid())
        return Qt::NoItemFlags;
    return Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsEditable;
}

QVariant MaterialModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Item:
        return tr("Material");
    case Quantity:
        return tr("Quantity");
    default:
        return {};
    }
}

} // namespace hamkori
