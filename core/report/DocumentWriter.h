#pragma once
// Writes a laid-out document as a PDF, atomically: the file appears whole or not at all (QSaveFile), and a
// missing or read-only folder, a full disk or a removed USB stick gives a sentence the user can act on.
#include "../Result.h"
#include "Document.h"
#include <QCoreApplication>

namespace hamkori::report {

class DocumentWriter
{
    Q_DECLARE_TR_FUNCTIONS(DocumentWriter)
public:
    static Result<void> writePdf(const Document& document, const QString& path);
};

} // namespace hamkori::report
