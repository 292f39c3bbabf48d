#include "WaitingConcernModel.h"
#include "ui/widgets/RestrictedMark.h"

namespace hamkori {

int WaitingConcernModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant WaitingConcernModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const WaitingConcernRow& r = row(index.row());
    if (role == UuidRole)
        return r.uuid;
    if (role == Qt::DisplayRole) {
        switch (index.column()) {
        case Code:
            return r.code;
        case Title:
            return r.title;
        case FirstRaised:
            return r.firstRaised.toString(QStringLiteral("dd.MM.yyyy"));
        default:
            return {};
        }
    }
    if (role == Qt::DecorationRole && index.column() == Code && r.restricted)
        return RestrictedMark::icon();
    if (role == Qt::ToolTipRole) {
        if (r.restricted)
            return tr("%1 (restricted: left out of exports and printouts)").arg(r.title);
        return r.title;
    }
    return {};
}

QVariant WaitingConcernModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Code:
        return tr("Code");
    case Title:
        return tr("Concern");
    case FirstRaised:
        return tr("First raised");
    default:
        return {};
    }
}

} // namespace hamkori
