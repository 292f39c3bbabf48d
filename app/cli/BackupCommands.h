#pragma once
// Commands about backups (core/storage/Backups): backup, backups, restore.
#include <QStringList>

namespace hamkori::cli {

int runBackup(const QStringList& arguments);
int runBackups(const QStringList& arguments);
int runRestore(const QStringList& arguments);

} // namespace hamkori::cli
