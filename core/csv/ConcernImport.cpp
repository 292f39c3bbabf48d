#include "ConcernImport.h"
#include "CellValues.h"
#include "DeletedConcerns.h"
#include "core/model/FieldValueCheck.h"
#include "core/storage/ConcernRepository.h"
#include "core/storage/FieldPatch.h"
#include "core/storage/ReferenceRepository.h"
#include <QSet>

namespace hamkori::csv {

namespace {

QStringList lines(const QString& text)
{
    QStringList kept;
    for (const QString& line : text.split(QLatin1Char('\n')))
        if (!line.trimmed().isEmpty())
            kept << line.trimmed();
    return kept;
}

QString upperCode(const QString& code)
{
    return code.trimmed().toUpper();
}

/// The names of enum values and categories, read once per check.
struct Vocabulary
{
    explicit Vocabulary(const QList<ReferenceItem>& categoryItems) : categories(categoryItems) {}
    ReferenceNames categories;
    EnumNames<RaisedBy> raisedBy;
    EnumNames<ConcernSource> sources;
    EnumNames<Frequency> frequencies;
    EnumNames<ConcernStatus> statuses;
    EnumNames<ConflictRisk> risks;
};

} // namespace

int ImportPreview::count(RowAction action) const
{
    return int(
        std::count_if(rows.begin(), rows.end(), [action](const RowPlan& r) { return r.action == action; }));
}

int ImportPreview::restoring() const
{
    return int(std::count_if(rows.begin(), rows.end(), [](const RowPlan& r) {
        return r.action == RowAction::MatchesDeleted && r.restore;
    }));
}

void ImportPreview::restoreAllDeleted(bool restore)
{
    for (RowPlan& row : rows)
        if (row.action == RowAction::MatchesDeleted)
            row.restore = restore;
}

QList<ConcernField> ConcernImport::differences(const Concern& a, const Concern& b)
{
    // Compared as the record store would write them, column by column (status only changeStatus writes).
    const auto stored = [](const Concern& concern) {
        QHash<QString, QVariant> values;
        for (const auto& [column, value] : ConcernRepository::fieldsOf(concern))
            values.insert(column, value);
        values.insert(QStringLiteral("status"), codeOf(concern.status));
        return values;
    };
    const QHash<QString, QVariant> before = stored(a), after = stored(b);
    QList<ConcernField> changed;
    for (ConcernField field : ConcernColumns::fields()) {
        const QString column = ConcernColumns::key(field);
        if (!FieldPatch::sameValue(before.value(column), after.value(column)))
            changed << field;
    }
    return changed;
}

ImportPreview ConcernImport::check(const CsvTable& table, const ColumnMapping& mapping)
{
    ImportPreview preview;
    preview.encoding = table.encoding;
    const auto fileProblem = [&](const QString& column, const QString& text) {
        preview.messages.append({1, column, text});
        preview.fileError = true;
    };
    if (m_team.isEmpty())
        fileProblem({}, tr("Choose the team the concerns belong to."));
    for (ConcernField field : ConcernColumns::fields())
        if (ConcernColumns::isRequired(field) && !mapping.has(field))
            fileProblem(ConcernColumns::name(field),
                        tr("No column of the file gives the %1. Choose that column in the mapping, or add a "
                           "column \"%1\" to the file.")
                            .arg(ConcernColumns::name(field)));
    if (table.records.isEmpty())
        fileProblem({}, tr("The file has a header row but no concerns under it."));
    if (preview.fileError)
        return preview;

    ConcernRepository concerns(m_db);
    ConcernFilter ofTeam;
    ofTeam.teamUuid = m_team;
    ofTeam.sort = ConcernFilter::Sort::Code;
    QHash<QString, QString> uuidByCode;
    QSet<QString> sharedCodes; // two live concerns have it (numbered alike on two laptops, not yet merged)
    if (auto total = concerns.count(ofTeam)) {
        if (auto rows = concerns.page(ofTeam, 0, std::max(*total, 1)))
            for (const ConcernRow& row : *rows) {
                if (uuidByCode.contains(upperCode(row.code)))
                    sharedCodes.insert(upperCode(row.code));
                uuidByCode.insert(upperCode(row.code), row.uuid);
            }
    }
    const DeletedConcerns deleted(m_db, m_team);
    auto categoryItems = ReferenceRepository(m_db).items(ReferenceList::Category);
    const Vocabulary names(categoryItems ? *categoryItems : QList<ReferenceItem>());
    QHash<QString, int> rowOfCode;

    for (const CsvRecord& record : table.records) {
        RowPlan plan;
        plan.row = record.row;
        QList<ImportMessage> problems;
        const auto columnName = [&](ConcernField field) {
            return table.header.value(mapping.column(field), ConcernColumns::name(field));
        };
        const auto problem = [&](ConcernField field, const QString& text) {
            problems.append({record.row, columnName(field), text});
        };
        const auto value = [&](ConcernField field) {
            const int column = mapping.column(field);
            return column >= 0 && column < record.fields.size() ? record.fields[column].trimmed() : QString();
        };
        for (int extra = int(table.header.size()); extra < record.fields.size(); ++extra)
            if (!record.fields[extra].trimmed().isEmpty()) {
                problems.append(
                    {record.row,
                     {},
                     tr("This row has %1 values but the header row has %2 columns. Put values "
                        "that contain the separator \"%3\" in quotes, or save the file again from "
                        "the spreadsheet.")
                         .arg(record.fields.size())
                         .arg(table.header.size())
                         .arg(table.separator)});
                break;
            }

        // The existing concern with the row's code, or a new one.
        Concern concern;
        concern.teamUuid = m_team;
        bool existing = false;
        const Concern* deletedMatch = nullptr;
        const QString code = value(ConcernField::Code);
        if (!code.isEmpty()) {
            if (rowOfCode.contains(upperCode(code))) {
                problem(ConcernField::Code,
                        tr("The code %1 is also on row %2. Each concern may be in the file "
                           "only once.")
                            .arg(code)
                            .arg(rowOfCode.value(upperCode(code))));
            } else {
                rowOfCode.insert(upperCode(code), record.row);
            }
            if (sharedCodes.contains(upperCode(code))) {
                // The row could change either: it changes neither.
                problem(
                    ConcernField::Code,
                    tr("Two concerns of the team have the code %1, so this row could change the wrong one. "
                       "Import the other laptops' bundles (the later concern then takes a new code), or "
                       "change one of the codes in Hamkori, and import the file again.")
                        .arg(code));
                existing = true; // neither is created anew
            } else if (const QString uuid = uuidByCode.value(upperCode(code)); !uuid.isEmpty()) {
                if (auto stored = concerns.concern(uuid)) {
                    concern = *stored;
                    existing = true;
                }
            }
            if (!existing)
                deletedMatch = deleted.byCode(code);
            if (deletedMatch)
                concern = *deletedMatch; // that concern, if the person restores it
            else if (!existing)
                concern.code = code;
        }
        const Concern before = concern;

        const auto text = [&](ConcernField field, QString& target) {
            if (mapping.has(field))
                target = value(field);
        };
        const auto list = [&](ConcernField field, QStringList& target) {
            if (mapping.has(field))
                target = lines(value(field));
        };
        const auto date = [&](ConcernField field, QDate& target, bool clearable) {
            if (!mapping.has(field))
                return;
            const QString typed = value(field);
            const auto day = CellValues::parseDate(typed);
            if (!day)
                problem(field, tr("\"%1\" is not a date. Write dates as dd.MM.yyyy, for example 25.03.2026.")
                                   .arg(typed));
            else if (day->isValid() || clearable)
                target = *day;
        };
        const auto choice = [&](ConcernField field, auto& target, const auto& known) {
            const QString typed = value(field);
            if (!mapping.has(field) || typed.isEmpty())
                return; // an empty cell keeps what the concern has (or the default)
            if (const auto found = known.find(typed))
                target = *found;
            else
                problem(field, tr("\"%1\" is not a known value here. Use one of: %2.")
                                   .arg(typed, std::decay_t<decltype(known)>::choices()));
        };

        text(ConcernField::Title, concern.title);
        text(ConcernField::Description, concern.description);
        text(ConcernField::Place, concern.place);
        if (mapping.has(ConcernField::Category)) {
            const QString typed = value(ConcernField::Category);
            const QString uuid = names.categories.find(typed);
            if (typed.isEmpty())
                problem(ConcernField::Category,
                        tr("The category is empty. Use one of: %1.").arg(names.categories.choices()));
            else if (uuid.isEmpty())
                problem(ConcernField::Category, tr("\"%1\" is not a category of the list. Use one of: %2, or "
                                                   "add the category in Settings first.")
                                                    .arg(typed, names.categories.choices()));
            else
                concern.categoryUuid = uuid;
        }
        choice(ConcernField::RaisedBy, concern.raisedBy, names.raisedBy);
        date(ConcernField::FirstRaised, concern.firstRaised, false);
        choice(ConcernField::Source, concern.source, names.sources);
        choice(ConcernField::Frequency, concern.frequency, names.frequencies);
        choice(ConcernField::Status, concern.status, names.statuses);
        if (mapping.has(ConcernField::Restricted) && !value(ConcernField::Restricted).isEmpty()) {
            if (const auto restricted = CellValues::parseYesNo(value(ConcernField::Restricted)))
                concern.restricted = *restricted;
            else
                problem(ConcernField::Restricted, tr("\"%1\" is neither yes nor no. Write yes, no, or leave "
                                                     "the cell empty.")
                                                      .arg(value(ConcernField::Restricted)));
        }
        list(ConcernField::Causes, concern.causes);
        list(ConcernField::Effects, concern.effects);
        text(ConcernField::Offender, concern.triangle.offender);
        text(ConcernField::Victim, concern.triangle.victim);
        text(ConcernField::TrianglePlace, concern.triangle.place);
        text(ConcernField::Handler, concern.triangle.handler);
        text(ConcernField::Guardian, concern.triangle.guardian);
        text(ConcernField::Manager, concern.triangle.manager);
        text(ConcernField::GenderNotes, concern.genderNotes);
        choice(ConcernField::ConflictRisk, concern.conflictRisk, names.risks);
        text(ConcernField::Mitigation, concern.conflictMitigation);
        if (mapping.has(ConcernField::BaselineValue)) {
            const QString typed = value(ConcernField::BaselineValue);
            if (typed.isEmpty())
                concern.baselineValue.reset();
            else if (const auto number = CellValues::parseNumber(typed)) {
                const QString outOfRange = catalogue::problemWith(
                    ConcernColumns::catalogueField(ConcernField::BaselineValue), *number);
                if (outOfRange.isEmpty())
                    concern.baselineValue = *number;
                else
                    problem(ConcernField::BaselineValue, outOfRange);
            } else
                problem(
                    ConcernField::BaselineValue,
                    tr("\"%1\" is not a number. Write the baseline figure as a number, such as 12 or 3,5.")
                        .arg(typed));
        }
        text(ConcernField::BaselineDescription, concern.baselineDescription);
        date(ConcernField::BaselineDate, concern.baselineDate, true);

        if (mapping.has(ConcernField::Title) && concern.title.isEmpty())
            problem(ConcernField::Title, tr("The title is empty. Every concern needs a short title."));
        if (concern.baselineValue && !concern.baselineDate.isValid() && problems.isEmpty())
            problem(ConcernField::BaselineDate,
                    tr("A baseline figure needs the date it was measured. Enter it as dd.MM.yyyy."));

        plan.concern = concern;
        if (!problems.isEmpty()) {
            plan.action = RowAction::Invalid;
            preview.messages.append(problems);
        } else if (existing) {
            plan.changedFields = differences(before, concern);
            plan.action = plan.changedFields.isEmpty() ? RowAction::Unchanged : RowAction::Update;
        } else if (deletedMatch) {
            plan.changedFields = differences(before, concern);
            plan.action = RowAction::MatchesDeleted;
            plan.deletedNote = deleted.note(*deletedMatch);
        } else {
            plan.action = RowAction::Create;
        }
        preview.rows.append(plan);
    }
    return preview;
}

} // namespace hamkori::csv
