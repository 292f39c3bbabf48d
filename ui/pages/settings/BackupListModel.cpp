#include "BackupListModel.h"
#include "core/model/Formats.h"

namespace hamkori::settings {

BackupListModel::BackupListModel(QString folder, QObject* parent)
    : QAbstractTableModel(parent), m_folder(std::move(folder))
{
    reload();
}

QString BackupListModel::reload()
{
    beginResetModel();
    auto backups = Backups(m_folder).list();
    m_backups = backups ? *backups : QList<BackupInfo>();
    endResetModel();
    return backups.errorMessage();
}

int BackupListModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_backups.size());
}

int BackupListModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant BackupListModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const BackupInfo& backup = m_backups.at(index.row());
    if (role == Qt::TextAlignmentRole && index.column() >= Size)
        return QVariant(Qt::AlignRight | Qt::AlignVCenter);
    if (role == Qt::ToolTipRole)
        return backup.file;
    if (role != Qt::DisplayRole)
        return {};
    switch (index.column()) {
    case Made:
        return backup.made.toString(QStringLiteral("dd.MM.yyyy HH:mm"));
    case Reason:
        return backup.reasonText();
    case Size:
        return Formats::fileSize(backup.size);
    case Teams:
        return Formats::number(qint64(backup.teams));
    case Concerns:
        return Formats::number(qint64(backup.concerns));
    case Plans:
        return Formats::number(qint64(backup.plans));
    default:
        return {};
    }
}

QVariant BackupListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Made:
        return tr("Made");
    case Reason:
        return tr("Reason");
    case Size:
        return tr("Size");
    case Teams:
        return tr("Teams");
    case Concerns:
        return tr("Concerns");
    case Plans:
        return tr("Action plans");
    default:
        return {};
    }
}

} // namespace hamkori::settings
