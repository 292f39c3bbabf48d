#pragma once
// The demo: ten partnership teams, a public council and a women's initiative group with a year of realistic
// work (members, meetings, concerns with analysis, a prioritisation round, an adopted action plan with
// progress), in Tajik and Russian. The content lives in resources/demo/demo.json, compiled into the program;
// everything is written through the repositories.
#include "../Result.h"
#include "DirectoryLoader.h"
#include "EventsLoader.h"
#include "SurveysLoader.h"
#include <QStringList>
#include <functional>

namespace hamkori {
class Database;
}

namespace hamkori::demo {

struct LoadReport
{
    int teams = 0;
    QStringList skippedTeams; // codes already in the data file: loading the demo twice adds nothing
    int members = 0, meetings = 0, concerns = 0, rounds = 0, plans = 0, activities = 0, updates = 0;
    DirectoryReport directory; // organisations, centres, requests and referrals (directory.json)
    EventsReport events;       // events and campaigns (events.json)
    SurveysReport surveys;     // perception survey rounds, their sheets and tallies (surveys.json)
};

Result<LoadReport> loadDemo(Database& db, const std::function<void(int done, int total)>& progress = {});

} // namespace hamkori::demo
