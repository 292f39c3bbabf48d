#pragma once
// The overview's small table of the use of community policing centres this year: per centre where the
// team meets (every centre for all teams), its reception days and visitors, women and men.
#include "core/storage/CentreRepository.h"
#include <QAbstractTableModel>

namespace hamkori {

class CentreUseModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column
    {
        Centre,
        ReceptionDays,
        Women,
        Men,
        Meetings,
        ColumnCount
    };
    static constexpr int UuidRole = Qt::UserRole + 1;

    using QAbstractTableModel::QAbstractTableModel;
    void setUses(const QList<CentreUse>& uses);
    const QList<CentreUse>& uses() const { return m_uses; }
    void retranslate();

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QList<CentreUse> m_uses;
};

} // namespace hamkori
