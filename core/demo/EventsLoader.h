#pragma once
// The demo's events and campaigns (resources/demo/events.json, issue 20), loaded after the directory through
// the repositories, so that every record is validated and journalled like a user's.
#include "DirectoryLoader.h"

namespace hamkori::demo {

struct EventsReport
{
    int events = 0, participants = 0, testSheets = 0, feedbackSheets = 0, campaigns = 0;
};

/// Loads the events and campaigns of `teams` (those loaded now, by code) in one transaction; those of teams
/// not loaded now are skipped, so loading the demo twice adds nothing.
Result<EventsReport> loadEvents(Database& db, const QHash<QString, LoadedTeam>& teams);

} // namespace hamkori::demo
