#pragma once
// Commands of the USB exchange between laptops (issue 6, docs/exchange-format.md): export-bundle,
// import-bundle, conflicts, resolve, devices and quarantine. Each is in its own file: ExchangeExport,
// ExchangeImport, ExchangeInbox, ExchangeResolve, ExchangeQuarantine.
#include <QStringList>
#include <QVariant>

namespace hamkori::sync {
struct Conflict;
}

namespace hamkori::cli {

int runExportBundle(const QStringList& arguments);
int runImportBundle(const QStringList& arguments);
int runConflicts(const QStringList& arguments);
int runDevices(const QStringList& arguments);
int runQuarantine(const QStringList& arguments);
int runResolve(const QStringList& arguments);
int runEraseHistory(const QStringList& arguments);

/// One value a person may keep for a conflict, numbered from 1 in "conflicts" and chosen in "resolve".
struct ConflictChoice
{
    QString text;
    QVariant value;
};
QList<ConflictChoice> choicesOf(const sync::Conflict& conflict);

} // namespace hamkori::cli
