#pragma once
// The action plan (plan of measures) as the Hukumat signs it: approval block, title block, the table of
// measures whose header repeats on every page, the three signatures, "page X of Y" and the plan's code.
#include "../Result.h"
#include "../storage/Database.h"
#include "Document.h"
#include "DocumentParts.h"
#include <QCoreApplication>

namespace hamkori::report {

class ActionPlanDocument
{
    Q_DECLARE_TR_FUNCTIONS(ActionPlanDocument)
public:
    static Result<Document> build(Database& db, const QString& planUuid, const DocumentOptions& options);
};

} // namespace hamkori::report
