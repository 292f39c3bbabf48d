#pragma once
// What the exchange commands share: how they show a time and a device, and how they print JSON.
#include "core/storage/Database.h"
#include "core/sync/MergeReport.h"
#include <QDateTime>
#include <QHash>
#include <QJsonObject>

namespace hamkori::cli {

/// dd.MM.yyyy HH:mm in local time; "—" for an invalid time.
QString shownTime(const QDateTime& time);
/// UTC ISO 8601 with milliseconds for JSON; empty for an invalid time.
QString jsonTime(const QDateTime& time);
/// Readable names of the devices this laptop knows (its own included), by device id.
QHash<QString, QString> deviceNames(Database& db);
/// A device as a person reads it: its name, or the start of its id when it has none.
QString deviceLabel(const QHash<QString, QString>& names, const QString& id);
/// Prints the object as indented JSON on stdout.
void printJson(const QJsonObject& object);
/// Why changes were set aside, by reason: the count, the reason and a few examples (not one line each).
void printSetAside(const sync::MergeReport& report);

} // namespace hamkori::cli
