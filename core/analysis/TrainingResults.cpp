#include "TrainingResults.h"

namespace hamkori::analysis {

namespace {

std::optional<double> mean(double sum, int count)
{
    return count > 0 ? std::optional<double>(sum / count) : std::nullopt;
}

} // namespace

TestResults testResults(const QList<TestScore>& sheets, int outOf)
{
    TestResults results;
    results.outOf = outOf;
    double pre = 0, post = 0, gain = 0;
    for (const TestScore& sheet : sheets) {
        if (sheet.pre) {
            pre += *sheet.pre;
            ++results.preSheets;
        }
        if (sheet.post) {
            post += *sheet.post;
            ++results.postSheets;
        }
        if (sheet.pre && sheet.post) {
            gain += *sheet.post - *sheet.pre;
            ++results.pairedSheets;
        }
    }
    results.averagePre = mean(pre, results.preSheets);
    results.averagePost = mean(post, results.postSheets);
    results.averageGain = mean(gain, results.pairedSheets);
    return results;
}

FeedbackResults feedbackResults(const QList<FeedbackSheet>& sheets, int questions)
{
    questions = std::clamp(questions, 0, Event::kMaxQuestions);
    FeedbackResults results;
    results.sheets = int(sheets.size());
    QList<double> sums(questions, 0.0);
    results.answersByQuestion = QList<int>(questions, 0);
    double all = 0;
    int allCount = 0;
    for (const FeedbackSheet& sheet : sheets)
        for (int q = 0; q < questions; ++q) {
            const int answer = sheet.answers[std::size_t(q)];
            if (answer < 1 || answer > 5)
                continue;
            sums[q] += answer;
            ++results.answersByQuestion[q];
            all += answer;
            ++allCount;
        }
    for (int q = 0; q < questions; ++q)
        results.averageByQuestion.append(mean(sums[q], results.answersByQuestion[q]));
    results.overall = mean(all, allCount);
    return results;
}

} // namespace hamkori::analysis
