#pragma once
// Puts freshly read rows into a table model with the smallest change a view can follow: the same records in
// the same order → dataChanged (a rename keeps the selection and the open editor); the same records in
// another order → a layout change that moves persistent indexes with their records (a rename that re-sorts
// the list); anything else (an addition, a deletion) → a reset. A model re-reads from inside its own setData
// (the commit signals the change), so this must never reset under a view that is committing an edit unless
// rows really came or went.
#include <QAbstractTableModel>
#include <QHash>

namespace hamkori::settings {

class RowReplacer : public QAbstractTableModel
{
public:
    using QAbstractTableModel::QAbstractTableModel;

protected:
    /// `T` has `meta.uuid`.
    template <typename T> void replaceRows(QList<T>& rows, QList<T> fresh)
    {
        const auto uuids = [](const QList<T>& list) {
            QStringList ids;
            ids.reserve(list.size());
            for (const T& row : list)
                ids << row.meta.uuid;
            return ids;
        };
        const QStringList before = uuids(rows);
        const QStringList after = uuids(fresh);
        if (before == after) {
            rows = std::move(fresh);
            if (!rows.isEmpty())
                Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, columnCount() - 1));
            return;
        }
        QStringList sortedBefore = before;
        QStringList sortedAfter = after;
        sortedBefore.sort();
        sortedAfter.sort();
        if (sortedBefore != sortedAfter || sortedAfter.removeDuplicates() > 0) {
            beginResetModel();
            rows = std::move(fresh);
            endResetModel();
            return;
        }
        Q_EMIT layoutAboutToBeChanged({}, QAbstractItemModel::VerticalSortHint);
        QHash<QString, int> newRow;
        for (int row = 0; row < after.size(); ++row)
            newRow.insert(after[row], row);
        const QModelIndexList persistent = persistentIndexList();
        QModelIndexList moved;
        moved.reserve(persistent.size());
        for (const QModelIndex& old : persistent)
            moved << index(newRow.value(before.value(old.row())), old.column());
        changePersistentIndexList(persistent, moved);
        rows = std::move(fresh);
        Q_EMIT layoutChanged({}, QAbstractItemModel::VerticalSortHint);
        if (!rows.isEmpty())
            Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, columnCount() - 1));
    }
};

} // namespace hamkori::settings
