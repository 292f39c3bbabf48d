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
    QString title; // none: no line is kept for it
    QStringList categories;
    QList<BarSeries> series;
    QString language = QStringLiteral("en"); // how the values are written: "1 250" in Tajik and Russian
    /// The share of the width the category names take: wider names on one line make a shorter chart.
    qreal labelShare = 0.34;
    /// The thickness of one series' bar, in points.
    qreal barPoints = 9;

    /// The height, in document units, the chart needs at this width.
    qreal height(qreal width) const;
    void paint(QPainter& painter, const QRectF& rect) const;

private:
    qreal rowHeight(int category, qreal width) const;
    qreal barThickness() const;
    qreal titleHeight() const;
};

} // namespace hamkori::report
