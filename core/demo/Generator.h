#pragma once
// Generated data for tests and benchmarks, deterministic for a seed: `district` adds one team over three
// years; `national` adds the whole country over ten years (about 40 teams, 20,000 meetings, 100,000 concerns,
// 20,000 plans, 100,000 activities, 300,000 progress updates, 800 survey rounds with 160,000 sheets). Texts
// are drawn from the demo's Tajik and Russian content; every record goes through the repositories, like a
// user's edit.
#include "../Result.h"
#include "DirectoryGenerator.h"
#include "EventsGenerator.h"
#include "SurveysGenerator.h"
#include <functional>

namespace hamkori {
class Database;
}

namespace hamkori::demo {

enum class Scale
{
    District,
    National
};

struct GenerateOptions
{
    Scale scale = Scale::District;
    quint32 seed = 1;
    /// Called after each team-year: how many of the total team-years are done.
    std::function<void(int done, int total)> progress;
};

struct GenerateReport
{
    int teams = 0, members = 0, meetings = 0, concerns = 0, rounds = 0, plans = 0, activities = 0,
        updates = 0;
    DirectoryCounts directory; // organisations, centres, requests and referrals (issue 19)
    EventCounts events;        // events and campaigns (issue 20)
    SurveyTotals surveys;      // perception survey rounds and their sheets (issue 21)
};

Result<GenerateReport> generate(Database& db, const GenerateOptions& options);

} // namespace hamkori::demo
