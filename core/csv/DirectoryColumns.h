#pragma once
// The fields of an organisation that a CSV file of the directory carries (the CSO mapping matrix a
// coordinator keeps in a spreadsheet), each with a stable key and an English column name translated in the
// "DirectoryColumns" context, and the mapping of a file's columns to those fields.
#include <QCoreApplication>
#include <QHash>
#include <QStringList>
#include <QVariantMap>
#include <optional>

namespace hamkori::report {
class DocumentLanguage;
}

namespace hamkori::csv {

enum class DirectoryField
{
    Name,
    ShortName,
    Kind,
    Address,
    ContactPerson,
    Phone,
    Email,
    Districts,
    Expertise,
    Services,
    MemberSince,
    InternationalExperience,
    Notes
};

class DirectoryColumns
{
    Q_DECLARE_TR_FUNCTIONS(DirectoryColumns)
public:
    /// Every field, in the order of an exported file.
    static QList<DirectoryField> fields();
    static QString key(DirectoryField field); // "member_since": never translated
    static std::optional<DirectoryField> fromKey(const QString& key);
    /// The column name in the program's language (the mapping table) or in a document's language.
    static QString name(DirectoryField field);
    static QString name(DirectoryField field, const report::DocumentLanguage& language);
    /// The name: a file without it cannot make organisations.
    static bool isRequired(DirectoryField field) { return field == DirectoryField::Name; }
    /// Contact person, phone and e-mail: personal data, left out of exports unless asked for.
    static bool isContact(DirectoryField field);
    /// What separates the names in a cell of districts, expertise or services.
    static QString listSeparator() { return QStringLiteral("; "); }
};

/// Which column of a file (0-based) feeds which field. A column feeds at most one field and a field is fed by
/// at most one column (as ColumnMapping for concerns).
class DirectoryMapping
{
public:
    void set(DirectoryField field, int column); // column -1: the field is not in the file
    int column(DirectoryField field) const { return m_columns.value(int(field), -1); }
    std::optional<DirectoryField> fieldOf(int column) const;
    bool has(DirectoryField field) const { return column(field) >= 0; }
    bool operator==(const DirectoryMapping&) const = default;

    /// Matches the column names with the field names in Tajik, Russian and English, the keys, and the
    /// headings coordinators' spreadsheets use ("Районы деятельности", "Соҳаҳои фаъолият"…).
    static DirectoryMapping guess(const QStringList& header);
    /// A mapping remembered as {column name → field key} (QSettings): used for the columns it knows.
    static DirectoryMapping remembered(const QVariantMap& byColumnName, const QStringList& header);
    QVariantMap byColumnName(const QStringList& header) const;

private:
    QHash<int, int> m_columns; // field → column
};

} // namespace hamkori::csv
