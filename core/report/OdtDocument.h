#pragma once
// A document's content as an OpenDocument text package, the editable copy general departments re-set on
// their letterhead before signing: the same paragraphs, label–value lines, tables (their header rows repeat
// on every page), charts as pictures, approval and signature blocks; A4 in the document's orientation with
// margins of at least 20 mm, Times New Roman 12 pt, the restricted mark in every page's header and "page X
// of Y" in its footer. Written by hand (content.xml, styles.xml, manifest, stored zip) because Qt's ODF
// writer has no page layout, drops header rows and turns a cell's paragraphs into cells of their own.
#include "DocumentContent.h"
#include <QByteArray>

namespace hamkori::report {

class OdtDocument
{
public:
    /// The .odt file's bytes.
    static QByteArray package(const DocumentContent& content);
};

} // namespace hamkori::report
