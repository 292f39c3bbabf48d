#include "RestrictedMark.h"
#include "PaintedIcon.h"
#include <QPainter>
#include <QPainterPath>
#include <algorithm>

namespace hamkori {

namespace {

const QColor kBadgeColour(0xb0, 0x00, 0x20);

} // namespace

QIcon RestrictedMark::icon()
{
    // Painted at the size asked for instead of scaling one bitmap, which blurs at 16 px.
    static const QIcon padlock = paintedIcon(
        QStringLiteral("hamkori-padlock"), [](QPainter& painter, const QRectF& rect, QIcon::Mode mode) {
            RestrictedMark::paint(painter, rect,
                                  mode == QIcon::Disabled ? QColor(0x9e, 0x9e, 0x9e)
                                                          : RestrictedMark::defaultColour());
        });
    return padlock;
}

QPixmap RestrictedMark::pixmap(int extent, qreal devicePixelRatio)
{
    QPixmap result(QSize(extent, extent) * devicePixelRatio);
    result.fill(Qt::transparent);
    result.setDevicePixelRatio(devicePixelRatio);
    QPainter painter(&result);
    paint(painter, QRectF(0, 0, extent, extent));
    return result;
}

QColor RestrictedMark::defaultColour()
{
    return QColor(0x8a, 0x5a, 0x00);
}

void RestrictedMark::paint(QPainter& painter, const QRectF& rect, const QColor& colour)
{
    // Designed on a 16-unit grid so that the strokes fall on whole pixels at 16, 32 and 48 px.
    const qreal side = std::min(rect.width(), rect.height());
    const qreal u = side / 16.0;
    const QPointF origin = rect.center() - QPointF(side / 2, side / 2);
    auto at = [&](qreal x, qreal y) { return origin + QPointF(x * u, y * u); };

    painter.save();
    painter.setRenderHint(QPainter::Antialiasing);
    // The shackle: half a ring over two short legs.
    painter.setPen(QPen(colour, 2 * u, Qt::SolidLine, Qt::FlatCap));
    painter.setBrush(Qt::NoBrush);
    QPainterPath shackle(at(5, 8));
    shackle.lineTo(at(5, 5));
    shackle.arcTo(QRectF(at(5, 2), at(11, 8)), 180, -180);
    shackle.lineTo(at(11, 8));
    painter.drawPath(shackle);
    // The body with a keyhole cut out, so that it reads on any background.
    QPainterPath body;
    body.addRoundedRect(QRectF(at(2, 7), at(14, 15)), 1.5 * u, 1.5 * u);
    QPainterPath keyhole;
    keyhole.addEllipse(at(8, 10.5), 1.5 * u, 1.5 * u);
    keyhole.addRect(QRectF(at(7.25, 11), at(8.75, 13.5)));
    painter.setPen(Qt::NoPen);
    painter.setBrush(colour);
    painter.drawPath(body.subtracted(keyhole));
    painter.restore();
}

QString RestrictedMark::text()
{
    return tr("Restricted");
}

QString RestrictedMark::toolTip()
{
    return tr("Restricted: left out of exports and printouts unless asked for");
}

RestrictedBadge::RestrictedBadge(QWidget* parent) : QLabel(parent)
{
    QFont bold = font();
    bold.setBold(true);
    setFont(bold);
    setSizePolicy(QSizePolicy::Fixed, QSizePolicy::Fixed);
}

int RestrictedBadge::iconExtent() const
{
    return fontMetrics().height();
}

QSize RestrictedBadge::sizeHint() const
{
    const QFontMetrics metrics = fontMetrics();
    // padding 6 | icon | 4 | text | 6, and 2 above and below
    return QSize(6 + iconExtent() + 4 + metrics.horizontalAdvance(text()) + 6, metrics.height() + 4);
}

QSize RestrictedBadge::minimumSizeHint() const
{
    return sizeHint();
}

void RestrictedBadge::paintEvent(QPaintEvent*)
{
    QPainter painter(this);
    painter.setRenderHint(QPainter::Antialiasing);
    const QRectF box(rect());
    painter.setPen(Qt::NoPen);
    painter.setBrush(kBadgeColour);
    painter.drawRoundedRect(box, 3, 3);
    const int extent = iconExtent();
    const QRectF iconRect(6, (height() - extent) / 2.0, extent, extent);
    RestrictedMark::paint(painter, iconRect.adjusted(1, 1, -1, -1), Qt::white);
    painter.setPen(Qt::white);
    painter.setFont(font());
    painter.drawText(QRectF(iconRect.right() + 4, 0, width() - iconRect.right() - 4, height()),
                     Qt::AlignLeft | Qt::AlignVCenter, text());
}

} // namespace hamkori
