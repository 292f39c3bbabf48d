#pragma once
// What kind of value each field of a record holds, so that the conflict inbox can offer the right editor for
// a merged value: a date, a number within limits, one of a fixed list, a reference to another record (never
// typed by hand: keep one version or the other), a short or a long text. Read from the record catalogue
// (core/model/RecordCatalogue.h); widgets stay in ui/: this says only what the value is and which are
// allowed.
#include "../model/RecordCatalogue.h"
#include <QList>
#include <QString>
#include <QVariant>
#include <optional>

namespace hamkori::sync {

using FieldType = catalogue::FieldType;
using FieldChoice = catalogue::FieldChoice;

struct FieldSpec
{
    FieldType type = FieldType::Text;
    bool optional = false; // may be empty (a date or a number not given)
    double minimum = 0;
    double maximum = 0;
    QList<FieldChoice> choices;
    QString references; // for a reference: the kind of record it names ("concern", "reference_item"…)
};

/// The field of a kind of record as the record catalogue describes it; nullopt when it does not (a column
/// added by a newer Hamkori) or when it is one of the stamps the store keeps.
std::optional<FieldSpec> describedField(const QString& kind, const QString& field);
/// As describedField, with one line of text for a field not described.
FieldSpec fieldSpec(const QString& kind, const QString& field);

} // namespace hamkori::sync
