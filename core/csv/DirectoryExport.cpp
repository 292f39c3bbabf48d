#include "DirectoryExport.h"
#include "CellValues.h"
#include "CsvWriter.h"
#include "DirectoryColumns.h"
#include "core/storage/DirectoryRepository.h"
#include "core/storage/ReferenceRepository.h"

namespace hamkori::csv {

namespace {

/// The names of list entries and places by UUID, in the document's language.
struct Names
{
    QHash<QString, QString> places;
    QHash<QString, QString> items; // expertise and kinds of service

    QString join(const QStringList& uuids, const QHash<QString, QString>& names) const
    {
        QStringList shown;
        for (const QString& uuid : uuids)
            if (const QString name = names.value(uuid); !name.isEmpty())
                shown << name;
        return shown.join(DirectoryColumns::listSeparator());
    }
};

} // namespace

Result<QList<QStringList>> DirectoryExport::table(const DirectoryExportOptions& options)
{
    const report::DocumentLanguage language(options.language);
    ReferenceRepository references(m_db);
    Names names;
    auto places = references.gazetteer();
    if (!places)
        return places.error();
    for (const GazetteerEntry& place : *places)
        names.places.insert(place.meta.uuid, place.name(language.code()));
    for (ReferenceList list : {ReferenceList::Expertise, ReferenceList::Service}) {
        auto items = references.items(list);
        if (!items)
            return items.error();
        for (const ReferenceItem& item : *items)
            names.items.insert(item.meta.uuid, language.name(item));
    }

    DirectoryRepository directory(m_db);
    auto organisations = directory.organisations();
    if (!organisations)
        return organisations.error();
    QList<DirectoryField> columns;
    for (DirectoryField field : DirectoryColumns::fields())
        if (options.includeContacts || !DirectoryColumns::isContact(field))
            columns << field;

    QList<QStringList> table;
    QStringList header;
    for (DirectoryField field : columns)
        header << DirectoryColumns::name(field, language);
    table << header;
    for (const OrganisationSummary& summary : *organisations) {
        const Organisation& o = summary.organisation; // with its districts and expertise
        auto services = directory.services(o.meta.uuid);
        if (!services)
            return services.error();
        QStringList kinds;
        for (const Service& service : *services)
            if (!kinds.contains(service.kindUuid))
                kinds << service.kindUuid;
        QStringList row;
        for (DirectoryField field : columns) {
            switch (field) {
            case DirectoryField::Name:
                row << o.name;
                break;
            case DirectoryField::ShortName:
                row << o.shortName;
                break;
            case DirectoryField::Kind:
                row << language.name(o.kind);
                break;
            case DirectoryField::Address:
                row << o.address;
                break;
            case DirectoryField::ContactPerson:
                row << o.contactPerson;
                break;
            case DirectoryField::Phone:
                row << o.phone;
                break;
            case DirectoryField::Email:
                row << o.email;
                break;
            case DirectoryField::Districts:
                row << names.join(o.districtUuids, names.places);
                break;
            case DirectoryField::Expertise:
                row << names.join(o.expertiseUuids, names.items);
                break;
            case DirectoryField::Services:
                row << names.join(kinds, names.items);
                break;
            case DirectoryField::MemberSince:
                row << CellValues::date(o.memorandumSigned);
                break;
            case DirectoryField::InternationalExperience:
                row << o.internationalExperience;
                break;
            case DirectoryField::Notes:
                row << o.notes;
                break;
            }
        }
        table << row;
    }
    return table;
}

Result<int> DirectoryExport::write(const DirectoryExportOptions& options, const QString& path)
{
    auto rows = table(options);
    if (!rows)
        return rows.error();
    return CsvWriter::writeRecords(path, *rows, options.separator);
}

} // namespace hamkori::csv
