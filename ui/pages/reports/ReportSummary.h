#pragma once
// The period report's figures on screen, in a few lines, so the facilitator sees what the PDF will say
// before printing it.
#include "core/analysis/PeriodStatistics.h"
#include <QWidget>

class QLabel;

namespace hamkori::reports {

class ReportSummary : public QWidget
{
    Q_OBJECT
public:
    explicit ReportSummary(QWidget* parent = nullptr);

    void setStatistics(const analysis::PeriodStatistics& statistics);
    void showError(const QString& message);
    /// The figures as shown (tests read them).
    QString text() const;

private:
    /// Trainings, their tests and feedback, other events, campaigns (issue 20).
    static QStringList eventLines(const analysis::PeriodStatistics& statistics);

    QLabel* m_label;
};

} // namespace hamkori::reports
