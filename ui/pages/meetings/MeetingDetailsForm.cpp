#include "MeetingDetailsForm.h"
#include "MeetingEdit.h"
#include "core/model/Plausibility.h"
#include "core/storage/CentreRepository.h"
#include "core/storage/MeetingQueries.h"
#include "core/storage/MeetingRepository.h"
#include "core/storage/TeamRepository.h"
#include "ui/Session.h"
#include "ui/widgets/FieldErrors.h"
#include "ui/widgets/FieldWarning.h"
#include "ui/widgets/OptionalDateEdit.h"
#include <QComboBox>
#include <QEvent>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QTimer>
#include <QVBoxLayout>

namespace hamkori {

namespace {
/// How long typing in a multi-line field may pause before what was typed is saved.
constexpr int kPauseMs = 2000;

/// A name chosen from the members present or typed: an editable list that never adds what is typed to itself.
QComboBox* makeNameCombo(QWidget* parent, const QString& objectName)
{
    auto* combo = new QComboBox(parent);
    combo->setObjectName(objectName);
    combo->setEditable(true);
    combo->setInsertPolicy(QComboBox::NoInsert);
    combo->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    combo->setMinimumContentsLength(16);
    return combo;
}

QFormLayout* makeForm()
{
    auto* form = new QFormLayout;
    form->setRowWrapPolicy(QFormLayout::WrapLongRows);
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    return form;
}
} // namespace

MeetingDetailsForm::MeetingDetailsForm(Session& session, QWidget* parent)
    : QWidget(parent), m_session(session), m_kind(new QComboBox(this)),
      m_date(new OptionalDateEdit(this, false)), m_code(new QLineEdit(this)), m_place(new QLineEdit(this)),
      m_facilitator(new QLineEdit(this)), m_minutesNumber(new QLineEdit(this)),
      m_chair(makeNameCombo(this, QStringLiteral("meetingChair"))),
      m_secretary(makeNameCombo(this, QStringLiteral("meetingSecretary"))),
      m_agenda(new QPlainTextEdit(this)), m_minutes(new QPlainTextEdit(this)),
      m_decisions(new QPlainTextEdit(this)), m_centre(new QComboBox(this)), m_pause(new QTimer(this)),
      m_errors(nullptr), m_dateWarning(FieldWarning::makeLabel(this)), m_dirty(FieldCount, false)
{
    m_kind->setObjectName(QStringLiteral("meetingKind"));
    m_date->setObjectName(QStringLiteral("meetingDate"));
    m_dateWarning->setObjectName(QStringLiteral("meetingDateWarning"));
    m_code->setObjectName(QStringLiteral("meetingCode"));
    m_place->setObjectName(QStringLiteral("meetingPlace"));
    m_facilitator->setObjectName(QStringLiteral("meetingFacilitator"));
    m_minutesNumber->setObjectName(QStringLiteral("meetingMinutesNumber"));
    m_agenda->setObjectName(QStringLiteral("meetingAgenda"));
    m_minutes->setObjectName(QStringLiteral("meetingMinutes"));
    m_decisions->setObjectName(QStringLiteral("meetingDecisions"));
    m_centre->setObjectName(QStringLiteral("meetingCentre"));
    m_centre->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_centre->setMinimumContentsLength(12);

    for (int i = 0; i < enumCount<MeetingKind>(); ++i)
        m_kind->addItem(QString(), allCodes<MeetingKind>()[i]);
    for (QPlainTextEdit* edit : {m_agenda, m_minutes, m_decisions}) {
        edit->setTabChangesFocus(true);
        edit->setMinimumHeight(60);
        edit->installEventFilter(this);
    }
    m_pause->setSingleShot(true);
    m_pause->setInterval(kPauseMs);
    connect(m_pause, &QTimer::timeout, this, &MeetingDetailsForm::saveTexts);

    for (int i = 0; i < FieldCount; ++i)
        m_labels << new QLabel(this);
    QList<QLabel*> messages;
    for (int i = 0; i < FieldCount; ++i)
        messages << FieldErrors::makeMessageLabel(this);
    auto* general = FieldErrors::makeMessageLabel(this);
    m_errors = new FieldErrors(general, this);
    const QList<QWidget*> editors{m_kind,  m_date,      m_code,   m_place,   m_facilitator, m_minutesNumber,
                                  m_chair, m_secretary, m_agenda, m_minutes, m_decisions,   m_centre};
    const QStringList fieldNames{
        QStringLiteral("kind"),    QStringLiteral("date"),        QStringLiteral("code"),
        QStringLiteral("place"),   QStringLiteral("facilitator"), QStringLiteral("minutes_number"),
        QStringLiteral("chair"),   QStringLiteral("secretary"),   QStringLiteral("agenda"),
        QStringLiteral("minutes"), QStringLiteral("decisions"),   QStringLiteral("centre")};
    for (int i = 0; i < FieldCount; ++i) {
        m_errors->bind(fieldNames[i], editors[i], messages[i]);
        m_labels[i]->setBuddy(editors[i]);
    }

    // Short fields in two columns, the texts below at full width: no horizontal scrolling at 1366×768.
    auto* left = makeForm();
    auto* right = makeForm();
    // Labels above the fields: beside the long Tajik and Russian label of the minutes number, the meeting
    // code (KUS-M-2026-08) had no room.
    right->setRowWrapPolicy(QFormLayout::WrapAllRows);
    for (Field field : {Kind, Place, Facilitator, Chair, Secretary})
        left->addRow(m_labels[field], FieldErrors::withMessage(editors[field], messages[field], this));
    for (Field field : {Date, Code, MinutesNumber, Centre}) {
        right->addRow(m_labels[field], FieldErrors::withMessage(editors[field], messages[field], this));
        if (field == Date)
            right->addRow(m_dateWarning);
    }
    auto* columns = new QHBoxLayout;
    columns->addLayout(left, 3);
    columns->addSpacing(12);
    columns->addLayout(right, 2);
    auto* texts = makeForm();
    for (Field field : {Agenda, Minutes, Decisions})
        texts->addRow(m_labels[field], FieldErrors::withMessage(editors[field], messages[field], this));

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(columns);
    layout->addLayout(texts, 1);
    layout->addWidget(general);
    const QList<QWidget*> tabOrder{m_kind,      m_place,  m_facilitator, m_chair,
                                   m_secretary, m_date,   m_code,        m_minutesNumber,
                                   m_centre,    m_agenda, m_minutes,     m_decisions};
    for (qsizetype i = 1; i < tabOrder.size(); ++i)
        setTabOrder(tabOrder[i - 1], tabOrder[i]);

    connect(m_kind, &QComboBox::activated, this, [this] { save(Kind); });
    connect(m_date, &OptionalDateEdit::committed, this, [this] { save(Date); });
    connect(m_code, &QLineEdit::editingFinished, this, [this] { save(Code); });
    connect(m_place, &QLineEdit::editingFinished, this, [this] { save(Place); });
    connect(m_facilitator, &QLineEdit::editingFinished, this, [this] { save(Facilitator); });
    connect(m_minutesNumber, &QLineEdit::editingFinished, this, [this] { save(MinutesNumber); });
    connect(m_centre, &QComboBox::activated, this, [this] { save(Centre); });
    // A name chosen from the list, or typed and confirmed; saving the same name twice pushes nothing.
    for (const auto& [combo, field] : {std::pair{m_chair, Chair}, std::pair{m_secretary, Secretary}}) {
        connect(combo, &QComboBox::activated, this, [this, field = field] { save(field); });
        connect(combo->lineEdit(), &QLineEdit::editingFinished, this, [this, field = field] { save(field); });
    }
    connect(&session.db(), &Database::recordsChanged, this, [this](const QStringList& kinds) {
        if (kinds.contains(QStringLiteral("attendance")) || kinds.contains(QStringLiteral("member")))
            offerPresentMembers();
        if (kinds.contains(QStringLiteral("centre")) || kinds.contains(QStringLiteral("centre_group")))
            offerCentres();
    });
    const std::pair<QPlainTextEdit*, Field> textFields[] = {
        {m_agenda, Agenda}, {m_minutes, Minutes}, {m_decisions, Decisions}};
    for (const auto& [edit, field] : textFields)
        connect(edit, &QPlainTextEdit::textChanged, this, [this, field = field] {
            m_dirty[field] = true;
            m_pause->start();
        });
    setEnabled(false);
}

bool MeetingDetailsForm::eventFilter(QObject* watched, QEvent* event)
{
    if (event->type() == QEvent::FocusOut &&
        (watched == m_agenda || watched == m_minutes || watched == m_decisions))
        saveTexts();
    return QWidget::eventFilter(watched, event);
}

void MeetingDetailsForm::focusFirstField()
{
    m_kind->setFocus(Qt::OtherFocusReason);
}

void MeetingDetailsForm::clear()
{
    m_pause->stop();
    m_dirty.fill(false);
    m_refused = -1;
    m_errors->clear();
    FieldWarning::show(m_dateWarning, QString());
    m_meeting = Meeting{};
    setEnabled(false);
}

void MeetingDetailsForm::setMeeting(const Meeting& meeting)
{
    if (meeting.meta.uuid != m_meeting.meta.uuid)
        clear();
    m_meeting = meeting;
    setEnabled(true);
    if (m_refused != Kind) {
        const QSignalBlocker blocker(m_kind);
        m_kind->setCurrentIndex(m_kind->findData(codeOf(meeting.kind)));
    }
    if (m_refused != Date && m_date->date() != meeting.date) {
        m_date->setOptionalDate(meeting.date);
    }
    setTextIfChanged(m_code, Code, meeting.code);
    setTextIfChanged(m_place, Place, meeting.place);
    setTextIfChanged(m_facilitator, Facilitator, meeting.facilitator);
    setTextIfChanged(m_minutesNumber, MinutesNumber, meeting.minutesNumber);
    offerPresentMembers();
    setTextIfChanged(m_chair, Chair, meeting.chair);
    setTextIfChanged(m_secretary, Secretary, meeting.secretary);
    setTextIfChanged(m_agenda, Agenda, meeting.agenda);
    setTextIfChanged(m_minutes, Minutes, meeting.minutes);
    setTextIfChanged(m_decisions, Decisions, meeting.decisions);
    offerCentres();
    updateDateWarning();
}

void MeetingDetailsForm::updateDateWarning()
{
    QString warning = plausibility::meetingFarAhead(m_meeting.date, QDate::currentDate());
    if (warning.isEmpty() && !m_meeting.meta.uuid.isEmpty()) {
        QDate earliest;
        if (auto raised = MeetingQueries(m_session.db()).concernsRaisedAt(m_meeting.meta.uuid))
            for (const RaisedConcern& concern : *raised)
                if (concern.firstRaised.isValid() && (!earliest.isValid() || concern.firstRaised < earliest))
                    earliest = concern.firstRaised;
        warning = plausibility::meetingAfterConcernsRaised(m_meeting.date, earliest);
    }
    FieldWarning::show(m_dateWarning, warning);
}

void MeetingDetailsForm::setTextIfChanged(QLineEdit* edit, Field field, const QString& text)
{
    if (m_refused == field || edit->text() == text)
        return;
    edit->setText(text);
    edit->setCursorPosition(0); // show the start of a long place name, not its end
}

void MeetingDetailsForm::setTextIfChanged(QPlainTextEdit* edit, Field field, const QString& text)
{
    // While the user types (unsaved) the stored text must not overwrite theirs or move the cursor.
    if (m_refused == field || m_dirty[field] || edit->toPlainText() == text)
        return;
    const QSignalBlocker blocker(edit);
    edit->setPlainText(text);
}

void MeetingDetailsForm::setTextIfChanged(QComboBox* combo, Field field, const QString& text)
{
    if (m_refused == field || combo->currentText() == text)
        return;
    const QSignalBlocker blocker(combo);
    combo->setEditText(text);
    combo->lineEdit()->setCursorPosition(0);
}

void MeetingDetailsForm::offerPresentMembers()
{
    QStringList names;
    if (!m_meeting.meta.uuid.isEmpty()) {
        auto present = MeetingRepository(m_session.db()).presentMembers(m_meeting.meta.uuid);
        auto members = TeamRepository(m_session.db()).members(m_meeting.teamUuid);
        if (present && members)
            for (const Member& member : *members)
                if (present->contains(member.meta.uuid))
                    names << member.name;
    }
    for (QComboBox* combo : {m_chair, m_secretary}) {
        QStringList offered;
        for (int i = 0; i < combo->count(); ++i)
            offered << combo->itemText(i);
        if (offered == names)
            continue;
        // Refilling an editable list selects its first entry: the text shown is put back as it was.
        const QString text = combo->currentText();
        const QSignalBlocker blocker(combo);
        combo->clear();
        combo->addItems(names);
        combo->setCurrentIndex(-1);
        combo->setEditText(text);
    }
}

void MeetingDetailsForm::offerCentres()
{
    CentreRepository centres(m_session.db());
    QList<std::pair<QString, QString>> offered; // UUID, name: the team's centres first
    QStringList listed;
    if (auto own = centres.centresOf({m_meeting.teamUuid}); own && !m_meeting.teamUuid.isEmpty())
        for (const hamkori::Centre& centre : *own) {
            offered.append({centre.meta.uuid, centre.name});
            listed << centre.meta.uuid;
        }
    const int ownCount = int(offered.size());
    if (auto all = centres.centres())
        for (const hamkori::Centre& centre : *all)
            if (!listed.contains(centre.meta.uuid))
                offered.append({centre.meta.uuid, centre.name});
    const QSignalBlocker blocker(m_centre);
    m_centre->clear();
    m_centre->addItem(tr("none", "held at no centre"), QString());
    for (int i = 0; i < offered.size(); ++i) {
        if (i == ownCount && ownCount > 0)
            m_centre->insertSeparator(m_centre->count());
        m_centre->addItem(offered[i].second, offered[i].first);
    }
    int index = m_centre->findData(m_meeting.centreUuid);
    if (index < 0 && !m_meeting.centreUuid.isEmpty()) {
        m_centre->addItem(tr("(deleted centre)"), m_meeting.centreUuid);
        index = m_centre->count() - 1;
    }
    m_centre->setCurrentIndex(std::max(0, index));
}

void MeetingDetailsForm::saveTexts()
{
    m_pause->stop();
    for (Field field : {Agenda, Minutes, Decisions})
        if (m_dirty[field]) {
            m_dirty[field] = false;
            save(field);
        }
}

void MeetingDetailsForm::save(Field field)
{
    if (m_meeting.meta.uuid.isEmpty())
        return;
    Meeting edited = m_meeting;
    MeetingField copy;
    switch (field) {
    case Kind:
        edited.kind = enumFromCode<MeetingKind>(m_kind->currentData().toString()).value_or(m_meeting.kind);
        copy = [](Meeting& to, const Meeting& from) { to.kind = from.kind; };
        break;
    case Date:
        edited.date = m_date->date();
        copy = [](Meeting& to, const Meeting& from) { to.date = from.date; };
        break;
    case Code:
        edited.code = m_code->text().trimmed();
        if (edited.code.isEmpty()) {
            // Core makes a code only for a new meeting; an emptied code would leave the meeting without one.
            m_refused = Code;
            m_errors->show(fieldError(
                QStringLiteral("code"),
                tr("Enter a code for the meeting, or keep the one it has (%1).").arg(m_meeting.code)));
            return;
        }
        copy = [](Meeting& to, const Meeting& from) { to.code = from.code; };
        break;
    case Place:
        edited.place = m_place->text();
        copy = [](Meeting& to, const Meeting& from) { to.place = from.place; };
        break;
    case Facilitator:
        edited.facilitator = m_facilitator->text();
        copy = [](Meeting& to, const Meeting& from) { to.facilitator = from.facilitator; };
        break;
    case MinutesNumber:
        edited.minutesNumber = m_minutesNumber->text();
        copy = [](Meeting& to, const Meeting& from) { to.minutesNumber = from.minutesNumber; };
        break;
    case Chair:
        edited.chair = m_chair->currentText().trimmed();
        copy = [](Meeting& to, const Meeting& from) { to.chair = from.chair; };
        break;
    case Secretary:
        edited.secretary = m_secretary->currentText().trimmed();
        copy = [](Meeting& to, const Meeting& from) { to.secretary = from.secretary; };
        break;
    case Agenda:
        edited.agenda = m_agenda->toPlainText();
        copy = [](Meeting& to, const Meeting& from) { to.agenda = from.agenda; };
        break;
    case Minutes:
        edited.minutes = m_minutes->toPlainText();
        copy = [](Meeting& to, const Meeting& from) { to.minutes = from.minutes; };
        break;
    case Decisions:
        edited.decisions = m_decisions->toPlainText();
        copy = [](Meeting& to, const Meeting& from) { to.decisions = from.decisions; };
        break;
    case Centre:
        edited.centreUuid = m_centre->currentData().toString();
        copy = [](Meeting& to, const Meeting& from) { to.centreUuid = from.centreUuid; };
        break;
    case FieldCount:
        return;
    }
    const bool typed = field == Agenda || field == Minutes || field == Decisions; // saved at pauses
    auto done = editMeetingField(m_session, undoText(field), edited, copy, typed);
    if (!done) {
        m_refused = field;
        m_errors->show(done.error());
        return;
    }
    if (m_refused == field || m_refused == -1) {
        m_refused = -1;
        m_errors->clear();
    }
}

QString MeetingDetailsForm::undoText(Field field) const
{
    const QString code = m_meeting.code;
    switch (field) {
    case Kind:
        return tr("change the kind of meeting %1").arg(code);
    case Date:
        return tr("change the date of meeting %1").arg(code);
    case Code:
        return tr("change the code of meeting %1").arg(code);
    case Place:
        return tr("change the place of meeting %1").arg(code);
    case Facilitator:
        return tr("change the facilitator of meeting %1").arg(code);
    case MinutesNumber:
        return tr("change the minutes number of meeting %1").arg(code);
    case Chair:
        return tr("change who chaired meeting %1").arg(code);
    case Secretary:
        return tr("change the secretary of meeting %1").arg(code);
    case Agenda:
        return tr("change the agenda of meeting %1").arg(code);
    case Minutes:
        return tr("change the minutes of meeting %1").arg(code);
    case Decisions:
        return tr("change the decisions of meeting %1").arg(code);
    case Centre:
        return tr("change the centre meeting %1 was held at").arg(code);
    case FieldCount:
        break;
    }
    return {};
}

void MeetingDetailsForm::retranslate()
{
    for (int i = 0; i < m_kind->count(); ++i)
        if (auto kind = enumFromCode<MeetingKind>(m_kind->itemData(i).toString()))
            m_kind->setItemText(i, displayName(*kind));
    m_labels[Kind]->setText(tr("&Kind:"));
    m_labels[Date]->setText(tr("D&ate:"));
    m_labels[Code]->setText(tr("C&ode:"));
    m_labels[Place]->setText(tr("&Place:"));
    m_labels[Facilitator]->setText(tr("&Facilitator:"));
    m_labels[MinutesNumber]->setText(tr("Minutes n&umber:"));
    m_labels[Chair]->setText(tr("C&haired by:"));
    m_labels[Secretary]->setText(tr("Secre&tary:"));
    m_labels[Agenda]->setText(tr("A&genda:"));
    m_labels[Minutes]->setText(tr("&Minutes:"));
    m_labels[Decisions]->setText(tr("Decision&s:"));
    m_labels[Centre]->setText(tr("Held at c&entre:"));
    if (m_centre->count() > 0)
        m_centre->setItemText(0, tr("none", "held at no centre"));
    m_place->setPlaceholderText(tr("Village, mahalla or building"));
    m_facilitator->setPlaceholderText(tr("Who led the meeting"));
    m_chair->lineEdit()->setPlaceholderText(tr("A member present, or type a name"));
    m_secretary->lineEdit()->setPlaceholderText(tr("A member present, or type a name"));
    m_minutesNumber->setPlaceholderText(tr("Number on the paper minutes"));
    m_agenda->setPlaceholderText(tr("One item a line"));
    m_decisions->setPlaceholderText(tr("What was agreed, who does it, by when"));
    if (!m_meeting.meta.uuid.isEmpty())
        updateDateWarning();
}

} // namespace hamkori
