#include "ConcernExport.h"
#include "CellValues.h"
#include "ConcernColumns.h"
#include "CsvWriter.h"
#include "core/storage/ReferenceRepository.h"

namespace hamkori::csv {

namespace {

QString cell(const Concern& c, ConcernField field, const report::DocumentLanguage& language,
             const QHash<QString, ReferenceItem>& categories)
{
    switch (field) {
    case ConcernField::Code:
        return c.code;
    case ConcernField::Title:
        return c.title;
    case ConcernField::Description:
        return c.description;
    case ConcernField::Category: {
        const auto found = categories.constFind(c.categoryUuid);
        return found == categories.constEnd() ? QString() : language.name(*found);
    }
    case ConcernField::Place:
        return c.place;
    case ConcernField::RaisedBy:
        return language.name(c.raisedBy);
    case ConcernField::FirstRaised:
        return CellValues::date(c.firstRaised);
    case ConcernField::Source:
        return language.name(c.source);
    case ConcernField::Frequency:
        return language.name(c.frequency);
    case ConcernField::Status:
        return language.name(c.status);
    case ConcernField::Restricted:
        return CellValues::yesNo(c.restricted, language);
    case ConcernField::Causes:
        return c.causes.join(QLatin1Char('\n'));
    case ConcernField::Effects:
        return c.effects.join(QLatin1Char('\n'));
    case ConcernField::Offender:
        return c.triangle.offender;
    case ConcernField::Victim:
        return c.triangle.victim;
    case ConcernField::TrianglePlace:
        return c.triangle.place;
    case ConcernField::Handler:
        return c.triangle.handler;
    case ConcernField::Guardian:
        return c.triangle.guardian;
    case ConcernField::Manager:
        return c.triangle.manager;
    case ConcernField::GenderNotes:
        return c.genderNotes;
    case ConcernField::ConflictRisk:
        return language.name(c.conflictRisk);
    case ConcernField::Mitigation:
        return c.conflictMitigation;
    case ConcernField::BaselineValue:
        return c.baselineValue ? CellValues::number(*c.baselineValue) : QString();
    case ConcernField::BaselineDescription:
        return c.baselineDescription;
    case ConcernField::BaselineDate:
        return CellValues::date(c.baselineDate);
    }
    return {};
}

} // namespace

QChar ConcernExport::separatorFor(const QString& language)
{
    return language == u"en" ? QLatin1Char(',') : QLatin1Char(';');
}

Result<QList<QStringList>> ConcernExport::table(const ConcernExportOptions& options)
{
    const report::DocumentLanguage language(options.language);
    ConcernFilter filter = options.filter;
    if (!options.includeRestricted) {
        if (filter.restricted && *filter.restricted)
            return Error{tr("The register shows only restricted concerns, and restricted concerns are left "
                            "out of exports. Tick \"include restricted concerns\" to export them."),
                         {}};
        filter.restricted = false;
    }
    ConcernRepository concerns(m_db);
    auto total = concerns.count(filter);
    if (!total)
        return total.error();
    auto rows = concerns.page(filter, 0, std::max(*total, 1));
    if (!rows)
        return rows.error();

    ReferenceRepository references(m_db);
    QHash<QString, ReferenceItem> categories;
    if (auto items = references.items(ReferenceList::Category))
        for (const ReferenceItem& item : *items)
            categories.insert(item.meta.uuid, item);
    else
        return items.error();

    QList<QStringList> table;
    QStringList header;
    for (ConcernField field : ConcernColumns::fields())
        header << ConcernColumns::name(field, language);
    table << header;
    for (const ConcernRow& row : *rows) {
        auto concern = concerns.concern(row.uuid);
        if (!concern)
            return concern.error();
        if (!categories.contains(concern->categoryUuid))
            if (auto item = references.item(concern->categoryUuid))
                categories.insert(item->meta.uuid, *item); // a category removed from the list since
        QStringList values;
        for (ConcernField field : ConcernColumns::fields())
            values << cell(*concern, field, language, categories);
        table << values;
    }
    return table;
}

Result<int> ConcernExport::write(const ConcernExportOptions& options, const QString& path)
{
    auto rows = table(options);
    if (!rows)
        return rows.error();
    return CsvWriter::writeRecords(path, *rows, options.separator);
}

} // namespace hamkori::csv
