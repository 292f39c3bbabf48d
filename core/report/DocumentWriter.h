#pragma once
// Writes a document as a PDF (laid out) or as an editable ODT (its content), atomically: the file appears
// whole or not at all (QSaveFile), and a missing or read-only folder, a full disk or a removed USB stick
// gives a sentence the user can act on.
#include "../Result.h"
#include "Document.h"
#include "DocumentContent.h"
#include <QCoreApplication>
#include <QSaveFile>

namespace hamkori::report {

class DocumentWriter
{
    Q_DECLARE_TR_FUNCTIONS(DocumentWriter)
public:
    static Result<void> writePdf(const Document& document, const QString& path);
    static Result<void> writeOdt(const DocumentContent& content, const QString& path);

private:
    /// Checks the folder and opens the file for writing, or says what is wrong.
    static Result<void> open(QSaveFile& file, const QString& path, const QString& kind);
    static Result<void> commit(QSaveFile& file, const QString& path);
};

} // namespace hamkori::report
