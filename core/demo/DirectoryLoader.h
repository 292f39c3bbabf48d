#pragma once
// The demo's directory of organisations, community policing centres, requests and recommendations and
// referrals (resources/demo/directory.json, issue 19), loaded after the demo teams through the repositories.
#include "../Result.h"
#include <QHash>
#include <QStringList>

namespace hamkori {
class Database;
}

namespace hamkori::demo {

/// A demo team as loaded now, for the records of the directory file that name it by code and by index.
struct LoadedTeam
{
    QString uuid;
    QStringList meetings; // in the order of the demo file
    QStringList concerns;
    QString plan; // may be empty
    QStringList activities; // of the plan, in the order of the demo file
};

struct DirectoryReport
{
    int organisations = 0, services = 0, centres = 0, visits = 0, commitments = 0, referrals = 0;
};

/// Loads the directory file in one transaction. Organisations and centres already in the file (by name)
/// are left as they are; requests and referrals are loaded for `teams` only (those loaded now by code), so
/// loading the demo twice adds nothing.
Result<DirectoryReport> loadDirectory(Database& db, const QHash<QString, LoadedTeam>& teams);

} // namespace hamkori::demo
