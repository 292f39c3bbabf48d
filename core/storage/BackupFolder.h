#pragma once
// Where the automatic backups of a data file are kept: one folder per data file in the user's data folder
// (backups/<file name>-<hash of its path>/). Database opens with it, Backups fills and rotates it.
#include <QString>

namespace hamkori {

QString backupFolderFor(const QString& dataFile);

} // namespace hamkori
