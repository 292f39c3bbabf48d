#include "TextBox.h"
#include <QFontMetricsF>
#include <QPainter>
#include <QTextLayout>

namespace hamkori::report {

namespace {

constexpr QChar kSoftHyphen(0x00AD);

/// A word wider than the column ("Иҷрокунандагон" in a narrow header) would be cut anywhere with nothing to
/// show it goes on: it gets a soft hyphen between its letters, so it breaks with a visible hyphen. Other
/// words are left alone.
QString hyphenateLongWords(const QString& text, const QFont& font, qreal width)
{
    const QFontMetricsF metrics(font);
    QString result;
    result.reserve(text.size());
    qsizetype start = 0;
    const auto flush = [&](qsizetype end) {
        const QString word = text.mid(start, end - start);
        if (word.size() > 3 && metrics.horizontalAdvance(word) > width) {
            for (qsizetype i = 0; i < word.size(); ++i) {
                result += word.at(i);
                // Never leave a single letter alone on either side, and never split a surrogate pair.
                if (i >= 1 && i < word.size() - 2 && word.at(i).isLetter() && word.at(i + 1).isLetter())
                    result += kSoftHyphen;
            }
        } else {
            result += word;
        }
    };
    for (qsizetype i = 0; i < text.size(); ++i) {
        if (text.at(i).isSpace()) {
            flush(i);
            result += text.at(i);
            start = i + 1;
        }
    }
    flush(text.size());
    return result;
}

QString withoutSoftHyphens(QString text)
{
    return text.remove(kSoftHyphen);
}

/// Lays the text out; `laidOut` gets the text as laid out (soft hyphens in, line separators for "\n").
qreal layOut(QTextLayout& layout, const QString& text, const TextStyle& style, qreal width,
             QString* laidOut = nullptr)
{
    QString lines = hyphenateLongWords(text, style.font, width);
    lines.replace(QLatin1Char('\n'), QChar::LineSeparator);
    if (laidOut)
        *laidOut = lines;
    layout.setText(lines);
    layout.setFont(style.font);
    QTextOption option(style.alignment & Qt::AlignHorizontal_Mask);
    option.setWrapMode(QTextOption::WrapAtWordBoundaryOrAnywhere);
    layout.setTextOption(option);
    layout.setCacheEnabled(true);
    qreal y = 0;
    layout.beginLayout();
    for (QTextLine line = layout.createLine(); line.isValid(); line = layout.createLine()) {
        line.setLeadingIncluded(true);
        line.setLineWidth(width);
        line.setPosition(QPointF(0, y));
        y += line.height();
    }
    layout.endLayout();
    return y;
}
} // namespace

qreal textHeight(const QString& text, const TextStyle& style, qreal width)
{
    if (text.isEmpty())
        return 0;
    QTextLayout layout;
    return layOut(layout, text, style, width);
}

std::pair<QString, QString> splitAtHeight(const QString& text, const TextStyle& style, qreal width,
                                          qreal maxHeight)
{
    QTextLayout layout;
    QString laidOut;
    layOut(layout, text, style, width, &laidOut);
    int end = 0; // where the lines that fit end, in `laidOut` (a line separator stands in for each "\n")
    for (int i = 0; i < layout.lineCount(); ++i) {
        const QTextLine line = layout.lineAt(i);
        if (line.y() + line.height() > maxHeight)
            break;
        end = line.textStart() + line.textLength();
    }
    if (end == 0 && layout.lineCount() > 0) // not even one line fits: take one anyway, or nothing moves on
        end = layout.lineAt(0).textStart() + layout.lineAt(0).textLength();
    laidOut.replace(QChar::LineSeparator, QLatin1Char('\n'));
    QString head = withoutSoftHyphens(laidOut.left(end));
    QString tail = withoutSoftHyphens(laidOut.mid(end));
    while (head.endsWith(QLatin1Char('\n')) || head.endsWith(QLatin1Char(' ')))
        head.chop(1);
    while (tail.startsWith(QLatin1Char('\n')))
        tail.remove(0, 1);
    return {head, tail};
}

void drawText(QPainter& painter, const QString& text, const TextStyle& style, const QRectF& rect)
{
    if (text.isEmpty())
        return;
    QTextLayout layout;
    const qreal height = layOut(layout, text, style, rect.width());
    qreal top = rect.top();
    if (style.alignment & Qt::AlignVCenter)
        top += (rect.height() - height) / 2;
    else if (style.alignment & Qt::AlignBottom)
        top += rect.height() - height;
    painter.setPen(style.color);
    layout.draw(&painter, QPointF(rect.left(), top));
}

} // namespace hamkori::report
