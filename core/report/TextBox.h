#pragma once
// Wrapped text: how tall it is at a width, and painting it in a rectangle. Long words break anywhere rather
// than run out of their cell; "\n" starts a new line.
#include <QColor>
#include <QFont>
#include <QRectF>
#include <QString>
#include <utility>

class QPainter;

namespace hamkori::report {

struct TextStyle
{
    QFont font;
    Qt::Alignment alignment = Qt::AlignLeft;
    QColor color = Qt::black;
};

qreal textHeight(const QString& text, const TextStyle& style, qreal width);
/// Splits the text after its last whole line that ends within `maxHeight` (at least one line): what fits,
/// and the rest.
std::pair<QString, QString> splitAtHeight(const QString& text, const TextStyle& style, qreal width,
                                          qreal maxHeight);
void drawText(QPainter& painter, const QString& text, const TextStyle& style, const QRectF& rect);

} // namespace hamkori::report
