#pragma once
// The attendance sheet printed before an event: the group, the kind and title of the event, its dates and
// place, then a table whose header repeats on every page (No., name, organisation, sex, age band and a wide
// column to sign in): the people already on the event's list first, then empty numbered rows for those who
// come without being listed. Landscape, so that the rows are wide enough to write in by hand.
#include "../Result.h"
#include "../storage/Database.h"
#include "Document.h"
#include "DocumentContent.h"

namespace hamkori::report {

struct AttendanceSheetOptions
{
    QString language = QStringLiteral("en"); // tg, ru or en, whatever the program's language
    int blankRows = 10;                      // empty numbered rows after the named participants
    bool formal = false;
};

class AttendanceSheetDocument
{
public:
    static constexpr int kMaxBlankRows = 500;

    static Result<DocumentContent> content(Database& db, const QString& eventUuid,
                                           const AttendanceSheetOptions& options);
    static Result<Document> build(Database& db, const QString& eventUuid,
                                  const AttendanceSheetOptions& options);
};

/// Lays the sheet out and writes it as a PDF at `path` (atomically): what a button or the console calls.
Result<void> writeAttendanceSheet(Database& db, const QString& eventUuid,
                                  const AttendanceSheetOptions& options, const QString& path);

} // namespace hamkori::report
