#pragma once
// The XML side of the ODT package (OdtDocument): a small writer for OpenDocument elements, and the paragraph,
// cell and page styles every exported document shares (Times New Roman; A4 with margins of at least 20 mm;
// the restricted mark in the page header, the code and "page X of Y" in the footer).
#include "DocumentContent.h"
#include <QByteArray>
#include <QXmlStreamWriter>
#include <initializer_list>

namespace hamkori::report::odt {

extern const QString kFamily; // what general departments set papers in

class Xml
{
public:
    Xml();
    void open(const char* name);
    void close();
    void attribute(const char* name, const QString& value);
    void attribute(const char* name, const char* value);
    void empty(const char* name, std::initializer_list<std::pair<const char*, QString>> attributes = {});
    /// The root element with every namespace the package uses.
    void root(const char* name);
    /// Text whose "\n" become line breaks and whose runs of spaces are kept.
    void text(const QString& value);
    void paragraph(const char* style, const QString& value);
    void characters(const QString& value);
    QByteArray finish();

private:
    QByteArray m_bytes;
    QXmlStreamWriter m_out;
};

void writeFontFaces(Xml& xml);
/// PTitle, PSubtitle, PCentred, PHeading, PBody, PSmall (in TextRole's order), PLabel/PValue (field lists),
/// PCell{L,C,R}[B] (table cells by alignment, bold), PHead (header cells), PCaption, PPicture, and the text
/// style TBold.
void writeParagraphStyles(Xml& xml);
/// CGrid (ruled), CHead (ruled and shaded), CPlain (no rules).
void writeCellStyles(Xml& xml);
/// styles.xml: the page and its header and footer.
QByteArray pageStyles(const DocumentContent& content);
QByteArray manifest(const QStringList& pictures);

} // namespace hamkori::report::odt
