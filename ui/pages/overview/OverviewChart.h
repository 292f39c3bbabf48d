#pragma once
// One chart of the overview: labelled bars (one value per category) or stacked bars (parts per category),
// with a tooltip on every bar and a short text in the middle when there is nothing to draw.
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

    /// Horizontal bars, the first category at the top, each labelled with its value. `setName` names the
    /// bar set ("Concerns") for tooltips.
    void showBars(const QString& title, const QString& setName, const QStringList& categories,
                  const QList<int>& values, const QColor& color, const QString& emptyText);
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
