// DirectoryImport's reading half: check() says, row by row, what an import would do. Nothing is written here.
#include "DirectoryImport.h"
#include "CellValues.h"
#include "core/storage/DirectoryRepository.h"
#include "core/storage/FieldPatch.h"
#include "core/storage/ReferenceRepository.h"
#include <QRegularExpression>
#include <QSet>
#include <algorithm>
#include <functional>

namespace hamkori::csv {

namespace {

/// The names in a cell: "; " between them as Hamkori writes them, line breaks, or "," as people also type —
/// unless the whole cell is one name that holds a comma ("Water, land and environment").
QStringList namesIn(const QString& cell, const std::function<bool(const QString&)>& isName)
{
    static const QRegularExpression between(QStringLiteral("[;\\n\\r]+"));
    const bool listed = cell.contains(QLatin1Char(';')) || cell.contains(QLatin1Char('\n'));
    const QStringList parts = listed                   ? cell.split(between)
                              : isName(cell.trimmed()) ? QStringList{cell}
                                                       : cell.split(QLatin1Char(','));
    QStringList names;
    for (const QString& part : parts)
        if (!part.trimmed().isEmpty())
            names << part.trimmed();
    return names;
}

/// As DirectoryRepository checks it, so that a row it would refuse is reported on its row.
bool looksLikeEmail(const QString& text)
{
    const qsizetype at = text.indexOf(QLatin1Char('@'));
    return at > 0 && text.indexOf(QLatin1Char('.'), at) > at + 1 && !text.endsWith(QLatin1Char('.')) &&
           !text.contains(QLatin1Char(' ')) && text.count(QLatin1Char('@')) == 1;
}

bool sameOrganisation(const Organisation& a, const Organisation& b)
{
    const Fields before = DirectoryRepository::fieldsOf(a), after = DirectoryRepository::fieldsOf(b);
    if (before.size() != after.size())
        return false;
    for (qsizetype i = 0; i < before.size(); ++i)
        if (before[i].first != after[i].first || !FieldPatch::sameValue(before[i].second, after[i].second))
            return false;
    const auto asSet = [](const QStringList& list) { return QSet<QString>(list.begin(), list.end()); };
    return asSet(a.districtUuids) == asSet(b.districtUuids) &&
           asSet(a.expertiseUuids) == asSet(b.expertiseUuids);
}

} // namespace

int DirectoryPreview::count(RowAction action) const
{
    return int(std::count_if(rows.begin(), rows.end(),
                             [action](const DirectoryRowPlan& r) { return r.action == action; }));
}

DirectoryPreview DirectoryImport::check(const CsvTable& table, const DirectoryMapping& mapping,
                                        bool addUnknownExpertise)
{
    DirectoryPreview preview;
    preview.encoding = table.encoding;
    if (!mapping.has(DirectoryField::Name)) {
        const QString name = DirectoryColumns::name(DirectoryField::Name);
        preview.messages.append({1, name,
                                 tr("No column of the file gives the name of the organisation. Choose that "
                                    "column in the mapping, or add a column \"%1\" to the file.")
                                     .arg(name)});
        preview.fileError = true;
    }
    if (table.records.isEmpty()) {
        preview.messages.append({1, {}, tr("The file has a header row but no organisations under it.")});
        preview.fileError = true;
    }
    if (preview.fileError)
        return preview;

    DirectoryRepository directory(m_db);
    ReferenceRepository references(m_db);
    auto expertiseItems = references.items(ReferenceList::Expertise);
    auto serviceItems = references.items(ReferenceList::Service);
    const ReferenceNames expertiseNames(expertiseItems ? *expertiseItems : QList<ReferenceItem>());
    const ReferenceNames serviceNames(serviceItems ? *serviceItems : QList<ReferenceItem>());
    const EnumNames<OrganisationKind> kinds;
    QHash<QString, int> rowOfName;
    QSet<QString> unknownSeen;

    for (const CsvRecord& record : table.records) {
        DirectoryRowPlan plan;
        plan.row = record.row;
        QList<ImportMessage> problems;
        const auto problem = [&](DirectoryField field, const QString& text) {
            problems.append(
                {record.row, table.header.value(mapping.column(field), DirectoryColumns::name(field)), text});
        };
        const auto value = [&](DirectoryField field) {
            const int column = mapping.column(field);
            return column >= 0 && column < record.fields.size() ? record.fields[column].trimmed() : QString();
        };
        for (int extra = int(table.header.size()); extra < record.fields.size(); ++extra)
            if (!record.fields[extra].trimmed().isEmpty()) {
                problems.append({record.row,
                                 {},
                                 tr("This row has %1 values but the header row has %2 columns. Put values "
                                    "that contain the separator \"%3\" in quotes, or save the file again "
                                    "from the spreadsheet.")
                                     .arg(record.fields.size())
                                     .arg(table.header.size())
                                     .arg(table.separator)});
                break;
            }

        // The organisation already in the directory under the row's name, or a new one.
        Organisation organisation;
        bool existing = false;
        const QString name = value(DirectoryField::Name);
        if (name.isEmpty()) {
            problem(DirectoryField::Name,
                    tr("The name of the organisation is empty. Write it in this row, or "
                       "delete the row."));
        } else {
            const QString folded = foldName(name);
            if (rowOfName.contains(folded))
                problem(DirectoryField::Name,
                        tr("\"%1\" is also on row %2. Each organisation may be in the file "
                           "only once: merge the two rows.")
                            .arg(name)
                            .arg(rowOfName.value(folded)));
            else
                rowOfName.insert(folded, record.row);
            auto found = directory.organisationNamed(name);
            if (found && *found) {
                organisation = **found;
                existing = true;
            } else {
                organisation.name = name;
            }
        }
        const Organisation before = organisation;

        // An empty cell keeps what the directory has: a thinner spreadsheet never erases what others typed.
        // (The row's name stays as the directory writes it when it matched by the short name or by case.)
        const auto text = [&](DirectoryField field, QString& target) {
            if (!value(field).isEmpty())
                target = value(field);
        };
        text(DirectoryField::ShortName, organisation.shortName);
        text(DirectoryField::Address, organisation.address);
        text(DirectoryField::ContactPerson, organisation.contactPerson);
        text(DirectoryField::Phone, organisation.phone);
        text(DirectoryField::Email, organisation.email);
        text(DirectoryField::InternationalExperience, organisation.internationalExperience);
        text(DirectoryField::Notes, organisation.notes);
        if (!organisation.email.isEmpty() && !looksLikeEmail(organisation.email))
            problem(
                DirectoryField::Email,
                tr("\"%1\" is not an e-mail address. Write it as name@example.tj, or leave the cell empty.")
                    .arg(organisation.email));
        if (const QString typed = value(DirectoryField::Kind); !typed.isEmpty()) {
            if (const auto kind = kinds.find(typed))
                organisation.kind = *kind;
            else
                problem(DirectoryField::Kind, tr("\"%1\" is not a kind of organisation. Use one of: %2.")
                                                  .arg(typed, EnumNames<OrganisationKind>::choices()));
        }
        if (const QString typed = value(DirectoryField::MemberSince); !typed.isEmpty()) {
            if (const auto day = CellValues::parseDate(typed); day && day->isValid())
                organisation.memorandumSigned = *day;
            else
                problem(DirectoryField::MemberSince,
                        tr("\"%1\" is not a date. Write the day the network's memorandum was signed as "
                           "dd.MM.yyyy, for example 25.03.2026, or leave the cell empty.")
                            .arg(typed));
        }
        if (!value(DirectoryField::Districts).isEmpty()) {
            organisation.districtUuids.clear();
            const auto isPlace = [&](const QString& typed) {
                return ReferenceRepository(m_db).findPlace(typed).ok();
            };
            for (const QString& place : namesIn(value(DirectoryField::Districts), isPlace)) {
                auto found = ReferenceRepository(m_db).findPlace(place);
                if (!found)
                    problem(DirectoryField::Districts,
                            tr("No district or city called \"%1\" is in the list of places. Write its name "
                               "as in Settings → Places (in Tajik, Russian or English), separated by \";\".")
                                .arg(place));
                else if (!organisation.districtUuids.contains(found->meta.uuid))
                    organisation.districtUuids << found->meta.uuid;
            }
        }
        if (!value(DirectoryField::Expertise).isEmpty()) {
            organisation.expertiseUuids.clear();
            const auto isField = [&](const QString& typed) { return !expertiseNames.find(typed).isEmpty(); };
            for (const QString& field : namesIn(value(DirectoryField::Expertise), isField)) {
                const QString uuid = expertiseNames.find(field);
                if (!uuid.isEmpty()) {
                    if (!organisation.expertiseUuids.contains(uuid))
                        organisation.expertiseUuids << uuid;
                } else if (addUnknownExpertise) {
                    plan.newExpertise << field;
                    if (!unknownSeen.contains(foldName(field))) {
                        unknownSeen.insert(foldName(field));
                        preview.unknownExpertise << field;
                    }
                } else {
                    problem(
                        DirectoryField::Expertise,
                        tr("\"%1\" is not a field of expertise of the list. Use one of: %2; or tick \"add "
                           "unknown fields of expertise to the list\".")
                            .arg(field, expertiseNames.choices()));
                    if (!unknownSeen.contains(foldName(field))) {
                        unknownSeen.insert(foldName(field));
                        preview.unknownExpertise << field;
                    }
                }
            }
        }
        if (mapping.has(DirectoryField::Services)) {
            QStringList offered;
            if (existing)
                if (auto services = directory.services(organisation.meta.uuid))
                    for (const Service& service : *services)
                        offered << service.kindUuid;
            const auto isKind = [&](const QString& typed) { return !serviceNames.find(typed).isEmpty(); };
            for (const QString& service : namesIn(value(DirectoryField::Services), isKind)) {
                const QString uuid = serviceNames.find(service);
                if (uuid.isEmpty())
                    problem(DirectoryField::Services,
                            tr("\"%1\" is not a kind of service of the list. Use one of: %2; or add it in "
                               "Settings first.")
                                .arg(service, serviceNames.choices()));
                else if (!offered.contains(uuid) && !plan.newServiceKinds.contains(uuid))
                    plan.newServiceKinds << uuid;
            }
        }

        plan.organisation = organisation;
        if (!problems.isEmpty()) {
            plan.action = RowAction::Invalid;
            preview.messages.append(problems);
        } else if (!existing) {
            plan.action = RowAction::Create;
        } else {
            plan.action = sameOrganisation(before, organisation) && plan.newServiceKinds.isEmpty() &&
                                  plan.newExpertise.isEmpty()
                              ? RowAction::Unchanged
                              : RowAction::Update;
        }
        preview.rows.append(plan);
    }
    return preview;
}

} // namespace hamkori::csv
