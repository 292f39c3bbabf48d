#include "OrganisationListModel.h"

namespace hamkori {

OrganisationListModel::OrganisationListModel(Database& db, QObject* parent)
    : QAbstractTableModel(parent), m_db(db)
{
    reload();
}

void OrganisationListModel::setFilter(const DirectoryFilter& filter)
{
    m_filter = filter;
    reload();
}

void OrganisationListModel::reload()
{
    beginResetModel();
    m_names = directory::Names::read(m_db);
    auto found = DirectoryRepository(m_db).organisations(m_filter);
    m_rows = found ? *found : QList<OrganisationSummary>();
    m_error = found ? QString() : found.errorMessage();
    endResetModel();
}

int OrganisationListModel::rowOf(const QString& uuid) const
{
    for (int row = 0; row < m_rows.size(); ++row)
        if (m_rows[row].organisation.meta.uuid == uuid)
            return row;
    return -1;
}

QString OrganisationListModel::uuidAt(int row) const
{
    return row >= 0 && row < m_rows.size() ? m_rows[row].organisation.meta.uuid : QString();
}

int OrganisationListModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int OrganisationListModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant OrganisationListModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size())
        return {};
    const OrganisationSummary& summary = m_rows[index.row()];
    const Organisation& o = summary.organisation;
    if (role == UuidRole)
        return o.meta.uuid;
    if (role == Qt::TextAlignmentRole && index.column() == Services)
        return int(Qt::AlignRight | Qt::AlignVCenter);
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole)
        return {};
    switch (index.column()) {
    case Name:
        return o.name;
    case ShortName:
        return o.shortName;
    case Kind:
        return displayName(o.kind);
    case Districts:
        return m_names.joined(o.districtUuids);
    case Expertise:
        return m_names.joined(o.expertiseUuids);
    case Services:
        return role == Qt::DisplayRole ? QVariant(summary.services) : QVariant();
    case MemberSince:
        if (!o.memorandumSigned.isValid())
            return role == Qt::ToolTipRole ? tr("Not a member of the network") : QString();
        return o.memorandumSigned.toString(QStringLiteral("dd.MM.yyyy"));
    default:
        return {};
    }
}

QVariant OrganisationListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || (role != Qt::DisplayRole && role != Qt::ToolTipRole))
        return {};
    switch (section) {
    case Name:
        return tr("Name");
    case ShortName:
        return tr("Short name");
    case Kind:
        return tr("Kind");
    case Districts:
        return tr("Districts");
    case Expertise:
        return role == Qt::ToolTipRole ? tr("Fields of expertise") : tr("Expertise");
    case Services:
        return role == Qt::ToolTipRole ? tr("Services it offers for referral") : tr("Services");
    case MemberSince:
        return role == Qt::ToolTipRole ? tr("Member of the network since (memorandum signed on)")
                                       : tr("Member since");
    default:
        return {};
    }
}

} // namespace hamkori
