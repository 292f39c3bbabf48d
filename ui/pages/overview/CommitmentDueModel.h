#pragma once
// The overview's list of overdue requests and recommendations: due date, days overdue, what was asked, to
// whom, and the code. Rows come page by page from OverviewQueries; a row opens on the Requests and
// recommendations page.
#include "PagedTableModel.h"
#include "core/storage/OverviewQueries.h"
#include <QDate>

namespace hamkori {

class CommitmentDueModel : public PagedTableModel<CommitmentDueRow>
{
    Q_DECLARE_TR_FUNCTIONS(CommitmentDueModel)
public:
    enum Column
    {
        Due,
        Days,
        Text,
        AddressedTo,
        Code,
        ColumnCount
    };

    using PagedTableModel<CommitmentDueRow>::PagedTableModel;
    void setToday(QDate today) { m_today = today; }

    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QDate m_today;
};

} // namespace hamkori
