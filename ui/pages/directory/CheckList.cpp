#include "CheckList.h"
#include <QLineEdit>
#include <QListWidget>
#include <QVBoxLayout>

namespace hamkori {

namespace {
constexpr int kUuidRole = Qt::UserRole;
constexpr int kSearchRole = Qt::UserRole + 1;
} // namespace

CheckList::CheckList(bool withFilter, QWidget* parent)
    : QWidget(parent), m_filter(new QLineEdit(this)), m_list(new QListWidget(this))
{
    m_filter->setClearButtonEnabled(true);
    m_filter->setVisible(withFilter);
    // Long entries wrap instead of widening the list: two lists share a narrow form side by side.
    m_list->setWordWrap(true);
    m_list->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_list->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Expanding);
    m_list->setMinimumWidth(140);
    m_filter->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Fixed);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);
    layout->addWidget(m_filter);
    layout->addWidget(m_list, 1);
    connect(m_filter, &QLineEdit::textChanged, this, &CheckList::applyFilter);
    connect(m_list, &QListWidget::itemChanged, this, [this](QListWidgetItem* item) {
        if (!m_loading && !item->data(kUuidRole).toString().isEmpty())
            Q_EMIT edited(checked());
    });
}

void CheckList::clear()
{
    m_loading = true;
    m_list->clear();
    m_loading = false;
}

void CheckList::addHeading(const QString& text)
{
    auto* item = new QListWidgetItem(text, m_list);
    item->setFlags(Qt::ItemIsEnabled);
    QFont bold = m_list->font();
    bold.setBold(true);
    item->setFont(bold);
}

void CheckList::addEntry(const QString& uuid, const QString& text, const QString& searchText)
{
    m_loading = true;
    auto* item = new QListWidgetItem(text, m_list);
    item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsUserCheckable | Qt::ItemIsSelectable);
    item->setCheckState(Qt::Unchecked);
    item->setData(kUuidRole, uuid);
    item->setData(kSearchRole, (text + QLatin1Char(' ') + searchText).toLower());
    m_loading = false;
}

QListWidgetItem* CheckList::itemOf(const QString& uuid) const
{
    for (int row = 0; row < m_list->count(); ++row)
        if (m_list->item(row)->data(kUuidRole).toString() == uuid)
            return m_list->item(row);
    return nullptr;
}

void CheckList::setChecked(const QStringList& uuids)
{
    m_loading = true;
    for (int row = 0; row < m_list->count(); ++row) {
        QListWidgetItem* item = m_list->item(row);
        const QString uuid = item->data(kUuidRole).toString();
        if (!uuid.isEmpty())
            item->setCheckState(uuids.contains(uuid) ? Qt::Checked : Qt::Unchecked);
    }
    m_loading = false;
}

QStringList CheckList::checked() const
{
    QStringList uuids;
    for (int row = 0; row < m_list->count(); ++row) {
        const QListWidgetItem* item = m_list->item(row);
        if (item->checkState() == Qt::Checked && !item->data(kUuidRole).toString().isEmpty())
            uuids << item->data(kUuidRole).toString();
    }
    return uuids;
}

void CheckList::setEntryChecked(const QString& uuid, bool checked)
{
    if (QListWidgetItem* item = itemOf(uuid))
        item->setCheckState(checked ? Qt::Checked : Qt::Unchecked);
}

void CheckList::applyFilter()
{
    // A heading stays while one of its entries is shown; ticked entries always show, so that what is chosen
    // is never hidden by a search.
    const QString wanted = m_filter->text().trimmed().toLower();
    QListWidgetItem* heading = nullptr;
    bool headingNeeded = false;
    for (int row = 0; row < m_list->count(); ++row) {
        QListWidgetItem* item = m_list->item(row);
        if (item->data(kUuidRole).toString().isEmpty()) {
            if (heading)
                heading->setHidden(!headingNeeded);
            heading = item;
            headingNeeded = false;
            continue;
        }
        const bool shown = wanted.isEmpty() || item->checkState() == Qt::Checked ||
                           item->data(kSearchRole).toString().contains(wanted);
        item->setHidden(!shown);
        headingNeeded = headingNeeded || shown;
    }
    if (heading)
        heading->setHidden(!headingNeeded);
}

} // namespace hamkori
