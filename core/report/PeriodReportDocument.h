#pragma once
// The period report for the Public Council, the police and donors: for one team or all teams and a date
// range, aggregates only (meetings, participants as attendances and as people, concerns by category and
// status, plans, activities, outcome indicators, people reached, money, the use of community policing
// centres, requests and recommendations to bodies, trainings and other events, campaigns, perception surveys)
// with bar charts, the summary the user wrote, who prepared it and when. No concern is named, and restricted
// concerns are counted only when asked (a count of 1 in one team's category would name it); then every page
// is marked.
#include "../Result.h"
#include "../storage/Database.h"
#include "Document.h"
#include "DocumentContent.h"
#include "DocumentParts.h"

namespace hamkori::report {

class PeriodReportDocument
{
public:
    /// teamUuid empty: all teams.
    static Result<DocumentContent> content(Database& db, const QString& teamUuid, QDate from, QDate to,
                                           const DocumentOptions& options);
    static Result<Document> build(Database& db, const QString& teamUuid, QDate from, QDate to,
                                  const DocumentOptions& options);
};

} // namespace hamkori::report
