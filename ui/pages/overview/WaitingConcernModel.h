#pragma once
// The overview's list of concerns waiting for analysis (status raised): code, title, first raised. Restricted
// concerns carry a lock and a tooltip.
#include "PagedTableModel.h"
#include "core/storage/OverviewQueries.h"

namespace hamkori {

class WaitingConcernModel : public PagedTableModel<WaitingConcernRow>
{
    Q_DECLARE_TR_FUNCTIONS(WaitingConcernModel)
public:
    enum Column
    {
        Code,
        Title,
        FirstRaised,
        ColumnCount
    };

    using PagedTableModel<WaitingConcernRow>::PagedTableModel;

    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
};

} // namespace hamkori
