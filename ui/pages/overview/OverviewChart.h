#pragma once
// The overview's chart of stacked bars (parts per category), with a tooltip on every bar and a short text in
// the middle when there is nothing to draw. (Bars with long names are NamedBarChart: Qt Charts cuts long axis
// labels.)
#include <QChartView>
#include <QColor>
#include <QList>
#include <QStringList>

class QBarSet;
class QGraphicsSimpleTextItem;

namespace hamkori {

class OverviewChart : public QChartView
{
    Q_OBJECT
public:
    struct Part
    {
        QString name;
        QColor color;
        QList<int> values; // one per category
    };

    explicit OverviewChart(QWidget* parent = nullptr);

    /// Vertical stacked bars: one bar per category, one segment per part, with a legend. `shortCategories`
    /// (as many as `categories`) replace the categories when those do not fit under the bars.
    void showStacked(const QString& title, const QStringList& categories, const QStringList& shortCategories,
                     const QList<Part>& parts, const QString& emptyText);

protected:
    void resizeEvent(QResizeEvent* event) override;

private:
    void clear(const QString& title);
    void watchHover(QBarSet* set, const QStringList& categories);
    void setEmptyText(const QString& text);
    void placeEmptyText();
    void fitTitle();

    QGraphicsSimpleTextItem* m_emptyText;
    QString m_title;
};

} // namespace hamkori
