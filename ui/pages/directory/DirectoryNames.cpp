#include "DirectoryNames.h"
#include "CheckList.h"
#include "core/storage/DirectoryRepository.h"
#include "core/storage/ReferenceRepository.h"
#include "translations/Translations.h"
#include <QCollator>
#include <QMap>
#include <algorithm>

namespace hamkori::directory {

Names Names::read(Database& db)
{
    Names names;
    const QString language = Translations::current();
    ReferenceRepository lists(db);
    QCollator collator{QLocale()};
    QStringList regionOrder;
    QMap<QString, QString> regionNames;
    QMap<QString, QList<GazetteerEntry>> byRegion;
    if (auto places = lists.gazetteer())
        for (const GazetteerEntry& place : *places) {
            if (!regionOrder.contains(place.regionCode))
                regionOrder << place.regionCode;
            if (place.kind == u"region") {
                regionNames[place.regionCode] = place.name(language);
            } else {
                byRegion[place.regionCode].append(place);
                names.byUuid.insert(place.meta.uuid, place.name(language));
            }
        }
    for (const QString& code : std::as_const(regionOrder)) {
        QList<GazetteerEntry> places = byRegion.value(code);
        if (places.isEmpty())
            continue;
        std::sort(places.begin(), places.end(), [&](const GazetteerEntry& a, const GazetteerEntry& b) {
            return collator.compare(a.name(language), b.name(language)) < 0;
        });
        names.regions.append({regionNames.value(code, code), places});
    }
    const auto readList = [&](ReferenceList list, QList<ReferenceItem>& into) {
        if (auto items = lists.items(list))
            into = *items;
        for (const ReferenceItem& item : std::as_const(into))
            names.byUuid.insert(item.meta.uuid, item.name(language));
    };
    readList(ReferenceList::Expertise, names.expertise);
    readList(ReferenceList::Service, names.serviceKinds);
    return names;
}

QString Names::joined(const QStringList& uuids) const
{
    QStringList shown;
    for (const QString& uuid : uuids)
        if (const QString name = of(uuid); !name.isEmpty())
            shown << name;
    return shown.join(QStringLiteral(", "));
}

void fillPlaces(CheckList* list, const Names& names)
{
    const QStringList ticked = list->checked();
    list->clear();
    for (const Region& region : names.regions) {
        list->addHeading(region.name);
        for (const GazetteerEntry& place : region.places)
            list->addEntry(
                place.meta.uuid, names.of(place.meta.uuid),
                QStringList{place.nameEn, place.nameTg, place.nameRu, place.formerNames, region.name}.join(
                    QLatin1Char(' ')));
    }
    list->setChecked(ticked);
}

void fillItems(CheckList* list, const QList<ReferenceItem>& items)
{
    const QStringList ticked = list->checked();
    list->clear();
    for (const ReferenceItem& item : items)
        list->addEntry(item.meta.uuid, item.name(Translations::current()),
                       QStringList{item.nameEn, item.nameTg, item.nameRu}.join(QLatin1Char(' ')));
    list->setChecked(ticked);
}

QString serviceLabel(const ServiceSummary& service, const Names& names)
{
    return QStringLiteral("%1 — %2").arg(names.of(service.service.kindUuid), service.organisationName);
}

} // namespace hamkori::directory
