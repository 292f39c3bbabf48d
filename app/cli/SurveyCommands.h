#pragma once
// Perception surveys (issue 21) from a console: the rounds with their key indicators, the indicators as CSV,
// one round's anonymous sheets as CSV (only with --sensitive), and the one-page summary as a PDF.
#include <QStringList>

namespace hamkori::cli {

int runSurveys(const QStringList& arguments);
int runSurveySummary(const QStringList& arguments);

} // namespace hamkori::cli
