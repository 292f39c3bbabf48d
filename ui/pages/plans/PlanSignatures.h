#pragma once
// The rows of the plan header that the signed paper needs: who approves the plan for the Hukumat
// («УТВЕРЖДАЮ»), who agrees it («СОГЛАСОВАНО», normally the district police chief), the outgoing number, and
// the ordinance the plan may be an annex to. Every change goes through the header's commit, so it is one
// undoable edit of exactly the fields it changes. Choosing a member of the team as a signatory fills the name
// (initials and surname, as a signature prints it) and the post together: one edit of those two fields.
#include "core/model/ActionPlan.h"
#include <QCoreApplication>
#include <QObject>
#include <functional>

class QFormLayout;
class QLabel;
class QLineEdit;
class QMenu;
class QToolButton;
class QWidget;

namespace hamkori {
class OptionalDateEdit;
class Session;
} // namespace hamkori

namespace hamkori::plans {

class PlanSignatures : public QObject
{
    // The rows are the plan header's, and so are their texts: translators find them with the rest of the
    // header, where the approver's rows were before.
    Q_DECLARE_TR_FUNCTIONS(hamkori::plans::PlanHeaderForm)
public:
    /// The header's commit: applies `change` to the stored plan and pushes the edit; `undoText` takes the
    /// plan's code as %1.
    using Commit =
        std::function<void(const std::function<void(ActionPlan&)>& change, const QString& undoText)>;

    /// Adds its rows to `form`; the widgets belong to `parent`.
    PlanSignatures(Session& session, QFormLayout* form, QWidget* parent, Commit commit);

    /// The team whose members can be chosen.
    void setTeam(const QString& teamUuid);
    /// Shows the plan's stored values.
    void load(const ActionPlan& plan);
    void retranslate();

private:
    enum class Role
    {
        Approver,
        Agreer
    };
    /// One signatory: a name with its button to choose a member, and a post.
    struct Signatory
    {
        QLabel* nameLabel;
        QLineEdit* name;
        QToolButton* choose;
        QMenu* members;
        QLabel* postLabel;
        QLineEdit* post;
    };

    Signatory makeSignatory(QFormLayout* form, QWidget* parent, Role role);
    /// Lists the team's current members in the signatory's menu ("Name — post").
    void fillMembers(Role role);
    /// Sets the name, the post or both of the signatory.
    static void set(ActionPlan& plan, Role role, const QString* name, const QString* post);
    static QString undoText(Role role);
    Signatory& signatory(Role role) { return role == Role::Approver ? m_approver : m_agreer; }

    Session& m_session;
    Commit m_commit;
    QString m_team;
    Signatory m_approver;
    Signatory m_agreer;
    QLabel* m_outgoingLabel;
    QLineEdit* m_outgoing;
    QLabel* m_ordinanceLabel;
    QLineEdit* m_ordinanceNumber;
    QLabel* m_ordinanceOf;
    OptionalDateEdit* m_ordinanceDate;
};

} // namespace hamkori::plans
