#pragma once
// The indicators of perception surveys (issue 21), computed from a round's counts: the share of respondents
// who feel safe by day and at night, trust the police, would go to the police first, know the team…, for
// everyone, each sex and each age band, with the number of answers behind it and a 95% confidence interval
// (Wilson's score interval). A group with fewer answers than the round's threshold is "too few answers",
// never a percentage. Differences (the women–men gap, the change from baseline to endline) are in percentage
// points with Newcombe's interval built from the two Wilson intervals.
#include "../model/Survey.h"
#include <QMap>
#include <optional>

namespace hamkori::analysis {

/// Respondents are counted in nine cells: the eight of sex × age band (SexAgeCounts's order), then the
/// people a tally counted without sex or age, who count only for everyone.
constexpr int kSurveyCells = SexAgeCounts::kCells + 1;
constexpr int kUnsplitCell = SexAgeCounts::kCells;
using CellCounts = std::array<int, kSurveyCells>;

int cellOf(Sex sex, AgeBand band);
/// Sums the cells that belong to a split (everyone: all nine).
int countIn(const CellCounts& cells, RespondentSplit split);

/// How one question of a round was answered.
struct QuestionCounts
{
    SurveyQuestion question;
    int optionCount = 0;
    CellCounts answered{};    // people who answered it: the base of its percentages
    QList<CellCounts> chosen; // per option (index 0 = option 1): people who chose it
};

/// A round's answers, sheets and tallies together.
struct SurveyCounts
{
    Survey survey;
    int sheets = 0;        // responses entered sheet by sheet
    int talliedPeople = 0; // people counted only in tallies (the round's tallied counts)
    CellCounts respondents{};
    QList<QuestionCounts> questions;

    /// The first question of that topic, if the round asks it.
    const QuestionCounts* question(SurveyTopic topic) const;
    int total() const { return sheets + talliedPeople; }
};

/// Adds one response to the counts (the questions must already be in `counts`).
void addResponse(SurveyCounts& counts, Sex sex, AgeBand band,
                 const std::array<QList<int>, limits::kSurveyQuestions>& answers);
/// Adds one tally row. A tallied question with one answer a person is based on its tallies; one with several
/// is based on the people the round tallied.
void addTally(SurveyCounts& counts, const SurveyTally& tally);
/// Completes the bases of tallied questions with several answers (call once, after every tally is added).
void finishTallies(SurveyCounts& counts);

struct Proportion
{
    int yes = 0;
    int base = 0;
    bool tooFew = true; // fewer answers than the threshold: show "too few answers", no percentage
    double percent = 0; // 0–100
    double low = 0;     // the 95% interval, 0–100
    double high = 0;
};
Proportion proportion(int yes, int base, int fewestAnswers);

struct Difference
{
    bool tooFew = true; // one side had too few answers: no difference is given
    double points = 0;  // percentage points, first minus second
    double low = 0;
    double high = 0;
    /// Whether the interval leaves out zero: a change the survey's size can tell apart from chance.
    bool clear() const { return !tooFew && (low > 0 || high < 0); }
};
Difference difference(const Proportion& first, const Proportion& second);

constexpr int kSplits = 7;

struct IndicatorResult
{
    SurveyIndicator indicator = SurveyIndicator::SafeByDay;
    bool asked = false; // the round has the question it is read from
    std::array<Proportion, kSplits> bySplit{};
    Difference gap; // women minus men

    const Proportion& of(RespondentSplit split) const { return bySplit[std::size_t(split)]; }
};

/// The threshold a new round uses; a page or a document may choose another.
constexpr int kFewestAnswers = 10;

IndicatorResult indicator(const SurveyCounts& counts, SurveyIndicator which, int fewestAnswers);
QList<IndicatorResult> indicators(const SurveyCounts& counts, int fewestAnswers);

struct IndicatorChange
{
    IndicatorResult before;
    IndicatorResult after;
    std::array<Difference, kSplits> change{}; // after minus before, per split
};
/// Every indicator both rounds ask, from the earlier round to the later one.
QList<IndicatorChange> change(const SurveyCounts& before, const SurveyCounts& after, int fewestAnswers);

/// One concern category as respondents named it among the biggest concerns, beside the team's priorities.
struct NamedConcern
{
    QString categoryUuid;
    Proportion share;    // of the respondents who answered the question
    int rank = 0;        // 1 = named most; categories named equally often share a rank (1, 2, 2, 4)
    int prioritised = 0; // the team's concerns of this category it prioritised
};
/// The categories the round offered, named most first (ties in the order offered), each with the number of
/// the team's prioritised concerns in it.
QList<NamedConcern> namedConcerns(const SurveyCounts& counts, const QMap<QString, int>& prioritisedByCategory,
                                  int fewestAnswers);

/// Of one team's rounds, the latest endline and the latest baseline that started before it (their indices);
/// nullopt when there is no such pair.
std::optional<std::pair<int, int>> baselineAndEndline(const QList<Survey>& rounds);

} // namespace hamkori::analysis
