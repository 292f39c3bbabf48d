#pragma once
// Small helpers shared by the storage classes (storage-internal).
#include "../Result.h"
#include <QCoreApplication>
#include <QSqlError>
#include <QSqlQuery>
#include <QStringList>
#include <QVariant>

namespace hamkori::sql {

/// The translated error for a statement that failed.
Error failure(const QSqlQuery& query);
Error failure(const QSqlError& error);

/// Runs one statement without parameters.
Result<void> exec(const QSqlDatabase& db, const QString& statement);

/// Prepares, binds positional values and executes.
Result<QSqlQuery> run(const QSqlDatabase& db, const QString& statement, const QVariantList& values = {});

/// The first column of the first row, or an invalid QVariant when there is no row.
Result<QVariant> scalar(const QSqlDatabase& db, const QString& statement, const QVariantList& values = {});

/// Values in the form they are stored: dates as ISO text, booleans as 0/1, invalid dates as NULL.
QVariant toStored(const QVariant& value);

/// "(?, ?, ?)" for the values, which are appended to `bound`: the right side of "column IN …".
QString inList(const QStringList& values, QVariantList& bound);

} // namespace hamkori::sql
