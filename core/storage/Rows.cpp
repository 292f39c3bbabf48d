#include "Rows.h"

namespace hamkori::rows {

RecordMeta meta(const QSqlRecord& row)
{
    return RecordMeta{text(row, "uuid"), text(row, "created_hlc"), text(row, "modified_hlc"),
                      text(row, "device"), row.value(QStringLiteral("deleted")).toInt() != 0};
}

QString text(const QSqlRecord& row, const char* column)
{
    return row.value(QString::fromLatin1(column)).toString();
}

QDate date(const QSqlRecord& row, const char* column)
{
    return QDate::fromString(text(row, column), Qt::ISODate);
}

std::optional<double> optionalNumber(const QSqlRecord& row, const char* column)
{
    const QVariant value = row.value(QString::fromLatin1(column));
    if (value.isNull())
        return std::nullopt;
    return value.toDouble();
}

SexAgeCounts counts(const QSqlRecord& row, const char* prefix)
{
    SexAgeCounts result;
    const auto& codes = SexAgeCounts::cellCodes();
    for (int i = 0; i < SexAgeCounts::kCells; ++i)
        result.setCell(
            i, row.value(QString::fromLatin1(prefix) + QString::fromLatin1(codes[std::size_t(i)])).toInt());
    return result;
}

QVariant reference(const QString& uuid)
{
    return uuid.isEmpty() ? QVariant(QMetaType(QMetaType::QString)) : QVariant(uuid);
}

QVariant optionalNumber(const std::optional<double>& value)
{
    return value ? QVariant(*value) : QVariant(QMetaType(QMetaType::Double));
}

void appendCounts(QList<std::pair<QString, QVariant>>& fields, const char* prefix, const SexAgeCounts& counts)
{
    const auto& codes = SexAgeCounts::cellCodes();
    for (int i = 0; i < SexAgeCounts::kCells; ++i)
        fields.append(
            {QString::fromLatin1(prefix) + QString::fromLatin1(codes[std::size_t(i)]), counts.cell(i)});
}

} // namespace hamkori::rows
