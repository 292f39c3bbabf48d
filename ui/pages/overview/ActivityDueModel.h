#pragma once
// The overview's lists of overdue activities and of activities due soon: deadline, activity, plan, lead body
// and how many days overdue (or left). Rows come page by page from OverviewQueries.
#include "PagedTableModel.h"
#include "core/storage/OverviewQueries.h"
#include <QDate>
#include <QHash>

namespace hamkori {

class ActivityDueModel : public PagedTableModel<ActivityDueRow>
{
    Q_DECLARE_TR_FUNCTIONS(ActivityDueModel)
public:
    enum class Mode
    {
        Overdue,
        Upcoming
    };
    enum Column
    {
        Deadline,
        Days,
        Measure,
        Plan,
        LeadBody,
        ColumnCount
    };

    explicit ActivityDueModel(Mode mode, QObject* parent = nullptr);

    Mode mode() const { return m_mode; }
    /// The day the days overdue (or left) count from.
    void setToday(QDate today) { m_today = today; }
    /// Lead body UUID → name in the UI language.
    void setLeadBodyNames(const QHash<QString, QString>& names) { m_leadBodies = names; }

    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QString daysText(const ActivityDueRow& row) const;

    Mode m_mode;
    QDate m_today;
    QHash<QString, QString> m_leadBodies;
};

} // namespace hamkori
