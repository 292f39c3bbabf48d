#include "DriverListModel.h"
#include "ConcernEdits.h"
#include "core/storage/ConcernRepository.h"
#include "core/storage/ReferenceRepository.h"
#include "translations/Translations.h"
#include "ui/Session.h"
#include "ui/undo/Undo.h"

namespace hamkori {

DriverListModel::DriverListModel(ConcernEdits& edits, QObject* parent)
    : QAbstractListModel(parent), m_edits(edits)
{
}

void DriverListModel::reload()
{
    Database& db = m_edits.session().db();
    QList<ReferenceItem> items;
    if (auto list = ReferenceRepository(db).items(ReferenceList::Driver))
        items = *list;
    QSet<QString> checked;
    if (!m_edits.uuid().isEmpty())
        if (auto drivers = ConcernRepository(db).drivers(m_edits.uuid()))
            checked = QSet<QString>(drivers->cbegin(), drivers->cend());

    bool sameItems = items.size() == m_items.size();
    for (int i = 0; sameItems && i < items.size(); ++i)
        sameItems = items[i].meta.uuid == m_items[i].meta.uuid;
    if (!sameItems) {
        beginResetModel();
        m_items = items;
        m_checked = checked;
        endResetModel();
        return;
    }
    m_items = items; // names may have changed (another language, an edited list)
    m_checked = checked;
    if (!m_items.isEmpty())
        Q_EMIT dataChanged(index(0), index(int(m_items.size()) - 1), {Qt::DisplayRole, Qt::CheckStateRole});
}

QStringList DriverListModel::checkedDrivers() const
{
    QStringList uuids;
    for (const ReferenceItem& item : m_items)
        if (m_checked.contains(item.meta.uuid))
            uuids << item.meta.uuid;
    return uuids;
}

int DriverListModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_items.size());
}

QVariant DriverListModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const ReferenceItem& item = m_items.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
    case Qt::ToolTipRole:
        return item.name(Translations::current());
    case Qt::CheckStateRole:
        return m_checked.contains(item.meta.uuid) ? Qt::Checked : Qt::Unchecked;
    case Qt::UserRole:
        return item.meta.uuid;
    default:
        return {};
    }
}

bool DriverListModel::setData(const QModelIndex& index, const QVariant& value, int role)
{
    if (role != Qt::CheckStateRole || m_edits.uuid().isEmpty() ||
        !checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return false;
    const QString driver = m_items.at(index.row()).meta.uuid;
    const bool check = value.value<Qt::CheckState>() == Qt::Checked;
    if (check == m_checked.contains(driver))
        return true;
    const QStringList before = checkedDrivers();
    // Shown first, so that the reload after the save finds nothing to change.
    if (check)
        m_checked.insert(driver);
    else
        m_checked.remove(driver);
    Q_EMIT dataChanged(index, index, {Qt::CheckStateRole});
    const QStringList after = checkedDrivers();

    Database& db = m_edits.session().db();
    const QString concern = m_edits.uuid();
    const auto setTo = [&db, concern](const QStringList& drivers) {
        return [&db, concern, drivers]() -> Result<void> {
            return ConcernRepository(db).setDrivers(concern, drivers);
        };
    };
    auto done =
        undo::perform(m_edits.session(), tr("change the drivers of %1").arg(m_edits.code()), setTo(after),
                      setTo(before));
    if (!done) {
        m_checked = QSet<QString>(before.cbegin(), before.cend());
        Q_EMIT dataChanged(index, index, {Qt::CheckStateRole});
        m_edits.showError(done.error());
        return false;
    }
    m_edits.clearErrors();
    return true;
}

Qt::ItemFlags DriverListModel::flags(const QModelIndex& index) const
{
    if (!index.isValid())
        return Qt::NoItemFlags;
    return Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsUserCheckable;
}

} // namespace hamkori
