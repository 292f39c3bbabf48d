#pragma once
// Commands about CSV files: export-csv (concerns or activities) and import-csv (concerns).
#include <QStringList>

namespace hamkori::cli {

int runExportCsv(const QStringList& arguments);
int runImportCsv(const QStringList& arguments);

} // namespace hamkori::cli
