#pragma once
// Believable survey sheets for the demo and the generator (issue 21): each respondent's answers are drawn so
// that a round's indicators come out near the shares aimed at for women and for men, a little lower or
// higher by age band as surveys in the region find (the young trust the police less, the old feel less safe
// after dark), and the biggest concerns named lean towards the categories the team works on.
#include "../model/Survey.h"
#include <QMap>
#include <QRandomGenerator>

namespace hamkori::demo {

/// The shares a round's sheets aim at, for women and for men (index int(Sex)).
struct SheetTargets
{
    using BySex = std::array<double, 2>;
    std::array<BySex, 8> shares{}; // by SurveyIndicator
    BySex contact{0.25, 0.4};      // in contact with the police in the last 12 months
    double women = 0.5;            // of the respondents

    BySex& operator[](SurveyIndicator indicator) { return shares[std::size_t(indicator)]; }
    const BySex& operator[](SurveyIndicator indicator) const { return shares[std::size_t(indicator)]; }
};

class SheetMaker
{
public:
    /// `leanings`: concern category id → weight (e.g. the team's prioritised concerns by category).
    SheetMaker(const QList<SurveyQuestion>& questions, const QMap<QString, int>& leanings,
               QRandomGenerator& random);

    /// One sheet numbered `sheet`, its respondent and answers drawn for these targets.
    SurveyResponse make(int sheet, const SheetTargets& targets);

private:
    bool chance(double share) { return m_random.generateDouble() < std::clamp(share, 0.02, 0.98); }
    /// Yes with the chance `share`, but keeping the count of yeses of this indicator and sex within one of
    /// what the shares add up to: a round of 80 women then shows the share aimed at, not one ten points off
    /// by the luck of the draw.
    bool yes(std::size_t slot, int sex, double share);
    int weighted(const QList<int>& weights);
    QList<int> fourPoint(bool positive);

    QList<SurveyQuestion> m_questions;
    QList<int> m_optionCounts;                     // per question
    QList<int> m_concernWeights;                   // per option of the biggest-concerns question
    std::array<std::array<double, 2>, 9> m_owed{}; // by SurveyIndicator (and contact last), by sex
    QRandomGenerator& m_random;
};

} // namespace hamkori::demo
