#pragma once
// What opening a data file checks and changes before anything else touches it: the integrity check (read
// only) and the upgrade of an older schema (after a backup copy beside the file). Database::open runs both.
#include "../Result.h"
#include <QSqlDatabase>
#include <QString>

namespace hamkori::upgrade {

/// PRAGMA integrity_check; a translated message naming the first problems when the file is damaged.
Result<void> checkIntegrity(const QSqlDatabase& db, const QString& path);
/// Brings a file of schema `fromVersion` (0: new and empty) to `toVersion` in one transaction. An existing
/// file is first copied beside itself; returns that copy's path (empty for a new file).
Result<QString> upgradeSchema(const QSqlDatabase& db, const QString& path, int fromVersion, int toVersion);
/// "The data file … is damaged (detail). Nothing was changed…" (translated).
QString damagedMessage(const QString& path, const QString& detail);

} // namespace hamkori::upgrade
