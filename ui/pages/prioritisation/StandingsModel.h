#pragma once
// The standings of pairwise ranking: per concern the number of pairs it won and its rank.
#include "RoundInfo.h"
#include "core/analysis/Pairwise.h"
#include <QAbstractTableModel>

namespace hamkori {

class StandingsModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column
    {
        ConcernColumn,
        WinsColumn,
        RankColumn,
        ColumnCount
    };

    explicit StandingsModel(QObject* parent = nullptr);
    void setResult(const RoundInfo& info, const analysis::PairwiseResult& result);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    RoundInfo m_info;
    analysis::PairwiseResult m_result;
};

} // namespace hamkori
