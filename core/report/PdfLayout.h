#pragma once
// Lays a document's content out as pages (for the PDF, the printer and the preview), in the everyday or the
// formal page style. Signature lines are never left alone on a page: the row or paragraph before them goes
// to the next page with them.
#include "Document.h"
#include "DocumentContent.h"
#include "PageComposer.h"

namespace hamkori::report {

class PdfLayout
{
public:
    static Document layout(const DocumentContent& content, PageStyle style = {});
};

} // namespace hamkori::report
