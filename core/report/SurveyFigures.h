#pragma once
// How the survey documents, the period report, the CSV files and the console write a survey's figures (issue
// 21): a share as "75 % (62–85)" with the number of answers behind it, "too few answers" for a small group
// (never a percentage), a difference in percentage points with its interval, all in the document's language.
#include "../analysis/SurveyIndicators.h"
#include "DocumentLanguage.h"

namespace hamkori::report {

/// The indicators a one-page summary and the period report show, in this order (the ones donors ask for).
const QList<SurveyIndicator>& keyIndicators();

/// "75 %" (whole percent, what a reader remembers); empty when the group is too small.
QString percentText(const DocumentLanguage& lang, const analysis::Proportion& share);
/// "75 % (62–85)": the share and its 95 % interval, or "too few answers".
QString shareText(const DocumentLanguage& lang, const analysis::Proportion& share);
/// "n = 22".
QString answersText(const DocumentLanguage& lang, const analysis::Proportion& share);
/// "+12 (3 to 21)" percentage points, or "—" when one side had too few answers.
QString pointsText(const DocumentLanguage& lang, const analysis::Difference& difference);
/// "too few answers" in the document's language.
QString tooFewText(const DocumentLanguage& lang);

} // namespace hamkori::report
