#pragma once
// The Team page: the current team's details (or a new team's form), its members with a form to add and edit
// them, the balance of the team (women, youth, officials, civil society), and all teams of the data file.
#include "Page.h"
#include "ui/widgets/Confirmation.h"
#include "ui/widgets/PageIcons.h"
#include <functional>

class QGroupBox;
class QLabel;
class QPushButton;
class QSplitter;
class QStackedWidget;
class QTabWidget;
class QTableView;

namespace hamkori {

class BalancePanel;
class FirstStep;
class MemberForm;
class MemberTableModel;
class TeamDetailsForm;
class NextStepBar;
class TeamListModel;

class TeamPage : public Page
{
    Q_OBJECT
public:
    explicit TeamPage(Session& session, QWidget* parent = nullptr);
    static QString pageTitle() { return tr("Team"); }
    static constexpr PageIcon kIcon = PageIcon::Team;
    QString title() const override { return pageTitle(); }
    /// "team" with a UUID shows that team (and makes it current); with an empty UUID, a form for a new team.
    /// "member" shows the member on the Members tab.
    bool openRecord(const QString& kind, const QString& uuid) override;

    /// Asks the user to confirm a deletion (the text says what goes); tests answer it without a dialog.
    void setConfirm(Confirmation::Answer answer) { m_confirm.setAnswer(std::move(answer)); }

protected:
    void retranslate() override;

private:
    void showTeam(const QString& teamUuid);
    void teamsChanged();
    void updateSummary();
    void selectMember(const QString& memberUuid);
    void newMember();
    void deleteMember();
    void deleteTeam();
    void openListedTeam(int row);
    void offerAfterCreation(const QString& teamUuid);
    void updateMembersFirstStep();

    Confirmation m_confirm{this};
    bool m_newTeamAsked = false; // the user asked for a new team's form: changes elsewhere leave it alone

    NextStepBar* m_nextStep;
    QTabWidget* m_tabs;
    // Details tab
    TeamDetailsForm* m_details;
    QGroupBox* m_summaryBox;
    QLabel* m_summary;
    // Members tab
    QWidget* m_membersTab;
    MemberTableModel* m_members;
    QStackedWidget* m_memberListStack; // the table, or what to do first while the team has no member
    QTableView* m_memberTable;
    FirstStep* m_membersFirstStep;
    QPushButton* m_newMember;
    QPushButton* m_deleteMember;
    QPushButton* m_eraseMember;
    MemberForm* m_memberForm;
    BalancePanel* m_balance;
    QSplitter* m_membersSplitter;
    // All teams tab
    TeamListModel* m_teams;
    QTableView* m_teamTable;
    QLabel* m_teamsHint;
};

} // namespace hamkori
