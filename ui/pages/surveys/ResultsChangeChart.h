#pragma once
// The change from baseline to endline as grouped bars (issue 21): one pair of bars per indicator, the
// baseline's share beside the endline's, each bar labelled with its percentage. Horizontal bars, so that the
// indicators' names stand on the left where long Tajik and Russian names have room.
#include <QtCharts/QChartView>
#include <QList>
#include <QStringList>

class QBarSet;

namespace hamkori {

class ResultsChangeChart : public QChartView
{
    Q_OBJECT
public:
    struct Bars
    {
        QString name;          // "Baseline 03.2025"
        QList<double> percent; // one per indicator, 0–100 (drawn rounded); a group with too few answers is 0
    };

    explicit ResultsChangeChart(QWidget* parent = nullptr);

    /// `names` top down; `before` and `after` give a value for each.
    void showChange(const QString& title, const QStringList& names, const Bars& before, const Bars& after);
    void clearBars();

    /// The two sets shown, baseline first (for tests): empty when nothing is shown.
    QList<QBarSet*> barSets() const;
    /// What is shown, top down (for tests): the names, and a set's values (0: baseline, 1: endline).
    QStringList names() const { return m_names; }
    QList<double> values(int set) const;

private:
    QStringList m_names;
};

} // namespace hamkori
