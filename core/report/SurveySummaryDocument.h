#pragma once
// The one-page summary of a perception survey round (issue 21) for a Hukumat or a donor: who was asked where
// and when, how many sheets, the key indicators for everyone, women and men with their 95 % intervals and the
// number of answers, the women–men gap, the change since the baseline when the round is an endline, the
// concerns people named most beside those the team prioritised, and how to read the figures. Small groups say
// "too few answers", never a percentage; no one is named (not even the interviewers).
#include "../Result.h"
#include "../analysis/SurveyIndicators.h"
#include "../storage/Database.h"
#include "Document.h"
#include "DocumentContent.h"

namespace hamkori::report {

enum class SummaryFormat
{
    Pdf,
    Odt // editable, for a donor's own report
};

struct SurveySummaryOptions
{
    QString language = QStringLiteral("en"); // tg, ru or en, whatever the program's language
    SummaryFormat format = SummaryFormat::Pdf;
    int fewestAnswers = analysis::kFewestAnswers;
};

class SurveySummaryDocument
{
public:
    static Result<DocumentContent> content(Database& db, const QString& surveyUuid,
                                           const SurveySummaryOptions& options);
    static Result<Document> build(Database& db, const QString& surveyUuid,
                                  const SurveySummaryOptions& options);
};

/// Writes the summary at `path` (atomically) as a PDF or an ODT: what a button or the console calls.
Result<void> writeSurveySummary(Database& db, const QString& surveyUuid, const SurveySummaryOptions& options,
                                const QString& path);

} // namespace hamkori::report
