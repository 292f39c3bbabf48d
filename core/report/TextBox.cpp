#include "TextBox.h"
#include <QPainter>
#include <QTextLayout>

namespace hamkori::report {

namespace {
qreal layOut(QTextLayout& layout, const QString& text, const TextStyle& style, qreal width)
{
    QString lines = text;
    lines.replace(QLatin1Char('\n'), QChar::LineSeparator);
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
    layOut(layout, text, style, width);
    int end = 0; // where the lines that fit end, in `text` (a line separator stands in for each "\n")
    for (int i = 0; i < layout.lineCount(); ++i) {
        const QTextLine line = layout.lineAt(i);
        if (line.y() + line.height() > maxHeight)
            break;
        end = line.textStart() + line.textLength();
    }
    if (end == 0 && layout.lineCount() > 0) // not even one line fits: take one anyway, or nothing moves on
        end = layout.lineAt(0).textStart() + layout.lineAt(0).textLength();
    QString head = text.left(end);
    QString tail = text.mid(end);
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
