#include "ConflictListModel.h"
#include "ConflictText.h"

namespace hamkori::exchange {

ConflictListModel::ConflictListModel(Database& db, QObject* parent) : QAbstractTableModel(parent), m_db(db)
{
    reload();
}

QString ConflictListModel::reload()
{
    beginResetModel();
    auto found = sync::conflicts(m_db);
    m_conflicts = found ? *found : QList<sync::Conflict>();
    m_deviceNames = ConflictText::deviceNames(m_db);
    endResetModel();
    return found.errorMessage();
}

int ConflictListModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_conflicts.size());
}

int ConflictListModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString ConflictListModel::versionText(const QString& kind, const sync::ConflictVersion& version) const
{
    return tr("«%1» (%2)")
        .arg(ConflictText::value(m_db, kind, version), ConflictText::origin(version, m_deviceNames));
}

QVariant ConflictListModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole)
        return {};
    const sync::Conflict& conflict = m_conflicts.at(index.row());
    switch (index.column()) {
    case Record:
        return tr("%1: %2").arg(ConflictText::kindName(conflict.kind), conflict.label);
    case Field:
        return conflict.againstDeletion || conflict.field == QLatin1String("deleted")
                   ? tr("changed here, deleted there")
                   : ConflictText::fieldName(conflict.kind, conflict.field);
    case Shown:
        return conflict.versions.isEmpty() ? QString()
                                           : versionText(conflict.kind, conflict.versions.first());
    case Others: {
        QStringList others;
        for (qsizetype i = 1; i < conflict.versions.size(); ++i)
            others << versionText(conflict.kind, conflict.versions.at(i));
        return others.join(role == Qt::ToolTipRole ? QStringLiteral("\n") : QStringLiteral("; "));
    }
    default:
        return {};
    }
}

QVariant ConflictListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Record:
        return tr("Record");
    case Field:
        return tr("Field");
    case Shown:
        return tr("Shown now");
    case Others:
        return tr("Other values");
    default:
        return {};
    }
}

} // namespace hamkori::exchange
