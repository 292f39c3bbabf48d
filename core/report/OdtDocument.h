#pragma once
// A document's content as a rich-text document, for the editable ODT copy general departments re-set on
// their letterhead before signing: the same paragraphs, label–value lines, tables (header row marked, so
// that it repeats), charts as pictures, approval and signature blocks, set in Times New Roman 12 pt.
// QTextDocumentWriter writes it as ODF (DocumentWriter::writeOdt).
#include "DocumentContent.h"
#include <QTextDocument>
#include <memory>

namespace hamkori::report {

class OdtDocument
{
public:
    static std::unique_ptr<QTextDocument> compose(const DocumentContent& content);
};

} // namespace hamkori::report
