#include "OdtXml.h"
#include <QBuffer>

namespace hamkori::report::odt {

const QString kFamily = QStringLiteral("Times New Roman");

namespace {
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
} // namespace

Xml::Xml() : m_out(&m_bytes)
{
    m_out.writeStartDocument();
}

void Xml::open(const char* name)
{
    m_out.writeStartElement(QLatin1String(name));
}

void Xml::close()
{
    m_out.writeEndElement();
}

void Xml::attribute(const char* name, const QString& value)
{
    m_out.writeAttribute(QLatin1String(name), value);
}

void Xml::attribute(const char* name, const char* value)
{
    attribute(name, QLatin1String(value));
}

void Xml::empty(const char* name, std::initializer_list<std::pair<const char*, QString>> attributes)
{
    m_out.writeEmptyElement(QLatin1String(name));
    for (const auto& [key, value] : attributes)
        attribute(key, value);
}

void Xml::root(const char* name)
{
    open(name);
    for (const auto& ns : kNamespaces)
        m_out.writeNamespace(QLatin1String(ns[1]), QLatin1String(ns[0]));
    attribute("office:version", "1.2");
}

void Xml::text(const QString& value)
{
    const QStringList lines = value.split(QLatin1Char('\n'));
    for (int i = 0; i < lines.size(); ++i) {
        if (i > 0)
            empty("text:line-break");
        QString run;
        const QString& line = lines[i];
        for (int c = 0; c < line.size(); ++c) {
            if (line.at(c) == QLatin1Char(' ') && c + 1 < line.size() && line.at(c + 1) == QLatin1Char(' ')) {
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

void Xml::paragraph(const char* style, const QString& value)
{
    open("text:p");
    attribute("text:style-name", style);
    text(value);
    close();
}

void Xml::characters(const QString& value)
{
    m_out.writeCharacters(value);
}

QByteArray Xml::finish()
{
    m_out.writeEndDocument();
    return m_bytes;
}

namespace {
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

} // namespace

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

// --- Page styles: A4, margins, the mark in the header, the code and page numbers in the footer -------------

QByteArray pageStyles(const DocumentContent& content)
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

} // namespace hamkori::report::odt
