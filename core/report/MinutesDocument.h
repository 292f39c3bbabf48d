#pragma once
// The minutes of a meeting: number, date, place, who was present (members by name and role, guests by sex
// and age band, totals), agenda, discussion, decisions and the concerns raised.
#include "../Result.h"
#include "../storage/Database.h"
#include "Document.h"
#include "DocumentParts.h"

namespace hamkori::report {

class MinutesDocument
{
public:
    static Result<Document> build(Database& db, const QString& meetingUuid, const DocumentOptions& options);
};

} // namespace hamkori::report
