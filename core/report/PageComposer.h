#pragma once
// Lays a document out page by page, top to bottom: paragraphs, blocks kept whole, and tables whose header
// repeats on every page and whose rows move whole to the next page rather than split (only a row taller
// than a whole page is split, continuing under the header on the next). finish() adds the
// footers, now that the number of pages is known.
#include "Document.h"
#include "DocumentContent.h"
#include "TextBox.h"
#include <QMarginsF>
#include <QSet>
#include <QSizeF>
#include <QStringList>

namespace hamkori::report {

/// How the pages are set: the everyday style (DejaVu Sans, 10 pt, narrow margins that fit wide tables) or the
/// formal one general departments expect (serif, 12 pt, margins of at least 20 mm).
struct PageStyle
{
    bool formal = false;

    QFont font(qreal points, bool bold = false) const;
    TextStyle text(TextRole role) const;
    /// A table's type size: its own in the everyday style, larger in the formal one.
    qreal tablePoints(const Table& table) const { return formal ? table.fontPoints + 1.5 : table.fontPoints; }
};

class PageComposer
{
public:
    static constexpr qreal kMm = 720 / 25.4;

    PageComposer(QPageLayout::Orientation orientation, QString title, PageStyle style = {});

    const PageStyle& style() const { return m_style; }

    qreal width() const { return m_content.width(); }
    qreal left() const { return m_content.left(); }
    qreal remaining() const { return m_content.bottom() - m_y; }
    void newPage();
    /// Starts a new page unless `height` still fits on this one.
    void ensureSpace(qreal height);
    void addSpace(qreal points);
    /// A paragraph across the full width; its lines may go on to the next page only as a whole. `keepWith`
    /// is room, in units, that must be left under it on its page (for the signatures that follow it).
    void addText(const QString& text, const TextStyle& style, qreal spaceAfterPoints = 4, qreal keepWith = 0);
    /// A heading: kept on the page of what follows it (at least `keepWithPoints` of it).
    void addHeading(const QString& text, const TextStyle& style, qreal keepWithPoints = 60);
    /// A block of a fixed height painted in the rectangle it is given, never split. `signatures`: it holds
    /// signature lines only, which is not enough for a page to stand on (Document's holdsText).
    void addBlock(qreal height, std::function<void(QPainter&, const QRectF&)> paint, qreal keepWith = 0,
                  bool signatures = false);
    /// `keepWith` is room left under the table's last row on its page.
    void addTable(const Table& table, qreal keepWith = 0);

    /// Adds the footers (and the restricted mark, when not empty, at the top right of every page).
    Document finish(const Footer& footer, const QString& mark = {});

private:
    qreal rowHeight(const Table& table, const QStringList& cells, const QList<qreal>& widths, bool header,
                    bool bold) const;
    /// The part of each cell that fits in `height`; what is left of each goes to `rest`.
    QStringList splitRow(const Table& table, const QStringList& cells, const QList<qreal>& widths,
                         qreal height, bool bold, QStringList& rest) const;
    void paintRow(const Table& table, const QStringList& cells, const QList<qreal>& widths, qreal height,
                  bool header, bool bold);

    PageStyle m_style;
    Document m_document;
    QRectF m_content; // the page inside its margins, in units
    qreal m_pageHeight = 0;
    qreal m_pageWidth = 0;
    qreal m_y = 0;
    qreal m_bottomMargin = 0;
};

} // namespace hamkori::report
