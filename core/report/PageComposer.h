#pragma once
// Lays a document out page by page, top to bottom: paragraphs, blocks kept whole, and tables whose header
// repeats on every page and whose rows move whole to the next page rather than split (only a row taller
// than a whole page is split, continuing under the header on the next). finish() adds the
// footers, now that the number of pages is known.
#include "Document.h"
#include "TextBox.h"
#include <QMarginsF>
#include <QSet>
#include <QSizeF>
#include <QStringList>

namespace hamkori::report {

struct TableColumn
{
    QString header;
    qreal weight = 1; // share of the table's width
    Qt::Alignment alignment = Qt::AlignLeft;
};

struct Table
{
    QList<TableColumn> columns;
    QList<QStringList> rows;
    QSet<int> boldRows; // totals
    qreal fontPoints = 9;
};

/// What a page's footer says: on the left (the document's code), the page number on the right, and an
/// optional note above them (e.g. that restricted details are included).
struct Footer
{
    QString left;
    QString note;
    QString pageOf; // "Page %1 of %2" in the document's language
};

class PageComposer
{
public:
    static constexpr qreal kMm = 720 / 25.4;

    PageComposer(QPageLayout::Orientation orientation, QString title);

    qreal width() const { return m_content.width(); }
    qreal left() const { return m_content.left(); }
    qreal remaining() const { return m_content.bottom() - m_y; }
    void newPage();
    /// Starts a new page unless `height` still fits on this one.
    void ensureSpace(qreal height);
    void addSpace(qreal points);
    /// A paragraph across the full width; its lines may go on to the next page only as a whole.
    void addText(const QString& text, const TextStyle& style, qreal spaceAfterPoints = 4);
    /// A heading: kept on the page of what follows it (at least `keepWithPoints` of it).
    void addHeading(const QString& text, const TextStyle& style, qreal keepWithPoints = 60);
    /// A block of a fixed height painted in the rectangle it is given, never split.
    void addBlock(qreal height, std::function<void(QPainter&, const QRectF&)> paint);
    void addTable(const Table& table);

    Document finish(const Footer& footer);

private:
    qreal rowHeight(const Table& table, const QStringList& cells, const QList<qreal>& widths,
                    bool header) const;
    /// The part of each cell that fits in `height`; what is left of each goes to `rest`.
    QStringList splitRow(const Table& table, const QStringList& cells, const QList<qreal>& widths,
                         qreal height, bool bold, QStringList& rest) const;
    void paintRow(const Table& table, const QStringList& cells, const QList<qreal>& widths, qreal height,
                  bool header, bool bold);

    Document m_document;
    QRectF m_content; // the page inside its margins, in units
    qreal m_pageHeight = 0;
    qreal m_pageWidth = 0;
    qreal m_y = 0;
};

} // namespace hamkori::report
