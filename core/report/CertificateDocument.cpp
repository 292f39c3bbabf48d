#include "CertificateDocument.h"
#include "DocumentFonts.h"
#include "DocumentLanguage.h"
#include "DocumentWriter.h"
#include "EventFacts.h"
#include "PageComposer.h"
#include "TextBox.h"
#include <QPainter>

namespace hamkori::report {

namespace {

// A certificate is set by hand on a landscape A4 sheet (297 × 210 mm), centred on the paper, not in the
// report pages' margins (which leave room on the left for binding).
constexpr qreal kMm = PageComposer::kMm;
constexpr qreal kPaperWidth = 297 * kMm;
constexpr qreal kPaperHeight = 210 * kMm;
constexpr qreal kTextLeft = 32 * kMm;
constexpr qreal kTextWidth = kPaperWidth - 2 * kTextLeft;
constexpr qreal kSignatureLine = 168 * kMm; // the lowest row of signature lines
constexpr qreal kSignatureRow = 21 * kMm;
constexpr int kSignaturesPerRow = 4;
const QColor kInk(28, 58, 110);
const QColor kGrey(70, 70, 70);

TextStyle style(qreal points, bool bold = false, QColor color = Qt::black, Typeface face = Typeface::Serif)
{
    return TextStyle{DocumentFonts::font(points, bold, face), Qt::AlignHCenter, color};
}

struct Signer
{
    QString name;
    QString role;
};

/// A line of the certificate's text, centred across the sheet.
struct Line
{
    QString text;
    TextStyle style;
    qreal spaceAfter; // units
};

qreal heightOf(const QList<Line>& lines)
{
    qreal height = 0;
    for (const Line& line : lines)
        height += textHeight(line.text, line.style, kTextWidth) + line.spaceAfter;
    return height;
}

void paintFrame(QPainter& painter)
{
    QPen outer(kInk);
    outer.setWidthF(2.4 * kUnitsPerPoint);
    painter.setPen(outer);
    painter.setBrush(Qt::NoBrush);
    painter.drawRect(QRectF(10 * kMm, 10 * kMm, kPaperWidth - 20 * kMm, kPaperHeight - 20 * kMm));
    QPen inner(kInk);
    inner.setWidthF(0.7 * kUnitsPerPoint);
    painter.setPen(inner);
    painter.drawRect(QRectF(13 * kMm, 13 * kMm, kPaperWidth - 26 * kMm, kPaperHeight - 26 * kMm));
}

/// The signature lines in rows of up to four, the last row at kSignatureLine; returns the top of the first.
qreal addSignatures(DocumentPage& page, const QList<Signer>& signers)
{
    const int rows = int((signers.size() + kSignaturesPerRow - 1) / kSignaturesPerRow);
    const TextStyle name = style(11, true, Qt::black, Typeface::Sans);
    const TextStyle role = style(8.5, false, kGrey, Typeface::Sans);
    for (int row = 0; row < rows; ++row) {
        const QList<Signer> inRow = signers.mid(row * kSignaturesPerRow, kSignaturesPerRow);
        const qreal lineY = kSignatureLine - (rows - 1 - row) * kSignatureRow;
        const qreal slot = kTextWidth / inRow.size();
        const qreal lineWidth = std::min(slot - 8 * kMm, 62 * kMm);
        for (int i = 0; i < inRow.size(); ++i) {
            const qreal centre = kTextLeft + slot * (i + 0.5);
            const QRectF under(centre - slot / 2 + 2 * kMm, lineY + 1 * kMm, slot - 4 * kMm, 6 * kMm);
            const Signer signer = inRow[i];
            page.paint.append([=](QPainter& painter) {
                QPen pen(Qt::black);
                pen.setWidthF(0.6 * kUnitsPerPoint);
                painter.setPen(pen);
                painter.drawLine(QPointF(centre - lineWidth / 2, lineY),
                                 QPointF(centre + lineWidth / 2, lineY));
                drawText(painter, signer.name, name, under);
                drawText(painter, signer.role, role,
                         under.translated(0, textHeight(signer.name, name, under.width()) + 0.5 * kMm));
            });
        }
    }
    page.holdsSignatures = !signers.isEmpty();
    return kSignatureLine - (rows - 1) * kSignatureRow - 12 * kMm;
}

DocumentPage certificate(const EventFacts& facts, const EventParticipant& person, int number,
                         const DocumentLanguage& lang, const CertificateOptions& options)
{
    const Event& event = facts.event;
    DocumentPage page;
    page.paint.append(paintFrame);
    QList<Line> lines{
        {lang.text(QT_TRANSLATE_NOOP("Document", "CERTIFICATE")), style(34, true, kInk), 5 * kMm},
        {lang.text(QT_TRANSLATE_NOOP("Document", "This is to certify that")), style(14), 4 * kMm},
        {person.name, style(26, true), 1.5 * kMm}};
    if (!person.organisation.simplified().isEmpty())
        lines << Line{person.organisation.simplified(), style(12, false, kGrey), 4 * kMm};
    else
        lines.last().spaceAfter = 5 * kMm;
    const QString tookPart =
        event.kind == EventKind::Training
            ? lang.text(QT_TRANSLATE_NOOP("Document", "took part in the training «%1»")).arg(event.title)
            : lang.text(QT_TRANSLATE_NOOP("Document", "took part in «%1» (%2)"))
                  .arg(event.title, lang.name(event.kind));
    lines << Line{tookPart, style(15), 5 * kMm};

    QList<Signer> signers;
    for (const Trainer& trainer : facts.trainers)
        signers << Signer{trainer.name, lang.text(QT_TRANSLATE_NOOP("Document", "Trainer"))};
    if (!options.signatoryName.trimmed().isEmpty() || !options.signatoryPost.trimmed().isEmpty())
        signers << Signer{options.signatoryName.trimmed(), options.signatoryPost.trimmed()};
    const qreal signaturesTop = addSignatures(page, signers);

    // The details in the room left above the signatures: a smaller type when a long list of topics needs it.
    QStringList details{lang.text(QT_TRANSLATE_NOOP("Document", "Dates: %1")).arg(facts.dates())};
    if (!facts.place().isEmpty())
        details << lang.text(QT_TRANSLATE_NOOP("Document", "Place: %1")).arg(facts.place());
    if (!facts.organiserNames.isEmpty())
        details << lang.text(QT_TRANSLATE_NOOP("Document", "Organisers: %1"))
                       .arg(facts.organiserNames.join(QStringLiteral("; ")));
    if (!facts.topics().isEmpty())
        details << lang.text(QT_TRANSLATE_NOOP("Document", "Topics: %1")).arg(facts.topics());
    const auto detailLines = [&](qreal points) {
        QList<Line> set;
        for (const QString& detail : details)
            set << Line{detail, style(points, false, kGrey, Typeface::Sans), 1.5 * kMm};
        return set;
    };
    const qreal top = 24 * kMm;
    qreal points = 11;
    while (points > 7 && heightOf(lines + detailLines(points)) > signaturesTop - top)
        points -= 0.5;
    lines << detailLines(points);
    // The text a little above the middle of the room it has: the eye puts the middle of a page higher.
    qreal y = top + std::max<qreal>(0, (signaturesTop - top - heightOf(lines)) * 0.4);
    for (const Line& line : lines) {
        const qreal height = textHeight(line.text, line.style, kTextWidth);
        const QRectF rect(kTextLeft, y, kTextWidth, height);
        page.paint.append(
            [line, rect](QPainter& painter) { drawText(painter, line.text, line.style, rect); });
        y += height + line.spaceAfter;
    }
    page.holdsText = true;

    // The date and the certificate's number under the frame's last line of text.
    const QDate issued = options.issued.isValid() ? options.issued : event.lastDay();
    const TextStyle foot{DocumentFonts::font(9), Qt::AlignLeft, kGrey};
    TextStyle right = foot;
    right.alignment = Qt::AlignRight;
    const QRectF footLine(kTextLeft, kPaperHeight - 26 * kMm, kTextWidth, 6 * kMm);
    const QString dated =
        lang.text(QT_TRANSLATE_NOOP("Document", "Date: %1")).arg(DocumentLanguage::date(issued));
    const QString numbered =
        lang.text(QT_TRANSLATE_NOOP("Document", "No. %1"))
            .arg(event.code + QLatin1Char('/') + QStringLiteral("%1").arg(number, 2, 10, QLatin1Char('0')));
    page.paint.append([=](QPainter& painter) {
        drawText(painter, dated, foot, footLine);
        drawText(painter, numbered, right, footLine);
    });
    return page;
}

} // namespace

Result<Document> CertificateDocument::build(Database& db, const QString& eventUuid,
                                            const CertificateOptions& options)
{
    const DocumentLanguage lang(options.language);
    auto facts = readEventFacts(db, eventUuid);
    if (!facts)
        return facts.error();
    Document document;
    document.pageLayout = QPageLayout(QPageSize(QPageSize::A4), QPageLayout::Landscape, QMarginsF(0, 0, 0, 0),
                                      QPageLayout::Millimeter);
    document.title = lang.text(QT_TRANSLATE_NOOP("Document", "Certificates %1")).arg(facts->event.code);
    // Numbered in the order of the list, so that a certificate printed again keeps its number.
    for (int i = 0; i < facts->participants.size(); ++i) {
        const EventParticipant& person = facts->participants[i];
        if (options.participantUuid.isEmpty() || person.meta.uuid == options.participantUuid)
            document.pages << certificate(*facts, person, i + 1, lang, options);
    }
    if (document.pages.isEmpty())
        return Error{
            options.participantUuid.isEmpty()
                ? tr("No one is named on the list of participants of %1, so there is no one to give a "
                     "certificate to. Add the participants by name first.")
                      .arg(facts->event.code)
                : tr("This participant is no longer on the list of %1; it may have been deleted.")
                      .arg(facts->event.code),
            {}};
    return document;
}

Result<void> writeCertificates(Database& db, const QString& eventUuid, const CertificateOptions& options,
                               const QString& path)
{
    auto document = CertificateDocument::build(db, eventUuid, options);
    if (!document)
        return document.error();
    return DocumentWriter::writePdf(*document, path);
}

} // namespace hamkori::report
