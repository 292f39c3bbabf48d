#include "SurveyIndicators.h"
#include "../model/Questionnaire.h"
#include <algorithm>
#include <cmath>

namespace hamkori::analysis {

namespace {

constexpr double kZ = 1.959963984540054; // the 95% point of the normal distribution

SurveyTopic topicOf(SurveyIndicator indicator)
{
    switch (indicator) {
    case SurveyIndicator::SafeByDay:
        return SurveyTopic::SafeByDay;
    case SurveyIndicator::SafeAtNight:
        return SurveyTopic::SafeAtNight;
    case SurveyIndicator::TrustPolice:
        return SurveyTopic::TrustPolice;
    case SurveyIndicator::PoliceFirst:
        return SurveyTopic::FirstTurnTo;
    case SurveyIndicator::KnowsTeam:
        return SurveyTopic::KnowsTeam;
    case SurveyIndicator::SatisfiedWithPolice:
        return SurveyTopic::ContactSatisfaction;
    case SurveyIndicator::Victim:
        return SurveyTopic::Victim;
    case SurveyIndicator::Reported:
        return SurveyTopic::Reported;
    }
    return SurveyTopic::Custom;
}

bool inSplit(int cell, RespondentSplit split)
{
    if (split == RespondentSplit::All)
        return true;
    if (cell == kUnsplitCell)
        return false;
    const int sex = cell / SexAgeCounts::kBands;
    const int band = cell % SexAgeCounts::kBands;
    switch (split) {
    case RespondentSplit::Women:
        return sex == int(Sex::Female);
    case RespondentSplit::Men:
        return sex == int(Sex::Male);
    default:
        return band == int(split) - int(RespondentSplit::Under18);
    }
}

} // namespace

int cellOf(Sex sex, AgeBand band)
{
    return int(sex) * SexAgeCounts::kBands + int(band);
}

int countIn(const CellCounts& cells, RespondentSplit split)
{
    int total = 0;
    for (int cell = 0; cell < kSurveyCells; ++cell)
        if (inSplit(cell, split))
            total += cells[std::size_t(cell)];
    return total;
}

const QuestionCounts* SurveyCounts::question(SurveyTopic topic) const
{
    for (const QuestionCounts& counts : questions)
        if (counts.question.topic == topic)
            return &counts;
    return nullptr;
}

void addResponse(SurveyCounts& counts, Sex sex, AgeBand band,
                 const std::array<QList<int>, limits::kSurveyQuestions>& answers)
{
    const auto cell = std::size_t(cellOf(sex, band));
    ++counts.sheets;
    ++counts.respondents[cell];
    for (QuestionCounts& question : counts.questions) {
        const QList<int>& chosen = answers[std::size_t(question.question.number - 1)];
        if (chosen.isEmpty())
            continue;
        ++question.answered[cell];
        for (int option : chosen)
            if (option >= 1 && option <= question.optionCount)
                ++question.chosen[option - 1][cell];
    }
}

void addTally(SurveyCounts& counts, const SurveyTally& tally)
{
    for (QuestionCounts& question : counts.questions) {
        if (question.question.number != tally.question || tally.option < 1 ||
            tally.option > question.optionCount)
            continue;
        CellCounts& chosen = question.chosen[tally.option - 1];
        for (int cell = 0; cell < SexAgeCounts::kCells; ++cell)
            chosen[std::size_t(cell)] += tally.people.cell(cell);
        chosen[kUnsplitCell] += tally.unsplit;
        // One answer a person: the tallies of the options add up to the people who answered.
        if (question.question.answerKind == AnswerKind::OneOption) {
            for (int cell = 0; cell < SexAgeCounts::kCells; ++cell)
                question.answered[std::size_t(cell)] += tally.people.cell(cell);
            question.answered[kUnsplitCell] += tally.unsplit;
        }
    }
}

void finishTallies(SurveyCounts& counts)
{
    CellCounts tallied{};
    for (int cell = 0; cell < SexAgeCounts::kCells; ++cell)
        tallied[std::size_t(cell)] = counts.survey.tallied.cell(cell);
    tallied[kUnsplitCell] = counts.survey.talliedUnsplit;
    counts.talliedPeople = countIn(tallied, RespondentSplit::All);
    for (int cell = 0; cell < kSurveyCells; ++cell)
        counts.respondents[std::size_t(cell)] += tallied[std::size_t(cell)];
    // Several answers a person: the tallies count mentions, so the base is the people the round tallied.
    for (QuestionCounts& question : counts.questions) {
        if (question.question.answerKind != AnswerKind::SeveralOptions)
            continue;
        for (int cell = 0; cell < kSurveyCells; ++cell)
            question.answered[std::size_t(cell)] += tallied[std::size_t(cell)];
    }
}

Proportion proportion(int yes, int base, int fewestAnswers)
{
    Proportion result;
    result.yes = yes;
    result.base = base;
    result.tooFew = base <= 0 || base < std::max(1, fewestAnswers);
    if (base <= 0)
        return result;
    const double n = base;
    const double p = double(yes) / n;
    const double z2 = kZ * kZ;
    const double centre = (p + z2 / (2 * n)) / (1 + z2 / n);
    const double half = kZ / (1 + z2 / n) * std::sqrt(p * (1 - p) / n + z2 / (4 * n * n));
    result.percent = 100 * p;
    result.low = 100 * std::max(0.0, centre - half);
    result.high = 100 * std::min(1.0, centre + half);
    return result;
}

Difference difference(const Proportion& first, const Proportion& second)
{
    Difference result;
    if (first.tooFew || second.tooFew)
        return result;
    result.tooFew = false;
    result.points = first.percent - second.percent;
    result.low = result.points - std::hypot(first.percent - first.low, second.high - second.percent);
    result.high = result.points + std::hypot(first.high - first.percent, second.percent - second.low);
    return result;
}

IndicatorResult indicator(const SurveyCounts& counts, SurveyIndicator which, int fewestAnswers)
{
    IndicatorResult result;
    result.indicator = which;
    const SurveyTopic topic = topicOf(which);
    const QuestionCounts* question = counts.question(topic);
    result.asked = question != nullptr;
    if (!question)
        return result;
    CellCounts yes{};
    for (int option : questionnaire::positiveOptions(topic))
        if (option <= question->optionCount)
            for (int cell = 0; cell < kSurveyCells; ++cell)
                yes[std::size_t(cell)] += question->chosen[option - 1][std::size_t(cell)];
    for (int split = 0; split < kSplits; ++split)
        result.bySplit[std::size_t(split)] =
            proportion(countIn(yes, RespondentSplit(split)),
                       countIn(question->answered, RespondentSplit(split)), fewestAnswers);
    result.gap = difference(result.of(RespondentSplit::Women), result.of(RespondentSplit::Men));
    return result;
}

QList<IndicatorResult> indicators(const SurveyCounts& counts, int fewestAnswers)
{
    QList<IndicatorResult> results;
    for (const auto& entry : EnumTraits<SurveyIndicator>::entries())
        results << indicator(counts, entry.value, fewestAnswers);
    return results;
}

QList<IndicatorChange> change(const SurveyCounts& before, const SurveyCounts& after, int fewestAnswers)
{
    QList<IndicatorChange> changes;
    for (const auto& entry : EnumTraits<SurveyIndicator>::entries()) {
        IndicatorChange item{
            indicator(before, entry.value, fewestAnswers), indicator(after, entry.value, fewestAnswers), {}};
        if (!item.before.asked || !item.after.asked)
            continue;
        for (int split = 0; split < kSplits; ++split)
            item.change[std::size_t(split)] =
                difference(item.after.bySplit[std::size_t(split)], item.before.bySplit[std::size_t(split)]);
        changes << item;
    }
    return changes;
}

QList<NamedConcern> namedConcerns(const SurveyCounts& counts, const QMap<QString, int>& prioritisedByCategory,
                                  int fewestAnswers)
{
    QList<NamedConcern> named;
    const QuestionCounts* question = counts.question(SurveyTopic::TopConcerns);
    if (!question)
        return named;
    const int base = countIn(question->answered, RespondentSplit::All);
    for (int option = 0; option < question->optionCount && option < question->question.options.size();
         ++option) {
        const QString category = question->question.options[option];
        named << NamedConcern{
            category,
            proportion(countIn(question->chosen[option], RespondentSplit::All), base, fewestAnswers), 0,
            prioritisedByCategory.value(category)};
    }
    std::stable_sort(named.begin(), named.end(),
                     [](const NamedConcern& a, const NamedConcern& b) { return a.share.yes > b.share.yes; });
    for (NamedConcern& concern : named)
        concern.rank = 1 + int(std::count_if(named.cbegin(), named.cend(), [&](const NamedConcern& other) {
                           return other.share.yes > concern.share.yes;
                       }));
    return named;
}

std::optional<std::pair<int, int>> baselineAndEndline(const QList<Survey>& rounds)
{
    int endline = -1;
    for (int i = 0; i < rounds.size(); ++i)
        if (rounds[i].kind == SurveyKind::Endline && (endline < 0 || rounds[i].start > rounds[endline].start))
            endline = i;
    if (endline < 0)
        return std::nullopt;
    int baseline = -1;
    for (int i = 0; i < rounds.size(); ++i)
        if (rounds[i].kind == SurveyKind::Baseline && rounds[i].start < rounds[endline].start &&
            (baseline < 0 || rounds[i].start > rounds[baseline].start))
            baseline = i;
    if (baseline < 0)
        return std::nullopt;
    return std::make_pair(baseline, endline);
}

} // namespace hamkori::analysis
