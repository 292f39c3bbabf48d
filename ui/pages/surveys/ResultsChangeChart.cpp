#include "ResultsChangeChart.h"
#include <QBarCategoryAxis>
#include <QBarSet>
#include <QChart>
#include <QHorizontalBarSeries>
#include <QLegend>
#include <QLocale>
#include <QValueAxis>
#include <algorithm>

namespace hamkori {

namespace {
const QColor kBaselineColour(0x9e, 0x9e, 0x9e);
const QColor kEndlineColour(0x2e, 0x6d, 0xa4);
} // namespace

ResultsChangeChart::ResultsChangeChart(QWidget* parent) : QChartView(parent)
{
    setRenderHint(QPainter::Antialiasing);
    setMinimumSize(300, 300);
    QChart* c = chart();
    c->setAnimationOptions(QChart::NoAnimation);
    c->setLocalizeNumbers(true);
    c->setMargins(QMargins(4, 2, 4, 2));
    c->setBackgroundRoundness(0);
    QFont titleFont = c->titleFont();
    titleFont.setBold(true);
    titleFont.setPointSizeF(font().pointSizeF());
    c->setTitleFont(titleFont);
    c->legend()->setAlignment(Qt::AlignBottom);
}

void ResultsChangeChart::clearBars()
{
    QChart* c = chart();
    c->removeAllSeries();
    for (QAbstractAxis* axis : c->axes()) {
        // Hidden first: a removed axis's labels stay in the scene until the event loop deletes them.
        axis->hide();
        c->removeAxis(axis);
        delete axis;
    }
    c->setTitle({});
    m_names.clear();
}

void ResultsChangeChart::showChange(const QString& title, const QStringList& names, const Bars& before,
                                    const Bars& after)
{
    clearBars();
    m_names = names;
    QChart* c = chart();
    c->setLocale(QLocale());
    c->setTitle(title);
    auto* series = new QHorizontalBarSeries;
    series->setBarWidth(0.8);
    // A horizontal bar series draws its first category at the bottom: reversed, the first name is on top.
    // The endline is added first so that, within a pair, the baseline's bar stands above the endline's.
    QStringList categories = names;
    std::reverse(categories.begin(), categories.end());
    for (const auto& [bars, colour] :
         {std::pair{&after, kEndlineColour}, std::pair{&before, kBaselineColour}}) {
        auto* set = new QBarSet(bars->name);
        set->setColor(colour);
        set->setBorderColor(colour.darker(115));
        set->setLabelColor(Qt::black);
        QList<double> values;
        for (const double value : bars->percent)
            values << qRound(value); // whole percentages, as the tables write them
        std::reverse(values.begin(), values.end());
        set->append(values);
        series->append(set);
    }
    series->setLabelsVisible(true);
    series->setLabelsPosition(QAbstractBarSeries::LabelsOutsideEnd);
    series->setLabelsFormat(QStringLiteral("@value %"));
    series->setLabelsPrecision(3);
    c->addSeries(series);

    auto* nameAxis = new QBarCategoryAxis;
    nameAxis->append(categories);
    c->addAxis(nameAxis, Qt::AlignLeft);
    series->attachAxis(nameAxis);
    auto* percent = new QValueAxis;
    percent->setRange(0, 100);
    percent->setTickCount(6);
    percent->setLabelFormat(QStringLiteral("%.0f")); // the bars carry "43 %": the axis needs no sign
    c->addAxis(percent, Qt::AlignBottom);
    series->attachAxis(percent);
    // The legend reads baseline, then endline.
    c->legend()->setReverseMarkers(true);
}

QList<QBarSet*> ResultsChangeChart::barSets() const
{
    for (QAbstractSeries* series : chart()->series())
        if (auto* bars = qobject_cast<QAbstractBarSeries*>(series)) {
            QList<QBarSet*> sets = bars->barSets();
            std::reverse(sets.begin(), sets.end());
            return sets;
        }
    return {};
}

QList<double> ResultsChangeChart::values(int set) const
{
    const QList<QBarSet*> sets = barSets();
    QList<double> top;
    if (set < 0 || set >= sets.size())
        return top;
    for (int i = int(sets[set]->count()) - 1; i >= 0; --i)
        top << sets[set]->at(i);
    return top;
}

} // namespace hamkori
