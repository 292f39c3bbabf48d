#pragma once
// Reading rows into domain values (storage-internal).
#include "../model/Enums.h"
#include "../model/RecordMeta.h"
#include <QDate>
#include <QSqlRecord>
#include <QVariant>
#include <optional>

namespace hamkori::rows {

RecordMeta meta(const QSqlRecord& row);
QString text(const QSqlRecord& row, const char* column);
QDate date(const QSqlRecord& row, const char* column);
std::optional<double> optionalNumber(const QSqlRecord& row, const char* column);
SexAgeCounts counts(const QSqlRecord& row, const char* prefix);

template <typename E> E enumValue(const QSqlRecord& row, const char* column, E fallback)
{
    return enumFromCode<E>(text(row, column)).value_or(fallback);
}

/// NULL for an empty reference (no meeting, no funding source), the UUID otherwise.
QVariant reference(const QString& uuid);
QVariant optionalNumber(const std::optional<double>& value);
/// Appends the eight columns prefix+f_u18 … prefix+m_50p.
void appendCounts(QList<std::pair<QString, QVariant>>& fields, const char* prefix,
                  const SexAgeCounts& counts);

} // namespace hamkori::rows
