#pragma once
// The period report for the Public Council, the police and donors: for one team or all teams and a date
// range, aggregates only (meetings, participants, concerns by category and status, plans, activities,
// people reached, money) with bar charts. No concern is ever named, so restricted ones are safe to count.
#include "../Result.h"
#include "../storage/Database.h"
#include "Document.h"
#include "DocumentParts.h"

namespace hamkori::report {

class PeriodReportDocument
{
public:
    /// teamUuid empty: all teams.
    static Result<Document> build(Database& db, const QString& teamUuid, QDate from, QDate to,
                                  const DocumentOptions& options);
};

} // namespace hamkori::report
