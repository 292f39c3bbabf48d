#pragma once
// What kind of value each field of a record holds, so that the conflict inbox can offer the right editor for
// a merged value: a date, a number within limits, one of a fixed list, a reference to another record (never
// typed by hand: keep one version or the other), a short or a long text. Widgets stay in ui/: this says only
// what the value is and which values are allowed.
#include <QList>
#include <QString>
#include <QVariant>
#include <optional>

namespace hamkori::sync {

enum class FieldType
{
    Text,      // one line
    LongText,  // several lines (agenda, causes, notes…)
    Date,      // stored as ISO text (yyyy-MM-dd)
    Integer,   // a whole number between minimum and maximum
    Decimal,   // an amount or a measured value between minimum and maximum
    Choice,    // one of `choices` (a status, a category, a flag…)
    Reference, // the UUID (or code) of another record: chosen from the versions only
    Deletion,  // the deletion flag of an edit against a deletion
};

struct FieldChoice
{
    QVariant value; // as stored (a code, or 0 / 1)
    QString name;   // in the current UI language
};

struct FieldSpec
{
    FieldType type = FieldType::Text;
    bool optional = false; // may be empty (a date or a number not given)
    double minimum = 0;
    double maximum = 0;
    QList<FieldChoice> choices;
    QString references; // for a reference: the kind of record it names ("concern", "reference_item"…)
};

/// The field of a kind of record as described here; nullopt when it is not (a column added later).
std::optional<FieldSpec> describedField(const QString& kind, const QString& field);
/// As describedField, with one line of text for a field not described.
FieldSpec fieldSpec(const QString& kind, const QString& field);

} // namespace hamkori::sync
