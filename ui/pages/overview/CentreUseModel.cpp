#include "CentreUseModel.h"
#include "ui/widgets/HeaderText.h"
#include <QLocale>

namespace hamkori {

void CentreUseModel::setUses(const QList<CentreUse>& uses)
{
    beginResetModel();
    m_uses = uses;
    endResetModel();
}

void CentreUseModel::retranslate()
{
    Q_EMIT headerDataChanged(Qt::Horizontal, 0, ColumnCount - 1);
}

int CentreUseModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_uses.size());
}

int CentreUseModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant CentreUseModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= m_uses.size())
        return {};
    const CentreUse& use = m_uses[index.row()];
    if (role == UuidRole)
        return use.centre.meta.uuid;
    if (role == Qt::TextAlignmentRole && index.column() != Centre)
        return int(Qt::AlignRight | Qt::AlignVCenter);
    if (role == Qt::ToolTipRole && index.column() == Centre)
        return use.districtName.isEmpty() ? use.centre.name
                                          : QStringLiteral("%1 (%2)").arg(use.centre.name, use.districtName);
    if (role != Qt::DisplayRole)
        return {};
    const QLocale locale;
    switch (index.column()) {
    case Centre:
        return use.centre.name;
    case ReceptionDays:
        return locale.toString(use.receptionDays);
    case Women:
        return locale.toString(use.visitors.total(Sex::Female));
    case Men:
        return locale.toString(use.visitors.total(Sex::Male));
    case Meetings:
        return locale.toString(use.meetings);
    default:
        return {};
    }
}

QVariant CentreUseModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Centre:
        return tr("Centre");
    case ReceptionDays:
        return headerOnTwoLines(tr("Reception days"));
    case Women:
        return headerOnTwoLines(tr("Women visitors"));
    case Men:
        return headerOnTwoLines(tr("Men visitors"));
    case Meetings:
        return tr("Meetings");
    default:
        return {};
    }
}

} // namespace hamkori
