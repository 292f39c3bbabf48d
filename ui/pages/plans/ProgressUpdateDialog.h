#pragma once
// "Add progress update": date, status, note, the event or campaign of the team that carried it out (if any),
// the people reached directly by sex and age band (a 2×4 grid with totals), reached indirectly, money spent.
// When an event or a campaign carried it out, the people it reached are counted there, once: the reach
// fields are cleared and disabled, and a note says why. The dialog only collects; the page saves through
// ui/undo.
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

/// An event or a campaign of the activity's team, offered as what carried the update out.
struct CarriedOutBy
{
    QString eventUuid; // one of the two
    QString campaignUuid;
    QString code;
    QString title;
};

class ProgressUpdateDialog : public QDialog
{
    Q_OBJECT
public:
    /// `spentEarlier`: what the activity's earlier updates spent, to warn when the budget is passed.
    ProgressUpdateDialog(const Activity& activity, double spentEarlier, const QString& title,
                         QWidget* parent = nullptr);

    /// The team's events and campaigns the user may choose from (none chosen to begin with).
    void setCarriers(const QList<CarriedOutBy>& carriers);
    /// What the user entered, for PlanRepository::addProgress.
    ProgressUpdate update() const;
    /// Shows a refused save's message in the dialog (it stays open, with what was typed).
    void showError(const QString& message);

Q_SIGNALS:
    /// The user pressed Add: the page saves, then closes the dialog (or shows why it could not).
    void submitted();

private:
    void updateWarnings();
    void carrierChosen();
    void retranslateCarriers();

    QString m_activityUuid;
    QDate m_activityStart;
    double m_budget;
    double m_spentEarlier;
    OptionalDateEdit* m_date;
    QComboBox* m_status;
    QPlainTextEdit* m_note;
    QComboBox* m_carriedBy;
    QLabel* m_carriedNote;
    QList<CarriedOutBy> m_carriers;
    SexAgeCountsGrid* m_reached;
    QSpinBox* m_indirect;
    QDoubleSpinBox* m_spent;
    QLabel* m_dateWarning;
    QLabel* m_spentWarning;
    QLabel* m_error;
};

} // namespace hamkori::plans
