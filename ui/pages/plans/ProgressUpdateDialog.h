#pragma once
// "Add progress update": date, status, note, the people reached directly by sex and age band (a 2×4 grid with
// totals), reached indirectly, money spent. The dialog only collects; the page saves through ui/undo.
#include "core/model/ActionPlan.h"
#include <QDialog>

class QComboBox;
class QDoubleSpinBox;
class QLabel;
class QPlainTextEdit;
class QSpinBox;

namespace hamkori {
class OptionalDateEdit;
class SexAgeCountsGrid;
} // namespace hamkori

namespace hamkori::plans {

class ProgressUpdateDialog : public QDialog
{
    Q_OBJECT
public:
    /// `spentEarlier`: what the activity's earlier updates spent, to warn when the budget is passed.
    ProgressUpdateDialog(const Activity& activity, double spentEarlier, const QString& title,
                         QWidget* parent = nullptr);

    /// What the user entered, for PlanRepository::addProgress.
    ProgressUpdate update() const;
    /// Shows a refused save's message in the dialog (it stays open, with what was typed).
    void showError(const QString& message);

Q_SIGNALS:
    /// The user pressed Add: the page saves, then closes the dialog (or shows why it could not).
    void submitted();

private:
    void updateWarnings();

    QString m_activityUuid;
    QDate m_activityStart;
    double m_budget;
    double m_spentEarlier;
    OptionalDateEdit* m_date;
    QComboBox* m_status;
    QPlainTextEdit* m_note;
    SexAgeCountsGrid* m_reached;
    QSpinBox* m_indirect;
    QDoubleSpinBox* m_spent;
    QLabel* m_dateWarning;
    QLabel* m_spentWarning;
    QLabel* m_error;
};

} // namespace hamkori::plans
