#include "OdtDocument.h"
#include "DocumentFonts.h"
#include <QImage>
#include <QPainter>
#include <QTextCursor>
#include <QTextTable>
#include <QUrl>

namespace hamkori::report {

namespace {

const QString kFamily = QStringLiteral("Times New Roman"); // what general departments set papers in
constexpr qreal kBodyPoints = 12;
constexpr qreal kChartDpi = 150;
// Tables are given in points: Qt's ODF writer writes a percentage width as points ("100pt"). 17 cm is the
// text width of A4 (and of Letter) with 2 cm margins, the word processors' default page.
constexpr qreal kTextWidthPoints = 17 / 2.54 * 72;

template <class... Ts> struct Visitor : Ts...
{
    using Ts::operator()...;
};
template <class... Ts> Visitor(Ts...) -> Visitor<Ts...>;

QTextCharFormat characters(qreal points, bool bold = false)
{
    QTextCharFormat format;
    // Qt's ODF writer reads the single family (the older property), not the list: both are set.
    format.setProperty(QTextFormat::FontFamily, kFamily);
    format.setFontFamilies({kFamily});
    format.setFontPointSize(points);
    format.setFontWeight(bold ? QFont::Bold : QFont::Normal);
    return format;
}

QTextBlockFormat paragraph(Qt::Alignment alignment = Qt::AlignLeft, qreal spaceAfter = 4)
{
    QTextBlockFormat format;
    format.setAlignment(alignment);
    format.setBottomMargin(spaceAfter);
    return format;
}

class Composer
{
public:
    explicit Composer(QTextDocument& document) : m_document(document), m_cursor(&document) {}

    void text(const QString& text, const QTextBlockFormat& block, const QTextCharFormat& chars)
    {
        if (m_started)
            m_cursor.insertBlock(block, chars);
        else {
            m_cursor.setBlockFormat(block);
            m_cursor.setBlockCharFormat(chars);
            m_started = true;
        }
        m_cursor.insertText(text, chars);
    }

    void paragraph(const Paragraph& p)
    {
        switch (p.role) {
        case TextRole::Title:
            return text(p.text, report::paragraph(Qt::AlignHCenter, p.spaceAfterPoints),
                        characters(14, true));
        case TextRole::Subtitle:
            return text(p.text, report::paragraph(Qt::AlignHCenter, p.spaceAfterPoints),
                        characters(kBodyPoints, true));
        case TextRole::Centred:
            return text(p.text, report::paragraph(Qt::AlignHCenter, p.spaceAfterPoints),
                        characters(kBodyPoints));
        case TextRole::Heading: {
            QTextBlockFormat block = report::paragraph(Qt::AlignLeft, p.spaceAfterPoints);
            block.setTopMargin(8);
            block.setPageBreakPolicy(QTextFormat::PageBreak_Auto);
            return text(p.text, block, characters(kBodyPoints, true));
        }
        case TextRole::Body:
            return text(p.text, report::paragraph(Qt::AlignJustify, p.spaceAfterPoints),
                        characters(kBodyPoints));
        case TextRole::Small:
            return text(p.text, report::paragraph(Qt::AlignLeft, p.spaceAfterPoints),
                        characters(kBodyPoints - 2));
        }
    }

    /// A table at the end of the document; the cursor goes after it.
    QTextTable* table(int rows, const QList<qreal>& weights, bool borders)
    {
        text(QString(), report::paragraph(Qt::AlignLeft, 0), characters(2));
        QTextTableFormat format;
        format.setBorder(borders ? 0.5 : 0);
        format.setBorderStyle(borders ? QTextFrameFormat::BorderStyle_Solid
                                      : QTextFrameFormat::BorderStyle_None);
        format.setBorderCollapse(true);
        format.setCellPadding(3);
        format.setCellSpacing(0);
        format.setWidth(QTextLength(QTextLength::FixedLength, kTextWidthPoints));
        qreal total = 0;
        for (qreal w : weights)
            total += w;
        QList<QTextLength> widths;
        for (qreal w : weights)
            widths << QTextLength(QTextLength::FixedLength, kTextWidthPoints * w / total);
        format.setColumnWidthConstraints(widths);
        QTextTable* table = m_cursor.insertTable(rows, int(weights.size()), format);
        return table;
    }

    /// A cell's lines as line breaks within one paragraph: Qt's ODF writer writes each paragraph of a
    /// cell as a cell of its own.
    void cell(QTextTable* table, int row, int column, const QString& value, Qt::Alignment alignment,
              const QTextCharFormat& chars, int boldLines = 0)
    {
        QTextCursor at = table->cellAt(row, column).firstCursorPosition();
        at.setBlockFormat(report::paragraph(alignment, 0));
        at.setBlockCharFormat(chars);
        QTextCharFormat bold = chars;
        bold.setFontWeight(QFont::Bold);
        const QStringList lines = value.split(QLatin1Char('\n'));
        for (int i = 0; i < lines.size(); ++i) {
            if (i > 0)
                at.insertText(QString(QChar::LineSeparator), chars);
            at.insertText(lines[i], i < boldLines ? bold : chars);
        }
    }

    void afterTable() { m_cursor.movePosition(QTextCursor::End); }

    void fields(const FieldList& list)
    {
        QTextTable* t = table(int(list.fields.size()), {1, 2.6}, false);
        for (int r = 0; r < list.fields.size(); ++r) {
            cell(t, r, 0, list.fields[r].first, Qt::AlignLeft, characters(kBodyPoints, true));
            cell(t, r, 1, list.fields[r].second, Qt::AlignLeft, characters(kBodyPoints));
        }
        afterTable();
    }

    void grid(const Table& data)
    {
        QList<qreal> weights;
        for (const TableColumn& column : data.columns)
            weights << column.weight;
        QTextTable* t = table(int(data.rows.size()) + 1, weights, true);
        QTextTableFormat format = t->format();
        format.setHeaderRowCount(1); // repeats on every page in LibreOffice and Word
        t->setFormat(format);
        const qreal points = kBodyPoints - 1;
        for (int c = 0; c < data.columns.size(); ++c) {
            cell(t, 0, c, data.columns[c].header, Qt::AlignHCenter, characters(points, true));
            QTextCharFormat shade = t->cellAt(0, c).format();
            shade.setBackground(QColor(230, 230, 230));
            t->cellAt(0, c).setFormat(shade);
        }
        for (int r = 0; r < data.rows.size(); ++r)
            for (int c = 0; c < data.columns.size(); ++c)
                cell(t, r + 1, c, data.rows[r].value(c), data.columns[c].alignment,
                     characters(points, data.boldRows.contains(r)));
        afterTable();
    }

    void chart(const BarChart& chart)
    {
        const qreal width = 6.3 * kUnitsPerInch; // about 16 cm
        const qreal scale = kChartDpi / kUnitsPerInch;
        QImage image(QSize(qRound(width * scale), qRound(chart.height(width) * scale)), QImage::Format_RGB32);
        image.fill(Qt::white);
        image.setDotsPerMeterX(qRound(kChartDpi / 0.0254));
        image.setDotsPerMeterY(qRound(kChartDpi / 0.0254));
        {
            QPainter painter(&image);
            painter.setRenderHint(QPainter::Antialiasing);
            painter.scale(scale, scale);
            chart.paint(painter, QRectF(0, 0, width, chart.height(width)));
        }
        const QString name = QStringLiteral("chart%1.png").arg(++m_charts);
        m_document.addResource(QTextDocument::ImageResource, QUrl(name), image);
        text(QString(), report::paragraph(Qt::AlignHCenter, 6), characters(kBodyPoints));
        QTextImageFormat picture;
        picture.setName(name);
        picture.setWidth(width / kUnitsPerPoint); // in points
        picture.setHeight(chart.height(width) / kUnitsPerPoint);
        m_cursor.insertImage(picture);
    }

    void approval(const ApprovalBlock& block)
    {
        QTextTable* t = table(1, {1, 0.15, 1}, false);
        const auto side = [&](int column, const std::optional<Signatory>& signer, const QStringList& notes) {
            QStringList lines;
            if (signer)
                lines << signer->heading << signer->post << QString()
                      << QStringLiteral("_______________ ") + signer->name << signer->seal
                      << signer->dateLine;
            lines << notes; // under the signature: a letterhead may take the space above it
            cell(t, 0, column, lines.join(QLatin1Char('\n')), Qt::AlignLeft, characters(kBodyPoints),
                 signer ? 1 : 0);
        };
        side(0, block.left, block.leftNotes);
        side(2, block.right, block.rightNotes);
        afterTable();
    }

    void signatures(const SignatureBlock& block)
    {
        QTextTable* t = table(int(block.roles.size()), {2.2, 1.3, 1.9}, false);
        for (int r = 0; r < block.roles.size(); ++r) {
            cell(t, r, 0, block.roles[r], Qt::AlignLeft, characters(kBodyPoints));
            cell(t, r, 1, QStringLiteral("\n______________\n") + block.signatureCaption, Qt::AlignHCenter,
                 characters(kBodyPoints - 2));
            const QString name = block.names.value(r).isEmpty() ? QStringLiteral("______________________")
                                                                : block.names.value(r);
            cell(t, r, 2, QStringLiteral("\n") + name + QStringLiteral("\n") + block.nameCaption,
                 Qt::AlignHCenter, characters(kBodyPoints - 2));
        }
        afterTable();
    }

private:
    QTextDocument& m_document;
    QTextCursor m_cursor;
    bool m_started = false;
    int m_charts = 0;
};

} // namespace

std::unique_ptr<QTextDocument> OdtDocument::compose(const DocumentContent& content)
{
    auto document = std::make_unique<QTextDocument>();
    QFont font(kFamily);
    font.setPointSizeF(kBodyPoints);
    document->setDefaultFont(font);
    document->setMetaInformation(QTextDocument::DocumentTitle, content.title);
    Composer compose(*document);
    if (!content.mark.isEmpty())
        compose.text(content.mark, paragraph(Qt::AlignRight, 6), characters(kBodyPoints, true));
    for (const Block& block : content.blocks)
        std::visit(Visitor{
                       [&](const Paragraph& p) { compose.paragraph(p); },
                       [&](const FieldList& f) { compose.fields(f); },
                       [&](const Table& t) { compose.grid(t); },
                       [&](const ChartBlock& c) {
                           if (!c.chart.categories.isEmpty())
                               compose.chart(c.chart);
                       },
                       [&](const ApprovalBlock& a) { compose.approval(a); },
                       [&](const SignatureBlock& s) { compose.signatures(s); },
                       [&](const Spacer&) {},
                   },
                   block);
    // The footer's code and note close the copy: an editor has no page footer of ours to keep them in.
    QStringList closing{content.footer.note, content.footer.left};
    closing.removeAll(QString());
    if (!closing.isEmpty())
        compose.text(closing.join(QLatin1Char('\n')), paragraph(Qt::AlignLeft, 0),
                     characters(kBodyPoints - 3));
    return document;
}

} // namespace hamkori::report
