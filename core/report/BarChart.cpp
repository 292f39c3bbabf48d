#include "BarChart.h"
#include "DocumentFonts.h"
#include "TextBox.h"
#include <QPainter>
#include <cmath>

namespace hamkori::report {

namespace {
constexpr qreal kBar = 9 * kUnitsPerPoint;
constexpr qreal kGap = 5 * kUnitsPerPoint;
constexpr qreal kTitle = 16 * kUnitsPerPoint;
constexpr qreal kLegend = 16 * kUnitsPerPoint;
} // namespace

qreal BarChart::height() const
{
    const qreal rows = categories.size() * (series.size() * kBar + kGap);
    return kTitle + rows + (series.size() > 1 ? kLegend : 0) + kGap;
}

void BarChart::paint(QPainter& painter, const QRectF& rect) const
{
    const TextStyle titleStyle{DocumentFonts::font(9.5, true)};
    const TextStyle label{DocumentFonts::font(8), Qt::AlignRight | Qt::AlignVCenter};
    const TextStyle value{DocumentFonts::font(8), Qt::AlignLeft | Qt::AlignVCenter};
    drawText(painter, title, titleStyle, QRectF(rect.left(), rect.top(), rect.width(), kTitle));

    double maximum = 0;
    for (const BarSeries& s : series)
        for (double v : s.values)
            maximum = std::max(maximum, v);
    const qreal labelWidth = rect.width() * 0.32;
    const qreal barLeft = rect.left() + labelWidth + 6 * kUnitsPerPoint;
    const qreal barSpace = rect.right() - barLeft - 50 * kUnitsPerPoint;
    qreal y = rect.top() + kTitle;
    const qreal rowHeight = series.size() * kBar + kGap;
    for (int c = 0; c < categories.size(); ++c) {
        const QRectF labelRect(rect.left(), y, labelWidth, series.size() * kBar);
        // One line: a long category name is shortened rather than running into the bars.
        const QString text =
            QFontMetricsF(label.font).elidedText(categories[c], Qt::ElideRight, labelRect.width());
        drawText(painter, text, label, labelRect);
        for (int s = 0; s < series.size(); ++s) {
            const double v = series[s].values.value(c);
            const qreal length = maximum > 0 ? barSpace * v / maximum : 0;
            const QRectF bar(barLeft, y + s * kBar + kBar * 0.1, length, kBar * 0.8);
            painter.fillRect(bar, series[s].color);
            drawText(
                painter, QString::number(v, 'f', v == std::floor(v) ? 0 : 2), value,
                QRectF(bar.right() + 3 * kUnitsPerPoint, bar.top() - kBar * 0.1, 60 * kUnitsPerPoint, kBar));
        }
        y += rowHeight;
    }
    // The axis the bars grow from.
    QPen axis(Qt::black);
    axis.setWidthF(0.6 * kUnitsPerPoint);
    painter.setPen(axis);
    painter.drawLine(QPointF(barLeft, rect.top() + kTitle - 2 * kUnitsPerPoint),
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
