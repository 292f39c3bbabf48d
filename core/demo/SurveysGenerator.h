#pragma once
// What `generate` adds for issue 21: every team-year a baseline perception survey in its first weeks and an
// endline in its last (the generated plans run within a year), each with about 200 anonymous sheets whose
// shares of people who feel safe, trust the police… rise from the baseline to the endline. Its own random
// generator, so that the rest of the generated data stays as it was for a seed.
#include "../Result.h"
#include "SurveySheetMaker.h"
#include <QHash>
#include <QStringList>

namespace hamkori {
class Database;
}

namespace hamkori::demo {

struct SurveyTotals
{
    int rounds = 0, sheets = 0;
};

class SurveysGenerator
{
public:
    SurveysGenerator(Database& db, quint32 seed, SurveyTotals& totals);

    /// A team-year's baseline and endline, about `sheets` sheets each (±10%), measuring two of the year's
    /// concerns; the biggest concerns named lean towards the team's prioritised categories.
    Result<void> generateYear(const QString& teamUuid, int year, const QStringList& concerns, int sheets);

private:
    SheetTargets startOf(const QString& teamUuid);
    Result<QString> round(const QString& teamUuid, SurveyKind kind, QDate start, const QStringList& concerns,
                          const QString& copyFrom, const SheetTargets& targets, int sheets,
                          const QMap<QString, int>& leanings);

    Database& m_db;
    QRandomGenerator m_random;
    SurveyTotals& m_totals;
    QHash<QString, SheetTargets> m_teams; // each team's baseline shares of the next year
};

} // namespace hamkori::demo
