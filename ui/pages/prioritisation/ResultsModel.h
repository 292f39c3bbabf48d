#pragma once
// The live results of a round: per concern the overall score and rank and each group's score and rank.
// The concerns on which the groups disagree most (largest rank gap) have an orange background; each group's
// first-ranked concern is in bold; chosen concerns of a decided round carry a check mark.
#include "RoundInfo.h"
#include "core/analysis/Prioritisation.h"
#include <QAbstractTableModel>
#include <QColor>

namespace hamkori {

class ResultsModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column
    {
        ConcernColumn,
        OverallColumn,
        RankColumn,
        FirstGroupColumn, // then one column per participant group
        ColumnCount = FirstGroupColumn + int(analysis::kGroupCount)
    };
    static constexpr int UuidRole = Qt::UserRole + 1;

    explicit ResultsModel(QObject* parent = nullptr);

    void setResult(const RoundInfo& info, const analysis::PrioritisationResult& result);
    void clear();
    const analysis::PrioritisationResult& result() const { return m_result; }
    bool isDivergent(int row) const;

    /// The background that marks divergent concerns (also used by the legend).
    static QColor divergenceColour() { return QColor(0xff, 0xc0, 0x70); }

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QString scoreText(const std::optional<double>& score) const;

    RoundInfo m_info;
    analysis::PrioritisationResult m_result;
};

} // namespace hamkori
