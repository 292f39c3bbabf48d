#include "SurveysGenerator.h"
#include "../storage/SurveyRepository.h"

namespace hamkori::demo {

SurveysGenerator::SurveysGenerator(Database& db, quint32 seed, SurveyTotals& totals)
    : m_db(db), m_random(seed ^ 0x21u), m_totals(totals)
{
}

SheetTargets SurveysGenerator::startOf(const QString& teamUuid)
{
    if (const auto known = m_teams.constFind(teamUuid); known != m_teams.cend())
        return *known;
    // A team's first baseline: women feel less safe after dark and trust the police less than men do.
    auto draw = [&](double low, double high) { return low + m_random.generateDouble() * (high - low); };
    SheetTargets targets;
    targets[SurveyIndicator::SafeByDay] = {draw(0.65, 0.8), draw(0.75, 0.88)};
    targets[SurveyIndicator::SafeAtNight] = {draw(0.25, 0.4), draw(0.45, 0.6)};
    targets[SurveyIndicator::TrustPolice] = {draw(0.3, 0.45), draw(0.4, 0.55)};
    targets[SurveyIndicator::PoliceFirst] = {draw(0.2, 0.3), draw(0.3, 0.4)};
    targets[SurveyIndicator::KnowsTeam] = {draw(0.08, 0.2), draw(0.12, 0.25)};
    targets[SurveyIndicator::SatisfiedWithPolice] = {draw(0.4, 0.55), draw(0.45, 0.6)};
    targets[SurveyIndicator::Victim] = {draw(0.08, 0.15), draw(0.1, 0.18)};
    targets[SurveyIndicator::Reported] = {draw(0.25, 0.4), draw(0.35, 0.5)};
    targets.contact = {draw(0.15, 0.25), draw(0.3, 0.45)};
    return targets;
}

Result<QString> SurveysGenerator::round(const QString& teamUuid, SurveyKind kind, QDate start,
                                        const QStringList& concerns, const QString& copyFrom,
                                        const SheetTargets& targets, int sheets,
                                        const QMap<QString, int>& leanings)
{
    SurveyRepository surveys(m_db);
    Survey survey;
    survey.teamUuid = teamUuid;
    survey.kind = kind;
    survey.start = start;
    survey.end = start.addDays(7 + int(m_random.bounded(14)));
    survey.area = QStringLiteral("Маҳаллаҳои маркази ҷамоат ва бозор");
    survey.interviewers = QStringLiteral("Се узви гурӯҳ ва ду донишҷӯ");
    survey.concernUuids = concerns;
    auto made = surveys.createSurvey(survey, copyFrom);
    if (!made)
        return made.error();
    auto questions = surveys.questions(made->meta.uuid);
    if (!questions)
        return questions.error();
    SheetMaker maker(*questions, leanings, m_random);
    QList<SurveyResponse> stack;
    const int count = sheets - sheets / 10 + int(m_random.bounded(sheets / 5 + 1));
    for (int sheet = 1; sheet <= count; ++sheet)
        stack << maker.make(sheet, targets);
    // One insert of the whole stack: the questionnaire is read once, not once a sheet.
    auto added = surveys.addResponses(made->meta.uuid, stack);
    if (!added)
        return added.error();
    ++m_totals.rounds;
    m_totals.sheets += *added;
    return made->meta.uuid;
}

Result<void> SurveysGenerator::generateYear(const QString& teamUuid, int year, const QStringList& concerns,
                                            int sheets)
{
    auto leanings = SurveyRepository(m_db).prioritisedCategories(teamUuid);
    if (!leanings)
        return leanings.error();
    const SheetTargets before = startOf(teamUuid);
    // The year's work shows: every share but victims rises by 4 to 14 points; victims fall a little.
    SheetTargets after = before;
    for (std::size_t i = 0; i < after.shares.size(); ++i) {
        const double gain = 0.04 + m_random.generateDouble() * 0.1;
        for (double& share : after.shares[i])
            share = SurveyIndicator(i) == SurveyIndicator::Victim ? std::max(0.03, share - gain / 3)
                                                                  : std::min(0.95, share + gain);
    }
    const QStringList measured = concerns.mid(0, 2);
    auto baseline =
        round(teamUuid, SurveyKind::Baseline, QDate(year, 1, 20).addDays(int(m_random.bounded(20))), measured,
              {}, before, sheets, *leanings);
    if (!baseline)
        return baseline.error();
    auto endline = round(teamUuid, SurveyKind::Endline, QDate(year, 11, 5).addDays(int(m_random.bounded(20))),
                         measured, *baseline, after, sheets, *leanings);
    if (!endline)
        return endline.error();
    // Next year starts a little below where this one ended: some of the gain slips away.
    SheetTargets next = after;
    for (std::size_t i = 0; i < next.shares.size(); ++i)
        for (std::size_t s = 0; s < 2; ++s)
            next.shares[i][s] = before.shares[i][s] + (after.shares[i][s] - before.shares[i][s]) / 2;
    m_teams.insert(teamUuid, next);
    return {};
}

} // namespace hamkori::demo
