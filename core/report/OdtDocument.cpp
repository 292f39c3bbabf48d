#include "OdtDocument.h"
#include "DocumentFonts.h"
#include "OdtXml.h"
#include "StoredZip.h"
#include "Visitor.h"
#include <QBuffer>
#include <QImage>
#include <QPainter>

namespace hamkori::report {

namespace {

using namespace odt;

constexpr qreal kChartDpi = 150;
constexpr qreal kChartWidthCm = 16;

// --- Content
// -------------------------------------------------------------------------------------------------

// The column weights of the tables the blocks become, in order: the tables' styles go before the body.
const QList<qreal> kFieldColumns{1, 2.6};
const QList<qreal> kApprovalColumns{1, 0.15, 1};
const QList<qreal> kSignatureColumns{2.2, 1.3, 1.9};

QList<QList<qreal>> tableWeights(const DocumentContent& content)
{
    QList<QList<qreal>> all;
    for (const Block& block : content.blocks)
        std::visit(Visitor{
                       [](const Paragraph&) {},
                       [&](const FieldList&) { all << kFieldColumns; },
                       [&](const Table& t) {
                           QList<qreal> weights;
                           for (const TableColumn& column : t.columns)
                               weights << column.weight;
                           all << weights;
                       },
                       [](const ChartBlock&) {},
                       [&](const ApprovalBlock&) { all << kApprovalColumns; },
                       [&](const SignatureBlock&) { all << kSignatureColumns; },
                       [](const Spacer&) {},
                   },
                   block);
    return all;
}

class ContentWriter
{
public:
    ContentWriter(const DocumentContent& content, StoredZip& zip, QStringList& pictures)
        : m_content(content), m_zip(zip), m_pictures(pictures)
    {
    }

    QByteArray document()
    {
        m_tableColumns = tableWeights(m_content);
        m_xml.root("office:document-content");
        writeFontFaces(m_xml);
        m_xml.open("office:automatic-styles");
        writeParagraphStyles(m_xml);
        writeCellStyles(m_xml);
        for (int i = 0; i < m_tableColumns.size(); ++i)
            writeTableStyle(i, m_tableColumns[i]);
        m_xml.close();
        m_xml.open("office:body");
        m_xml.open("office:text");
        for (const Block& block : m_content.blocks)
            std::visit(Visitor{
                           [&](const Paragraph& p) { paragraph(p); },
                           [&](const FieldList& f) { fields(f); },
                           [&](const Table& t) { grid(t); },
                           [&](const ChartBlock& c) { chart(c.chart); },
                           [&](const ApprovalBlock& a) { approval(a); },
                           [&](const SignatureBlock& s) { signatures(s); },
                           [](const Spacer&) {},
                       },
                       block);
        m_xml.close();
        m_xml.close();
        m_xml.close();
        return m_xml.finish();
    }

private:
    void paragraph(const Paragraph& p)
    {
        static const char* const styles[] = {"PTitle",   "PSubtitle", "PCentred",
                                             "PHeading", "PBody",     "PSmall"};
        m_xml.paragraph(styles[int(p.role)], p.text);
    }

    /// Starts a table whose columns have these weights; returns nothing, the caller writes the rows.
    void startTable(const QList<qreal>& weights)
    {
        const int index = m_tables++;
        m_xml.open("table:table");
        m_xml.attribute("table:name", QStringLiteral("Table%1").arg(index + 1));
        m_xml.attribute("table:style-name", QStringLiteral("Tb%1").arg(index));
        for (int c = 0; c < weights.size(); ++c)
            m_xml.empty("table:table-column",
                        {{"table:style-name", QStringLiteral("Tb%1.%2").arg(index).arg(c)}});
    }

    void cell(const char* cellStyle, const char* paragraphStyle, const QString& text)
    {
        m_xml.open("table:table-cell");
        m_xml.attribute("table:style-name", cellStyle);
        m_xml.attribute("office:value-type", "string");
        m_xml.paragraph(paragraphStyle, text);
        m_xml.close();
    }

    void fields(const FieldList& list)
    {
        startTable(kFieldColumns);
        for (const auto& [label, value] : list.fields) {
            m_xml.open("table:table-row");
            cell("CPlain", "PLabel", label);
            cell("CPlain", "PValue", value);
            m_xml.close();
        }
        m_xml.close();
    }

    void grid(const Table& table)
    {
        QList<qreal> weights;
        for (const TableColumn& column : table.columns)
            weights << column.weight;
        startTable(weights);
        m_xml.open("table:table-header-rows");
        m_xml.open("table:table-row");
        for (const TableColumn& column : table.columns)
            cell("CHead", "PHead", column.header);
        m_xml.close();
        m_xml.close();
        for (int r = 0; r < table.rows.size(); ++r) {
            const bool bold = table.boldRows.contains(r);
            m_xml.open("table:table-row");
            for (int c = 0; c < table.columns.size(); ++c) {
                const Qt::Alignment align = table.columns[c].alignment;
                const char* style = align & Qt::AlignHCenter ? (bold ? "PCellCB" : "PCellC")
                                    : align & Qt::AlignRight ? (bold ? "PCellRB" : "PCellR")
                                                             : (bold ? "PCellLB" : "PCellL");
                cell("CGrid", style, table.rows[r].value(c));
            }
            m_xml.close();
        }
        m_xml.close();
    }

    void chart(const BarChart& chart)
    {
        if (chart.categories.isEmpty())
            return;
        const qreal width = kChartWidthCm / 2.54 * kUnitsPerInch;
        const qreal height = chart.height(width);
        const qreal scale = kChartDpi / kUnitsPerInch;
        QImage image(QSize(qRound(width * scale), qRound(height * scale)), QImage::Format_RGB32);
        image.fill(Qt::white);
        image.setDotsPerMeterX(qRound(kChartDpi / 0.0254));
        image.setDotsPerMeterY(qRound(kChartDpi / 0.0254));
        {
            QPainter painter(&image);
            painter.setRenderHint(QPainter::Antialiasing);
            painter.scale(scale, scale);
            chart.paint(painter, QRectF(0, 0, width, height));
        }
        QByteArray png;
        QBuffer buffer(&png);
        buffer.open(QIODevice::WriteOnly);
        image.save(&buffer, "PNG");
        const QString name = QStringLiteral("Pictures/chart%1.png").arg(m_pictures.size() + 1);
        m_zip.add(name, png);
        m_pictures << name;
        m_xml.open("text:p");
        m_xml.attribute("text:style-name", "PPicture");
        m_xml.open("draw:frame");
        m_xml.attribute("draw:name", QStringLiteral("Chart%1").arg(m_pictures.size()));
        m_xml.attribute("text:anchor-type", "as-char");
        m_xml.attribute("svg:width", QStringLiteral("%1cm").arg(kChartWidthCm));
        m_xml.attribute("svg:height", QStringLiteral("%1cm").arg(height / kUnitsPerInch * 2.54, 0, 'f', 2));
        m_xml.empty("draw:image", {{"xlink:href", name},
                                   {"xlink:type", QStringLiteral("simple")},
                                   {"xlink:show", QStringLiteral("embed")},
                                   {"xlink:actuate", QStringLiteral("onLoad")}});
        m_xml.close();
        m_xml.close();
    }

    void approvalSide(const std::optional<Signatory>& side, const QStringList& notes)
    {
        m_xml.open("table:table-cell");
        m_xml.attribute("table:style-name", "CPlain");
        m_xml.attribute("office:value-type", "string");
        for (const QString& note : notes)
            m_xml.paragraph("PSmall", note);
        if (side) {
            m_xml.open("text:p");
            m_xml.attribute("text:style-name", "PValue");
            m_xml.open("text:span");
            m_xml.attribute("text:style-name", "TBold");
            m_xml.text(side->heading);
            m_xml.close();
            m_xml.close();
            m_xml.paragraph("PValue", side->post);
            m_xml.paragraph("PValue", QString());
            m_xml.paragraph("PValue", QStringLiteral("_______________ ") + side->name);
            m_xml.paragraph("PSmall", side->seal);
            m_xml.paragraph("PValue", side->dateLine);
        } else {
            m_xml.paragraph("PValue", QString());
        }
        m_xml.close();
    }

    void approval(const ApprovalBlock& block)
    {
        startTable(kApprovalColumns);
        m_xml.open("table:table-row");
        approvalSide(block.left, block.leftNotes);
        cell("CPlain", "PValue", QString());
        approvalSide(block.right, block.rightNotes);
        m_xml.close();
        m_xml.close();
        m_xml.paragraph("PBody", QString());
    }

    void signatures(const SignatureBlock& block)
    {
        m_xml.paragraph("PBody", QString());
        startTable(kSignatureColumns);
        for (int r = 0; r < block.roles.size(); ++r) {
            const QString name = block.names.value(r);
            m_xml.open("table:table-row");
            cell("CPlain", "PValue", block.roles[r]);
            cell("CPlain", "PCaption", QStringLiteral("\n______________\n") + block.signatureCaption);
            cell("CPlain", "PCaption",
                 (name.isEmpty() ? QStringLiteral("\n______________________\n")
                                 : name + QStringLiteral("\n______________________\n")) +
                     block.nameCaption);
            m_xml.close();
        }
        m_xml.close();
    }

    void writeTableStyle(int index, const QList<qreal>& weights)
    {
        const qreal textWidthCm = m_content.landscape ? 25.2 : 16.5;
        m_xml.open("style:style");
        m_xml.attribute("style:name", QStringLiteral("Tb%1").arg(index));
        m_xml.attribute("style:family", "table");
        m_xml.empty("style:table-properties", {{"style:width", QStringLiteral("%1cm").arg(textWidthCm)},
                                               {"table:align", QStringLiteral("left")}});
        m_xml.close();
        qreal total = 0;
        for (qreal w : weights)
            total += w;
        for (int c = 0; c < weights.size(); ++c) {
            m_xml.open("style:style");
            m_xml.attribute("style:name", QStringLiteral("Tb%1.%2").arg(index).arg(c));
            m_xml.attribute("style:family", "table-column");
            // Widths in centimetres only: LibreOffice lays a relative width ("236*") out wrongly here.
            m_xml.empty("style:table-column-properties",
                        {{"style:column-width",
                          QStringLiteral("%1cm").arg(textWidthCm * weights[c] / total, 0, 'f', 3)}});
            m_xml.close();
        }
    }

    const DocumentContent& m_content;
    StoredZip& m_zip;
    QStringList& m_pictures;
    Xml m_xml;
    QList<QList<qreal>> m_tableColumns; // every table's column weights, in the order they are written
    int m_tables = 0;
};

} // namespace

QByteArray OdtDocument::package(const DocumentContent& content)
{
    StoredZip zip;
    zip.add(QStringLiteral("mimetype"), QByteArrayLiteral("application/vnd.oasis.opendocument.text"));
    QStringList pictures;
    QByteArray contentXml;
    {
        // Pictures are added to the zip as the body is written; content.xml and styles.xml follow them.
        ContentWriter writer(content, zip, pictures);
        contentXml = writer.document();
    }
    zip.add(QStringLiteral("content.xml"), contentXml);
    zip.add(QStringLiteral("styles.xml"), pageStyles(content));
    zip.add(QStringLiteral("META-INF/manifest.xml"), manifest(pictures));
    return zip.finish();
}

} // namespace hamkori::report
