#pragma once
// The period report's section on perception surveys (issue 21): the rounds held in the period by kind, the
// sheets, and each team's latest baseline → endline change of the key indicators. Figures only: no sheet,
// respondent or interviewer is named.
#include "../analysis/PeriodStatistics.h"
#include "DocumentContent.h"
#include "DocumentLanguage.h"

namespace hamkori::report {

void addSurveysSection(DocumentContent& pages, const DocumentLanguage& lang,
                       const analysis::PeriodStatistics& stats, const QString& heading);

} // namespace hamkori::report
