#include "CommitmentDueModel.h"
#include "core/model/Formats.h"
#include "ui/widgets/HeaderText.h"
#include <QLocale>

namespace hamkori {

int CommitmentDueModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant CommitmentDueModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const CommitmentDueRow& r = row(index.row());
    if (role == UuidRole)
        return r.uuid;
    if (role == Qt::ToolTipRole)
        return QStringLiteral("%1: %2").arg(r.code, r.text);
    if (role == Qt::TextAlignmentRole && index.column() == Days)
        return int(Qt::AlignRight | Qt::AlignVCenter);
    if (role != Qt::DisplayRole)
        return {};
    switch (index.column()) {
    case Due:
        return Formats::date(r.due);
    case Days:
        return QLocale().toString(r.due.daysTo(m_today));
    case Text:
        return r.text.simplified();
    case AddressedTo:
        return r.addressee;
    case Code:
        return r.code;
    default:
        return {};
    }
}

QVariant CommitmentDueModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Due:
        return tr("Due");
    case Days:
        return headerOnTwoLines(tr("Days overdue"));
    case Text:
        return tr("What was asked");
    case AddressedTo:
        return headerOnTwoLines(tr("Addressed to"));
    case Code:
        return tr("Code");
    default:
        return {};
    }
}

} // namespace hamkori
