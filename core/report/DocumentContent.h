#pragma once
// What a document says, before it is laid out: its blocks in reading order (paragraphs, label–value lines,
// tables, charts, the approval block, signature lines). The same content becomes PDF pages (PdfLayout) and
// an editable ODT (OdtWriter), so the two never differ in what they say; only how it is set differs.
#include "BarChart.h"
#include <QList>
#include <QSet>
#include <QStringList>
#include <optional>
#include <variant>

namespace hamkori::report {

enum class TextRole
{
    Title,    // the document's name, centred, largest
    Subtitle, // centred, bold
    Centred,  // centred, plain
    Heading,  // a section's heading: kept with what follows it
    Body,
    Small, // notes and captions
};

struct Paragraph
{
    QString text;
    TextRole role = TextRole::Body;
    qreal spaceAfterPoints = 4;
};

/// Label: value lines, the labels in a column of their own.
struct FieldList
{
    QList<std::pair<QString, QString>> fields;
};

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
    qreal minRowPoints = 0; // rows people write in by hand (an attendance sheet) need room for it
};

struct ChartBlock
{
    BarChart chart;
};

/// One side of the approval block at the top of a plan: «СОГЛАСОВАНО» (agreed, top left) or «УТВЕРЖДАЮ»
/// (approved, top right), each with the signer's post, a signature line with the name and a date line.
struct Signatory
{
    QString heading;  // "AGREED" / "APPROVED" in the document's language
    QString post;     // may run over several lines
    QString name;     // "Ҷ. А. Раҳимзода", printed after the signature line
    QString seal;     // «М.П.» / «Ҷ.М.»: where the stamp goes
    QString dateLine; // «____» ____________ 20___ г.
};

struct ApprovalBlock
{
    std::optional<Signatory> left;
    std::optional<Signatory> right;
    QStringList leftNotes;  // above the left side: the outgoing number
    QStringList rightNotes; // above the right side: "Annex to the ordinance No. … of …"
};

/// Signature lines at the end: the role, a line to sign on, the name. Never alone on a page: the layout keeps
/// them with the last row or paragraph before them.
struct SignatureBlock
{
    QStringList roles;
    QStringList names;        // filled in when known
    QString signatureCaption; // "(signature)"
    QString nameCaption;      // "(full name)"
};

struct Spacer
{
    qreal points = 0;
};

using Block = std::variant<Paragraph, FieldList, Table, ChartBlock, ApprovalBlock, SignatureBlock, Spacer>;

/// What every page's footer says: the document's code on the left, the page number on the right, and an
/// optional note above them (e.g. that restricted details are included).
struct Footer
{
    QString left;
    QString note;
    QString pageOf; // "Page %1 of %2" in the document's language
};

/// A restricted concern the document leaves out: what its free texts must not give away.
struct HiddenConcern
{
    QString code;
    QString title;
    QString category; // in the document's language
};

/// A free text that mentions a hidden concern.
struct Mention
{
    QString concernCode;
    QString text; // the whole paragraph, cell or value (one line of it) that mentions it
};

struct DocumentContent
{
    QString title; // the PDF's title
    QString language;
    bool landscape = false;
    Footer footer;
    /// The restricted mark ("For official use", «ДСП») at the top right of every page; empty: none.
    QString mark;
    QList<Block> blocks;
    QList<HiddenConcern> hidden; // restricted concerns left out
    QList<Mention> leftOut;      // free texts left out because they mention one

    void addText(const QString& text, TextRole role = TextRole::Body, qreal spaceAfterPoints = 4)
    {
        blocks.append(Paragraph{text, role, spaceAfterPoints});
    }
    void addHeading(const QString& text) { blocks.append(Paragraph{text, TextRole::Heading, 4}); }
    void addFields(const QList<std::pair<QString, QString>>& fields) { blocks.append(FieldList{fields}); }
    void addTable(const Table& table) { blocks.append(table); }
    void addChart(const BarChart& chart) { blocks.append(ChartBlock{chart}); }
    void addSpace(qreal points) { blocks.append(Spacer{points}); }
    void add(const Block& block) { blocks.append(block); }
    /// Every text the document prints, in order (tests, and the check for restricted mentions).
    QStringList texts() const;
};

} // namespace hamkori::report
