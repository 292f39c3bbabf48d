#pragma once
// The header of an action plan: title, period, status, the meeting that adopted it and the minutes number,
// the signatories and the paper's numbers (PlanSignatures), the objective and the concerns it addresses. Each
// change is saved at once as an undoable edit (PlanRepository::updatePlan with the plan before and after); a
// refused one shows its message next to the field and keeps what was typed.
#include "core/model/ActionPlan.h"
#include <QWidget>
#include <functional>

class QComboBox;
class QLabel;
class QLineEdit;
class QListView;

namespace hamkori {
class CommitOnLeaveTextEdit;
class FieldErrors;
class OptionalDateEdit;
class Session;
struct Error;
} // namespace hamkori

namespace hamkori::plans {

class PlanConcernsModel;
class PlanSignatures;

class PlanHeaderForm : public QWidget
{
    Q_OBJECT
public:
    PlanHeaderForm(Session& session, QWidget* parent = nullptr);

    void setPlan(const QString& teamUuid, const QString& planUuid);
    /// Shows the stored values again (after any change to the plan, including undo).
    void reload();
    void retranslate();
    FieldErrors* errors() const { return m_errors; }
    PlanConcernsModel* concernsModel() const { return m_concernsModel; }

Q_SIGNALS:
    /// The user changed the plan's status to adopted (not undo or redo, nor another program).
    void adopted(const QString& planUuid);

private:
    void reloadMeetings();
    /// True when the change was saved (false: nothing changed, or refused with its message shown).
    bool commit(const std::function<void(ActionPlan&)>& change, const QString& undoText);

    Session& m_session;
    QString m_team;
    QString m_plan;
    QLabel* m_titleLabel;
    QLineEdit* m_title;
    QLabel* m_periodLabel;
    OptionalDateEdit* m_start;
    QLabel* m_periodTo;
    OptionalDateEdit* m_end;
    QLabel* m_statusLabel;
    QComboBox* m_status;
    QLabel* m_meetingLabel;
    QComboBox* m_meeting;
    QLabel* m_minutesLabel;
    QLineEdit* m_minutes;
    PlanSignatures* m_signatures = nullptr;
    QLabel* m_concernsLabel;
    QListView* m_concerns;
    PlanConcernsModel* m_concernsModel;
    QLabel* m_objectiveLabel;
    CommitOnLeaveTextEdit* m_objective;
    QLabel* m_general;
    FieldErrors* m_errors;
};

} // namespace hamkori::plans
