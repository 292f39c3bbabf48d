#include "PaintedIcon.h"
#include <QIconEngine>
#include <QPainter>
#include <algorithm>

namespace hamkori {

namespace {

class PaintedIconEngine : public QIconEngine
{
public:
    PaintedIconEngine(QString key, IconPainter paint) : m_key(std::move(key)), m_paint(std::move(paint)) {}

    void paint(QPainter* painter, const QRect& rect, QIcon::Mode mode, QIcon::State) override
    {
        const int side = std::min(rect.width(), rect.height());
        const QRectF square(rect.x() + (rect.width() - side) / 2.0, rect.y() + (rect.height() - side) / 2.0,
                            side, side);
        painter->save();
        painter->setRenderHint(QPainter::Antialiasing);
        m_paint(*painter, square, mode);
        painter->restore();
    }
    // Always square: views that draw the pixmap into the size they asked for must not stretch the picture.
    QSize actualSize(const QSize& size, QIcon::Mode, QIcon::State) override
    {
        const int side = std::min(size.width(), size.height());
        return QSize(side, side);
    }
    QPixmap pixmap(const QSize& size, QIcon::Mode mode, QIcon::State state) override
    {
        QPixmap result(size);
        result.fill(Qt::transparent);
        QPainter painter(&result);
        paint(&painter, QRect(QPoint(0, 0), size), mode, state);
        return result;
    }
    QPixmap scaledPixmap(const QSize& size, QIcon::Mode mode, QIcon::State state, qreal scale) override
    {
        QPixmap result = pixmap(size * scale, mode, state);
        result.setDevicePixelRatio(scale);
        return result;
    }
    QIconEngine* clone() const override { return new PaintedIconEngine(m_key, m_paint); }
    QString key() const override { return m_key; }

private:
    QString m_key;
    IconPainter m_paint;
};

} // namespace

QIcon paintedIcon(const QString& key, IconPainter paint)
{
    return QIcon(new PaintedIconEngine(key, std::move(paint)));
}

} // namespace hamkori
