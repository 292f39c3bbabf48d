#pragma once
// A laid-out document: its page size and, for each page, what to paint there. Laying out comes first
// (PageComposer), painting after, so every footer can say "page X of Y" and the same pages go to a PDF, a
// printer or the print preview. Coordinates are in units of 1/720 inch from the paper's top-left corner.
#include <QList>
#include <QPageLayout>
#include <functional>

class QPagedPaintDevice;
class QPainter;

namespace hamkori::report {

struct DocumentPage
{
    QList<std::function<void(QPainter&)>> paint;
    bool holdsText = false;       // a paragraph, a table row, a chart: something to read
    bool holdsSignatures = false; // signature lines
};

class Document
{
public:
    QPageLayout pageLayout; // A4, the orientation asked for, no margins (the pages keep their own)
    QString title;          // the PDF's title
    QList<DocumentPage> pages;

    int pageCount() const { return int(pages.size()); }
    /// Paints every page on a device whose page layout is already this document's (a QPdfWriter, or a
    /// QPrinter with full-page painting). False when the device cannot be painted on.
    bool paint(QPagedPaintDevice& device) const;
};

} // namespace hamkori::report
