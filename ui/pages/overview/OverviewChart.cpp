#include "OverviewChart.h"
#include <QBarCategoryAxis>
#include <QBarSet>
#include <QChart>
#include <QCursor>
#include <QGraphicsSimpleTextItem>
#include <QLegend>
#include <QLocale>
#include <QStackedBarSeries>
#include <QToolTip>
#include <QValueAxis>
#include <algorithm>

namespace hamkori {

namespace {

// A value axis from 0 with whole-number ticks.
QValueAxis* countAxis(int maximum)
{
    auto* axis = new QValueAxis;
    int top = std::max(1, maximum);
    int step = 1;
    for (const int candidate : {1,   2,    5,    10,   20,   25,    50,    100,   200,   250,
                                500, 1000, 2000, 2500, 5000, 10000, 20000, 25000, 50000, 100000})
        if (candidate * 5 >= top) {
            step = candidate;
            break;
        }
    if (step * 5 < top) // beyond the table
        step = (top + 4) / 5;
    top = (top + step - 1) / step * step;
    axis->setRange(0, top);
    axis->setTickCount(top / step + 1);
    axis->setLabelFormat(QStringLiteral("%.0f"));
    return axis;
}

} // namespace

OverviewChart::OverviewChart(QWidget* parent) : QChartView(parent), m_emptyText(nullptr)
{
    setRenderHint(QPainter::Antialiasing);
    setMinimumSize(220, 160);
    QChart* c = chart();
    c->setAnimationOptions(QChart::NoAnimation);
    c->setLocalizeNumbers(true);
    c->setMargins(QMargins(4, 2, 4, 2));
    c->setBackgroundRoundness(0);
    QFont titleFont = c->titleFont();
    titleFont.setBold(true);
    titleFont.setPointSizeF(font().pointSizeF());
    c->setTitleFont(titleFont);
    m_emptyText = new QGraphicsSimpleTextItem(c);
    m_emptyText->setBrush(palette().color(QPalette::PlaceholderText));
    m_emptyText->setZValue(10);
    m_emptyText->hide();
    connect(c, &QChart::plotAreaChanged, this, &OverviewChart::placeEmptyText);
}

void OverviewChart::clear(const QString& title)
{
    QChart* c = chart();
    c->removeAllSeries();
    for (QAbstractAxis* axis : c->axes()) {
        // Hidden first: a removed axis's labels stay in the scene until the event loop deletes them, and a
        // chart filled twice before that (the first showing, a language change) drew them twice.
        axis->hide();
        c->removeAxis(axis);
        delete axis;
    }
    m_title = title;
    fitTitle();
    c->setLocale(QLocale());
}

void OverviewChart::watchHover(QBarSet* set, const QStringList& categories)
{
    connect(set, &QBarSet::hovered, this, [this, set, categories](bool on, int index) {
        if (!on || index < 0 || index >= categories.size()) {
            QToolTip::hideText();
            return;
        }
        QToolTip::showText(QCursor::pos(),
                           QStringLiteral("%1\n%2: %3")
                               .arg(categories[index], set->label(), QLocale().toString(int(set->at(index)))),
                           this);
    });
}

void OverviewChart::showStacked(const QString& title, const QStringList& categories,
                                const QStringList& shortCategories, const QList<Part>& parts,
                                const QString& emptyText)
{
    clear(title);
    QChart* c = chart();
    auto* series = new QStackedBarSeries;
    series->setBarWidth(0.6);
    QList<int> totals(categories.size(), 0);
    for (const Part& part : parts) {
        auto* set = new QBarSet(part.name);
        set->setColor(part.color);
        set->setBorderColor(part.color.darker(115));
        for (qsizetype i = 0; i < categories.size(); ++i) {
            set->append(part.values.value(i));
            totals[i] += part.values.value(i);
        }
        series->append(set);
        watchHover(set, categories);
    }
    c->addSeries(series);
    auto* categoryAxis = new QBarCategoryAxis;
    categoryAxis->append(categories);
    categoryAxis->setGridLineVisible(false);
    if (shortCategories.size() == categories.size())
        // The chart measures its labels while it lays itself out: the short names follow once that is done.
        connect(
            categoryAxis, &QAbstractAxis::labelsTruncatedChanged, categoryAxis,
            [categoryAxis, shortCategories](bool truncated) {
                if (truncated && categoryAxis->categories() != shortCategories)
                    categoryAxis->setCategories(shortCategories);
            },
            Qt::QueuedConnection);
    c->addAxis(categoryAxis, Qt::AlignBottom);
    series->attachAxis(categoryAxis);
    const int maximum = totals.isEmpty() ? 0 : *std::max_element(totals.cbegin(), totals.cend());
    QValueAxis* valueAxis = countAxis(maximum);
    c->addAxis(valueAxis, Qt::AlignLeft);
    series->attachAxis(valueAxis);

    QLegend* legend = c->legend();
    legend->show();
    legend->setAlignment(Qt::AlignRight);
    legend->setMarkerShape(QLegend::MarkerShapeRectangle);
    QFont small = font();
    small.setPointSizeF(font().pointSizeF() * 0.8);
    legend->setFont(small);
    categoryAxis->setLabelsFont(small);
    valueAxis->setLabelsFont(small);
    setEmptyText(maximum == 0 ? emptyText : QString());
}

void OverviewChart::setEmptyText(const QString& text)
{
    m_emptyText->setText(text);
    m_emptyText->setVisible(!text.isEmpty());
    placeEmptyText();
}

void OverviewChart::placeEmptyText()
{
    if (!m_emptyText->isVisible())
        return;
    const QRectF area = chart()->plotArea();
    const QRectF box = m_emptyText->boundingRect();
    m_emptyText->setPos(area.center() - QPointF(box.width() / 2, box.height() / 2));
}

void OverviewChart::fitTitle()
{
    // A title wider than the chart (Tajik and Russian ones often are) takes two lines instead of being cut.
    const QFontMetrics metrics(chart()->titleFont());
    QString shown = m_title;
    const qsizetype middle = m_title.size() / 2;
    const qsizetype before = m_title.lastIndexOf(QLatin1Char(' '), middle);
    const qsizetype after = m_title.indexOf(QLatin1Char(' '), middle);
    const qsizetype cut = before < 0                                       ? after
                          : after < 0 || middle - before <= after - middle ? before
                                                                           : after;
    if (metrics.horizontalAdvance(m_title) > width() - 24 && cut > 0)
        shown =
            m_title.left(cut).toHtmlEscaped() + QStringLiteral("<br>") + m_title.mid(cut + 1).toHtmlEscaped();
    if (chart()->title() != shown)
        chart()->setTitle(shown);
}

void OverviewChart::resizeEvent(QResizeEvent* event)
{
    QChartView::resizeEvent(event);
    fitTitle();
    placeEmptyText();
}

} // namespace hamkori
