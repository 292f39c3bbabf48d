#include "ParticipantsPanel.h"
#include "EntryDelegate.h"
#include "EntryGrid.h"
#include "EventChildEdits.h"
#include "MemberPickerDialog.h"
#include "core/model/Formats.h"
#include "ui/Session.h"
#include "ui/widgets/FieldErrors.h"
#include "ui/widgets/HeaderText.h"
#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QUndoStack>
#include <QVBoxLayout>

namespace hamkori {

namespace {

template <typename E> QList<std::pair<QString, QVariant>> choicesOf()
{
    QList<std::pair<QString, QVariant>> choices;
    for (const auto& entry : EnumTraits<E>::entries())
        choices << std::pair{displayName(entry.value), QVariant(int(entry.value))};
    return choices;
}

constexpr std::array kBands{AgeBand::Under18, AgeBand::From18To29, AgeBand::From30To49, AgeBand::From50};

} // namespace

ParticipantsPanel::ParticipantsPanel(Session& session, QWidget* parent)
    : QWidget(parent), m_session(session), m_named(nullptr), m_counted(nullptr),
      m_namedGrid(new EntryGrid(this)), m_countedGrid(new EntryGrid(this)),
      m_addMember(new QPushButton(this)), m_addPerson(new QPushButton(this)),
      m_deleteNamed(new QPushButton(this)), m_countedCaption(new QLabel(this)),
      m_newRole(new QComboBox(this)), m_addRole(new QPushButton(this)),
      m_deleteCounted(new QPushButton(this)), m_totals(new QLabel(this)),
      m_error(FieldErrors::makeMessageLabel(this))
{
    m_namedGrid->setObjectName(QStringLiteral("participantGrid"));
    m_countedGrid->setObjectName(QStringLiteral("countedGrid"));
    m_addMember->setObjectName(QStringLiteral("addMemberButton"));
    m_addPerson->setObjectName(QStringLiteral("addPersonButton"));
    m_deleteNamed->setObjectName(QStringLiteral("deleteParticipantButton"));
    m_newRole->setObjectName(QStringLiteral("newCountedRole"));
    m_addRole->setObjectName(QStringLiteral("addCountedButton"));
    m_deleteCounted->setObjectName(QStringLiteral("deleteCountedButton"));
    m_totals->setObjectName(QStringLiteral("participantTotals"));
    m_error->setObjectName(QStringLiteral("participantError"));
    m_error->setWordWrap(true);
    m_totals->setWordWrap(true);
    setupNamed();
    setupCounted();

    auto* namedButtons = new QHBoxLayout;
    namedButtons->addWidget(m_addMember);
    namedButtons->addWidget(m_addPerson);
    namedButtons->addStretch();
    namedButtons->addWidget(m_deleteNamed);
    auto* countedButtons = new QHBoxLayout;
    // Read as one phrase: "Count people from [Hukumat]".
    countedButtons->addWidget(m_addRole);
    countedButtons->addWidget(m_newRole);
    countedButtons->addStretch();
    countedButtons->addWidget(m_deleteCounted);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(namedButtons);
    layout->addWidget(m_namedGrid, 3);
    layout->addWidget(m_countedCaption);
    layout->addWidget(m_countedGrid, 1);
    layout->addLayout(countedButtons);
    layout->addWidget(m_error);
    layout->addWidget(m_totals);
    m_countedCaption->setBuddy(m_countedGrid);

    connect(m_addMember, &QPushButton::clicked, this, &ParticipantsPanel::openMemberPicker);
    connect(m_addPerson, &QPushButton::clicked, this, [this] { m_namedGrid->editNewRow(Name); });
    connect(m_deleteNamed, &QPushButton::clicked, this, &ParticipantsPanel::deleteNamed);
    connect(m_addRole, &QPushButton::clicked, this, &ParticipantsPanel::addCountedRole);
    connect(m_deleteCounted, &QPushButton::clicked, this, &ParticipantsPanel::deleteCounted);
    for (EventRowsModel* model :
         {static_cast<EventRowsModel*>(m_named), static_cast<EventRowsModel*>(m_counted)}) {
        connect(model, &EventRowsModel::editRefused, this, &ParticipantsPanel::showError);
        connect(model, &EventRowsModel::editSaved, m_error, &QWidget::hide);
        connect(model, &QAbstractItemModel::modelReset, this, &ParticipantsPanel::updateTotals);
        connect(model, &QAbstractItemModel::rowsInserted, this, &ParticipantsPanel::updateTotals);
        connect(model, &QAbstractItemModel::dataChanged, this, &ParticipantsPanel::updateTotals);
    }
    retranslate();
    setEvent(QString());
}

void ParticipantsPanel::setupNamed()
{
    using Column = EventChildModel<EventParticipant>::Column;
    m_named = new EventChildModel<EventParticipant>(
        m_session.db(), events::kindOf<EventParticipant>(),
        [this](const EventParticipant& before, const EventParticipant& after) {
            return events::change(m_session, tr("change %1 on the list of %2").arg(before.name, eventCode()),
                                  before, after);
        },
        this);
    m_named->setNewRow(
        [](const QString& eventUuid) {
            EventParticipant p;
            p.eventUuid = eventUuid;
            return p;
        },
        [this](const EventParticipant& p) -> Result<QString> {
            return events::add(m_session, tr("add %1 to the list of %2").arg(p.name.trimmed(), eventCode()),
                               p);
        });
    const auto choice = [](auto field) {
        return Column{{},
                      [field](const EventParticipant& p) { return QVariant(displayName(p.*field)); },
                      [field](const EventParticipant& p) { return QVariant(int(p.*field)); },
                      [field](EventParticipant& p, const QVariant& v) {
                          p.*field = std::remove_reference_t<decltype(p.*field)>(v.toInt());
                      }};
    };
    QList<Column> columns{
        Column{[] { return tr("Name"); }, [](const EventParticipant& p) { return QVariant(p.name); },
               [](const EventParticipant& p) { return QVariant(p.name); },
               [](EventParticipant& p, const QVariant& v) { p.name = v.toString(); }},
        Column{[] { return tr("Organisation"); },
               [](const EventParticipant& p) { return QVariant(p.organisation); },
               [](const EventParticipant& p) { return QVariant(p.organisation); },
               [](EventParticipant& p, const QVariant& v) { p.organisation = v.toString(); }},
        choice(&EventParticipant::role), choice(&EventParticipant::sex), choice(&EventParticipant::ageBand)};
    columns[Role].header = [] { return tr("Comes from"); };
    columns[SexColumn].header = [] { return tr("Sex"); };
    columns[AgeColumn].header = [] { return tr("Age band"); };
    m_named->setColumns(columns);
    m_namedGrid->setModel(m_named);
    auto* delegate = new EntryDelegate(m_session.db(), m_namedGrid);
    delegate->setEditor(Role, EntryDelegate::Editor::Choice, &choicesOf<ParticipantRole>);
    delegate->setEditor(SexColumn, EntryDelegate::Editor::Choice, &choicesOf<Sex>);
    delegate->setEditor(AgeColumn, EntryDelegate::Editor::Choice, &choicesOf<AgeBand>);
    m_namedGrid->setItemDelegate(delegate);
    QHeaderView* header = m_namedGrid->horizontalHeader();
    m_namedGrid->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    header->setSectionResizeMode(QHeaderView::ResizeToContents);
    header->setSectionResizeMode(Name, QHeaderView::Stretch);
    header->setSectionResizeMode(Organisation, QHeaderView::Stretch);
    connect(m_namedGrid->selectionModel(), &QItemSelectionModel::currentChanged, this,
            [this](const QModelIndex& current) {
                m_deleteNamed->setEnabled(current.isValid() && !m_named->isNewRow(current.row()));
            });
}

void ParticipantsPanel::setupCounted()
{
    using Column = EventChildModel<EventCount>::Column;
    m_counted = new EventChildModel<EventCount>(
        m_session.db(), events::kindOf<EventCount>(),
        [this](const EventCount& before, const EventCount& after) {
            return events::change(
                m_session,
                tr("change the people from «%1» counted at %2").arg(displayName(before.role), eventCode()),
                before, after);
        },
        this);
    const Qt::Alignment right = Qt::AlignRight | Qt::AlignVCenter;
    QList<Column> columns{Column{[] { return tr("Comes from"); },
                                 [](const EventCount& c) { return QVariant(displayName(c.role)); }}};
    for (const Sex sex : {Sex::Female, Sex::Male})
        for (const AgeBand band : kBands) {
            Column column{
                [sex, band] {
                    // "50 and over" on two lines too: eight columns share the pane.
                    return QStringLiteral("%1\n%2").arg(sex == Sex::Female ? tr("Women") : tr("Men"),
                                                        headerOnTwoLines(displayName(band)));
                },
                [sex, band](const EventCount& c) { return QVariant(c.people.at(sex, band)); },
                [sex, band](const EventCount& c) { return QVariant(c.people.at(sex, band)); },
                [sex, band](EventCount& c, const QVariant& v) { c.people.set(sex, band, v.toInt()); }, right};
            columns << column;
        }
    columns << Column{[] { return tr("Total"); },
                      [](const EventCount& c) { return QVariant(c.people.total()); },
                      {},
                      {},
                      right};
    m_counted->setColumns(columns);
    m_countedGrid->setModel(m_counted);
    auto* delegate = new EntryDelegate(m_session.db(), m_countedGrid);
    for (int column = 1; column <= SexAgeCounts::kCells; ++column)
        delegate->setEditor(column, EntryDelegate::Editor::Count);
    m_countedGrid->setItemDelegate(delegate);
    m_countedGrid->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    QHeaderView* header = m_countedGrid->horizontalHeader();
    header->setSectionResizeMode(QHeaderView::Stretch);
    header->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    m_countedGrid->setMinimumHeight(4 * m_countedGrid->verticalHeader()->defaultSectionSize() +
                                    2 * fontMetrics().height());
    connect(m_countedGrid->selectionModel(), &QItemSelectionModel::currentChanged, this,
            [this](const QModelIndex& current) { m_deleteCounted->setEnabled(current.isValid()); });
}

void ParticipantsPanel::retranslate()
{
    m_addMember->setText(tr("Add &member…"));
    m_addMember->setToolTip(
        tr("Choose members of any group: their name, sex, age band and organisation are filled in."));
    m_addPerson->setText(tr("Add &person"));
    m_addPerson->setToolTip(tr("Type the name of someone who is not a member of a group in the last row."));
    m_deleteNamed->setText(tr("Remove from the list"));
    m_countedCaption->setText(tr("&Counted without names (by sex and age):"));
    m_addRole->setText(tr("Count people &from"));
    m_deleteCounted->setText(tr("Remove the row"));
    m_named->retranslate();
    m_counted->retranslate();
    updateRoleChoices();
    updateTotals();
}

void ParticipantsPanel::setEvent(const QString& eventUuid)
{
    m_event = eventUuid;
    m_error->hide();
    m_named->setEvent(eventUuid);
    m_counted->setEvent(eventUuid);
    m_deleteNamed->setEnabled(false);
    m_deleteCounted->setEnabled(false);
    setEnabled(!eventUuid.isEmpty());
    updateTotals();
}

QString ParticipantsPanel::eventCode() const
{
    auto found = EventRepository(m_session.db()).event(m_event);
    return found ? found->code : QString();
}

void ParticipantsPanel::showError(const QString& message)
{
    m_error->setText(message);
    m_error->show();
}

MemberPickerDialog* ParticipantsPanel::openMemberPicker()
{
    if (m_event.isEmpty())
        return nullptr;
    auto found = EventRepository(m_session.db()).event(m_event);
    auto* dialog = new MemberPickerDialog(m_session.db(), found ? found->title : QString(), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog] { addMembers(dialog->chosen()); });
    dialog->open();
    return dialog;
}

void ParticipantsPanel::addMembers(const QList<Member>& members)
{
    if (m_event.isEmpty() || members.isEmpty())
        return;
    QStringList onList;
    for (const EventParticipant& p : m_named->records())
        onList << p.memberUuid;
    QList<EventParticipant> adding;
    for (const Member& member : members)
        if (!onList.contains(member.meta.uuid)) {
            EventParticipant p = MemberPickerDialog::participantOf(member);
            p.eventUuid = m_event;
            adding << p;
        }
    if (adding.isEmpty()) {
        showError(tr("The members chosen are already on the list."));
        return;
    }
    m_error->hide();
    const QString code = eventCode();
    // Several members chosen at once are one step to undo.
    QUndoStack* stack = m_session.undoStack();
    stack->beginMacro(adding.size() == 1
                          ? tr("add %1 to the list of %2").arg(adding.first().name, code)
                          : tr("add %n member(s) to the list of %1", "", int(adding.size())).arg(code));
    for (const EventParticipant& p : adding)
        if (auto done = events::add(m_session, tr("add %1 to the list of %2").arg(p.name, code), p); !done)
            showError(done.errorMessage());
    stack->endMacro();
}

void ParticipantsPanel::deleteNamed()
{
    const QModelIndex current = m_namedGrid->currentIndex();
    if (!current.isValid() || m_named->isNewRow(current.row()))
        return;
    const EventParticipant p = m_named->records().at(current.row());
    if (auto done = events::remove<EventParticipant>(
            m_session, tr("remove %1 from the list of %2").arg(p.name, eventCode()), p.meta.uuid);
        !done)
        showError(done.errorMessage());
}

void ParticipantsPanel::updateRoleChoices()
{
    QList<ParticipantRole> counted;
    for (const EventCount& c : m_counted->records())
        counted << c.role;
    const QSignalBlocker blocker(m_newRole);
    m_newRole->clear();
    for (const auto& entry : EnumTraits<ParticipantRole>::entries())
        if (!counted.contains(entry.value))
            m_newRole->addItem(displayName(entry.value), int(entry.value));
    m_newRole->setEnabled(m_newRole->count() > 0);
    m_addRole->setEnabled(m_newRole->count() > 0);
}

void ParticipantsPanel::addCountedRole()
{
    if (m_event.isEmpty() || m_newRole->count() == 0)
        return;
    EventCount c;
    c.eventUuid = m_event;
    c.role = ParticipantRole(m_newRole->currentData().toInt());
    auto made =
        events::add(m_session, tr("count people from «%1» at %2").arg(displayName(c.role), eventCode()), c);
    if (!made) {
        showError(made.errorMessage());
        return;
    }
    m_error->hide();
    const int row = m_counted->rowOf(*made);
    if (row >= 0) {
        // Straight to the first count of the new row.
        const QModelIndex first = m_counted->index(row, 1);
        m_countedGrid->setFocus(Qt::OtherFocusReason);
        m_countedGrid->setCurrentIndex(first);
        m_countedGrid->edit(first);
    }
}

void ParticipantsPanel::deleteCounted()
{
    const QModelIndex current = m_countedGrid->currentIndex();
    if (!current.isValid() || current.row() >= m_counted->records().size())
        return;
    const EventCount c = m_counted->records().at(current.row());
    if (auto done = events::remove<EventCount>(
            m_session, tr("remove the people from «%1» counted at %2").arg(displayName(c.role), eventCode()),
            c.meta.uuid);
        !done)
        showError(done.errorMessage());
}

void ParticipantsPanel::updateTotals()
{
    updateRoleChoices();
    if (m_event.isEmpty()) {
        m_totals->clear();
        return;
    }
    auto people = EventRepository(m_session.db()).people(m_event);
    if (!people) {
        m_totals->setText(people.errorMessage());
        return;
    }
    m_totals->setText(tr("Named: %1 · counted: %2 · in all: %3, of them women %4 and men %5.")
                          .arg(people->named)
                          .arg(people->counted)
                          .arg(people->total())
                          .arg(people->bySexAndAge.total(Sex::Female))
                          .arg(people->bySexAndAge.total(Sex::Male)));
}

} // namespace hamkori
