#include "MeetingsPage.h"
#include "core/storage/MeetingRepository.h"
#include "meetings/AttendanceModel.h"
#include "meetings/AttendancePanel.h"
#include "meetings/MeetingDetailsForm.h"
#include "meetings/MeetingListModel.h"
#include "meetings/RaisedConcernsModel.h"
#include "meetings/RaisedConcernsPanel.h"
#include "ui/Session.h"
#include "ui/documents/DocumentButton.h"
#include "ui/undo/Undo.h"
#include "ui/widgets/EraseHistoryDialog.h"
#include "ui/widgets/FirstStep.h"
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QShortcut>
#include <QSplitter>
#include <QStackedWidget>
#include <QStyle>
#include <QTabWidget>
#include <QTableView>
#include <QVBoxLayout>

namespace hamkori {

namespace {
enum Tab
{
    DetailsTab,
    AttendanceTab,
    ConcernsTab
};
} // namespace

MeetingsPage::MeetingsPage(Session& session, QWidget* parent)
    : Page(session, parent), m_model(new MeetingListModel(session.db(), this)), m_list(new QTableView(this)),
      m_new(new QPushButton(this)), m_delete(new QPushButton(this)), m_erase(new QPushButton(this)),
      m_listTitle(new QLabel(this)), m_listError(new QLabel(this)),
      m_splitter(new QSplitter(Qt::Horizontal, this)), m_editorStack(new QStackedWidget(this)),
      m_empty(new FirstStep(QStringLiteral("meetingEmpty"), this)), m_header(new QLabel(this)),
      m_tabs(new QTabWidget(this)), m_details(new MeetingDetailsForm(session, this)),
      m_attendance(new AttendancePanel(session, this)), m_concerns(new RaisedConcernsPanel(session, this))
{
    m_list->setObjectName(QStringLiteral("meetingList"));
    m_new->setObjectName(QStringLiteral("newMeeting"));
    m_delete->setObjectName(QStringLiteral("deleteMeeting"));
    m_erase->setObjectName(QStringLiteral("eraseMeetingHistory"));
    m_tabs->setObjectName(QStringLiteral("meetingTabs"));
    m_header->setObjectName(QStringLiteral("meetingHeader"));

    // The list of meetings.
    m_list->setModel(m_model);
    m_list->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_list->setSelectionMode(QAbstractItemView::SingleSelection);
    m_list->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_list->setAlternatingRowColors(true);
    m_list->setWordWrap(false);
    m_list->verticalHeader()->hide();
    QHeaderView* header = m_list->horizontalHeader();
    header->setSectionResizeMode(MeetingListModel::Date, QHeaderView::ResizeToContents);
    header->setSectionResizeMode(MeetingListModel::Code, QHeaderView::ResizeToContents);
    header->setSectionResizeMode(MeetingListModel::Kind, QHeaderView::Stretch);
    header->setSectionResizeMode(MeetingListModel::Place, QHeaderView::Stretch);
    header->setSectionResizeMode(MeetingListModel::Attendance, QHeaderView::ResizeToContents);
    m_listTitle->setBuddy(m_list);
    m_listError->setWordWrap(true);
    m_listError->setStyleSheet(QStringLiteral("color: #b00020;"));
    m_listError->hide();
    m_new->setIcon(style()->standardIcon(QStyle::SP_FileIcon));
    m_delete->setIcon(style()->standardIcon(QStyle::SP_TrashIcon));

    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_new);
    buttons->addWidget(m_delete);
    buttons->addStretch(1);
    buttons->addWidget(m_erase);
    auto* left = new QWidget(m_splitter);
    auto* leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 4, 0);
    leftLayout->addWidget(m_listTitle);
    leftLayout->addWidget(m_list, 1);
    leftLayout->addWidget(m_listError);
    leftLayout->addLayout(buttons);
    leftLayout->addWidget(new documents::DocumentButton(
        session, documents::DocumentKind::Minutes, [this] { return m_current; }, this));

    // The editor: a header and three tabs. The details fit in the page at 1366×768 (the multi-line fields
    // shrink), so they need no scroll area.
    m_tabs->addTab(m_details, QString());
    m_tabs->addTab(m_attendance, QString());
    m_tabs->addTab(m_concerns, QString());
    QFont headerFont = m_header->font();
    headerFont.setBold(true);
    headerFont.setPointSizeF(headerFont.pointSizeF() * 1.15);
    m_header->setFont(headerFont);
    m_header->setWordWrap(true);
    auto* editor = new QWidget(this);
    auto* editorLayout = new QVBoxLayout(editor);
    editorLayout->setContentsMargins(4, 0, 0, 0);
    editorLayout->addWidget(m_header);
    editorLayout->addWidget(m_tabs, 1);
    m_editorStack->addWidget(m_empty);
    m_editorStack->addWidget(editor);

    m_splitter->addWidget(left);
    m_splitter->addWidget(m_editorStack);
    m_splitter->setStretchFactor(0, 2);
    m_splitter->setStretchFactor(1, 3);
    m_splitter->setChildrenCollapsible(false);
    m_splitter->setSizes({520, 610});
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_splitter);

    connect(m_new, &QPushButton::clicked, this, [this] { newMeeting(); });
    connect(m_empty, &FirstStep::taken, this, [this] {
        if (m_session.currentTeam().isEmpty())
            m_session.requestOpen(QStringLiteral("team"), QString()); // a new team's form
        else
            newMeeting();
    });
    connect(m_delete, &QPushButton::clicked, this, [this] { deleteMeeting(); });
    connect(m_erase, &QPushButton::clicked, this, [this] {
        EraseHistoryDialog dialog(m_session, QStringLiteral("meeting"), m_current, this);
        dialog.exec();
    });
    auto* deleteKey = new QShortcut(QKeySequence::Delete, m_list, nullptr, nullptr, Qt::WidgetShortcut);
    connect(deleteKey, &QShortcut::activated, this, [this] { deleteMeeting(); });
    connect(m_list, &QAbstractItemView::activated, this, [this] {
        m_tabs->setCurrentIndex(DetailsTab);
        m_details->focusFirstField();
    });
    connect(m_list->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this](const QModelIndex& current) { showMeeting(m_model->uuidAt(current.row())); });
    connect(m_model, &MeetingListModel::rowsReplaced, this, [this] {
        // The rows were read again (a meeting added, deleted or moved by its date): keep the one shown.
        if (m_model->rowOf(m_current) >= 0)
            selectMeeting(m_current);
        else
            selectMeeting(m_model->uuidAt(0));
    });
    connect(m_model, &QAbstractItemModel::dataChanged, this, &MeetingsPage::updateHeader);
    connect(&session.db(), &Database::recordsChanged, this, [this](const QStringList& kinds) {
        if (kinds.contains(QStringLiteral("meeting")))
            refreshCurrent();
    });
    connect(m_concerns->model(), &QAbstractItemModel::modelReset, this, &MeetingsPage::updateHeader);
    connect(&session, &Session::currentTeamChanged, this, &MeetingsPage::setTeam);

    retranslate();
    setTeam(session.currentTeam());
}

void MeetingsPage::setTeam(const QString& teamUuid)
{
    m_current.clear();
    m_model->setTeam(teamUuid);
    selectMeeting(m_model->uuidAt(0));
    m_new->setEnabled(!teamUuid.isEmpty());
    retranslate();
}

void MeetingsPage::selectMeeting(const QString& uuid)
{
    const int row = m_model->rowOf(uuid);
    if (row < 0) {
        m_list->selectionModel()->clear();
        showMeeting(QString());
        return;
    }
    const QModelIndex index = m_model->index(row, 0);
    m_list->selectionModel()->setCurrentIndex(index, QItemSelectionModel::ClearAndSelect |
                                                         QItemSelectionModel::Rows);
    m_list->scrollTo(index);
    showMeeting(uuid); // also when the row was current already
}

void MeetingsPage::showMeeting(const QString& uuid)
{
    if (uuid != m_current)
        m_details->saveTexts(); // what was typed belongs to the meeting shown until now
    m_current = uuid;
    refreshCurrent();
}

void MeetingsPage::refreshCurrent()
{
    Meeting meeting;
    if (!m_current.isEmpty()) {
        auto read = MeetingRepository(m_session.db()).meeting(m_current);
        if (read)
            meeting = *read;
        else
            m_current.clear(); // deleted meanwhile; the list's reload selects another
    }
    if (m_current.isEmpty()) {
        m_details->clear();
        m_attendance->setMeeting(Meeting{});
        m_concerns->setMeeting(Meeting{});
    } else {
        m_details->setMeeting(meeting);
        m_attendance->setMeeting(meeting);
        m_concerns->setMeeting(meeting);
    }
    m_delete->setEnabled(!m_current.isEmpty());
    m_erase->setEnabled(!m_current.isEmpty());
    m_editorStack->setCurrentIndex(m_current.isEmpty() ? 0 : 1);
    updateFirstStep();
    updateHeader();
}

void MeetingsPage::updateHeader()
{
    const int row = m_model->rowOf(m_current);
    const Meeting* meeting = m_model->meetingAt(row);
    const QLocale locale;
    const int present = m_attendance->total();
    const int raised = m_concerns->model()->rowCount();
    if (meeting)
        m_header->setText(tr("%1 · %2 · %3")
                              .arg(meeting->code, displayName(meeting->kind),
                                   meeting->date.toString(QStringLiteral("dd.MM.yyyy"))));
    else
        m_header->clear();
    m_tabs->setTabText(DetailsTab, tr("&Details"));
    m_tabs->setTabText(AttendanceTab, tr("A&ttendance (%1)").arg(locale.toString(present)));
    m_tabs->setTabText(ConcernsTab, tr("Concerns &raised (%1)").arg(locale.toString(raised)));
}

QString MeetingsPage::newMeeting()
{
    const QString team = m_session.currentTeam();
    if (team.isEmpty())
        return {};
    Database& db = m_session.db();
    const QDate today = QDate::currentDate();
    auto created = undo::create(
        m_session, tr("create a meeting on %1").arg(today.toString(QStringLiteral("dd.MM.yyyy"))),
        QStringLiteral("meeting"), [&db, team, today]() -> Result<QString> {
            Meeting meeting;
            meeting.teamUuid = team;
            meeting.date = today;
            meeting.kind = MeetingKind::Regular;
            auto made = MeetingRepository(db).createMeeting(meeting);
            if (!made)
                return made.error();
            return made->meta.uuid;
        });
    if (!created) {
        showError(created.errorMessage());
        return {};
    }
    selectMeeting(*created);
    m_tabs->setCurrentIndex(DetailsTab);
    return *created;
}

bool MeetingsPage::deleteMeeting()
{
    if (m_current.isEmpty())
        return false;
    MeetingRepository meetings(m_session.db());
    auto meeting = meetings.meeting(m_current);
    if (!meeting) {
        showError(meeting.errorMessage());
        return false;
    }
    const auto present = meetings.presentMembers(m_current);
    const int marked = present ? int(present->size()) : 0;
    const int raised = m_concerns->model()->rowCount();
    QString question =
        tr("The meeting %1 of %2 and its attendance records (%n member(s) marked present) will be deleted.",
           "", marked)
            .arg(meeting->code, meeting->date.toString(QStringLiteral("dd.MM.yyyy")));
    if (raised > 0)
        question += QLatin1Char(' ') + tr("The %n concern(s) raised at it stay in the register.", "", raised);
    question += QLatin1Char(' ') + tr("You can undo this with Edit → Undo.");
    if (!m_confirm.ask(tr("Delete meeting"), question))
        return false;
    const int row = m_model->rowOf(m_current);
    auto done = undo::remove(m_session, tr("delete meeting %1").arg(meeting->code), QStringLiteral("meeting"),
                             m_current);
    if (!done) {
        showError(done.errorMessage());
        return false;
    }
    // Select the neighbour of the deleted row, so that Delete can be pressed again.
    selectMeeting(m_model->uuidAt(std::min(row, m_model->rowCount() - 1)));
    return true;
}

bool MeetingsPage::openRecord(const QString& kind, const QString& uuid)
{
    if (kind != QLatin1String("meeting"))
        return false;
    if (uuid.isEmpty())
        return !m_session.currentTeam().isEmpty() && !newMeeting().isEmpty();
    auto meeting = MeetingRepository(m_session.db()).meeting(uuid);
    if (!meeting)
        return false;
    if (meeting->teamUuid != m_session.currentTeam())
        m_session.setCurrentTeam(meeting->teamUuid);
    if (m_model->team() != meeting->teamUuid)
        setTeam(meeting->teamUuid);
    selectMeeting(uuid);
    return true;
}

void MeetingsPage::showError(const QString& message)
{
    m_listError->setText(message);
    m_listError->setVisible(!message.isEmpty());
}

void MeetingsPage::updateFirstStep()
{
    if (m_session.currentTeam().isEmpty())
        m_empty->setTexts(tr("Create a team on the Team page first."), tr("Create a team…"));
    else if (m_model->rowCount() == 0)
        m_empty->setTexts(tr("No meeting is logged yet. Log the team's first meeting: when and where it was, "
                             "who came, and the concerns people raised."),
                          tr("Log the first meeting"));
    else
        m_empty->setTexts(tr("No meeting is selected. Click “New meeting” to log one."), QString());
}

void MeetingsPage::retranslate()
{
    m_listTitle->setText(tr("&Meetings of the team, newest first"));
    m_new->setText(tr("&New meeting"));
    m_new->setToolTip(tr("Log a meeting held today; change its date and details on the right."));
    m_delete->setText(tr("De&lete meeting…"));
    m_erase->setText(tr("Erase from histor&y…"));
    m_erase->setToolTip(tr("Erase earlier values of this meeting's agenda, minutes, decisions or facilitator "
                           "from this laptop and, with the next bundle, from every other one."));
    updateFirstStep();
    m_model->retranslate();
    m_details->retranslate();
    m_attendance->retranslate();
    m_concerns->retranslate();
    updateHeader();
}

} // namespace hamkori
