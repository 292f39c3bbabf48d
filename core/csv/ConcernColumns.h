#pragma once
// The fields of a concern that a CSV file carries, each with a stable key (its column in the record
// catalogue) and an English column name translated in the "ConcernColumns" context, and the mapping of a
// file's columns to those fields.
#include <QCoreApplication>
#include <QHash>
#include <QStringList>
#include <QVariantMap>
#include <optional>
#include <span>

namespace hamkori::report {
class DocumentLanguage;
}
namespace hamkori::catalogue {
struct Field;
}

namespace hamkori::csv {

enum class ConcernField
{
    Code,
    Title,
    Description,
    Category,
    Place,
    RaisedBy,
    FirstRaised,
    Source,
    Frequency,
    Status,
    Restricted,
    Causes,
    Effects,
    Offender,
    Victim,
    TrianglePlace,
    Handler,
    Guardian,
    Manager,
    GenderNotes,
    ConflictRisk,
    Mitigation,
    BaselineValue,
    BaselineDescription,
    BaselineDate
};

class ConcernColumns
{
    Q_DECLARE_TR_FUNCTIONS(ConcernColumns)
public:
    /// Every field, in the order of an exported file.
    static QList<ConcernField> fields();
    static QString key(ConcernField field); // "first_raised": never translated
    static std::optional<ConcernField> fromKey(const QString& key);
    /// The column name in the program's language (the mapping table) or in a document's language.
    static QString name(ConcernField field);
    static QString name(ConcernField field, const report::DocumentLanguage& language);
    /// Title and category: a file without them cannot make concerns.
    static bool isRequired(ConcernField field);
    /// The concern's field in the record catalogue (core/model/RecordCatalogue): type, limits, choices.
    static const catalogue::Field& catalogueField(ConcernField field);
};

/// Which column of a file (0-based) feeds which field. A column feeds at most one field and a field is fed
/// by at most one column.
class ColumnMapping
{
public:
    void set(ConcernField field, int column); // column -1: the field is not in the file
    int column(ConcernField field) const { return m_columns.value(int(field), -1); }
    std::optional<ConcernField> fieldOf(int column) const;
    bool has(ConcernField field) const { return column(field) >= 0; }
    bool operator==(const ColumnMapping&) const = default;

    /// Matches the column names with the field names in Tajik, Russian and English and with the keys,
    /// ignoring case, spaces and the Tajik letters people type as Russian ones.
    static ColumnMapping guess(const QStringList& header);
    /// A mapping remembered as {column name → field key} (QSettings "csv/mapping"): used for the columns
    /// it knows, the others guessed.
    static ColumnMapping remembered(const QVariantMap& byColumnName, const QStringList& header);
    QVariantMap byColumnName(const QStringList& header) const;

private:
    QHash<int, int> m_columns; // field → column
};

/// Lower case, single spaces, Tajik letters folded to their Russian look-alikes: how names are compared.
QString foldName(const QString& text);

} // namespace hamkori::csv
