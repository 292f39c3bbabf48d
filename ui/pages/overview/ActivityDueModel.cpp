#include "ActivityDueModel.h"
#include "core/model/Enums.h"
#include "ui/widgets/HeaderText.h"
#include <QBrush>
#include <QColor>
#include <QLocale>

namespace hamkori {

ActivityDueModel::ActivityDueModel(Mode mode, QObject* parent)
    : PagedTableModel<ActivityDueRow>(parent), m_mode(mode), m_today(QDate::currentDate())
{
}

int ActivityDueModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString ActivityDueModel::daysText(const ActivityDueRow& row) const
{
    if (!row.deadline.isValid())
        return {};
    const qint64 days = m_mode == Mode::Overdue ? row.deadline.daysTo(m_today) : m_today.daysTo(row.deadline);
    if (m_mode == Mode::Upcoming && days == 0)
        return tr("today");
    return QLocale().toString(days);
}

QVariant ActivityDueModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const ActivityDueRow& r = row(index.row());
    if (role == UuidRole)
        return r.uuid;
    if (role == Qt::DisplayRole) {
        switch (index.column()) {
        case Deadline:
            return r.deadline.toString(QStringLiteral("dd.MM.yyyy"));
        case Days:
            return daysText(r);
        case Measure:
            return r.measure;
        case Plan:
            return r.planCode;
        case LeadBody:
            return m_leadBodies.value(r.leadBodyUuid);
        default:
            return {};
        }
    }
    if (role == Qt::ToolTipRole)
        return tr("%1\nAction plan %2 · lead body: %3 · status: %4")
            .arg(r.measure, r.planCode, m_leadBodies.value(r.leadBodyUuid), displayName(r.status));
    if (role == Qt::TextAlignmentRole && index.column() == Days)
        return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
    if (role == Qt::ForegroundRole && m_mode == Mode::Overdue && index.column() == Days)
        return QBrush(QColor(0xb7, 0x1c, 0x1c));
    return {};
}

QVariant ActivityDueModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    // On two lines: the list shares the overview with the charts, and Tajik headers ("Рӯзҳои таъхир",
    // "Нақшаи чорабиниҳо") are far wider than the dates and codes under them.
    switch (section) {
    case Deadline:
        return headerOnTwoLines(tr("Deadline"));
    case Days:
        return headerOnTwoLines(m_mode == Mode::Overdue ? tr("Days overdue") : tr("Days left"));
    case Measure:
        return tr("Activity");
    case Plan:
        return headerOnTwoLines(tr("Action plan"));
    case LeadBody:
        return headerOnTwoLines(tr("Lead body"));
    default:
        return {};
    }
}

} // namespace hamkori
