#include "Document.h"
#include "DocumentFonts.h"
#include <QPagedPaintDevice>
#include <QPainter>

namespace hamkori::report {

bool Document::paint(QPagedPaintDevice& device) const
{
    QPainter painter;
    if (!painter.begin(&device))
        return false;
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setRenderHint(QPainter::TextAntialiasing);
    const qreal scaleX = device.logicalDpiX() / qreal(kUnitsPerInch);
    const qreal scaleY = device.logicalDpiY() / qreal(kUnitsPerInch);
    for (int i = 0; i < pages.size(); ++i) {
        if (i > 0 && !device.newPage())
            return false;
        painter.save();
        painter.scale(scaleX, scaleY);
        for (const auto& step : pages[i].paint)
            step(painter);
        painter.restore();
    }
    return painter.end();
}

} // namespace hamkori::report
