#pragma once
// What a training's test and feedback sheets say (issue 20): the averages before and after, the gain, and
// the average answer to each feedback question. Pure arithmetic over the sheets, so that the event editor,
// the documents and the tests agree on one rule.
#include "../model/Event.h"
#include <QList>
#include <optional>

namespace hamkori::analysis {

struct TestResults
{
    int outOf = 100;
    int preSheets = 0;  // sheets with a score before
    int postSheets = 0; // sheets with a score after
    int pairedSheets = 0;
    std::optional<double> averagePre;  // points, over every sheet with a score before
    std::optional<double> averagePost; // points, over every sheet with a score after
    // Points, over the sheets with both scores only: a sheet with one score says nothing about a gain.
    std::optional<double> averageGain;

    /// A number of points as a percentage of the test's highest score.
    double percent(double points) const { return outOf > 0 ? points * 100.0 / outOf : 0; }
};

TestResults testResults(const QList<TestScore>& sheets, int outOf);

struct FeedbackResults
{
    int sheets = 0;
    QList<std::optional<double>> averageByQuestion; // one per question; empty where nobody answered it
    QList<int> answersByQuestion;
    std::optional<double> overall; // over every answer given to any of the questions
};

/// The first `questions` answers of each sheet count; an answer of 0 is no answer.
FeedbackResults feedbackResults(const QList<FeedbackSheet>& sheets, int questions);

} // namespace hamkori::analysis
