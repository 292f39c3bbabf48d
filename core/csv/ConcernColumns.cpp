#include "ConcernColumns.h"
#include "core/model/RecordCatalogue.h"
#include "core/report/DocumentLanguage.h"
#include "core/storage/Schema.h"
#include <QRegularExpression>

namespace hamkori::csv {

namespace {

struct FieldEntry
{
    ConcernField field;
    const char* key; // the concern's column in the record catalogue, which describes the field
    const char* name;
};

constexpr FieldEntry kFields[] = {
    {ConcernField::Code, "code", QT_TRANSLATE_NOOP("ConcernColumns", "Code")},
    {ConcernField::Title, "title", QT_TRANSLATE_NOOP("ConcernColumns", "Title")},
    {ConcernField::Description, "description", QT_TRANSLATE_NOOP("ConcernColumns", "Description")},
    {ConcernField::Category, "category", QT_TRANSLATE_NOOP("ConcernColumns", "Category")},
    {ConcernField::Place, "place", QT_TRANSLATE_NOOP("ConcernColumns", "Place")},
    {ConcernField::RaisedBy, "raised_by", QT_TRANSLATE_NOOP("ConcernColumns", "Raised by")},
    {ConcernField::FirstRaised, "first_raised", QT_TRANSLATE_NOOP("ConcernColumns", "First raised")},
    {ConcernField::Source, "source", QT_TRANSLATE_NOOP("ConcernColumns", "Source")},
    {ConcernField::Frequency, "frequency", QT_TRANSLATE_NOOP("ConcernColumns", "How often")},
    {ConcernField::Status, "status", QT_TRANSLATE_NOOP("ConcernColumns", "Status")},
    {ConcernField::Restricted, "restricted", QT_TRANSLATE_NOOP("ConcernColumns", "Restricted")},
    {ConcernField::Causes, "causes", QT_TRANSLATE_NOOP("ConcernColumns", "Causes")},
    {ConcernField::Effects, "effects", QT_TRANSLATE_NOOP("ConcernColumns", "Effects")},
    {ConcernField::Offender, "offender", QT_TRANSLATE_NOOP("ConcernColumns", "Offender")},
    {ConcernField::Victim, "victim", QT_TRANSLATE_NOOP("ConcernColumns", "Victim")},
    {ConcernField::TrianglePlace, "triangle_place",
     QT_TRANSLATE_NOOP("ConcernColumns", "Location (triangle)")},
    {ConcernField::Handler, "handler", QT_TRANSLATE_NOOP("ConcernColumns", "Handler")},
    {ConcernField::Guardian, "guardian", QT_TRANSLATE_NOOP("ConcernColumns", "Guardian")},
    {ConcernField::Manager, "manager", QT_TRANSLATE_NOOP("ConcernColumns", "Place manager")},
    {ConcernField::GenderNotes, "gender_notes", QT_TRANSLATE_NOOP("ConcernColumns", "Gender notes")},
    {ConcernField::ConflictRisk, "conflict_risk", QT_TRANSLATE_NOOP("ConcernColumns", "Conflict risk")},
    {ConcernField::Mitigation, "mitigation", QT_TRANSLATE_NOOP("ConcernColumns", "Conflict mitigation")},
    {ConcernField::BaselineValue, "baseline_value", QT_TRANSLATE_NOOP("ConcernColumns", "Baseline figure")},
    {ConcernField::BaselineDescription, "baseline_description",
     QT_TRANSLATE_NOOP("ConcernColumns", "What the baseline counts")},
    {ConcernField::BaselineDate, "baseline_date", QT_TRANSLATE_NOOP("ConcernColumns", "Baseline date")},
};

const FieldEntry& entryOf(ConcernField field)
{
    return kFields[int(field)];
}

} // namespace

QString foldName(const QString& text)
{
    static const QRegularExpression spaces(QStringLiteral("[\\s_]+"));
    return schema::searchFoldText(text.toLower()).replace(spaces, QStringLiteral(" ")).trimmed();
}

QList<ConcernField> ConcernColumns::fields()
{
    QList<ConcernField> all;
    for (const FieldEntry& entry : kFields)
        all << entry.field;
    return all;
}

QString ConcernColumns::key(ConcernField field)
{
    return QString::fromLatin1(entryOf(field).key);
}

std::optional<ConcernField> ConcernColumns::fromKey(const QString& key)
{
    for (const FieldEntry& entry : kFields)
        if (key == QLatin1String(entry.key))
            return entry.field;
    return std::nullopt;
}

QString ConcernColumns::name(ConcernField field)
{
    return tr(entryOf(field).name);
}

QString ConcernColumns::name(ConcernField field, const report::DocumentLanguage& language)
{
    return language.translate("ConcernColumns", entryOf(field).name);
}

bool ConcernColumns::isRequired(ConcernField field)
{
    return field == ConcernField::Title || field == ConcernField::Category;
}

const catalogue::Field& ConcernColumns::catalogueField(ConcernField field)
{
    // Every key is a column of the concern (a test checks each): the catalogue says its type and limits.
    const catalogue::Field* described = catalogue::field(u"concern", key(field));
    Q_ASSERT(described != nullptr);
    return *described;
}

void ColumnMapping::set(ConcernField field, int column)
{
    // A column feeds one field: whatever field it fed before loses it.
    for (auto it = m_columns.begin(); it != m_columns.end();) {
        if (column >= 0 && it.value() == column && it.key() != int(field))
            it = m_columns.erase(it);
        else
            ++it;
    }
    if (column < 0)
        m_columns.remove(int(field));
    else
        m_columns.insert(int(field), column);
}

std::optional<ConcernField> ColumnMapping::fieldOf(int column) const
{
    for (auto it = m_columns.begin(); it != m_columns.end(); ++it)
        if (it.value() == column)
            return ConcernField(it.key());
    return std::nullopt;
}

ColumnMapping ColumnMapping::guess(const QStringList& header)
{
    // Every name a field is known by, folded.
    static const QHash<QString, int> known = [] {
        QHash<QString, int> names;
        const report::DocumentLanguage languages[] = {report::DocumentLanguage(QStringLiteral("en")),
                                                      report::DocumentLanguage(QStringLiteral("tg")),
                                                      report::DocumentLanguage(QStringLiteral("ru"))};
        for (const FieldEntry& entry : kFields) {
            names.insert(foldName(QString::fromLatin1(entry.key)), int(entry.field));
            for (const auto& language : languages)
                names.insert(foldName(ConcernColumns::name(entry.field, language)), int(entry.field));
        }
        return names;
    }();
    ColumnMapping mapping;
    for (int column = 0; column < header.size(); ++column) {
        const auto found = known.constFind(foldName(header[column]));
        if (found != known.constEnd() && !mapping.has(ConcernField(*found)))
            mapping.set(ConcernField(*found), column);
    }
    return mapping;
}

ColumnMapping ColumnMapping::remembered(const QVariantMap& byColumnName, const QStringList& header)
{
    ColumnMapping mapping = guess(header);
    for (int column = 0; column < header.size(); ++column) {
        const auto it = byColumnName.constFind(header[column]);
        if (it == byColumnName.constEnd())
            continue;
        const QString key = it->toString();
        if (key.isEmpty()) {
            // Remembered as "not imported".
            if (const auto field = mapping.fieldOf(column))
                mapping.set(*field, -1);
        } else if (const auto field = ConcernColumns::fromKey(key)) {
            mapping.set(*field, column);
        }
    }
    return mapping;
}

QVariantMap ColumnMapping::byColumnName(const QStringList& header) const
{
    QVariantMap names;
    for (int column = 0; column < header.size(); ++column) {
        if (header[column].isEmpty())
            continue;
        const auto field = fieldOf(column);
        names.insert(header[column], field ? ConcernColumns::key(*field) : QString());
    }
    return names;
}

} // namespace hamkori::csv
