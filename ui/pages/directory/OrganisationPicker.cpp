#include "OrganisationPicker.h"
#include "core/storage/DirectoryRepository.h"
#include <QCompleter>
#include <QLineEdit>

namespace hamkori {

namespace {
constexpr int kUuidRole = Qt::UserRole;
constexpr int kShortNameRole = Qt::UserRole + 1;
} // namespace

OrganisationPicker::OrganisationPicker(Database& db, QWidget* parent) : QComboBox(parent), m_db(db)
{
    setEditable(true);
    setInsertPolicy(QComboBox::NoInsert);
    setMaxVisibleItems(20);
    setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    setMinimumContentsLength(16);
    completer()->setFilterMode(Qt::MatchContains);
    completer()->setCompletionMode(QCompleter::PopupCompletion);
    connect(this, &QComboBox::activated, this, [this] {
        if (!m_loading)
            Q_EMIT edited();
    });
    connect(lineEdit(), &QLineEdit::editingFinished, this, [this] {
        if (!m_loading && lineEdit()->isModified()) {
            lineEdit()->setModified(false);
            Q_EMIT edited();
        }
    });
    reload();
}

void OrganisationPicker::reload()
{
    const QString shown = currentText();
    m_loading = true;
    clear();
    if (auto organisations = DirectoryRepository(m_db).organisations())
        for (const OrganisationSummary& summary : *organisations) {
            const Organisation& o = summary.organisation;
            addItem(o.name, o.meta.uuid);
            setItemData(count() - 1, o.shortName, kShortNameRole);
            if (!o.shortName.isEmpty())
                setItemData(count() - 1, o.shortName, Qt::ToolTipRole);
        }
    setCurrentIndex(-1);
    setEditText(shown);
    m_loading = false;
}

void OrganisationPicker::setOrganisation(const QString& text, const QString& uuid)
{
    m_loading = true;
    const int row = uuid.isEmpty() ? -1 : findData(uuid, kUuidRole);
    setCurrentIndex(row);
    // The text as typed stays, also when the entry has been renamed since.
    if (!(hasFocus() && lineEdit()->isModified()))
        setEditText(text);
    lineEdit()->setCursorPosition(0);
    m_loading = false;
}

QString OrganisationPicker::text() const
{
    return currentText();
}

QString OrganisationPicker::organisationUuid() const
{
    const QString typed = currentText().trimmed();
    if (typed.isEmpty())
        return {};
    // The entry chosen in the list first (two may share a name), then any entry of that name.
    if (currentIndex() >= 0 && itemText(currentIndex()).compare(typed, Qt::CaseInsensitive) == 0)
        return itemData(currentIndex(), kUuidRole).toString();
    for (int row = 0; row < count(); ++row)
        if (itemText(row).compare(typed, Qt::CaseInsensitive) == 0 ||
            itemData(row, kShortNameRole).toString().compare(typed, Qt::CaseInsensitive) == 0)
            return itemData(row, kUuidRole).toString();
    return {};
}

} // namespace hamkori
