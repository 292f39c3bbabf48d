// The period statistics' survey figures (issue 21): rounds by kind, sheets, and each team's latest
// baseline → endline change in the period. The rounds are listed with their sheet counts in one query and
// only each team's latest pair is counted sheet by sheet (countsOfRounds), whatever the number of teams and
// years: counting every round of ten national years cost the period report some 0.7 s over its target.
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

    // The rounds with their numbers of sheets (one query); then only each team's latest baseline and endline
    // are counted sheet by sheet, not every round of the period.
    SurveyRepository surveys(m_db);
    auto rounds = surveys.surveys(chosen, s.from, s.to);
    if (!rounds)
        return rounds.error();
    QHash<QString, QList<Survey>> byTeam;
    for (const SurveySummary& round : *rounds) {
        s.surveysByKind[round.survey.kind] += 1;
        s.surveySheets += round.sheets;
        s.surveyTalliedPeople += round.tallied;
        byTeam[round.survey.teamUuid] << round.survey;
    }
    QStringList paired;
    for (const QList<Survey>& teamRounds : std::as_const(byTeam))
        if (const auto pair = analysis::baselineAndEndline(teamRounds))
            paired << teamRounds[pair->first].meta.uuid << teamRounds[pair->second].meta.uuid;
    if (paired.isEmpty())
        return {};
    auto counted = surveys.countsOfRounds(paired);
    if (!counted)
        return counted.error();
    QHash<QString, const analysis::SurveyCounts*> byUuid;
    for (const analysis::SurveyCounts& round : *counted)
        byUuid.insert(round.survey.meta.uuid, &round);
    for (int i = 0; i + 1 < paired.size(); i += 2) {
        const analysis::SurveyCounts* before = byUuid.value(paired[i]);
        const analysis::SurveyCounts* after = byUuid.value(paired[i + 1]);
        if (!before || !after)
            continue;
        s.surveyChanges << analysis::PeriodStatistics::SurveyChange{
            names.value(after->survey.teamUuid), before->survey, after->survey,
            analysis::change(*before, *after, analysis::kFewestAnswers)};
    }
    std::sort(s.surveyChanges.begin(), s.surveyChanges.end(),
              [](const auto& a, const auto& b) { return a.teamName.localeAwareCompare(b.teamName) < 0; });
    return {};
}

} // namespace hamkori
