#pragma once
// Commands of the USB exchange between laptops (issue 6, docs/exchange-format.md): export-bundle,
// import-bundle, conflicts, devices and quarantine. Each is in its own file: ExchangeExport, ExchangeImport,
// ExchangeInbox, ExchangeQuarantine.
#include <QStringList>

namespace hamkori::cli {

int runExportBundle(const QStringList& arguments);
int runImportBundle(const QStringList& arguments);
int runConflicts(const QStringList& arguments);
int runDevices(const QStringList& arguments);
int runQuarantine(const QStringList& arguments);

} // namespace hamkori::cli
