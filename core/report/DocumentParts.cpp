#include "DocumentParts.h"
#include "DocumentFonts.h"
#include <QFontMetricsF>
#include <QPainter>

namespace hamkori::report {

namespace style {
TextStyle title()
{
    return {DocumentFonts::font(14, true), Qt::AlignHCenter};
}
TextStyle subtitle()
{
    return {DocumentFonts::font(11, true), Qt::AlignHCenter};
}
TextStyle centred()
{
    return {DocumentFonts::font(10), Qt::AlignHCenter};
}
TextStyle heading()
{
    return {DocumentFonts::font(11, true), Qt::AlignLeft};
}
TextStyle body()
{
    return {DocumentFonts::font(10), Qt::AlignLeft};
}
TextStyle small()
{
    return {DocumentFonts::font(8), Qt::AlignLeft, QColor(60, 60, 60)};
}
} // namespace style

namespace {
constexpr qreal kPt = kUnitsPerPoint;
}

QString periodText(const DocumentLanguage& lang, QDate from, QDate to)
{
    QString text = DocumentLanguage::date(from) + QStringLiteral(" – ") + DocumentLanguage::date(to);
    if (from.isValid() && to.isValid())
        text += QStringLiteral(" (") + lang.monthYear(from) + QStringLiteral(" – ") + lang.monthYear(to) +
                QLatin1Char(')');
    return text;
}

void addApproval(PageComposer& pages, const DocumentLanguage& lang, const QString& post, const QString& name)
{
    const qreal blockWidth = std::min(pages.width() * 0.48, 270 * kPt);
    const TextStyle bold{DocumentFonts::font(11, true)};
    const TextStyle body = style::body();
    const TextStyle caption = style::small();
    const QString approved = lang.text(QT_TRANSLATE_NOOP("Document", "APPROVED"));
    const QString signLine = QStringLiteral("_____________ ") + name;
    const QString dateLine = QStringLiteral("«____» ____________ 20____");
    const qreal height =
        textHeight(approved, bold, blockWidth) + 4 * kPt + textHeight(post, body, blockWidth) + 22 * kPt +
        textHeight(signLine, body, blockWidth) + 10 * kPt + textHeight(dateLine, body, blockWidth) + 14 * kPt;
    pages.addBlock(height, [=](QPainter& painter, const QRectF& area) {
        qreal x = area.right() - blockWidth, y = area.top();
        auto put = [&](const QString& text, const TextStyle& s, qreal after) {
            const qreal h = textHeight(text, s, blockWidth);
            drawText(painter, text, s, QRectF(x, y, blockWidth, h));
            y += h + after;
        };
        put(approved, bold, 4 * kPt);
        put(post, body, 22 * kPt);
        put(signLine, body, 0);
        put(lang.text(QT_TRANSLATE_NOOP("Document", "(signature)")), caption, 6 * kPt);
        put(dateLine, body, 0);
    });
}

void addFields(PageComposer& pages, const QList<std::pair<QString, QString>>& fields)
{
    const TextStyle label{DocumentFonts::font(10, true)};
    const TextStyle value = style::body();
    qreal labelWidth = 0;
    for (const auto& field : fields)
        labelWidth = std::max(labelWidth, QFontMetricsF(label.font).horizontalAdvance(field.first));
    labelWidth = std::min(labelWidth + 8 * kPt, pages.width() * 0.45);
    for (const auto& [name, text] : fields) {
        const qreal valueWidth = pages.width() - labelWidth;
        const qreal height =
            std::max(textHeight(name, label, labelWidth - 6 * kPt), textHeight(text, value, valueWidth));
        pages.addBlock(height + 3 * kPt, [=](QPainter& painter, const QRectF& area) {
            drawText(painter, name, label, QRectF(area.left(), area.top(), labelWidth - 6 * kPt, height));
            drawText(painter, text, value, QRectF(area.left() + labelWidth, area.top(), valueWidth, height));
        });
    }
}

void addSignatures(PageComposer& pages, const DocumentLanguage& lang, const QStringList& roles,
                   const QStringList& names)
{
    const TextStyle body = style::body();
    TextStyle caption = style::small();
    caption.alignment = Qt::AlignHCenter;
    const QString signature = lang.text(QT_TRANSLATE_NOOP("Document", "(signature)"));
    const QString fullName = lang.text(QT_TRANSLATE_NOOP("Document", "(full name)"));
    const qreal roleWidth = pages.width() * 0.42;
    const qreal gap = pages.width() * 0.04;
    const qreal signWidth = pages.width() * 0.22;
    const qreal nameWidth = pages.width() - roleWidth - signWidth - 2 * gap;
    for (int i = 0; i < roles.size(); ++i) {
        const QString role = roles[i];
        const QString name = names.value(i);
        const qreal roleHeight = textHeight(role, body, roleWidth);
        const qreal height = std::max(roleHeight, 24 * kPt) + 16 * kPt;
        pages.addBlock(height, [=](QPainter& painter, const QRectF& area) {
            const qreal lineY = area.top() + std::max(roleHeight, 24 * kPt) - 4 * kPt;
            drawText(painter, role, body,
                     QRectF(area.left(), lineY - roleHeight + 3 * kPt, roleWidth, roleHeight));
            QPen pen(Qt::black);
            pen.setWidthF(0.6 * kPt);
            painter.setPen(pen);
            const qreal signLeft = area.left() + roleWidth + gap;
            const qreal nameLeft = signLeft + signWidth + gap;
            painter.drawLine(QPointF(signLeft, lineY), QPointF(signLeft + signWidth, lineY));
            painter.setPen(pen);
            painter.drawLine(QPointF(nameLeft, lineY), QPointF(nameLeft + nameWidth, lineY));
            TextStyle filled = body;
            filled.alignment = Qt::AlignHCenter;
            drawText(painter, name, filled, QRectF(nameLeft, lineY - 14 * kPt, nameWidth, 13 * kPt));
            drawText(painter, signature, caption, QRectF(signLeft, lineY + 1 * kPt, signWidth, 11 * kPt));
            drawText(painter, fullName, caption, QRectF(nameLeft, lineY + 1 * kPt, nameWidth, 11 * kPt));
        });
    }
}

Footer footer(const DocumentLanguage& lang, const QString& left, bool includesRestricted)
{
    Footer footer;
    footer.left = left;
    footer.pageOf = lang.text(QT_TRANSLATE_NOOP("Document", "Page %1 of %2"));
    if (includesRestricted)
        footer.note = lang.text(QT_TRANSLATE_NOOP(
            "Document",
            "Includes restricted details: keep this document safe and do not share it beyond those "
            "who must act on it."));
    return footer;
}

Table sexAgeTable(const DocumentLanguage& lang, const SexAgeCounts& counts)
{
    Table table;
    table.columns << TableColumn{QString(), 1.4};
    for (const auto& entry : EnumTraits<AgeBand>::entries())
        table.columns << TableColumn{lang.name(entry.value), 1, Qt::AlignRight};
    table.columns << TableColumn{lang.text(QT_TRANSLATE_NOOP("Document", "Total")), 1, Qt::AlignRight};
    for (Sex sex : {Sex::Female, Sex::Male}) {
        QStringList row{sex == Sex::Female ? lang.text(QT_TRANSLATE_NOOP("Document", "Women"))
                                           : lang.text(QT_TRANSLATE_NOOP("Document", "Men"))};
        for (const auto& entry : EnumTraits<AgeBand>::entries())
            row << lang.number(counts.at(sex, entry.value));
        row << lang.number(counts.total(sex));
        table.rows << row;
    }
    QStringList total{lang.text(QT_TRANSLATE_NOOP("Document", "Total"))};
    for (const auto& entry : EnumTraits<AgeBand>::entries())
        total << lang.number(counts.total(entry.value));
    total << lang.number(counts.total());
    table.rows << total;
    table.boldRows.insert(2);
    return table;
}

} // namespace hamkori::report
