#include "EventDetailsForm.h"
#include "core/model/Formats.h"
#include "core/model/Limits.h"
#include "core/storage/CentreRepository.h"
#include "core/storage/ConcernRepository.h"
#include "core/storage/DirectoryRepository.h"
#include "core/storage/EventRepository.h"
#include "core/storage/PlanRepository.h"
#include "core/storage/RecordEdits.h"
#include "ui/Session.h"
#include "ui/pages/directory/CheckList.h"
#include "ui/pages/team/FormSupport.h"
#include "ui/undo/Undo.h"
#include "ui/widgets/EnumCombo.h"
#include "ui/widgets/FieldErrors.h"
#include "ui/widgets/OptionalDateEdit.h"
#include <QComboBox>
#include <QEvent>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalBlocker>
#include <QSpinBox>
#include <QVBoxLayout>
#include <utility>

namespace hamkori {

namespace {

void setPlainText(QPlainTextEdit* edit, const QString& text)
{
    if (edit->toPlainText() != text) {
        const QSignalBlocker blocker(edit);
        edit->setPlainText(text);
    }
}

void setText(QLineEdit* edit, const QString& text)
{
    if (edit->text() != text) {
        const QSignalBlocker blocker(edit);
        edit->setText(text);
        edit->setCursorPosition(0);
    }
}

void select(QComboBox* combo, const QString& uuid, const QString& deletedText)
{
    const QSignalBlocker blocker(combo);
    const int index = combo->findData(uuid);
    if (index >= 0) {
        combo->setCurrentIndex(index);
    } else if (!uuid.isEmpty()) {
        // Deleted since: shown, so that nothing is changed without the user choosing.
        combo->addItem(deletedText, uuid);
        combo->setCurrentIndex(combo->count() - 1);
    } else {
        combo->setCurrentIndex(0);
    }
}

} // namespace

EventDetailsForm::EventDetailsForm(Session& session, QWidget* parent)
    : QWidget(parent), m_session(session), m_heading(new QLabel(this)), m_form(new QFormLayout),
      m_kind(new QComboBox(this)), m_title(new QLineEdit(this)), m_start(new OptionalDateEdit(this, false)),
      m_endLabel(new QLabel(this)), m_end(new OptionalDateEdit(this)), m_place(new QLineEdit(this)),
      m_centre(new QComboBox(this)), m_organisations(new CheckList(true, this)),
      m_organisers(new QLineEdit(this)), m_topics(new QPlainTextEdit(this)), m_plan(new QComboBox(this)),
      m_activity(new QComboBox(this)), m_concerns(new CheckList(true, this)), m_testOutOf(new QSpinBox(this)),
      m_questions(new QPlainTextEdit(this)), m_standard(new QPushButton(this)),
      m_create(new QPushButton(this)), m_general(FieldErrors::makeMessageLabel(this)),
      m_errors(new FieldErrors(m_general, this))
{
    m_heading->setObjectName(QStringLiteral("eventHeading"));
    m_kind->setObjectName(QStringLiteral("eventKind"));
    m_title->setObjectName(QStringLiteral("eventTitle"));
    m_start->setObjectName(QStringLiteral("eventStart"));
    m_end->setObjectName(QStringLiteral("eventEnd"));
    m_place->setObjectName(QStringLiteral("eventPlace"));
    m_centre->setObjectName(QStringLiteral("eventCentre"));
    m_organisations->setObjectName(QStringLiteral("eventOrganisations"));
    m_organisers->setObjectName(QStringLiteral("eventOrganisers"));
    m_topics->setObjectName(QStringLiteral("eventTopics"));
    m_plan->setObjectName(QStringLiteral("eventPlan"));
    m_activity->setObjectName(QStringLiteral("eventActivity"));
    m_concerns->setObjectName(QStringLiteral("eventConcerns"));
    m_testOutOf->setObjectName(QStringLiteral("eventTestOutOf"));
    m_questions->setObjectName(QStringLiteral("eventQuestions"));
    m_standard->setObjectName(QStringLiteral("standardQuestionsButton"));
    m_create->setObjectName(QStringLiteral("createEventButton"));
    QFont headingFont = m_heading->font();
    headingFont.setPointSizeF(headingFont.pointSizeF() * 1.2);
    headingFont.setBold(true);
    m_heading->setFont(headingFont);
    m_heading->setWordWrap(true);
    // Long names of centres, plans and activities must not widen the form past its pane.
    for (QComboBox* combo : {m_kind, m_centre, m_plan, m_activity}) {
        combo->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
        combo->setMinimumContentsLength(12);
    }
    for (QPlainTextEdit* edit : {m_topics, m_questions}) {
        edit->setTabChangesFocus(true);
        edit->setMinimumHeight(60);
        edit->setMaximumHeight(110);
        edit->installEventFilter(this);
    }
    for (CheckList* list : {m_organisations, m_concerns}) {
        list->setMinimumHeight(110);
        list->setMaximumHeight(150);
    }
    m_testOutOf->setRange(1, limits::kTestScore);
    m_testOutOf->setKeyboardTracking(false);
    enumcombo::fill<EventKind>(m_kind);
    m_create->setDefault(true);

    m_form->setRowWrapPolicy(QFormLayout::WrapLongRows);
    m_form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    m_form->addRow(QStringLiteral("-"), row(QStringLiteral("kind"), m_kind));
    m_form->addRow(QStringLiteral("-"), row(QStringLiteral("title"), m_title));
    // The two days side by side: the form fits 1366×768.
    auto* days = new QWidget(this);
    auto* daysLayout = new QHBoxLayout(days);
    daysLayout->setContentsMargins(0, 0, 0, 0);
    m_endLabel->setBuddy(m_end);
    daysLayout->addWidget(row(QStringLiteral("start_date"), m_start), 1);
    daysLayout->addWidget(m_endLabel);
    daysLayout->addWidget(row(QStringLiteral("end_date"), m_end), 1);
    m_form->addRow(QStringLiteral("-"), days);
    m_form->addRow(QStringLiteral("-"), row(QStringLiteral("place"), m_place));
    m_form->addRow(QStringLiteral("-"), row(QStringLiteral("centre"), m_centre));
    m_form->addRow(QStringLiteral("-"), row(QStringLiteral("organisers"), m_organisations));
    m_form->addRow(QStringLiteral("-"), m_organisers);
    m_form->addRow(QStringLiteral("-"), row(QStringLiteral("topics"), m_topics));
    m_form->addRow(QStringLiteral("-"), row(QStringLiteral("plan"), m_plan));
    m_form->addRow(QStringLiteral("-"), row(QStringLiteral("activity"), m_activity));
    m_form->addRow(QStringLiteral("-"), row(QStringLiteral("concerns"), m_concerns));
    m_form->addRow(QStringLiteral("-"), row(QStringLiteral("test_out_of"), m_testOutOf));
    auto* questions = new QWidget(this);
    auto* questionsLayout = new QVBoxLayout(questions);
    questionsLayout->setContentsMargins(0, 0, 0, 0);
    questionsLayout->addWidget(row(QStringLiteral("questions"), m_questions));
    auto* standardRow = new QHBoxLayout;
    standardRow->addWidget(m_standard);
    standardRow->addStretch();
    questionsLayout->addLayout(standardRow);
    m_form->addRow(QStringLiteral("-"), questions);

    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_create);
    buttons->addStretch();
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_heading);
    layout->addLayout(m_form);
    layout->addWidget(m_general);
    layout->addLayout(buttons);
    layout->addStretch();

    connect(m_kind, &QComboBox::activated, this, [this] {
        commit([this](Event& e) { e.kind = enumcombo::value<EventKind>(m_kind); },
               QT_TR_NOOP("change the kind of %1"));
    });
    connect(m_title, &QLineEdit::editingFinished, this, [this] {
        commit([this](Event& e) { e.title = m_title->text(); }, QT_TR_NOOP("change the title of %1"));
    });
    connect(m_start, &OptionalDateEdit::committed, this, [this] {
        commit([this](Event& e) { e.start = m_start->optionalDate(); },
               QT_TR_NOOP("change the first day of %1"));
    });
    connect(m_end, &OptionalDateEdit::committed, this, [this] {
        commit([this](Event& e) { e.end = m_end->optionalDate(); }, QT_TR_NOOP("change the last day of %1"));
    });
    connect(m_place, &QLineEdit::editingFinished, this, [this] {
        commit([this](Event& e) { e.place = m_place->text(); }, QT_TR_NOOP("change the place of %1"));
    });
    connect(m_centre, &QComboBox::activated, this, [this] {
        commit([this](Event& e) { e.centreUuid = m_centre->currentData().toString(); },
               QT_TR_NOOP("change the centre of %1"));
    });
    connect(m_organisations, &CheckList::edited, this, [this](const QStringList& checked) {
        commit([checked](Event& e) { e.organisationUuids = checked; },
               QT_TR_NOOP("change the organisers of %1"));
    });
    connect(m_organisers, &QLineEdit::editingFinished, this, [this] {
        commit([this](Event& e) { e.organisers = m_organisers->text(); },
               QT_TR_NOOP("change the other organisers of %1"));
    });
    connect(m_plan, &QComboBox::activated, this, [this] {
        const QString plan = m_plan->currentData().toString();
        // An activity belongs to its plan: another plan leaves no activity chosen.
        commit(
            [plan](Event& e) {
                if (e.planUuid != plan)
                    e.activityUuid.clear();
                e.planUuid = plan;
            },
            QT_TR_NOOP("change the action plan of %1"));
        if (isNew())
            fillActivities(plan);
    });
    connect(m_activity, &QComboBox::activated, this, [this] {
        commit([this](Event& e) { e.activityUuid = m_activity->currentData().toString(); },
               QT_TR_NOOP("change the activity of %1"));
    });
    connect(m_concerns, &CheckList::edited, this, [this](const QStringList& checked) {
        commit([checked](Event& e) { e.concernUuids = checked; }, QT_TR_NOOP("change the concerns of %1"));
    });
    connect(m_testOutOf, &QSpinBox::editingFinished, this, [this] {
        commit([this](Event& e) { e.testOutOf = m_testOutOf->value(); },
               QT_TR_NOOP("change the highest test score of %1"));
    });
    connect(m_questions, &QPlainTextEdit::textChanged, this, &EventDetailsForm::updateQuestionsButton);
    connect(m_standard, &QPushButton::clicked, this, &EventDetailsForm::useStandardQuestions);
    connect(m_create, &QPushButton::clicked, this, &EventDetailsForm::createEvent);
    connect(&session.db(), &Database::recordsChanged, this, [this](const QStringList& kinds) {
        for (const char* kind : {"centre", "plan", "activity", "organisation", "concern"})
            if (kinds.contains(QLatin1String(kind))) {
                fillChoices();
                reloadShown();
                return;
            }
        if (kinds.contains(QStringLiteral("event")) || kinds.contains(QStringLiteral("event_organiser")) ||
            kinds.contains(QStringLiteral("event_concern")))
            reloadShown();
    });

    team::setTabChain({m_kind, m_title, m_start, m_end, m_place, m_centre, m_organisations->filter(),
                       m_organisations->list(), m_organisers, m_topics, m_plan, m_activity,
                       m_concerns->filter(), m_concerns->list(), m_testOutOf, m_questions, m_standard,
                       m_create});
    retranslate();
    startNew();
}

QWidget* EventDetailsForm::row(const QString& field, QWidget* editor)
{
    auto* message = FieldErrors::makeMessageLabel(this);
    message->setObjectName(QStringLiteral("eventError_") + field);
    m_errors->bind(field, editor, message);
    return FieldErrors::withMessage(editor, message, this);
}

bool EventDetailsForm::eventFilter(QObject* watched, QEvent* event)
{
    if (event->type() == QEvent::FocusOut) {
        if (watched == m_topics)
            commit([this](Event& e) { e.topics = m_topics->toPlainText(); },
                   QT_TR_NOOP("change the topics of %1"));
        else if (watched == m_questions)
            commit([this](Event& e) { e.questions = m_questions->toPlainText(); },
                   QT_TR_NOOP("change the feedback questions of %1"));
    }
    return QWidget::eventFilter(watched, event);
}

QStringList EventDetailsForm::standardQuestions()
{
    return {tr("The event met my expectations."), tr("The topics were useful for my work."),
            tr("The trainers explained things clearly."),
            tr("I had enough chances to take part and ask questions."), tr("I will use what I learned.")};
}

void EventDetailsForm::retranslate()
{
    const auto label = [this](QWidget* field, const QString& text) {
        for (int i = 0; i < m_form->rowCount(); ++i) {
            auto* item = m_form->itemAt(i, QFormLayout::FieldRole);
            if (item && item->widget() && (item->widget() == field || item->widget()->isAncestorOf(field)))
                if (auto* caption =
                        qobject_cast<QLabel*>(m_form->itemAt(i, QFormLayout::LabelRole)->widget())) {
                    caption->setText(text);
                    caption->setBuddy(field);
                    return;
                }
        }
    };
    label(m_kind, tr("&Kind:"));
    label(m_title, tr("&Title:"));
    label(m_start, tr("&First day:"));
    m_endLabel->setText(tr("&Last day:"));
    label(m_place, tr("Pla&ce:"));
    label(m_centre, tr("Held &at a centre:"));
    label(m_organisations->list(), tr("&Organisers from the directory:"));
    label(m_organisers, tr("Other organisers:"));
    label(m_topics, tr("Top&ics:"));
    label(m_plan, tr("For action &plan:"));
    label(m_activity, tr("Acti&vity of the plan:"));
    label(m_concerns->list(), tr("Concerns it &serves:"));
    label(m_testOutOf, tr("&Highest test score:"));
    label(m_questions, tr("Feedback &questions:"));
    m_title->setPlaceholderText(tr("For example: Community policing for new team members"));
    m_place->setPlaceholderText(tr("Where it was held, as written"));
    m_organisers->setPlaceholderText(tr("Organisers not in the directory, as written"));
    m_topics->setPlaceholderText(tr("One topic per line"));
    m_questions->setPlaceholderText(
        tr("One question per line, at most %1; participants answer each from 1 to 5")
            .arg(Event::kMaxQuestions));
    m_organisations->filter()->setPlaceholderText(tr("Type to find an organisation"));
    m_concerns->filter()->setPlaceholderText(tr("Type to find a concern"));
    m_end->setEmptyText(tr("one day"));
    m_standard->setText(tr("&Use the standard questions"));
    m_standard->setToolTip(tr("Fills in five usual questions when there are none yet."));
    m_create->setText(tr("C&reate"));
    enumcombo::fill<EventKind>(m_kind);
    fillChoices();
    if (isNew())
        m_heading->setText(tr("New event"));
    else
        reloadShown(); // the heading names the kind
}

void EventDetailsForm::setTeam(const QString& teamUuid)
{
    m_team = teamUuid;
    fillChoices();
}

void EventDetailsForm::fillChoices()
{
    const bool wasLoading = std::exchange(m_loading, true);
    Database& db = m_session.db();
    const auto refill = [](QComboBox* combo, const QString& none,
                           const QList<std::pair<QString, QString>>& items) {
        const QString chosen = combo->currentData().toString();
        const QSignalBlocker blocker(combo);
        combo->clear();
        combo->addItem(none, QString());
        for (const auto& [uuid, text] : items)
            combo->addItem(text, uuid);
        combo->setCurrentIndex(std::max(0, combo->findData(chosen)));
    };
    QList<std::pair<QString, QString>> centres;
    if (auto all = CentreRepository(db).centres())
        for (const Centre& centre : *all)
            centres << std::pair{centre.meta.uuid, centre.name};
    refill(m_centre, tr("none"), centres);
    QList<std::pair<QString, QString>> plans;
    if (!m_team.isEmpty())
        if (auto all = PlanRepository(db).plans(m_team))
            for (const ActionPlan& plan : *all)
                plans << std::pair{plan.meta.uuid, QStringLiteral("%1 · %2").arg(plan.code, plan.title)};
    refill(m_plan, tr("none"), plans);
    fillActivities(m_plan->currentData().toString());

    const QStringList organisers = m_organisations->checked();
    m_organisations->clear();
    if (auto all = DirectoryRepository(db).organisations())
        for (const OrganisationSummary& summary : *all) {
            const Organisation& o = summary.organisation;
            m_organisations->addEntry(
                o.meta.uuid,
                o.shortName.isEmpty() ? o.name : QStringLiteral("%1 (%2)").arg(o.name, o.shortName),
                o.shortName);
        }
    m_organisations->setChecked(organisers);
    const QStringList concerns = m_concerns->checked();
    m_concerns->clear();
    if (!m_team.isEmpty()) {
        ConcernFilter filter;
        filter.teamUuid = m_team;
        filter.sort = ConcernFilter::Sort::Code;
        filter.descending = false;
        if (auto all = ConcernRepository(db).page(filter, 0, 5000))
            for (const ConcernRow& concern : *all)
                m_concerns->addEntry(concern.uuid, QStringLiteral("%1 · %2").arg(concern.code, concern.title),
                                     concern.code);
    }
    m_concerns->setChecked(concerns);
    m_loading = wasLoading;
}

void EventDetailsForm::fillActivities(const QString& planUuid)
{
    const QString chosen = m_activity->currentData().toString();
    const QSignalBlocker blocker(m_activity);
    m_activity->clear();
    m_activity->addItem(planUuid.isEmpty() ? tr("choose the plan first") : tr("none"), QString());
    if (!planUuid.isEmpty())
        if (auto all = PlanRepository(m_session.db()).activities(planUuid))
            for (const Activity& activity : *all)
                m_activity->addItem(tr("%1. %2").arg(activity.position + 1).arg(activity.measure),
                                    activity.meta.uuid);
    m_activity->setCurrentIndex(std::max(0, m_activity->findData(chosen)));
    m_activity->setEnabled(!planUuid.isEmpty());
}

void EventDetailsForm::startNew()
{
    m_uuid.clear();
    m_errors->clear();
    Event blank;
    blank.start = QDate::currentDate();
    fill(blank);
    m_create->show();
    m_heading->setText(tr("New event"));
}

void EventDetailsForm::load(const QString& uuid)
{
    auto found =
        uuid.isEmpty() ? Result<Event>(Error{QString(), {}}) : EventRepository(m_session.db()).event(uuid);
    if (!found) {
        startNew();
        return;
    }
    m_errors->clear();
    m_uuid = uuid;
    fill(*found);
    m_create->hide();
}

void EventDetailsForm::reloadShown()
{
    if (isNew())
        return;
    if (auto found = EventRepository(m_session.db()).event(m_uuid))
        fill(*found);
}

void EventDetailsForm::fill(const Event& e)
{
    const bool wasLoading = std::exchange(m_loading, true);
    enumcombo::select(m_kind, e.kind);
    setText(m_title, e.title);
    m_start->setOptionalDate(e.start);
    m_end->setOptionalDate(e.end);
    setText(m_place, e.place);
    select(m_centre, e.centreUuid, tr("(deleted)"));
    m_organisations->setChecked(e.organisationUuids);
    setText(m_organisers, e.organisers);
    setPlainText(m_topics, e.topics);
    select(m_plan, e.planUuid, tr("(deleted)"));
    fillActivities(e.planUuid);
    select(m_activity, e.activityUuid, tr("(deleted)"));
    m_concerns->setChecked(e.concernUuids);
    {
        const QSignalBlocker blocker(m_testOutOf);
        m_testOutOf->setValue(e.testOutOf);
    }
    setPlainText(m_questions, e.questions);
    updateQuestionsButton();
    if (!e.meta.uuid.isEmpty())
        m_heading->setText(QStringLiteral("%1 · %2").arg(e.code, displayName(e.kind)));
    m_loading = wasLoading;
}

void EventDetailsForm::updateQuestionsButton()
{
    m_standard->setEnabled(m_questions->toPlainText().trimmed().isEmpty());
}

void EventDetailsForm::useStandardQuestions()
{
    if (!m_questions->toPlainText().trimmed().isEmpty())
        return;
    const QString questions = standardQuestions().join(QLatin1Char('\n'));
    setPlainText(m_questions, questions);
    updateQuestionsButton();
    commit([questions](Event& e) { e.questions = questions; },
           QT_TR_NOOP("change the feedback questions of %1"));
}

void EventDetailsForm::commit(const std::function<void(Event&)>& change, const char* text)
{
    if (m_loading || isNew())
        return;
    EventRepository events(m_session.db());
    auto before = events.event(m_uuid);
    if (!before) {
        m_errors->show(before.error());
        return;
    }
    Event after = *before;
    change(after);
    const FieldPatch patch = RecordEdits::patch(*before, after);
    m_errors->clear();
    if (patch.isEmpty())
        return;
    auto done = undo::edit(m_session, tr(text).arg(before->code), patch);
    if (!done) {
        m_errors->show(done.error());
        return;
    }
}

void EventDetailsForm::createEvent()
{
    if (!isNew())
        return;
    // A date typed but not yet confirmed counts, as leaving the field would.
    m_start->readTyped();
    m_end->readTyped();
    Event e;
    e.teamUuid = m_team;
    e.kind = enumcombo::value<EventKind>(m_kind);
    e.title = m_title->text();
    e.start = m_start->optionalDate();
    e.end = m_end->optionalDate();
    e.place = m_place->text();
    e.centreUuid = m_centre->currentData().toString();
    e.organisationUuids = m_organisations->checked();
    e.organisers = m_organisers->text();
    e.topics = m_topics->toPlainText();
    e.planUuid = m_plan->currentData().toString();
    e.activityUuid = m_activity->currentData().toString();
    e.concernUuids = m_concerns->checked();
    e.testOutOf = m_testOutOf->value();
    e.questions = m_questions->toPlainText();
    m_errors->clear();
    Database& db = m_session.db();
    auto created = undo::create(m_session, tr("record the event %1").arg(e.title.trimmed()),
                                QStringLiteral("event"), [&db, e]() -> Result<QString> {
                                    auto made = EventRepository(db).createEvent(e);
                                    if (!made)
                                        return made.error();
                                    return made->meta.uuid;
                                });
    if (!created) {
        m_errors->show(created.error());
        return;
    }
    load(*created);
    Q_EMIT eventCreated(*created);
}

} // namespace hamkori
