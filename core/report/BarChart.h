#pragma once
// A horizontal bar chart painted straight into a document (Qt Charts needs Widgets, which core never uses):
// one row per category, one bar per series, the value written after each bar, a legend when there are
// several series.
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

    /// The height, in document units, the chart needs.
    qreal height() const;
    void paint(QPainter& painter, const QRectF& rect) const;
};

} // namespace hamkori::report
