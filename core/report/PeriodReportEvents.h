#pragma once
// The period report's sections on events and campaigns (issue 20): trainings with the people trained, their
// tests and feedback, the other events by kind; campaigns with the people they reached and what they cost.
// Totals only: no participant is named.
#include "../analysis/PeriodStatistics.h"
#include "DocumentContent.h"
#include "DocumentLanguage.h"

namespace hamkori::report {

void addTrainingsSection(DocumentContent& pages, const DocumentLanguage& lang,
                         const analysis::PeriodStatistics& stats, const QString& heading);
void addCampaignsSection(DocumentContent& pages, const DocumentLanguage& lang,
                         const analysis::PeriodStatistics& stats, const QString& heading);
/// What the people-reached figures include, so that no one adds the events' participants to them again.
QString reachCountedOnceNote(const DocumentLanguage& lang);

} // namespace hamkori::report
