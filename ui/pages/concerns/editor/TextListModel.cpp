#include "TextListModel.h"

namespace hamkori {

TextListModel::TextListModel(QObject* parent) : QAbstractListModel(parent) {}

void TextListModel::setItems(const QStringList& items)
{
    if (items == m_items)
        return;
    beginResetModel();
    m_items = items;
    endResetModel();
}

// The model shows the change first (so the reload that follows a successful save finds nothing to do),
// then saves; a refused save puts back what was there.
bool TextListModel::commitOrReset(const QStringList& previous)
{
    if (!m_commit || m_commit(m_items))
        return true;
    beginResetModel();
    m_items = previous;
    endResetModel();
    return false;
}

bool TextListModel::append(const QString& text)
{
    const QString trimmed = text.trimmed();
    if (trimmed.isEmpty())
        return false;
    const QStringList previous = m_items;
    const int row = int(m_items.size());
    beginInsertRows({}, row, row);
    m_items.append(trimmed);
    endInsertRows();
    return commitOrReset(previous);
}

bool TextListModel::removeAt(int row)
{
    if (row < 0 || row >= m_items.size())
        return false;
    const QStringList previous = m_items;
    beginRemoveRows({}, row, row);
    m_items.removeAt(row);
    endRemoveRows();
    return commitOrReset(previous);
}

bool TextListModel::move(int row, int delta)
{
    const int target = row + delta;
    if (row < 0 || row >= m_items.size() || target < 0 || target >= m_items.size() || delta == 0)
        return false;
    const QStringList previous = m_items;
    // beginMoveRows wants the destination as "insert before": one further when moving down.
    beginMoveRows({}, row, row, {}, delta > 0 ? target + 1 : target);
    m_items.move(row, target);
    endMoveRows();
    return commitOrReset(previous);
}

int TextListModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_items.size());
}

QVariant TextListModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    if (role == Qt::DisplayRole || role == Qt::EditRole || role == Qt::ToolTipRole)
        return m_items.at(index.row());
    return {};
}

bool TextListModel::setData(const QModelIndex& index, const QVariant& value, int role)
{
    if (role != Qt::EditRole ||
        !checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return false;
    const QString text = value.toString().simplified();
    if (text == m_items.at(index.row()))
        return true;
    // Emptying an entry removes it (what is stored has no empty lines).
    if (text.isEmpty())
        return removeAt(index.row());
    const QStringList previous = m_items;
    m_items[index.row()] = text;
    Q_EMIT dataChanged(index, index, {Qt::DisplayRole, Qt::EditRole, Qt::ToolTipRole});
    return commitOrReset(previous);
}

Qt::ItemFlags TextListModel::flags(const QModelIndex& index) const
{
    if (!index.isValid())
        return Qt::NoItemFlags;
    return Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsEditable;
}

} // namespace hamkori
