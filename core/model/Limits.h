#pragma once
// The largest values that can be true, shared by the record catalogue (which refuses anything beyond them on
// every write: editors, imports, console commands) and the editors' spin boxes (which stop at them), so that
// the two never disagree. They are far above what a team records in practice; they only catch a held-down key
// or a figure typed twice. What is merely unusual is warned about, not refused (Plausibility.h).
namespace hamkori::limits {

/// Guests of one sex and age band at one meeting: a packed district hall holds a few hundred.
constexpr int kGuestsPerCell = 5000;
/// People of one sex and age band reached directly by one progress update (a campaign in every school).
constexpr int kReachedPerCell = 100000;
/// People reached indirectly by one update (television, radio): at most everyone in Tajikistan.
constexpr int kReachedIndirectly = 10000000;
/// Somoni budgeted for or spent on one activity: a hundred million, more than a district spends on it in
/// years.
constexpr double kMoney = 100000000;
/// A measured value (a baseline, a target, a reading): counts of people or incidents, percentages, somoni.
constexpr double kMeasure = 10000000;
/// Items of one kind of equipment in one community policing centre (chairs, computers).
constexpr int kEquipmentItems = 1000;
/// Test or feedback sheets of one event, and the highest score of its test.
constexpr int kSheets = 10000;
constexpr int kTestScore = 1000;
/// Copies of one material a campaign made (leaflets printed for a whole region).
constexpr int kMaterialCopies = 10000000;
/// Questions of one survey round (answer_1 … answer_20 of a response) and options of one question.
constexpr int kSurveyQuestions = 20;
constexpr int kSurveyOptions = 30;
/// People counted for one option of a tallied question, in one sex and age band.
constexpr int kTallyPerCell = 100000;

} // namespace hamkori::limits
