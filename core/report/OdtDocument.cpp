#include "OdtDocument.h"
#include "DocumentFonts.h"
#include "StoredZip.h"
#include "Visitor.h"
#include <QBuffer>
#include <QImage>
#include <QPainter>
#include <QXmlStreamWriter>

namespace hamkori::report {

namespace {

constexpr qreal kChartDpi = 150;
constexpr qreal kChartWidthCm = 16;
const QString kFamily = QStringLiteral("Times New Roman"); // what general departments set papers in

const char* const kNamespaces[][2] = {
    {"office", "urn:oasis:names:tc:opendocument:xmlns:office:1.0"},
    {"style", "urn:oasis:names:tc:opendocument:xmlns:style:1.0"},
    {"text", "urn:oasis:names:tc:opendocument:xmlns:text:1.0"},
    {"table", "urn:oasis:names:tc:opendocument:xmlns:table:1.0"},
    {"draw", "urn:oasis:names:tc:opendocument:xmlns:drawing:1.0"},
    {"fo", "urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0"},
    {"xlink", "http://www.w3.org/1999/xlink"},
    {"svg", "urn:oasis:names:tc:opendocument:xmlns:svg-compatible:1.0"},
};

class Xml
{
public:
    Xml() : m_out(&m_bytes) { m_out.writeStartDocument(); }

    void open(const char* name) { m_out.writeStartElement(QLatin1String(name)); }
    void close() { m_out.writeEndElement(); }
    void attribute(const char* name, const QString& value)
    {
        m_out.writeAttribute(QLatin1String(name), value);
    }
    void attribute(const char* name, const char* value) { attribute(name, QLatin1String(value)); }
    void empty(const char* name, std::initializer_list<std::pair<const char*, QString>> attributes = {})
    {
        m_out.writeEmptyElement(QLatin1String(name));
        for (const auto& [key, value] : attributes)
            attribute(key, value);
    }
    void root(const char* name)
    {
        open(name);
        for (const auto& ns : kNamespaces)
            m_out.writeNamespace(QLatin1String(ns[1]), QLatin1String(ns[0]));
        attribute("office:version", "1.2");
    }
    /// Text whose "\n" become line breaks and whose runs of spaces are kept.
    void text(const QString& value)
    {
        const QStringList lines = value.split(QLatin1Char('\n'));
        for (int i = 0; i < lines.size(); ++i) {
            if (i > 0)
                empty("text:line-break");
            QString run;
            const QString& line = lines[i];
            for (int c = 0; c < line.size(); ++c) {
                if (line.at(c) == QLatin1Char(' ') && c + 1 < line.size() &&
                    line.at(c + 1) == QLatin1Char(' ')) {
                    int spaces = 0;
                    while (c < line.size() && line.at(c) == QLatin1Char(' ')) {
                        ++spaces;
                        ++c;
                    }
                    --c;
                    m_out.writeCharacters(run);
                    run.clear();
                    empty("text:s", {{"text:c", QString::number(spaces)}});
                } else {
                    run += line.at(c);
                }
            }
            m_out.writeCharacters(run);
        }
    }
    void paragraph(const char* style, const QString& value)
    {
        open("text:p");
        attribute("text:style-name", style);
        text(value);
        close();
    }
    QByteArray finish()
    {
        m_out.writeEndDocument();
        return m_bytes;
    }
    void characters(const QString& value) { m_out.writeCharacters(value); }

private:
    QByteArray m_bytes;
    QXmlStreamWriter m_out;
};

// --- Styles
// --------------------------------------------------------------------------------------------------

struct ParagraphStyle
{
    const char* name;
    const char* align;
    qreal points;
    bool bold;
    const char* marginTop;
    const char* marginBottom;
    bool keepWithNext = false;
};

const ParagraphStyle kParagraphs[] = {
    {"PTitle", "center", 14, true, "0cm", "0.1cm"},
    {"PSubtitle", "center", 12, true, "0cm", "0.1cm"},
    {"PCentred", "center", 12, false, "0cm", "0.3cm"},
    {"PHeading", "start", 12, true, "0.3cm", "0.1cm", true},
    {"PBody", "justify", 12, false, "0cm", "0.1cm"},
    {"PSmall", "start", 10, false, "0cm", "0.2cm"},
    {"PLabel", "start", 12, true, "0cm", "0cm"},
    {"PValue", "start", 12, false, "0cm", "0cm"},
    {"PCellL", "start", 11, false, "0cm", "0cm"},
    {"PCellC", "center", 11, false, "0cm", "0cm"},
    {"PCellR", "end", 11, false, "0cm", "0cm"},
    {"PCellLB", "start", 11, true, "0cm", "0cm"},
    {"PCellCB", "center", 11, true, "0cm", "0cm"},
    {"PCellRB", "end", 11, true, "0cm", "0cm"},
    {"PHead", "center", 10.5, true, "0cm", "0cm"},
    {"PCaption", "center", 9, false, "0cm", "0cm"},
    {"PPicture", "center", 12, false, "0.1cm", "0.2cm"},
};

void writeParagraphStyles(Xml& xml)
{
    for (const ParagraphStyle& p : kParagraphs) {
        xml.open("style:style");
        xml.attribute("style:name", p.name);
        xml.attribute("style:family", "paragraph");
        xml.open("style:paragraph-properties");
        xml.attribute("fo:text-align", p.align);
        xml.attribute("fo:margin-top", p.marginTop);
        xml.attribute("fo:margin-bottom", p.marginBottom);
        if (p.keepWithNext)
            xml.attribute("fo:keep-with-next", "always");
        xml.close();
        xml.open("style:text-properties");
        xml.attribute("style:font-name", kFamily);
        xml.attribute("fo:font-size", QStringLiteral("%1pt").arg(p.points));
        if (p.bold)
            xml.attribute("fo:font-weight", "bold");
        xml.close();
        xml.close();
    }
    // Bold inside a paragraph (the approval block's heading).
    xml.open("style:style");
    xml.attribute("style:name", "TBold");
    xml.attribute("style:family", "text");
    xml.empty("style:text-properties", {{"fo:font-weight", QStringLiteral("bold")}});
    xml.close();
}

void writeCellStyles(Xml& xml)
{
    const auto cell = [&](const char* name, bool border, const char* background) {
        xml.open("style:style");
        xml.attribute("style:name", name);
        xml.attribute("style:family", "table-cell");
        xml.open("style:table-cell-properties");
        xml.attribute("fo:padding", border ? "0.1cm" : "0.05cm");
        xml.attribute("fo:border", border ? "0.5pt solid #000000" : "none");
        if (background)
            xml.attribute("fo:background-color", background);
        xml.close();
        xml.close();
    };
    cell("CGrid", true, nullptr);
    cell("CHead", true, "#e6e6e6");
    cell("CPlain", false, nullptr);
}

void writeFontFaces(Xml& xml)
{
    xml.open("office:font-face-decls");
    xml.empty("style:font-face", {{"style:name", kFamily},
                                  {"svg:font-family", QLatin1Char('\'') + kFamily + QLatin1Char('\'')},
                                  {"style:font-family-generic", QStringLiteral("roman")}});
    xml.close();
}

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

// --- Page styles: A4, margins, the mark in the header, the code and page numbers in the footer -------------

QByteArray styles(const DocumentContent& content)
{
    Xml xml;
    xml.root("office:document-styles");
    writeFontFaces(xml);
    xml.open("office:styles");
    xml.open("style:default-style");
    xml.attribute("style:family", "paragraph");
    xml.empty("style:text-properties",
              {{"style:font-name", kFamily}, {"fo:font-size", QStringLiteral("12pt")}});
    xml.close();
    xml.close();
    xml.open("office:automatic-styles");
    xml.open("style:page-layout");
    xml.attribute("style:name", "Page");
    xml.empty("style:page-layout-properties",
              {{"fo:page-width", content.landscape ? QStringLiteral("29.7cm") : QStringLiteral("21cm")},
               {"fo:page-height", content.landscape ? QStringLiteral("21cm") : QStringLiteral("29.7cm")},
               {"style:print-orientation",
                content.landscape ? QStringLiteral("landscape") : QStringLiteral("portrait")},
               {"fo:margin-top", QStringLiteral("1.5cm")},
               {"fo:margin-bottom", QStringLiteral("1.5cm")},
               {"fo:margin-left", QStringLiteral("2.5cm")},
               {"fo:margin-right", QStringLiteral("2cm")}});
    xml.open("style:header-style");
    xml.empty("style:header-footer-properties",
              {{"fo:min-height", QStringLiteral("0.5cm")}, {"fo:margin-bottom", QStringLiteral("0.3cm")}});
    xml.close();
    xml.open("style:footer-style");
    xml.empty("style:header-footer-properties",
              {{"fo:min-height", QStringLiteral("0.5cm")}, {"fo:margin-top", QStringLiteral("0.3cm")}});
    xml.close();
    xml.close(); // page-layout
    for (const auto& [name, align, bold] :
         {std::tuple{"PMark", "end", true}, std::tuple{"PFooter", "start", false}}) {
        xml.open("style:style");
        xml.attribute("style:name", name);
        xml.attribute("style:family", "paragraph");
        xml.empty("style:paragraph-properties", {{"fo:text-align", QLatin1String(align)}});
        xml.open("style:text-properties");
        xml.attribute("style:font-name", kFamily);
        xml.attribute("fo:font-size", bold ? "11pt" : "9pt");
        if (bold)
            xml.attribute("fo:font-weight", "bold");
        xml.close();
        xml.close();
    }
    xml.close(); // automatic-styles
    xml.open("office:master-styles");
    xml.open("style:master-page");
    xml.attribute("style:name", "Standard");
    xml.attribute("style:page-layout-name", "Page");
    if (!content.mark.isEmpty()) {
        xml.open("style:header");
        xml.paragraph("PMark", content.mark);
        xml.close();
    }
    xml.open("style:footer");
    if (!content.footer.note.isEmpty())
        xml.paragraph("PFooter", content.footer.note);
    // "Page %1 of %2" with the page number and count as fields, in the document's language.
    xml.open("text:p");
    xml.attribute("text:style-name", "PFooter");
    xml.text(content.footer.left + QStringLiteral(" · "));
    const QString pageOf = content.footer.pageOf;
    const qsizetype one = pageOf.indexOf(QLatin1String("%1"));
    const qsizetype two = pageOf.indexOf(QLatin1String("%2"));
    if (one >= 0 && two > one) {
        xml.text(pageOf.left(one));
        xml.open("text:page-number");
        xml.attribute("text:select-page", "current");
        xml.characters(QStringLiteral("1"));
        xml.close();
        xml.text(pageOf.mid(one + 2, two - one - 2));
        xml.open("text:page-count");
        xml.characters(QStringLiteral("1"));
        xml.close();
        xml.text(pageOf.mid(two + 2));
    }
    xml.close();
    xml.close(); // footer
    xml.close(); // master-page
    xml.close(); // master-styles
    return xml.finish();
}

QByteArray manifest(const QStringList& pictures)
{
    QXmlStreamWriter xml;
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    xml.setDevice(&buffer);
    xml.writeStartDocument();
    const QString ns = QStringLiteral("urn:oasis:names:tc:opendocument:xmlns:manifest:1.0");
    xml.writeNamespace(ns, QStringLiteral("manifest"));
    xml.writeStartElement(ns, QStringLiteral("manifest"));
    xml.writeAttribute(ns, QStringLiteral("version"), QStringLiteral("1.2"));
    const auto entry = [&](const QString& path, const QString& type) {
        xml.writeEmptyElement(ns, QStringLiteral("file-entry"));
        xml.writeAttribute(ns, QStringLiteral("full-path"), path);
        if (path == u"/")
            xml.writeAttribute(ns, QStringLiteral("version"), QStringLiteral("1.2"));
        xml.writeAttribute(ns, QStringLiteral("media-type"), type);
    };
    entry(QStringLiteral("/"), QStringLiteral("application/vnd.oasis.opendocument.text"));
    entry(QStringLiteral("content.xml"), QStringLiteral("text/xml"));
    entry(QStringLiteral("styles.xml"), QStringLiteral("text/xml"));
    for (const QString& picture : pictures)
        entry(picture, QStringLiteral("image/png"));
    xml.writeEndElement();
    xml.writeEndDocument();
    return bytes;
}

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
    zip.add(QStringLiteral("styles.xml"), styles(content));
    zip.add(QStringLiteral("META-INF/manifest.xml"), manifest(pictures));
    return zip.finish();
}

} // namespace hamkori::report
