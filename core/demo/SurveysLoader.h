#pragma once
// The demo's perception surveys (resources/demo/surveys.json, issue 21), loaded after the events: baseline
// and endline rounds of several teams around their action plans, a midline, a market survey kept only as
// tallies, and a round with a question of the team's own. The file gives each round's target shares for
// women and men; the sheets are drawn from them with a fixed seed per round, so every load gives the same
// sheets, written through SurveyRepository like a user's.
#include "DirectoryLoader.h"

namespace hamkori::demo {

struct SurveysReport
{
    int rounds = 0, sheets = 0, tallies = 0;
};

/// Loads the rounds of `teams` (those loaded now, by code) in one transaction; those of teams not loaded now
/// are skipped, so loading the demo twice adds nothing.
Result<SurveysReport> loadSurveys(Database& db, const QHash<QString, LoadedTeam>& teams);

} // namespace hamkori::demo
