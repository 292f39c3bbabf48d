#pragma once
// Codes people quote stay unique within a team after every merge (SYNC.md, guarantee 14). Two laptops that
// register a concern offline both give it the team's next free number (ISF-2026-006), and the exchange
// brings both together. The merge that notices it gives the later one (by creation stamp, then UUID) the
// team's next free number of that series, as a change of the code made by this laptop, which travels like
// any other. The rule depends only on the records: two laptops that hold the same records and both notice
// write the same value, and two equal values of one field are no conflict.
//
// Team codes are chosen by people: two teams with one code are told (MergeReport::sharedTeamCodes), never
// renamed here.
#include "../Result.h"
#include "MergeReport.h"

namespace hamkori {
class Database;
class SyncRepository;
} // namespace hamkori

namespace hamkori::sync {

/// The kinds whose records carry a code numbered within their team (the catalogue's kinds with a code and a
/// team): concerns, meetings, action plans.
QStringList numberedKinds();

/// The sets of live teams that share a code, by code.
Result<QList<SharedTeamCode>> sharedTeamCodes(Database& db);

/// Gives a new code to every live record numbered within a team (concerns, meetings, action plans) whose
/// code an earlier record of the team has; inside the merge's transaction. Adds what it changed to `report`.
Result<void> renumberSharedCodes(Database& db, SyncRepository& repository, MergeReport& report);

} // namespace hamkori::sync
