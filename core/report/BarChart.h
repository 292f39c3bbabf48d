#pragma once
// A horizontal bar chart painted straight into a document (Qt Charts needs Widgets, which core never uses):
// one row per category, one bar per series, the value written after each bar (thousands grouped), a legend
// when there are several series. A long category name wraps onto a second line rather than being cut.
#include <QColor>
#include <QList>
#include <QRectF>
#include <QStringList>

class QPainter;

namespace hamkori::report {

struct BarSeries
{
    QString name;
    QList<double> values; // one per category
    QColor color;
};

struct BarChart
{
    QString title;
    QStringList categories;
    QList<BarSeries> series;
    QString language = QStringLiteral("en"); // how the values are written: "1 250" in Tajik and Russian

    /// The height, in document units, the chart needs at this width.
    qreal height(qreal width) const;
    void paint(QPainter& painter, const QRectF& rect) const;

private:
    qreal rowHeight(int category, qreal width) const;
};

} // namespace hamkori::report
