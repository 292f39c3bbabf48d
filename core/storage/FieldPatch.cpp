#include "FieldPatch.h"
#include "SqlUtil.h"

namespace hamkori {

bool FieldPatch::sameValue(const QVariant& a, const QVariant& b)
{
    if (a.isNull() || b.isNull())
        return a.isNull() == b.isNull();
    const auto isNumber = [](const QVariant& value) {
        return value.typeId() == QMetaType::LongLong || value.typeId() == QMetaType::Double ||
               value.typeId() == QMetaType::Int;
    };
    if (isNumber(a) && isNumber(b))
        return a.toDouble() == b.toDouble();
    if (isNumber(a) != isNumber(b)) {
        // A number that travelled as text (or the other way round) is the same value.
        bool aOk = false, bOk = false;
        const double x = a.toDouble(&aOk), y = b.toDouble(&bOk);
        if (aOk && bOk)
            return x == y;
    }
    return a.toString() == b.toString();
}

FieldPatch FieldPatch::inverse() const
{
    FieldPatch back{kind, record, {}};
    for (const FieldChange& change : changes)
        back.changes.append({change.column, change.to, change.from});
    return back;
}

FieldPatch FieldPatch::between(const QString& kind, const QString& record, const Fields& before,
                               const Fields& after)
{
    FieldPatch patch{kind, record, {}};
    for (const auto& [column, value] : after) {
        const QVariant to = sql::toStored(value);
        QVariant from;
        for (const auto& [oldColumn, oldValue] : before)
            if (oldColumn == column)
                from = sql::toStored(oldValue);
        if (!sameValue(from, to))
            patch.changes.append({column, from, to});
    }
    return patch;
}

} // namespace hamkori
