// The overview's survey line (issue 21): each team's latest baseline → endline, counted without the rest of
// its rounds.
#include "OverviewQueries.h"
#include "SurveyRepository.h"
#include <utility>

namespace hamkori {

Result<SurveyChangeSummary> OverviewQueries::surveyChange(const QString& teamUuid,
                                                          const QList<SurveyIndicator>& indicators,
                                                          int fewestAnswers)
{
    auto teams = teamsIn(teamUuid);
    if (!teams)
        return teams.error();
    SurveyChangeSummary summary;
    if (isKindScope(teamUuid) && teams->isEmpty())
        return summary;

    // Only the dates and kinds of the rounds first: enough to pick each team's pair.
    QVariantList values;
    QString statement = QStringLiteral(
        "SELECT s.uuid, s.team, s.kind, s.start_date FROM surveys s JOIN teams t ON t.uuid = s.team "
        "WHERE s.deleted = 0 AND t.deleted = 0 AND s.kind IN ('baseline', 'endline')");
    if (!teams->isEmpty())
        statement += QStringLiteral(" AND s.team IN %1").arg(sql::inList(*teams, values));
    auto rows = sql::run(m_db.connection(), statement, values);
    if (!rows)
        return rows.error();
    QHash<QString, QList<Survey>> byTeam;
    while (rows->next()) {
        Survey round;
        round.meta.uuid = rows->value(0).toString();
        round.teamUuid = rows->value(1).toString();
        round.kind = enumFromCode<SurveyKind>(rows->value(2).toString()).value_or(SurveyKind::Other);
        round.start = QDate::fromString(rows->value(3).toString(), Qt::ISODate);
        byTeam[round.teamUuid] << round;
    }
    QList<std::pair<QString, QString>> pairs; // baseline, endline
    QStringList chosen;
    for (const QList<Survey>& rounds : std::as_const(byTeam))
        if (const auto pair = analysis::baselineAndEndline(rounds)) {
            pairs.append({rounds[pair->first].meta.uuid, rounds[pair->second].meta.uuid});
            chosen << pairs.last().first << pairs.last().second;
        }
    summary.teams = int(pairs.size());
    if (pairs.isEmpty())
        return summary;
    auto counted = SurveyRepository(m_db).countsOfRounds(chosen);
    if (!counted)
        return counted.error();
    QHash<QString, const analysis::SurveyCounts*> countsOf;
    for (const analysis::SurveyCounts& counts : *counted)
        countsOf.insert(counts.survey.meta.uuid, &counts);

    for (const SurveyIndicator which : indicators) {
        // The people of every pair that asks it on both sides, added together.
        int yesBefore = 0, baseBefore = 0, yesAfter = 0, baseAfter = 0;
        bool asked = false;
        for (const auto& [baseline, endline] : std::as_const(pairs)) {
            const auto* before = countsOf.value(baseline);
            const auto* after = countsOf.value(endline);
            if (!before || !after)
                continue;
            const analysis::IndicatorResult b = analysis::indicator(*before, which, fewestAnswers);
            const analysis::IndicatorResult a = analysis::indicator(*after, which, fewestAnswers);
            if (!b.asked || !a.asked)
                continue;
            asked = true;
            yesBefore += b.of(RespondentSplit::All).yes;
            baseBefore += b.of(RespondentSplit::All).base;
            yesAfter += a.of(RespondentSplit::All).yes;
            baseAfter += a.of(RespondentSplit::All).base;
        }
        if (!asked)
            continue;
        SurveyChangeLine line;
        line.indicator = which;
        line.before = analysis::proportion(yesBefore, baseBefore, fewestAnswers);
        line.after = analysis::proportion(yesAfter, baseAfter, fewestAnswers);
        line.change = analysis::difference(line.after, line.before);
        summary.lines << line;
    }
    return summary;
}

} // namespace hamkori
