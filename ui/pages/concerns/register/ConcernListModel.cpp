#include "ConcernListModel.h"
#include "core/storage/ReferenceRepository.h"
#include "translations/Translations.h"
#include "ui/widgets/HeaderText.h"
#include "ui/widgets/RestrictedMark.h"

namespace hamkori {

namespace {

std::optional<ConcernFilter::Sort> sortOfColumn(int column)
{
    switch (column) {
    case ConcernListModel::Code:
        return ConcernFilter::Sort::Code;
    case ConcernListModel::Title:
        return ConcernFilter::Sort::Title;
    case ConcernListModel::Category:
        return ConcernFilter::Sort::Category;
    case ConcernListModel::Place:
        return ConcernFilter::Sort::Place;
    case ConcernListModel::Status:
        return ConcernFilter::Sort::Status;
    case ConcernListModel::FirstRaised:
        return ConcernFilter::Sort::FirstRaised;
    default:
        return std::nullopt;
    }
}

} // namespace

ConcernListModel::ConcernListModel(Database& db, QObject* parent) : QAbstractTableModel(parent), m_db(db)
{
    reloadCategories();
}

int ConcernListModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int ConcernListModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ConcernListModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const ConcernRow& row = m_rows[index.row()];
    if (role == UuidRole)
        return row.uuid;
    if (index.column() == Restricted) {
        if (!row.restricted)
            return {};
        if (role == Qt::DecorationRole)
            return RestrictedMark::icon();
        if (role == Qt::ToolTipRole)
            return RestrictedMark::toolTip();
        if (role == Qt::AccessibleTextRole)
            return RestrictedMark::text();
        if (role == Qt::TextAlignmentRole)
            return QVariant::fromValue(Qt::AlignCenter);
        return {};
    }
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole)
        return {};
    switch (index.column()) {
    case Code:
        return row.code;
    case Title:
        return row.title;
    case Category:
        return m_categoryNames.value(row.categoryUuid);
    case Place:
        return row.place;
    case RaisedByColumn:
        return displayName(row.raisedBy);
    case Status:
        return displayName(row.status);
    case FirstRaised:
        return row.firstRaised.toString(QStringLiteral("dd.MM.yyyy"));
    default:
        return {};
    }
}

QVariant ConcernListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || section < 0 || section >= ColumnCount)
        return QAbstractTableModel::headerData(section, orientation, role);
    if (role == Qt::InitialSortOrderRole) // the newest first, names from A
        return QVariant::fromValue(section == FirstRaised ? Qt::DescendingOrder : Qt::AscendingOrder);
    if (role == Qt::ToolTipRole && section == Restricted)
        return tr("Restricted concerns are marked with a lock");
    if (role == Qt::DecorationRole && section == Restricted)
        return RestrictedMark::icon();
    if (role != Qt::DisplayRole)
        return {};
    return headerOnTwoLines(columnName(section));
}

QString ConcernListModel::columnName(int section)
{
    switch (section) {
    case Code:
        return tr("Code");
    case Title:
        return tr("Title");
    case Category:
        return tr("Category");
    case Place:
        return tr("Place");
    case RaisedByColumn:
        return tr("Raised by");
    case Status:
        return tr("Status");
    case FirstRaised:
        return tr("First raised");
    default:
        return {};
    }
}

bool ConcernListModel::canFetchMore(const QModelIndex& parent) const
{
    // Not while a reset or an insertion is under way: a listener fetching then would nest a second
    // change inside the first (QAbstractItemModelTester does exactly that).
    return !parent.isValid() && !m_announcing && m_rows.size() < m_total;
}

void ConcernListModel::fetchMore(const QModelIndex& parent)
{
    if (!canFetchMore(parent))
        return;
    auto more = ConcernRepository(m_db).page(m_filter, int(m_rows.size()), kPageSize);
    if (!more) {
        m_lastError = more.errorMessage();
        m_total = int(m_rows.size()); // stop asking for rows that cannot be read
        return;
    }
    if (more->isEmpty()) {
        m_total = int(m_rows.size()); // the list shrank meanwhile
        return;
    }
    m_announcing = true;
    beginInsertRows({}, int(m_rows.size()), int(m_rows.size() + more->size()) - 1);
    m_rows.append(*more);
    endInsertRows();
    m_announcing = false;
}

bool ConcernListModel::isSortable(int column)
{
    return sortOfColumn(column).has_value();
}

int ConcernListModel::sortColumn() const
{
    for (int column = 0; column < ColumnCount; ++column)
        if (sortOfColumn(column) == m_filter.sort)
            return column;
    return FirstRaised;
}

Qt::SortOrder ConcernListModel::sortOrder() const
{
    return m_filter.descending ? Qt::DescendingOrder : Qt::AscendingOrder;
}

void ConcernListModel::sort(int column, Qt::SortOrder order)
{
    const auto sort = sortOfColumn(column);
    if (!sort)
        return;
    const bool descending = order == Qt::DescendingOrder;
    if (*sort == m_filter.sort && descending == m_filter.descending)
        return;
    m_filter.sort = *sort;
    m_filter.descending = descending;
    load(kPageSize);
}

void ConcernListModel::setFilter(const ConcernFilter& filter)
{
    const ConcernFilter::Sort sort = m_filter.sort;
    const bool descending = m_filter.descending;
    m_filter = filter;
    m_filter.sort = sort;
    m_filter.descending = descending;
    load(kPageSize);
}

void ConcernListModel::reload()
{
    load(std::max(kPageSize, int(m_rows.size())));
}

void ConcernListModel::load(int rows)
{
    ConcernRepository repository(m_db);
    auto first = repository.page(m_filter, 0, rows);
    // A short first page is the whole list: counting would read the same rows again.
    auto total = first && first->size() < rows ? Result<int>(int(first->size())) : repository.count(m_filter);
    m_lastError = first ? total.errorMessage() : first.errorMessage();
    m_announcing = true;
    beginResetModel();
    m_rows = first ? *first : QList<ConcernRow>();
    m_total = first && total ? std::max(*total, int(m_rows.size())) : int(m_rows.size());
    endResetModel();
    m_announcing = false;
    Q_EMIT totalCountChanged(m_total);
}

void ConcernListModel::reloadCategories()
{
    m_categoryNames.clear();
    auto categories = ReferenceRepository(m_db).items(ReferenceList::Category);
    if (categories) {
        const QString language = Translations::current();
        for (const ReferenceItem& item : *categories)
            m_categoryNames.insert(item.meta.uuid, item.name(language));
    }
    Q_EMIT headerDataChanged(Qt::Horizontal, 0, ColumnCount - 1);
    if (!m_rows.isEmpty())
        Q_EMIT dataChanged(index(0, Category), index(int(m_rows.size()) - 1, Category), {Qt::DisplayRole});
}

QString ConcernListModel::uuidAt(int row) const
{
    return row >= 0 && row < m_rows.size() ? m_rows[row].uuid : QString();
}

const ConcernRow* ConcernListModel::rowAt(int row) const
{
    return row >= 0 && row < m_rows.size() ? &m_rows[row] : nullptr;
}

int ConcernListModel::rowOf(const QString& uuid) const
{
    for (int row = 0; row < m_rows.size(); ++row)
        if (m_rows[row].uuid == uuid)
            return row;
    return -1;
}

int ConcernListModel::loadUntil(const QString& uuid, int maxRows)
{
    int row = rowOf(uuid);
    while (row < 0 && m_rows.size() < maxRows && canFetchMore({})) {
        const int before = int(m_rows.size());
        fetchMore({});
        for (int i = before; i < m_rows.size(); ++i)
            if (m_rows[i].uuid == uuid)
                return i;
        if (m_rows.size() == before)
            break;
    }
    return row;
}

} // namespace hamkori
