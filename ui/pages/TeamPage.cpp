#include "TeamPage.h"
#include "core/storage/MeetingRepository.h"
#include "core/storage/TeamRepository.h"
#include "team/BalancePanel.h"
#include "team/MemberForm.h"
#include "team/MemberTableModel.h"
#include "team/TeamDetailsForm.h"
#include "ui/Session.h"
#include "ui/TeamListModel.h"
#include "ui/undo/Undo.h"
#include "ui/widgets/EraseHistoryDialog.h"
#include "ui/widgets/FieldErrors.h"
#include "ui/widgets/FirstStep.h"
#include "ui/widgets/NextStepBar.h"
#include <QAction>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QPushButton>
#include <QScrollArea>
#include <QSplitter>
#include <QStackedWidget>
#include <QTabWidget>
#include <QTableView>
#include <QVBoxLayout>

namespace hamkori {

namespace {

QTableView* makeTable(QWidget* parent)
{
    auto* table = new QTableView(parent);
    table->setSelectionBehavior(QAbstractItemView::SelectRows);
    table->setSelectionMode(QAbstractItemView::SingleSelection);
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table->setAlternatingRowColors(true);
    table->setWordWrap(false);
    table->verticalHeader()->hide();
    table->horizontalHeader()->setHighlightSections(false);
    table->horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
    table->horizontalHeader()->setStretchLastSection(true);
    return table;
}

} // namespace

TeamPage::TeamPage(Session& session, QWidget* parent)
    : Page(session, parent), m_nextStep(new NextStepBar(QStringLiteral("teamNextStep"), this)),
      m_tabs(new QTabWidget(this)), m_details(new TeamDetailsForm(session, this)),
      m_summaryBox(new QGroupBox(this)), m_summary(new QLabel(this)), m_membersTab(new QWidget(this)),
      m_members(new MemberTableModel(session.db(), this)), m_memberListStack(new QStackedWidget(this)),
      m_memberTable(makeTable(this)),
      m_membersFirstStep(new FirstStep(QStringLiteral("membersFirstStep"), this)),
      m_newMember(new QPushButton(this)), m_deleteMember(new QPushButton(this)),
      m_eraseMember(new QPushButton(this)), m_memberForm(new MemberForm(session, this)),
      m_balance(new BalancePanel(this)), m_membersSplitter(new QSplitter(Qt::Horizontal, this)),
      m_teams(new TeamListModel(session.db(), this)), m_teamTable(makeTable(this)),
      m_teamsHint(new QLabel(this))
{
    m_tabs->setObjectName(QStringLiteral("teamTabs"));
    m_memberTable->setObjectName(QStringLiteral("memberTable"));
    m_newMember->setObjectName(QStringLiteral("newMemberButton"));
    m_deleteMember->setObjectName(QStringLiteral("deleteMemberButton"));
    m_eraseMember->setObjectName(QStringLiteral("eraseMemberHistory"));
    m_deleteMember->setEnabled(false); // until a member is selected
    m_eraseMember->setEnabled(false);
    m_teamTable->setObjectName(QStringLiteral("allTeamsTable"));
    m_summary->setObjectName(QStringLiteral("teamSummary"));
    m_summary->setWordWrap(true);
    m_summary->setAlignment(Qt::AlignTop | Qt::AlignLeft);

    // Details: the form, and beside it what the team holds.
    auto* detailsTab = new QWidget(this);
    auto* detailsLayout = new QHBoxLayout(detailsTab);
    m_details->setMaximumWidth(720);
    detailsLayout->addWidget(m_details, 3);
    auto* summaryLayout = new QVBoxLayout(m_summaryBox);
    summaryLayout->addWidget(m_summary);
    auto* summaryColumn = new QVBoxLayout;
    summaryColumn->addWidget(m_summaryBox);
    summaryColumn->addStretch();
    detailsLayout->addLayout(summaryColumn, 2);

    // Members: the table and the balance | the form.
    m_memberTable->setModel(m_members);
    auto* listSide = new QWidget(this);
    auto* listLayout = new QVBoxLayout(listSide);
    listLayout->setContentsMargins(0, 0, 0, 0);
    auto* memberButtons = new QHBoxLayout;
    memberButtons->addWidget(m_newMember);
    memberButtons->addWidget(m_deleteMember);
    memberButtons->addWidget(m_eraseMember);
    memberButtons->addStretch();
    m_memberListStack->addWidget(m_memberTable);
    m_memberListStack->addWidget(m_membersFirstStep);
    // The buttons above the list: below it, they moved up and down as the balance's warnings came and went
    // (issue 18), and a click aimed at one landed on the list.
    listLayout->addLayout(memberButtons);
    listLayout->addWidget(m_memberListStack, 1);
    listLayout->addWidget(m_balance);
    auto* formScroll = new QScrollArea(this);
    formScroll->setWidgetResizable(true);
    formScroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    formScroll->setFrameShape(QFrame::NoFrame);
    formScroll->setWidget(m_memberForm);
    formScroll->setMinimumWidth(340);
    m_membersSplitter->addWidget(listSide);
    m_membersSplitter->addWidget(formScroll);
    m_membersSplitter->setStretchFactor(0, 3);
    m_membersSplitter->setStretchFactor(1, 2);
    m_membersSplitter->setChildrenCollapsible(false);
    m_membersSplitter->setSizes({660, 440});
    auto* membersLayout = new QVBoxLayout(m_membersTab);
    membersLayout->addWidget(m_membersSplitter);

    // All teams.
    m_teamTable->setModel(m_teams);
    m_teamTable->horizontalHeader()->setSectionResizeMode(TeamListModel::Name, QHeaderView::Stretch);
    m_teamTable->horizontalHeader()->setStretchLastSection(false);
    m_teamsHint->setWordWrap(true);
    auto* teamsTab = new QWidget(this);
    auto* teamsLayout = new QVBoxLayout(teamsTab);
    teamsLayout->addWidget(m_teamsHint);
    teamsLayout->addWidget(m_teamTable, 1);

    m_tabs->addTab(detailsTab, QString());
    m_tabs->addTab(m_membersTab, QString());
    m_tabs->addTab(teamsTab, QString());
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_nextStep);
    layout->addWidget(m_tabs);

    auto* deleteKey = new QAction(m_memberTable);
    deleteKey->setShortcut(QKeySequence::Delete);
    deleteKey->setShortcutContext(Qt::WidgetShortcut);
    m_memberTable->addAction(deleteKey);
    connect(deleteKey, &QAction::triggered, this, &TeamPage::deleteMember);
    connect(m_memberTable->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this](const QModelIndex& current) {
                m_deleteMember->setEnabled(current.isValid());
                m_eraseMember->setEnabled(current.isValid());
                if (current.isValid())
                    m_memberForm->showMember(current.data(MemberTableModel::UuidRole).toString());
            });
    connect(m_members, &MemberTableModel::modelReset, this, [this] {
        // Keep the member shown in the form selected across reloads.
        const int row = m_members->rowOf(m_memberForm->memberUuid());
        if (row >= 0)
            m_memberTable->setCurrentIndex(m_members->index(row, 0));
        m_deleteMember->setEnabled(row >= 0);
        m_eraseMember->setEnabled(row >= 0);
    });
    connect(m_members, &MemberTableModel::membersReloaded, this, [this] {
        m_balance->setMembers(m_members->members());
        updateSummary();
        updateMembersFirstStep();
    });
    connect(m_membersFirstStep, &FirstStep::taken, this, &TeamPage::newMember);
    connect(m_newMember, &QPushButton::clicked, this, &TeamPage::newMember);
    connect(m_deleteMember, &QPushButton::clicked, this, &TeamPage::deleteMember);
    connect(m_eraseMember, &QPushButton::clicked, this, [this] {
        const QModelIndex current = m_memberTable->currentIndex();
        if (!current.isValid())
            return;
        EraseHistoryDialog dialog(m_session, QStringLiteral("member"),
                                  current.data(MemberTableModel::UuidRole).toString(), this);
        dialog.exec();
    });
    connect(m_memberForm, &MemberForm::memberAdded, this, &TeamPage::selectMember);

    connect(m_details, &TeamDetailsForm::teamCreated, this, [this](const QString& uuid) {
        m_newTeamAsked = false;
        m_session.setCurrentTeam(uuid);
        showTeam(uuid); // also when it already was the current team (an undone creation redone)
        offerAfterCreation(uuid);
    });
    connect(m_details, &TeamDetailsForm::deleteRequested, this, &TeamPage::deleteTeam);
    // Activated: a double click, or Enter on the row.
    connect(m_teamTable, &QTableView::activated, this,
            [this](const QModelIndex& index) { openListedTeam(index.row()); });
    connect(&session, &Session::currentTeamChanged, this, [this](const QString& uuid) {
        m_newTeamAsked = false;
        m_nextStep->withdraw(); // it spoke of the team created before
        showTeam(uuid);
    });
    connect(&session.db(), &Database::recordsChanged, this, [this](const QStringList& kinds) {
        m_nextStep->refresh(); // members added, a meeting logged, the creation undone: steps done or gone
        if (kinds.contains(QStringLiteral("team")))
            teamsChanged();
        else if (kinds.contains(QStringLiteral("meeting")) || kinds.contains(QStringLiteral("concern")) ||
                 kinds.contains(QStringLiteral("plan")))
            updateSummary();
    });

    retranslate();
    showTeam(session.currentTeam());
}

void TeamPage::retranslate()
{
    m_tabs->setTabText(0, tr("&Details"));
    m_tabs->setTabText(1, tr("&Members"));
    m_tabs->setTabText(2, tr("All &teams"));
    m_newMember->setText(tr("&New member"));
    m_deleteMember->setText(tr("Delete member…"));
    m_eraseMember->setText(tr("Erase from history…"));
    m_eraseMember->setToolTip(tr("Erase a member's earlier names or phone numbers from this laptop and, with "
                                 "the next bundle, from every other one."));
    m_deleteMember->setToolTip(tr("Deletes the selected member (Delete key)"));
    m_summaryBox->setTitle(tr("What the team holds"));
    m_teamsHint->setText(
        tr("All teams in this data file. Double-click a team (or press Enter) to work on it."));
    m_membersFirstStep->setTexts(tr("The team has no members yet. Add the people who take part: police, "
                                    "Hukumat and Jamoat staff, civil society, elders, women and youth."),
                                 tr("Add the first member"));
    m_details->retranslate();
    m_memberForm->retranslate();
    m_balance->retranslate();
    updateSummary();
}

bool TeamPage::openRecord(const QString& kind, const QString& uuid)
{
    if (kind == u"team") {
        if (uuid.isEmpty()) {
            m_newTeamAsked = true;
            showTeam(QString());
        } else {
            m_session.setCurrentTeam(uuid);
            showTeam(uuid);
        }
        m_tabs->setCurrentIndex(0);
        return true;
    }
    if (kind == u"member") {
        auto member = TeamRepository(m_session.db()).member(uuid);
        if (!member)
            return false;
        m_session.setCurrentTeam(member->teamUuid);
        m_tabs->setCurrentWidget(m_membersTab);
        selectMember(uuid);
        return true;
    }
    return false;
}

void TeamPage::showTeam(const QString& teamUuid)
{
    const bool exists =
        !m_newTeamAsked && !teamUuid.isEmpty() && TeamRepository(m_session.db()).team(teamUuid).ok();
    if (exists)
        m_details->showTeam(teamUuid);
    else if (!m_details->isNew() || m_newTeamAsked)
        m_details->startNew();
    const QString shown = exists ? teamUuid : QString();
    m_memberForm->setTeam(shown);
    m_members->setTeam(shown);
    m_membersTab->setEnabled(exists);
    m_tabs->setTabEnabled(1, exists);
    updateSummary();
}

void TeamPage::teamsChanged()
{
    // A team was created, renamed, deleted or brought back (maybe by undo): follow the current team, but
    // leave a new team's form alone while the user fills it in.
    if (m_newTeamAsked)
        return;
    const QString current = m_session.currentTeam();
    const bool exists = !current.isEmpty() && TeamRepository(m_session.db()).team(current).ok();
    if (exists != !m_details->isNew() || (exists && m_details->teamUuid() != current))
        showTeam(current);
    updateSummary();
}

void TeamPage::updateSummary()
{
    if (m_details->isNew()) {
        m_summary->setText(tr("Fill in the team's details and press \"Create team\". Members can be added "
                              "once the team exists."));
        return;
    }
    auto summaries = TeamRepository(m_session.db()).summaries();
    if (!summaries) {
        m_summary->setText(summaries.errorMessage());
        return;
    }
    for (const TeamSummary& summary : *summaries)
        if (summary.team.meta.uuid == m_details->teamUuid()) {
            m_summary->setText(tr("%n active member(s)", "", summary.members) + QLatin1Char('\n') +
                               tr("%n meeting(s)", "", summary.meetings) + QLatin1Char('\n') +
                               tr("%n concern(s)", "", summary.concerns) + QLatin1Char('\n') +
                               tr("%n action plan(s)", "", summary.plans));
            return;
        }
    m_summary->clear();
}

void TeamPage::offerAfterCreation(const QString& teamUuid)
{
    // A new team's next steps: who is in it, and its first meeting. Each goes once done, also elsewhere.
    Database& db = m_session.db();
    const auto gone = [&db, teamUuid] { return !TeamRepository(db).team(teamUuid).ok(); }; // undone
    m_nextStep->offer(
        [] { return tr("The team is created. Next, add its members and log its first meeting."); },
        {{QStringLiteral("nextStepAddMembers"), [] { return tr("Add the members"); },
          [this] {
              m_tabs->setCurrentWidget(m_membersTab);
              newMember();
          },
          [&db, teamUuid, gone] {
              auto members = TeamRepository(db).members(teamUuid);
              return gone() || (members && !members->isEmpty());
          }},
         {QStringLiteral("nextStepFirstMeeting"), [] { return tr("Log the first meeting"); },
          [this] { m_session.requestOpen(QStringLiteral("meeting"), QString()); },
          [&db, teamUuid, gone] {
              auto meetings = MeetingRepository(db).meetings(teamUuid);
              return gone() || (meetings && !meetings->isEmpty());
          }}});
}

void TeamPage::updateMembersFirstStep()
{
    m_memberListStack->setCurrentWidget(m_members->rowCount() == 0 ? static_cast<QWidget*>(m_membersFirstStep)
                                                                   : m_memberTable);
}

void TeamPage::selectMember(const QString& memberUuid)
{
    const int row = m_members->rowOf(memberUuid);
    if (row >= 0)
        m_memberTable->setCurrentIndex(m_members->index(row, 0));
    m_memberForm->showMember(memberUuid);
}

void TeamPage::newMember()
{
    m_memberTable->clearSelection();
    m_memberTable->setCurrentIndex(QModelIndex());
    m_memberForm->startNew();
    if (auto* name = m_memberForm->findChild<QWidget*>(QStringLiteral("memberName")))
        name->setFocus(Qt::OtherFocusReason);
}

void TeamPage::deleteMember()
{
    const QModelIndex current = m_memberTable->currentIndex();
    if (!current.isValid())
        return;
    const QString uuid = current.data(MemberTableModel::UuidRole).toString();
    const QString name = m_members->index(current.row(), MemberTableModel::Name).data().toString();
    if (!m_confirm.ask(
            tr("Delete"),
            tr("The member %1 will be deleted, with their attendance at past meetings. If they only "
               "stopped taking part, mark them as having left instead.")
                .arg(name)))
        return;
    auto done = undo::remove(m_session, tr("delete member %1").arg(name), QStringLiteral("member"), uuid);
    if (!done)
        m_memberForm->errors()->show(done.error());
    else
        m_memberForm->startNew();
}

void TeamPage::deleteTeam()
{
    const QString uuid = m_details->teamUuid();
    if (uuid.isEmpty())
        return;
    TeamRepository teams(m_session.db());
    auto team = teams.team(uuid);
    auto summaries = teams.summaries();
    auto members = teams.members(uuid);
    if (!team || !summaries || !members) {
        m_details->errors()->show(!team ? team.error() : !summaries ? summaries.error() : members.error());
        return;
    }
    TeamSummary counts;
    for (const TeamSummary& summary : *summaries)
        if (summary.team.meta.uuid == uuid)
            counts = summary;
    const QString text =
        tr("The team %1 (%2) will be deleted with everything it holds: %3, %4, %5 and %6.")
            .arg(team->name, team->code, tr("%n member(s)", "", int(members->size())),
                 tr("%n meeting(s)", "", counts.meetings), tr("%n concern(s)", "", counts.concerns),
                 tr("%n action plan(s)", "", counts.plans));
    if (!m_confirm.ask(tr("Delete"), text))
        return;
    auto done = undo::remove(m_session, tr("delete team %1").arg(team->code), QStringLiteral("team"), uuid);
    if (!done) {
        m_details->errors()->show(done.error());
        return;
    }
    // Work on another team (the tool bar's team selector does the same), or offer to create one.
    auto remaining = teams.teams();
    m_session.setCurrentTeam(remaining && !remaining->isEmpty() ? remaining->first().meta.uuid : QString());
    showTeam(m_session.currentTeam());
}

void TeamPage::openListedTeam(int row)
{
    const QString uuid = m_teams->index(row, TeamListModel::Name).data(TeamListModel::UuidRole).toString();
    if (uuid.isEmpty())
        return;
    m_newTeamAsked = false;
    m_session.setCurrentTeam(uuid);
    showTeam(uuid);
    m_tabs->setCurrentIndex(0);
}

} // namespace hamkori
