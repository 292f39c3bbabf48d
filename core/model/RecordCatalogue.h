#pragma once
// The record catalogue: every kind of record Hamkori keeps and every field of it, described once. The record
// store's tables and cascading deletions, the conflict inbox's editors and field names, and the merge
// report's kind names read it; a test compares it with the schema (PRAGMA table_info of every table). Adding
// a field is a schema step plus one line here.
//
// Nothing here is translated at start-up: labels are QT_TRANSLATE_NOOP sources, translated when asked for, so
// a language switch shows at once.
#include <QList>
#include <QString>
#include <QVariant>

namespace hamkori::catalogue {

enum class FieldType
{
    Text,      // one line
    LongText,  // several lines (agenda, causes, notes…)
    Date,      // stored as ISO text (yyyy-MM-dd)
    Integer,   // a whole number between minimum and maximum
    Decimal,   // an amount or a measured value between minimum and maximum
    Choice,    // one of the field's choices (a status, a category, a flag…)
    Reference, // the UUID (or code) of another record: chosen, never typed
    Deletion,  // the deletion flag every record has
    Stamp,     // kept by the store itself (identity, clock stamps, device): never edited
};

struct FieldChoice
{
    QVariant value; // as stored (a code, or 0 / 1)
    QString name;   // in the current UI language
};

using ChoiceList = QList<FieldChoice> (*)();

struct Field
{
    const char* column;
    FieldType type;
    const char* labelSource; // in the "RecordCatalogue" context; label() translates it
    bool optional = false;   // may be empty (NULL): a date or a number not given, a reference not made
    double minimum = 0;
    double maximum = 0;
    const char* references = nullptr; // a Reference: the kind of record it names
    ChoiceList choices = nullptr;     // a Choice: the values allowed
    int ageBand = -1;                 // a count of people by age band: the label's %1 is this band
    int number = -1;                  // one of a numbered series (a feedback answer): the label's %1
    /// Free text that can name or identify a person (a survivor, a suspect, a witness, a phone number): it
    /// is what a restricted record's documents leave out and what can be erased from the change history.
    bool sensitive = false;

    QString label() const;
    QList<FieldChoice> choiceList() const { return choices ? choices() : QList<FieldChoice>{}; }
};

/// A record of another kind that goes with a record of this kind when it is deleted.
struct Dependent
{
    const char* kind;
    const char* column; // the dependent's column that names this record
};

struct Kind
{
    const char* name;        // as the journal and bundles name it: "concern"
    const char* table;       // "concerns"
    const char* labelSource; // plural, "RecordCatalogue" context: "Concerns"; label() translates it
    QList<Field> fields;     // the record's own fields, in the table's order after the stamps
    QList<Dependent> dependents;

    QString label() const;
    /// This kind's field, or one of the stamps every record has; nullptr if there is none of that name.
    const Field* field(QStringView column) const;
};

/// Every kind, in the order a new data file's tables are made.
const QList<Kind>& kinds();
/// The kind of that name; nullptr when there is none (a kind added by a newer Hamkori).
const Kind* kind(QStringView name);
/// The field of a kind; nullptr when either is unknown.
const Field* field(QStringView kind, QStringView column);
/// The stamps every record table begins with: uuid, created_hlc, modified_hlc, device, deleted.
const QList<Field>& stamps();

/// The translated name of a kind ("Concerns"); for an unknown kind, a text that names it.
QString kindLabel(QStringView kind);
/// The translated name of a field ("deadline"); for an unknown one, its column with spaces.
QString fieldLabel(QStringView kind, QStringView column);

} // namespace hamkori::catalogue
