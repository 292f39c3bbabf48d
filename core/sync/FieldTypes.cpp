#include "FieldTypes.h"

namespace hamkori::sync {

std::optional<FieldSpec> describedField(const QString& kind, const QString& field)
{
    const catalogue::Field* described = catalogue::field(kind, field);
    if (!described || described->type == FieldType::Stamp)
        return std::nullopt;
    FieldSpec spec;
    spec.type = described->type;
    spec.optional = described->optional;
    spec.minimum = described->minimum;
    spec.maximum = described->maximum;
    spec.choices = described->choiceList();
    if (described->references)
        spec.references = QString::fromLatin1(described->references);
    return spec;
}

FieldSpec fieldSpec(const QString& kind, const QString& field)
{
    return describedField(kind, field).value_or(FieldSpec{});
}

} // namespace hamkori::sync
