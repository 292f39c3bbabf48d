// The period statistics' survey figures (issue 21): rounds by kind, sheets, and each team's latest
// baseline → endline change in the period. One call of SurveyRepository::counts for every round of the
// period, whatever the number of teams: the period report over all teams of the national file must stay
// within its time.
#include "StatisticsRepository.h"
#include "SurveyRepository.h"
#include "TeamRepository.h"
#include <QHash>
#include <algorithm>

namespace hamkori {

Result<void> StatisticsRepository::addSurveys(analysis::PeriodStatistics& s, Scope scope)
{
    auto teams = TeamRepository(m_db).teams();
    if (!teams)
        return teams.error();
    QHash<QString, QString> names;
    QStringList chosen; // empty: every team
    for (const Team& team : *teams) {
        names.insert(team.meta.uuid, team.name);
        if (scope == Scope::TeamsOfKind && codeOf(team.kind) == s.groupKind)
            chosen << team.meta.uuid;
    }
    if (scope == Scope::OneTeam)
        chosen = {s.teamUuid};
    else if (scope == Scope::TeamsOfKind && chosen.isEmpty())
        return {}; // no team of that kind: an empty list would mean every team

    auto rounds = SurveyRepository(m_db).counts(chosen, s.from, s.to);
    if (!rounds)
        return rounds.error();
    QHash<QString, QList<int>> byTeam; // indices into *rounds, oldest first
    for (int i = 0; i < rounds->size(); ++i) {
        const analysis::SurveyCounts& round = (*rounds)[i];
        s.surveysByKind[round.survey.kind] += 1;
        s.surveySheets += round.sheets;
        s.surveyTalliedPeople += round.talliedPeople;
        byTeam[round.survey.teamUuid] << i;
    }
    for (auto it = byTeam.cbegin(); it != byTeam.cend(); ++it) {
        QList<Survey> teamRounds;
        for (int i : it.value())
            teamRounds << (*rounds)[i].survey;
        const auto pair = analysis::baselineAndEndline(teamRounds);
        if (!pair)
            continue;
        const analysis::SurveyCounts& before = (*rounds)[it.value()[pair->first]];
        const analysis::SurveyCounts& after = (*rounds)[it.value()[pair->second]];
        s.surveyChanges << analysis::PeriodStatistics::SurveyChange{
            names.value(it.key()), before.survey, after.survey,
            analysis::change(before, after, analysis::kFewestAnswers)};
    }
    std::sort(s.surveyChanges.begin(), s.surveyChanges.end(),
              [](const auto& a, const auto& b) { return a.teamName.localeAwareCompare(b.teamName) < 0; });
    return {};
}

} // namespace hamkori
