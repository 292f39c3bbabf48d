#pragma once
// The minutes of a meeting as an official record: number, date, place, who was present (members by name and
// role, guests by sex and age band, totals), the numbered agenda, the discussion, the numbered decisions,
// the concerns raised with their status on the meeting's day, and the chair's and secretary's signatures.
#include "../Result.h"
#include "../storage/Database.h"
#include "Document.h"
#include "DocumentContent.h"
#include "DocumentParts.h"

namespace hamkori::report {

class MinutesDocument
{
public:
    static Result<DocumentContent> content(Database& db, const QString& meetingUuid,
                                           const DocumentOptions& options);
    static Result<Document> build(Database& db, const QString& meetingUuid, const DocumentOptions& options);
};

} // namespace hamkori::report
