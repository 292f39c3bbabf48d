#include "PageComposer.h"
#include "DocumentFonts.h"
#include <QPainter>
#include <QPen>

namespace hamkori::report {

namespace {
constexpr qreal kCellPadding = 3 * kUnitsPerPoint;
// The ascent leaves room for accents above the capitals, so text sits low in a cell padded evenly: less
// padding above than below looks even.
constexpr qreal kCellPaddingTop = 2 * kUnitsPerPoint;
constexpr qreal kCellPaddingBottom = 4 * kUnitsPerPoint;
constexpr qreal kFooterHeight = 14 * PageComposer::kMm;
const QColor kHeaderFill(230, 230, 230);

qreal pt(qreal points)
{
    return points * kUnitsPerPoint;
}

/// Column headers are a little smaller, so that long words (Иҷрокунандагон) fit without breaking.
qreal headerPoints(const Table& table)
{
    return table.fontPoints - 0.5; // the header stays small in the formal style too: it must fit one line
}

QPen hairline(qreal points = 0.6)
{
    QPen pen(Qt::black);
    pen.setWidthF(pt(points));
    return pen;
}
} // namespace

QFont PageStyle::font(qreal points, bool bold) const
{
    return DocumentFonts::font(points, bold, formal ? Typeface::Serif : Typeface::Sans);
}

TextStyle PageStyle::text(TextRole role) const
{
    // The formal style is set 12 pt, as general departments set their papers; the everyday one 10 pt.
    const qreal body = formal ? 12 : 10;
    switch (role) {
    case TextRole::Title:
        return {font(14, true), Qt::AlignHCenter};
    case TextRole::Subtitle:
        return {font(body + 1, true), Qt::AlignHCenter};
    case TextRole::Centred:
        return {font(body), Qt::AlignHCenter};
    case TextRole::Heading:
        return {font(body + 1, true), Qt::AlignLeft};
    case TextRole::Body:
        return {font(body), Qt::AlignLeft};
    case TextRole::Small:
        return {font(body - 2), Qt::AlignLeft, QColor(60, 60, 60)};
    }
    return {font(body), Qt::AlignLeft};
}

PageComposer::PageComposer(QPageLayout::Orientation orientation, QString title, PageStyle style)
    : m_style(style)
{
    m_document.title = std::move(title);
    m_document.pageLayout =
        QPageLayout(QPageSize(QPageSize::A4), orientation, QMarginsF(0, 0, 0, 0), QPageLayout::Millimeter);
    const QSizeF paper = m_document.pageLayout.fullRect(QPageLayout::Millimeter).size() * kMm;
    m_pageWidth = paper.width();
    m_pageHeight = paper.height();
    // Official papers keep a wide left margin for binding; the formal style keeps at least 20 mm everywhere.
    const qreal top = (style.formal ? 20 : 15) * kMm;
    const qreal right = (style.formal ? 20 : 12) * kMm;
    m_bottomMargin = (style.formal ? 12 : 10) * kMm;
    m_content = QRectF(QPointF(25 * kMm, top),
                       QPointF(m_pageWidth - right, m_pageHeight - m_bottomMargin - kFooterHeight));
    newPage();
}

void PageComposer::newPage()
{
    m_document.pages.append(DocumentPage{});
    m_y = m_content.top();
}

void PageComposer::ensureSpace(qreal height)
{
    if (height > remaining() && m_y > m_content.top())
        newPage();
}

void PageComposer::addSpace(qreal points)
{
    m_y = std::min(m_y + pt(points), m_content.bottom());
}

void PageComposer::addText(const QString& text, const TextStyle& style, qreal spaceAfterPoints,
                           qreal keepWith)
{
    const qreal height = textHeight(text, style, width());
    ensureSpace(height + (keepWith > 0 ? pt(spaceAfterPoints) + keepWith : 0));
    const QRectF rect(m_content.left(), m_y, width(), height);
    m_document.pages.last().holdsText = true;
    m_document.pages.last().paint.append(
        [text, style, rect](QPainter& painter) { drawText(painter, text, style, rect); });
    m_y += height + pt(spaceAfterPoints);
}

void PageComposer::addHeading(const QString& text, const TextStyle& style, qreal keepWithPoints)
{
    ensureSpace(textHeight(text, style, width()) + pt(keepWithPoints));
    addText(text, style, 4);
}

void PageComposer::addBlock(qreal height, std::function<void(QPainter&, const QRectF&)> paint, qreal keepWith,
                            bool signatures)
{
    ensureSpace(height + keepWith);
    const QRectF rect(m_content.left(), m_y, width(), height);
    (signatures ? m_document.pages.last().holdsSignatures : m_document.pages.last().holdsText) = true;
    m_document.pages.last().paint.append([paint, rect](QPainter& painter) { paint(painter, rect); });
    m_y += height;
}

qreal PageComposer::rowHeight(const Table& table, const QStringList& cells, const QList<qreal>& widths,
                              bool header, bool bold) const
{
    // Measured in the weight it is painted in: a bold total is wider and may need another line.
    const TextStyle style{
        m_style.font(header ? headerPoints(table) : m_style.tablePoints(table), header || bold),
        Qt::AlignLeft};
    qreal height = 0;
    for (int i = 0; i < widths.size(); ++i)
        height = std::max(height, textHeight(cells.value(i), style, widths[i] - 2 * kCellPadding));
    height += kCellPaddingTop + kCellPaddingBottom;
    return header ? height : std::max(height, pt(table.minRowPoints));
}

void PageComposer::paintRow(const Table& table, const QStringList& cells, const QList<qreal>& widths,
                            qreal height, bool header, bool bold)
{
    QList<QRectF> rects;
    qreal x = m_content.left();
    for (qreal w : widths) {
        rects << QRectF(x, m_y, w, height);
        x += w;
    }
    QList<TextStyle> styles;
    for (const TableColumn& column : table.columns)
        styles << TextStyle{
            m_style.font(header ? headerPoints(table) : m_style.tablePoints(table), header || bold),
            header ? Qt::Alignment(Qt::AlignHCenter | Qt::AlignVCenter) : column.alignment};
    if (!header)
        m_document.pages.last().holdsText = true;
    m_document.pages.last().paint.append([cells, rects, styles, header](QPainter& painter) {
        if (header)
            for (const QRectF& rect : rects)
                painter.fillRect(rect, kHeaderFill);
        for (int i = 0; i < rects.size(); ++i)
            drawText(painter, cells.value(i), styles[i],
                     rects[i].adjusted(kCellPadding, kCellPaddingTop, -kCellPadding, -kCellPaddingBottom));
        painter.setPen(hairline());
        painter.setBrush(Qt::NoBrush);
        for (const QRectF& rect : rects)
            painter.drawRect(rect);
    });
    m_y += height;
}

QStringList PageComposer::splitRow(const Table& table, const QStringList& cells, const QList<qreal>& widths,
                                   qreal height, bool bold, QStringList& rest) const
{
    const qreal textRoom = height - kCellPaddingTop - kCellPaddingBottom;
    QStringList first;
    rest.clear();
    for (int i = 0; i < widths.size(); ++i) {
        const TextStyle style{m_style.font(m_style.tablePoints(table), bold), Qt::AlignLeft};
        const auto [head, tail] =
            splitAtHeight(cells.value(i), style, widths[i] - 2 * kCellPadding, textRoom);
        first << head;
        rest << tail;
    }
    return first;
}

void PageComposer::addTable(const Table& table, qreal keepWith)
{
    qreal totalWeight = 0;
    for (const TableColumn& column : table.columns)
        totalWeight += column.weight;
    QList<qreal> widths;
    for (const TableColumn& column : table.columns)
        widths << width() * column.weight / totalWeight;
    QStringList headers;
    for (const TableColumn& column : table.columns)
        headers << column.header;
    const qreal headerHeight = rowHeight(table, headers, widths, true, false);

    // The header starts the table only with its first row under it.
    const qreal firstRow = table.rows.isEmpty() ? 0
                                                : rowHeight(table, table.rows.first(), widths, false,
                                                            table.boldRows.contains(0));
    ensureSpace(headerHeight + firstRow + (table.rows.size() <= 1 ? keepWith : 0));
    paintRow(table, headers, widths, headerHeight, true, false);
    for (int r = 0; r < table.rows.size(); ++r) {
        const bool bold = table.boldRows.contains(r);
        QStringList cells = table.rows[r];
        qreal height = rowHeight(table, cells, widths, false, bold);
        // A row taller than a whole page (a measure described at great length) is the one row that is
        // split: it starts on this page if a few lines fit, and continues under the header on the next.
        const bool tallerThanAPage = height > m_content.height() - headerHeight;
        // The last row takes what must stay with it (the signatures) to the next page if both do not fit.
        const qreal keep = r == table.rows.size() - 1 && !tallerThanAPage ? pt(6) + keepWith : 0;
        if (height + keep > remaining() && !(tallerThanAPage && remaining() > pt(40))) {
            newPage();
            paintRow(table, headers, widths, headerHeight, true, false);
        }
        while (height > remaining()) {
            QStringList rest;
            const QStringList first = splitRow(table, cells, widths, remaining(), bold, rest);
            if (rest == cells)
                break; // nothing fitted (cannot happen with a page of text room): paint it whole
            paintRow(table, first, widths, remaining(), false, bold);
            newPage();
            paintRow(table, headers, widths, headerHeight, true, false);
            cells = rest;
            height = rowHeight(table, cells, widths, false, bold);
        }
        paintRow(table, cells, widths, height, false, bold);
    }
    m_y += pt(6);
}

Document PageComposer::finish(const Footer& footer, const QString& mark)
{
    const int count = m_document.pageCount();
    const QRectF area(m_content.left(), m_pageHeight - m_bottomMargin - kFooterHeight + 4 * kMm, width(),
                      kFooterHeight - 4 * kMm);
    const TextStyle small{DocumentFonts::font(8), Qt::AlignLeft, QColor(60, 60, 60)};
    // The restricted mark sits in the top margin at the right, where registries look for it.
    const TextStyle markStyle{DocumentFonts::font(10, true), Qt::AlignRight | Qt::AlignBottom};
    const QRectF markArea(m_content.left(), m_content.top() - 11 * kMm, width(), 8 * kMm);
    TextStyle right = small;
    right.alignment = Qt::AlignRight;
    for (int i = 0; i < count; ++i) {
        const QString pageOf = footer.pageOf.arg(i + 1).arg(count);
        m_document.pages[i].paint.append([=](QPainter& painter) {
            painter.setPen(hairline(0.4));
            painter.drawLine(area.topLeft(), area.topRight());
            qreal y = area.top() + pt(3);
            if (!footer.note.isEmpty()) {
                TextStyle note = small;
                note.font.setBold(true);
                const qreal h = textHeight(footer.note, note, area.width());
                drawText(painter, footer.note, note, QRectF(area.left(), y, area.width(), h));
                y += h + pt(2);
            }
            const QRectF line(area.left(), y, area.width(), area.bottom() - y);
            drawText(painter, footer.left, small, QRectF(line.left(), y, line.width() * 0.7, line.height()));
            drawText(painter, pageOf, right, line);
            if (!mark.isEmpty())
                drawText(painter, mark, markStyle, markArea);
        });
    }
    return std::move(m_document);
}

} // namespace hamkori::report
