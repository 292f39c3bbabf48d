#pragma once
// The CSO mapping matrix as a PDF: the directory of organisations on landscape pages, grouped by district
// (an organisation active in three districts is under each), with its kind, fields of expertise, services,
// network membership and international experience; optionally one district or one field of expertise only.
// Contact details (person, phone, e-mail) are personal data: printed only when asked for, and then every
// page's footer says so.
#include "../Result.h"
#include "../storage/Database.h"
#include "Document.h"
#include "DocumentContent.h"

namespace hamkori::report {

struct DirectoryMatrixOptions
{
    QString language = QStringLiteral("en"); // tg, ru or en, whatever the program's language
    QString districtUuid;                    // empty: every district
    QString expertiseUuid;                   // empty: every field of expertise
    bool includeContacts = false;
    bool formal = false;
};

class DirectoryMatrixDocument
{
public:
    static Result<DocumentContent> content(Database& db, const DirectoryMatrixOptions& options);
    static Result<Document> build(Database& db, const DirectoryMatrixOptions& options);
};

} // namespace hamkori::report
