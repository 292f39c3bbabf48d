#include "DistrictCombo.h"
#include "core/storage/ReferenceRepository.h"
#include "translations/Translations.h"
#include <QAbstractItemView>
#include <QCollator>
#include <QCompleter>
#include <QLineEdit>
#include <QMap>
#include <QStandardItemModel>

namespace hamkori {

namespace {
constexpr int kUuidRole = Qt::UserRole;
}

DistrictCombo::DistrictCombo(Database& db, QWidget* parent)
    : QComboBox(parent), m_db(db), m_places(new QStandardItemModel(this)),
      m_searchable(new QStandardItemModel(this)), m_completer(new QCompleter(this))
{
    setEditable(true);
    setInsertPolicy(QComboBox::NoInsert);
    setMaxVisibleItems(20);
    setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    setMinimumContentsLength(20);
    setModel(m_places);
    m_completer->setModel(m_searchable);
    m_completer->setCaseSensitivity(Qt::CaseInsensitive);
    m_completer->setFilterMode(Qt::MatchContains);
    m_completer->setCompletionMode(QCompleter::PopupCompletion);
    // On the line edit, not through QComboBox::setCompleter(): the combo box would also handle the chosen
    // match itself, against its own list (region headings, no former names), and end on another place
    // (typing "Ваҳдат", Down and Enter chose Firdavsi).
    lineEdit()->setCompleter(m_completer);

    connect(this, &QComboBox::currentIndexChanged, this, [this](int index) {
        if (m_loading || index < 0)
            return;
        const QString uuid = itemData(index, kUuidRole).toString();
        if (uuid.isEmpty()) { // a region heading
            showChosen();
            return;
        }
        if (uuid != m_chosen) {
            m_chosen = uuid;
            Q_EMIT districtChosen(uuid);
        }
    });
    connect(m_completer, qOverload<const QModelIndex&>(&QCompleter::activated), this,
            [this](const QModelIndex& index) {
                const QString uuid = index.data(kUuidRole).toString();
                const int row = findData(uuid, kUuidRole);
                if (row >= 0)
                    setCurrentIndex(row);
                else
                    showChosen();
            });
    // The line edit then writes the match's search text ("Vahdat (Шаҳри Ваҳдат, …)"), connected when it gets
    // the focus, so after this: show the place's name once it is done.
    connect(
        m_completer, qOverload<const QString&>(&QCompleter::activated), this, [this] { showChosen(); },
        Qt::QueuedConnection);
    reload();
}

void DistrictCombo::reload()
{
    auto places = ReferenceRepository(m_db).gazetteer();
    const QString language = Translations::current();
    QCollator collator{QLocale()};
    // Regions in the order core gives them (by region code), their places sorted by the shown name.
    QStringList regionOrder;
    QMap<QString, QString> regionNames;
    QMap<QString, QList<GazetteerEntry>> byRegion;
    for (const GazetteerEntry& place : places ? *places : QList<GazetteerEntry>()) {
        if (!regionOrder.contains(place.regionCode))
            regionOrder << place.regionCode;
        if (place.kind == u"region")
            regionNames[place.regionCode] = place.name(language);
        else
            byRegion[place.regionCode].append(place);
    }
    m_loading = true;
    m_places->clear();
    m_searchable->clear();
    for (const QString& region : std::as_const(regionOrder)) {
        QList<GazetteerEntry> list = byRegion.value(region);
        if (list.isEmpty())
            continue;
        std::sort(list.begin(), list.end(), [&](const GazetteerEntry& a, const GazetteerEntry& b) {
            return collator.compare(a.name(language), b.name(language)) < 0;
        });
        auto* heading = new QStandardItem(regionNames.value(region, region));
        heading->setFlags(Qt::ItemIsEnabled);
        QFont bold = font();
        bold.setBold(true);
        heading->setFont(bold);
        m_places->appendRow(heading);
        for (const GazetteerEntry& place : std::as_const(list)) {
            auto* item = new QStandardItem(place.name(language));
            item->setData(place.meta.uuid, kUuidRole);
            item->setToolTip(regionNames.value(region));
            m_places->appendRow(item);
            QString search = place.name(language);
            QStringList others{place.nameEn, place.nameTg, place.nameRu, place.formerNames};
            others.removeAll(QString());
            others.removeAll(search);
            auto* searchItem = new QStandardItem(
                others.isEmpty()
                    ? search
                    : search + QStringLiteral(" (") + others.join(QStringLiteral(", ")) + QLatin1Char(')'));
            searchItem->setData(place.meta.uuid, kUuidRole);
            m_searchable->appendRow(searchItem);
        }
    }
    m_loading = false;
    showChosen();
}

QString DistrictCombo::currentDistrict() const
{
    return m_chosen;
}

void DistrictCombo::setCurrentDistrict(const QString& uuid)
{
    m_chosen = uuid;
    showChosen();
}

void DistrictCombo::showChosen()
{
    m_loading = true;
    const int row = m_chosen.isEmpty() ? -1 : findData(m_chosen, kUuidRole);
    setCurrentIndex(row);
    if (row >= 0)
        lineEdit()->setText(itemText(row));
    else
        lineEdit()->clear();
    m_loading = false;
}

void DistrictCombo::focusOutEvent(QFocusEvent* event)
{
    QComboBox::focusOutEvent(event);
    // Text that names no place (half typed) goes back to the chosen place.
    if (!m_completer->popup()->isVisible())
        showChosen();
}

} // namespace hamkori
