#include "DirectoryMatrixDocument.h"
#include "../storage/DirectoryRepository.h"
#include "../storage/ReferenceRepository.h"
#include "DocumentLanguage.h"
#include "DocumentParts.h"
#include "PdfLayout.h"
#include <QCollator>
#include <QRegularExpression>

namespace hamkori::report {

namespace {

/// An organisation as the matrix shows it, read once whatever the number of districts it is under.
struct Entry
{
    Organisation organisation;
    QStringList serviceKinds;
};

QString namesOf(const QStringList& uuids, const QHash<QString, ReferenceItem>& items,
                const DocumentLanguage& lang)
{
    QStringList names;
    for (const QString& uuid : uuids)
        if (items.contains(uuid))
            names << lang.name(items.value(uuid));
    return names.join(QLatin1Char('\n'));
}

QStringList row(const Entry& entry, const DocumentLanguage& lang, const QHash<QString, ReferenceItem>& items,
                bool contacts)
{
    const Organisation& o = entry.organisation;
    QString name = o.name;
    if (!o.shortName.isEmpty() && o.shortName != o.name)
        name += QStringLiteral(" (") + o.shortName + QLatin1Char(')');
    QStringList cells{name,
                      lang.name(o.kind),
                      namesOf(o.expertiseUuids, items, lang),
                      namesOf(entry.serviceKinds, items, lang),
                      o.memorandumSigned.isValid() ? DocumentLanguage::date(o.memorandumSigned)
                                                   : QStringLiteral("—"),
                      o.internationalExperience};
    if (contacts) {
        QStringList lines;
        for (const QString& line : {o.contactPerson, o.phone, o.email, o.address})
            if (!line.trimmed().isEmpty())
                lines << line.trimmed();
        cells << lines.join(QLatin1Char('\n'));
    }
    return cells;
}

} // namespace

Result<Document> DirectoryMatrixDocument::build(Database& db, const DirectoryMatrixOptions& options)
{
    auto content = DirectoryMatrixDocument::content(db, options);
    if (!content)
        return content.error();
    return PdfLayout::layout(*content, PageStyle{options.formal});
}

Result<DocumentContent> DirectoryMatrixDocument::content(Database& db, const DirectoryMatrixOptions& options)
{
    const DocumentLanguage lang(options.language);
    ReferenceRepository references(db);
    QHash<QString, ReferenceItem> items = itemsByUuid(references, ReferenceList::Expertise);
    items.insert(itemsByUuid(references, ReferenceList::Service));
    auto places = references.gazetteer();
    if (!places)
        return places.error();
    QHash<QString, GazetteerEntry> placeByUuid;
    for (const GazetteerEntry& place : *places)
        placeByUuid.insert(place.meta.uuid, place);

    DirectoryRepository directory(db);
    DirectoryFilter filter;
    filter.districtUuid = options.districtUuid;
    filter.expertiseUuid = options.expertiseUuid;
    auto summaries = directory.organisations(filter);
    if (!summaries)
        return summaries.error();
    // District → its organisations, in the order of the directory (by name).
    QHash<QString, QList<int>> byDistrict;
    QList<int> nowhere; // no district given
    QList<Entry> entries;
    for (const OrganisationSummary& summary : *summaries) {
        const Organisation* organisation = &summary.organisation; // with its districts and expertise
        Entry entry{*organisation, {}};
        if (auto services = directory.services(organisation->meta.uuid))
            for (const Service& service : *services)
                if (!entry.serviceKinds.contains(service.kindUuid))
                    entry.serviceKinds << service.kindUuid;
        const int index = int(entries.size());
        entries << entry;
        bool placed = false;
        for (const QString& district : organisation->districtUuids)
            if (placeByUuid.contains(district) &&
                (options.districtUuid.isEmpty() || district == options.districtUuid)) {
                byDistrict[district] << index;
                placed = true;
            }
        if (!placed)
            nowhere << index;
    }
    // Districts by their own names, without the words for district and city that begin some of them in
    // Tajik and Russian («Ноҳияи Рашт», «г. Вахдат»), so that cities and districts mix in one order.
    static const QRegularExpression kindWords(QStringLiteral("^(ноҳияи|шаҳри|г\\.|город|район)\\s+"),
                                              QRegularExpression::CaseInsensitiveOption);
    const auto sortName = [&](const QString& uuid) {
        return placeByUuid.value(uuid).name(lang.code()).remove(kindWords);
    };
    QStringList districts = byDistrict.keys();
    QCollator collator{QLocale(lang.code() == u"en" ? QStringLiteral("en") : QStringLiteral("ru"))};
    std::sort(districts.begin(), districts.end(), [&](const QString& a, const QString& b) {
        return collator.compare(sortName(a), sortName(b)) < 0;
    });

    DocumentContent pages;
    pages.language = lang.code();
    pages.landscape = true;
    const QString title = lang.text(QT_TRANSLATE_NOOP("Document", "Mapping matrix of organisations"));
    pages.title = title;
    pages.addText(title, TextRole::Title, 2);
    pages.addText(lang.text(QT_TRANSLATE_NOOP("Document", "The directory as of %1"))
                      .arg(DocumentLanguage::date(QDate::currentDate())),
                  TextRole::Centred, 6);
    QList<std::pair<QString, QString>> limits;
    if (!options.districtUuid.isEmpty())
        limits << std::pair{lang.text(QT_TRANSLATE_NOOP("Document", "District:")),
                            placeByUuid.value(options.districtUuid).name(lang.code())};
    if (!options.expertiseUuid.isEmpty())
        limits << std::pair{lang.text(QT_TRANSLATE_NOOP("Document", "Field of expertise:")),
                            items.contains(options.expertiseUuid)
                                ? lang.name(items.value(options.expertiseUuid))
                                : QString()};
    limits << std::pair{lang.text(QT_TRANSLATE_NOOP("Document", "Organisations:")),
                        lang.number(int(entries.size()))};
    pages.addFields(limits);
    pages.addSpace(6);

    Table table;
    table.fontPoints = 8.5;
    table.columns = {{lang.text(QT_TRANSLATE_NOOP("Document", "Organisation")), 2.2},
                     {lang.text(QT_TRANSLATE_NOOP("Document", "Kind")), 1.2},
                     {lang.text(QT_TRANSLATE_NOOP("Document", "Fields of expertise")), 2},
                     {lang.text(QT_TRANSLATE_NOOP("Document", "Services")), 1.7},
                     {lang.text(QT_TRANSLATE_NOOP("Document", "Network member since")), 1, Qt::AlignHCenter},
                     {lang.text(QT_TRANSLATE_NOOP("Document", "International experience")), 2.2}};
    if (options.includeContacts)
        table.columns << TableColumn{lang.text(QT_TRANSLATE_NOOP("Document", "Contact details")), 1.8};

    const auto addGroup = [&](const QString& heading, const QList<int>& members) {
        pages.addHeading(heading);
        Table group = table;
        for (int index : members)
            group.rows << row(entries[index], lang, items, options.includeContacts);
        pages.addTable(group);
    };
    for (const QString& district : districts)
        addGroup(placeByUuid.value(district).name(lang.code()), byDistrict.value(district));
    if (!nowhere.isEmpty() && options.districtUuid.isEmpty())
        addGroup(lang.text(QT_TRANSLATE_NOOP("Document", "No district given")), nowhere);
    if (entries.isEmpty())
        pages.addText(lang.text(QT_TRANSLATE_NOOP("Document", "No organisation of the directory matches.")));

    pages.footer = footer(lang,
                          lang.text(QT_TRANSLATE_NOOP("Document", "Mapping matrix, %1"))
                              .arg(DocumentLanguage::date(QDate::currentDate())),
                          false);
    if (options.includeContacts)
        pages.footer.note = lang.text(QT_TRANSLATE_NOOP(
            "Document", "Includes contact details of people: keep this copy safe and do not pass it on."));
    return pages;
}

} // namespace hamkori::report
