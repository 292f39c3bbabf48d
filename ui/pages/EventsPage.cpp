#include "EventsPage.h"
#include "core/storage/EventRepository.h"
#include "events/EventDetailsForm.h"
#include "events/EventListModel.h"
#include "events/FollowUpsPanel.h"
#include "events/ParticipantsPanel.h"
#include "events/SheetsPanel.h"
#include "events/TrainersPanel.h"
#include "ui/Session.h"
#include "ui/csv/EventFileButtons.h"
#include "ui/undo/Undo.h"
#include "ui/widgets/FieldErrors.h"
#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QScrollArea>
#include <QSplitter>
#include <QTabWidget>
#include <QTableView>
#include <QVBoxLayout>

namespace hamkori {

EventsPage::EventsPage(Session& session, QWidget* parent)
    : Page(session, parent), m_model(new EventListModel(session.db(), this)), m_list(new QTableView(this)),
      m_listButtons(new QHBoxLayout), m_new(new QPushButton(this)), m_delete(new QPushButton(this)),
      m_kindLabel(new QLabel(this)), m_kind(new QComboBox(this)), m_search(new QLineEdit(this)),
      m_count(new QLabel(this)), m_tabs(new QTabWidget(this)), m_form(new EventDetailsForm(session, this)),
      m_participants(new ParticipantsPanel(session, this)), m_trainers(new TrainersPanel(session, this)),
      m_sheets(new SheetsPanel(session, this)), m_followUps(new FollowUpsPanel(session, this))
{
    m_list->setObjectName(QStringLiteral("eventList"));
    m_new->setObjectName(QStringLiteral("newEventButton"));
    m_delete->setObjectName(QStringLiteral("deleteEventButton"));
    m_kind->setObjectName(QStringLiteral("eventKindFilter"));
    m_search->setObjectName(QStringLiteral("eventSearch"));
    m_count->setObjectName(QStringLiteral("eventCount"));
    m_tabs->setObjectName(QStringLiteral("eventTabs"));
    m_list->setModel(m_model);
    m_list->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_list->setSelectionMode(QAbstractItemView::SingleSelection);
    m_list->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_list->setAlternatingRowColors(true);
    m_list->setWordWrap(false);
    m_list->setTextElideMode(Qt::ElideRight);
    m_list->verticalHeader()->hide();
    m_list->horizontalHeader()->setHighlightSections(false);
    // Never wider than its pane: codes, dates and counts as wide as they are, the kind and place at a set
    // width (cut with "…", the tooltip has them), and the title takes what is left.
    QHeaderView* header = m_list->horizontalHeader();
    m_list->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    header->setSectionResizeMode(QHeaderView::ResizeToContents);
    const int em = m_list->fontMetrics().horizontalAdvance(QLatin1Char('M'));
    for (const auto& [column, width] :
         {std::pair{EventListModel::Kind, 6 * em}, std::pair{EventListModel::Place, 6 * em}}) {
        header->setSectionResizeMode(column, QHeaderView::Interactive);
        header->resizeSection(column, width);
    }
    header->setSectionResizeMode(EventListModel::Title, QHeaderView::Stretch);
    m_list->verticalHeader()->setDefaultSectionSize(m_list->fontMetrics().height() + 8);
    m_kind->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_kind->setMinimumContentsLength(10);
    m_kind->addItem(QString(), -1);
    for (const auto& entry : EnumTraits<EventKind>::entries())
        m_kind->addItem(QString(), int(entry.value));
    m_kindLabel->setBuddy(m_kind);
    m_search->setClearButtonEnabled(true);
    m_count->setWordWrap(true);
    m_count->setEnabled(false);

    auto* listSide = new QWidget(this);
    auto* listLayout = new QVBoxLayout(listSide);
    listLayout->setContentsMargins(0, 0, 0, 0);
    // The first row holds the buttons that act on events; the filters have a row of their own, so that
    // buttons for the event's documents fit beside New and Delete.
    m_listButtons->addWidget(m_new);
    m_listButtons->addWidget(m_delete);
    m_listButtons->addStretch();
    listLayout->addLayout(m_listButtons);
    auto* filters = new QHBoxLayout;
    filters->addWidget(m_kindLabel);
    filters->addWidget(m_kind, 1);
    filters->addWidget(m_search, 2);
    listLayout->addLayout(filters);
    listLayout->addWidget(m_list, 1);
    listLayout->addWidget(m_count);
    // The chosen event's papers and the team's events as CSV.
    m_files = new csv::EventFileButtons(
        session, csv::EventFileButtons::Kind::Events, [&session] { return session.currentTeam(); },
        [this] { return currentEvent(); }, this);
    listLayout->addWidget(m_files);

    auto* formScroll = new QScrollArea(this);
    formScroll->setWidgetResizable(true);
    formScroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    formScroll->setFrameShape(QFrame::NoFrame);
    formScroll->setWidget(m_form);
    m_tabs->addTab(formScroll, QString());
    m_tabs->addTab(m_participants, QString());
    m_tabs->addTab(m_trainers, QString());
    m_tabs->addTab(m_sheets, QString());
    m_tabs->addTab(m_followUps, QString());
    m_tabs->setMinimumWidth(560);

    auto* splitter = new QSplitter(Qt::Horizontal, this);
    splitter->setChildrenCollapsible(false);
    splitter->addWidget(listSide);
    splitter->addWidget(m_tabs);
    splitter->setStretchFactor(0, 2);
    splitter->setStretchFactor(1, 3);
    splitter->setSizes({460, 660});
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(splitter);

    connect(m_new, &QPushButton::clicked, this, &EventsPage::newEvent);
    connect(m_delete, &QPushButton::clicked, this, &EventsPage::deleteEvent);
    connect(m_kind, &QComboBox::activated, this, [this] {
        const int kind = m_kind->currentData().toInt();
        m_model->setKind(kind < 0 ? std::nullopt : std::optional<EventKind>(EventKind(kind)));
    });
    connect(m_search, &QLineEdit::textChanged, m_model, &EventListModel::setSearch);
    connect(m_list->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this](const QModelIndex& current) {
                if (current.isValid())
                    showRecord(m_model->uuidAt(current.row()));
            });
    connect(m_model, &QAbstractItemModel::modelReset, this, [this] {
        const QString shown = m_form->eventUuid();
        if (m_model->rowOf(shown) >= 0)
            selectInList(shown);
        else if (!shown.isEmpty() && !EventRepository(m_session.db()).event(shown).ok())
            showRecord(QString()); // deleted, or its creation undone
        updateCount();
    });
    connect(m_form, &EventDetailsForm::eventCreated, this, [this](const QString& uuid) {
        showRecord(uuid);
        selectInList(uuid);
    });
    connect(&session, &Session::currentTeamChanged, this, &EventsPage::teamChanged);
    retranslate();
    teamChanged(session.currentTeam());
}

void EventsPage::retranslate()
{
    m_new->setText(tr("&New event"));
    m_delete->setText(tr("&Delete…"));
    m_kindLabel->setText(tr("Sho&w:"));
    m_kind->setItemText(0, tr("all kinds"));
    for (int i = 1; i < m_kind->count(); ++i)
        m_kind->setItemText(i, displayName(EventKind(m_kind->itemData(i).toInt())));
    m_search->setPlaceholderText(tr("Search in titles"));
    m_tabs->setTabText(0, tr("Details"));
    m_tabs->setTabText(1, tr("Participants"));
    m_tabs->setTabText(2, tr("Trainers"));
    m_tabs->setTabText(3, tr("Tests and feedback"));
    m_tabs->setTabText(4, tr("Follow-ups"));
    m_form->retranslate();
    m_participants->retranslate();
    m_trainers->retranslate();
    m_sheets->retranslate();
    m_followUps->retranslate();
    updateCount();
}

void EventsPage::teamChanged(const QString& teamUuid)
{
    m_form->setTeam(teamUuid);
    m_model->setTeam(teamUuid);
    setEnabled(!teamUuid.isEmpty());
    if (m_model->rowOf(m_form->eventUuid()) < 0)
        showRecord(m_model->rowCount() > 0 ? m_model->uuidAt(0) : QString());
    selectInList(m_form->eventUuid());
}

void EventsPage::selectInList(const QString& uuid)
{
    const int row = m_model->rowOf(uuid);
    const QSignalBlocker blocker(m_list->selectionModel());
    if (row >= 0)
        m_list->setCurrentIndex(m_model->index(row, 0));
    else
        m_list->clearSelection();
}

void EventsPage::updateCount()
{
    const int all = m_model->teamEventCount();
    const int shown = m_model->rowCount();
    if (all == 0)
        m_count->setText(tr("No events recorded for this group yet: \"New event\" records the first one."));
    else if (shown == all)
        m_count->setText(tr("%n event(s).", "", all));
    else
        m_count->setText(tr("%1 of %n event(s) shown.", "", all).arg(shown));
}

bool EventsPage::openRecord(const QString& kind, const QString& uuid)
{
    if (kind != u"event")
        return false;
    if (uuid.isEmpty()) {
        newEvent();
        return true;
    }
    auto found = EventRepository(m_session.db()).event(uuid);
    if (!found)
        return false;
    if (found->teamUuid != m_session.currentTeam())
        m_session.setCurrentTeam(found->teamUuid);
    if (m_model->rowOf(uuid) < 0) {
        // Hidden by the filters: show every one.
        m_kind->setCurrentIndex(0);
        m_model->setKind(std::nullopt);
        m_search->clear();
    }
    showRecord(uuid);
    selectInList(uuid);
    m_tabs->setCurrentIndex(0);
    return true;
}

QString EventsPage::currentEvent() const
{
    return m_form->eventUuid();
}

void EventsPage::showRecord(const QString& uuid)
{
    if (uuid.isEmpty())
        m_form->startNew();
    else
        m_form->load(uuid);
    const QString shown = m_form->eventUuid();
    m_participants->setEvent(shown);
    m_trainers->setEvent(shown);
    m_sheets->setEvent(shown);
    m_followUps->setEvent(shown);
    for (int tab = 1; tab < m_tabs->count(); ++tab)
        m_tabs->setTabEnabled(tab, !shown.isEmpty());
    m_delete->setEnabled(!shown.isEmpty());
    if (m_files) // not yet while the constructor shows the first event
        m_files->eventChanged();
}

void EventsPage::newEvent()
{
    {
        const QSignalBlocker blocker(m_list->selectionModel());
        m_list->clearSelection();
        m_list->setCurrentIndex(QModelIndex());
    }
    showRecord(QString());
    m_tabs->setCurrentIndex(0);
    if (auto* title = m_form->findChild<QWidget*>(QStringLiteral("eventTitle")))
        title->setFocus(Qt::OtherFocusReason);
}

void EventsPage::deleteEvent()
{
    const QString uuid = m_form->eventUuid();
    if (uuid.isEmpty())
        return;
    auto found = EventRepository(m_session.db()).event(uuid);
    if (!found) {
        m_form->errors()->show(found.error());
        return;
    }
    auto people = EventRepository(m_session.db()).people(uuid);
    if (!m_confirm.ask(
            tr("Delete"),
            tr("The event %1 «%2» will be deleted with its %n participant(s), trainers, test and feedback "
               "sheets and follow-ups.",
               "", people ? people->total() : 0)
                .arg(found->code, found->title)))
        return;
    auto done = undo::remove(m_session, tr("delete %1").arg(found->code), QStringLiteral("event"), uuid);
    if (!done)
        m_form->errors()->show(done.error());
}

} // namespace hamkori
