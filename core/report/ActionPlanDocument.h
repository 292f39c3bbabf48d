#pragma once
// The action plan (plan of measures) as the Hukumat signs it: «СОГЛАСОВАНО» (the police chief) at the top
// left beside «УТВЕРЖДАЮ» (the Hukumat) at the top right, the title block, the table of measures whose header
// repeats on every page, the funding total, the team chair's signature, "page X of Y" and the plan's code.
#include "../Result.h"
#include "../storage/Database.h"
#include "Document.h"
#include "DocumentContent.h"
#include "DocumentParts.h"
#include <QCoreApplication>

namespace hamkori::report {

class ActionPlanDocument
{
    Q_DECLARE_TR_FUNCTIONS(ActionPlanDocument)
public:
    static Result<DocumentContent> content(Database& db, const QString& planUuid,
                                           const DocumentOptions& options);
    /// The content laid out as pages.
    static Result<Document> build(Database& db, const QString& planUuid, const DocumentOptions& options);
};

} // namespace hamkori::report
