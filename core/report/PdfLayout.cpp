#include "PdfLayout.h"
#include "DocumentFonts.h"
#include "Visitor.h"
#include <QFontMetricsF>
#include <QPainter>

namespace hamkori::report {

namespace {

constexpr qreal kPt = kUnitsPerPoint;

// --- Signature lines
// ----------------------------------------------------------------------------------------

qreal signatureRowHeight(const PageComposer& pages, const QString& role)
{
    const qreal roleHeight = textHeight(role, pages.style().text(TextRole::Body), pages.width() * 0.42);
    return std::max(roleHeight, 24 * kPt) + 16 * kPt;
}

qreal signaturesHeight(const PageComposer& pages, const SignatureBlock& block)
{
    qreal height = 0;
    for (const QString& role : block.roles)
        height += signatureRowHeight(pages, role);
    return height;
}

/// All the signature lines as one block: they stay together.
void addSignatures(PageComposer& pages, const SignatureBlock& block)
{
    const TextStyle body = pages.style().text(TextRole::Body);
    TextStyle caption = pages.style().text(TextRole::Small);
    caption.alignment = Qt::AlignHCenter;
    const qreal roleWidth = pages.width() * 0.42;
    const qreal gap = pages.width() * 0.04;
    const qreal signWidth = pages.width() * 0.22;
    const qreal nameWidth = pages.width() - roleWidth - signWidth - 2 * gap;
    QList<qreal> heights;
    for (const QString& role : block.roles)
        heights << signatureRowHeight(pages, role);
    const qreal nameHeight = QFontMetricsF(body.font).height();
    pages.addBlock(
        signaturesHeight(pages, block),
        [=](QPainter& painter, const QRectF& area) {
            qreal top = area.top();
            for (int i = 0; i < block.roles.size(); ++i) {
                const QString& role = block.roles[i];
                const qreal roleHeight = textHeight(role, body, roleWidth);
                const qreal lineY = top + std::max(roleHeight, 24 * kPt) - 4 * kPt;
                drawText(painter, role, body,
                         QRectF(area.left(), lineY - roleHeight + 3 * kPt, roleWidth, roleHeight));
                QPen pen(Qt::black);
                pen.setWidthF(0.6 * kPt);
                painter.setPen(pen);
                const qreal signLeft = area.left() + roleWidth + gap;
                const qreal nameLeft = signLeft + signWidth + gap;
                painter.drawLine(QPointF(signLeft, lineY), QPointF(signLeft + signWidth, lineY));
                painter.drawLine(QPointF(nameLeft, lineY), QPointF(nameLeft + nameWidth, lineY));
                TextStyle filled = body;
                filled.alignment = Qt::AlignHCenter | Qt::AlignBottom;
                drawText(painter, block.names.value(i), filled,
                         QRectF(nameLeft, lineY - nameHeight - 1 * kPt, nameWidth, nameHeight));
                drawText(painter, block.signatureCaption, caption,
                         QRectF(signLeft, lineY + 1 * kPt, signWidth, 11 * kPt));
                drawText(painter, block.nameCaption, caption,
                         QRectF(nameLeft, lineY + 1 * kPt, nameWidth, 11 * kPt));
                top += heights[i];
            }
        },
        0, true);
}

// --- The approval block
// -------------------------------------------------------------------------------------

/// The lines of one side, top to bottom, each with its style and the space after it.
struct Line
{
    QString text;
    TextStyle style;
    qreal spaceAfter;
};

QList<Line> sideLines(const PageComposer& pages, const std::optional<Signatory>& side,
                      const QStringList& notes)
{
    QList<Line> lines;
    const TextStyle small = pages.style().text(TextRole::Small);
    const TextStyle body = pages.style().text(TextRole::Body);
    TextStyle bold = body;
    bold.font.setBold(true);
    for (const QString& note : notes)
        lines << Line{note, small, 3 * kPt};
    if (!notes.isEmpty())
        lines.last().spaceAfter = 8 * kPt;
    if (!side)
        return lines;
    lines << Line{side->heading, bold, 4 * kPt};
    if (!side->post.isEmpty())
        lines << Line{side->post, body, 4 * kPt};
    // Room to sign above the line; the name follows the line, as officials write it.
    lines << Line{QString(), body, 14 * kPt};
    lines << Line{QStringLiteral("_______________ ") + side->name, body, 2 * kPt};
    if (!side->seal.isEmpty())
        lines << Line{side->seal, small, 4 * kPt};
    lines << Line{side->dateLine, body, 0};
    return lines;
}

qreal linesHeight(const QList<Line>& lines, qreal width)
{
    qreal height = 0;
    for (const Line& line : lines)
        height += textHeight(line.text, line.style, width) + line.spaceAfter;
    return height;
}

void addApproval(PageComposer& pages, const ApprovalBlock& block)
{
    const qreal sideWidth = std::min(pages.width() * 0.46, 300 * kPt);
    const QList<Line> left = sideLines(pages, block.left, block.leftNotes);
    const QList<Line> right = sideLines(pages, block.right, block.rightNotes);
    const qreal height = std::max(linesHeight(left, sideWidth), linesHeight(right, sideWidth)) + 12 * kPt;
    pages.addBlock(height, [=](QPainter& painter, const QRectF& area) {
        const auto paintSide = [&](const QList<Line>& lines, qreal x) {
            qreal y = area.top();
            for (const Line& line : lines) {
                const qreal h = textHeight(line.text, line.style, sideWidth);
                drawText(painter, line.text, line.style, QRectF(x, y, sideWidth, h));
                y += h + line.spaceAfter;
            }
        };
        paintSide(left, area.left());
        paintSide(right, area.right() - sideWidth);
    });
}

// --- Label: value lines
// -------------------------------------------------------------------------------------

void addFields(PageComposer& pages, const FieldList& list, qreal keepWith)
{
    const TextStyle value = pages.style().text(TextRole::Body);
    TextStyle label = value;
    label.font.setBold(true);
    qreal labelWidth = 0;
    for (const auto& field : list.fields)
        labelWidth = std::max(labelWidth, QFontMetricsF(label.font).horizontalAdvance(field.first));
    labelWidth = std::min(labelWidth + 8 * kPt, pages.width() * 0.45);
    for (int i = 0; i < list.fields.size(); ++i) {
        const auto& [name, text] = list.fields[i];
        const qreal valueWidth = pages.width() - labelWidth;
        const qreal height =
            std::max(textHeight(name, label, labelWidth - 6 * kPt), textHeight(text, value, valueWidth));
        pages.addBlock(
            height + 3 * kPt,
            [=](QPainter& painter, const QRectF& area) {
                drawText(painter, name, label, QRectF(area.left(), area.top(), labelWidth - 6 * kPt, height));
                drawText(painter, text, value,
                         QRectF(area.left() + labelWidth, area.top(), valueWidth, height));
            },
            i == list.fields.size() - 1 ? keepWith : 0);
    }
}

/// The room the signatures after block `index` need on its page (spacers between them included), or 0.
qreal roomForSignaturesAfter(const PageComposer& pages, const QList<Block>& blocks, int index)
{
    qreal room = 0;
    for (int next = index + 1; next < blocks.size(); ++next) {
        if (const auto* spacer = std::get_if<Spacer>(&blocks[next]))
            room += spacer->points * kPt;
        else if (const auto* signatures = std::get_if<SignatureBlock>(&blocks[next]))
            return room + signaturesHeight(pages, *signatures);
        else
            return 0;
    }
    return 0;
}

} // namespace

Document PdfLayout::layout(const DocumentContent& content, PageStyle style)
{
    PageComposer pages(content.landscape ? QPageLayout::Landscape : QPageLayout::Portrait, content.title,
                       style);
    for (int i = 0; i < content.blocks.size(); ++i) {
        const qreal keep = roomForSignaturesAfter(pages, content.blocks, i);
        std::visit(Visitor{
                       [&](const Paragraph& p) {
                           if (p.role == TextRole::Heading)
                               pages.addHeading(p.text, style.text(p.role));
                           else
                               pages.addText(p.text, style.text(p.role), p.spaceAfterPoints, keep);
                       },
                       [&](const FieldList& f) { addFields(pages, f, keep); },
                       [&](const Table& t) { pages.addTable(t, keep); },
                       [&](const ChartBlock& c) {
                           if (c.chart.categories.isEmpty())
                               return;
                           const BarChart chart = c.chart;
                           pages.addBlock(
                               chart.height(pages.width()),
                               [chart](QPainter& painter, const QRectF& area) { chart.paint(painter, area); },
                               6 * kPt + keep);
                           pages.addSpace(6);
                       },
                       [&](const ApprovalBlock& a) { addApproval(pages, a); },
                       [&](const SignatureBlock& s) { addSignatures(pages, s); },
                       [&](const Spacer& s) { pages.addSpace(s.points); },
                   },
                   content.blocks[i]);
    }
    return pages.finish(content.footer, content.mark);
}

} // namespace hamkori::report
