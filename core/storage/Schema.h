#pragma once
// The tables of a Hamkori data file and the steps that build them. A step, once released, never changes:
// an older file is brought up to date by running the steps after its version, in order, in one transaction.
#include "../Result.h"
#include <QSqlDatabase>

namespace hamkori::schema {

/// Runs the step that turns a file of version (step - 1) into version `step`.
Result<void> applyStep(const QSqlDatabase& db, int step);

/// The SQL expression that folds a text column for the search index, and the same folding in C++ for the
/// words a person searches for: Tajik letters become their Russian look-alikes (ҳ→х, ӣ→и …), ё becomes е.
QString searchFold(const QString& sqlExpression);
QString searchFoldText(QString text);

/// The concern status as a number in the order of the cycle (raised 0 … dropped 7), as an SQL expression over
/// the column `status` of concerns. Schema step 3 indexes this very expression, so sorting by it is instant.
QString concernStatusOrder();

/// Fills a new file with what every installation starts with: the gazetteer and the built-in lists.
/// Their UUIDs are derived from their codes, so that every laptop makes the same records.
Result<void> seedNewDatabase(const QSqlDatabase& db);
/// Adds the built-in list entries that came with schema step `step` (the lists of expertise and services
/// came with step 8) to a file upgraded to it. An entry already there is left as it is.
Result<void> seedBuiltIns(const QSqlDatabase& db, int step);

} // namespace hamkori::schema
