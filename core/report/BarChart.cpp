#include "BarChart.h"
#include "DocumentFonts.h"
#include "TextBox.h"
#include "core/model/Formats.h"
#include <QPainter>
#include <cmath>

namespace hamkori::report {

namespace {
constexpr qreal kGap = 5 * kUnitsPerPoint;
constexpr qreal kTitle = 16 * kUnitsPerPoint;
constexpr qreal kLegend = 16 * kUnitsPerPoint;
} // namespace

namespace {

TextStyle labelStyle()
{
    return {DocumentFonts::font(8), Qt::AlignRight | Qt::AlignVCenter};
}

/// The category's name as it fits its column in two lines at most (a third is shortened).
QString fittedLabel(const QString& name, qreal width)
{
    const TextStyle style = labelStyle();
    // Measured as the layout measures lines (leading included), not from the font's line spacing.
    const qreal twoLines = textHeight(QStringLiteral("X\nX"), style, width) + 1;
    if (textHeight(name, style, width) <= twoLines)
        return name;
    const auto [head, tail] = splitAtHeight(name, style, width, twoLines);
    return tail.isEmpty() ? head : head.chopped(std::min(head.size(), qsizetype(2))) + QChar(0x2026);
}
} // namespace

qreal BarChart::barThickness() const
{
    return barPoints * kUnitsPerPoint;
}

qreal BarChart::titleHeight() const
{
    return title.isEmpty() ? 0 : kTitle;
}

qreal BarChart::rowHeight(int category, qreal width) const
{
    const qreal label = textHeight(fittedLabel(categories.value(category), width * labelShare), labelStyle(),
                                   width * labelShare);
    return std::max(series.size() * barThickness(), label) + kGap;
}

qreal BarChart::height(qreal width) const
{
    qreal rows = 0;
    for (int c = 0; c < categories.size(); ++c)
        rows += rowHeight(c, width);
    return titleHeight() + rows + (series.size() > 1 ? kLegend : 0) + kGap;
}

void BarChart::paint(QPainter& painter, const QRectF& rect) const
{
    const TextStyle titleStyle{DocumentFonts::font(9.5, true)};
    const TextStyle label = labelStyle();
    const QLocale locale = Formats::localeOf(language);
    const TextStyle value{DocumentFonts::font(8), Qt::AlignLeft | Qt::AlignVCenter};
    drawText(painter, title, titleStyle, QRectF(rect.left(), rect.top(), rect.width(), kTitle));

    double maximum = 0;
    for (const BarSeries& s : series)
        for (double v : s.values)
            maximum = std::max(maximum, v);
    const qreal labelWidth = rect.width() * labelShare;
    const qreal barLeft = rect.left() + labelWidth + 6 * kUnitsPerPoint;
    const qreal barSpace = rect.right() - barLeft - 50 * kUnitsPerPoint;
    qreal y = rect.top() + titleHeight();
    for (int c = 0; c < categories.size(); ++c) {
        const qreal height = rowHeight(c, rect.width());
        const QRectF labelRect(rect.left(), y, labelWidth, height - kGap);
        drawText(painter, fittedLabel(categories[c], labelWidth), label, labelRect);
        const qreal barsTop = y + (height - kGap - series.size() * barThickness()) / 2;
        for (int s = 0; s < series.size(); ++s) {
            const double v = series[s].values.value(c);
            const qreal length = maximum > 0 ? barSpace * v / maximum : 0;
            const QRectF bar(barLeft, barsTop + s * barThickness() + barThickness() * 0.1, length,
                             barThickness() * 0.8);
            painter.fillRect(bar, series[s].color);
            drawText(painter, locale.toString(v, 'f', v == std::floor(v) ? 0 : 2), value,
                     QRectF(bar.right() + 3 * kUnitsPerPoint, bar.top() - barThickness() * 0.1,
                            60 * kUnitsPerPoint, barThickness()));
        }
        y += height;
    }
    // The axis the bars grow from.
    QPen axis(Qt::black);
    axis.setWidthF(0.6 * kUnitsPerPoint);
    painter.setPen(axis);
    painter.drawLine(QPointF(barLeft, rect.top() + titleHeight() - 2 * kUnitsPerPoint),
                     QPointF(barLeft, y - kGap / 2));
    if (series.size() > 1) {
        qreal x = barLeft;
        for (const BarSeries& s : series) {
            const QRectF swatch(x, y + 4 * kUnitsPerPoint, 8 * kUnitsPerPoint, 8 * kUnitsPerPoint);
            painter.fillRect(swatch, s.color);
            const qreal w = QFontMetricsF(value.font).horizontalAdvance(s.name) + 4 * kUnitsPerPoint;
            drawText(painter, s.name, value,
                     QRectF(swatch.right() + 3 * kUnitsPerPoint, swatch.top() - 2 * kUnitsPerPoint, w,
                            12 * kUnitsPerPoint));
            x = swatch.right() + w + 14 * kUnitsPerPoint;
        }
    }
}

} // namespace hamkori::report
