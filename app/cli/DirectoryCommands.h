#pragma once
// "directory": the directory of organisations as files: export (CSV), import (CSV, the columns matched by
// their names, as the window guesses them) and matrix (the mapping matrix as a PDF).
#include <QStringList>

namespace hamkori::cli {

int runDirectory(const QStringList& arguments);

} // namespace hamkori::cli
