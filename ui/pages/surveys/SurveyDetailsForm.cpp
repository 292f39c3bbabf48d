#include "SurveyDetailsForm.h"
#include "core/model/Formats.h"
#include "core/model/Limits.h"
#include "core/storage/ConcernRepository.h"
#include "core/storage/PlanRepository.h"
#include "core/storage/RecordEdits.h"
#include "core/storage/SurveyRepository.h"
#include "ui/Session.h"
#include "ui/pages/directory/CheckList.h"
#include "ui/pages/team/FormSupport.h"
#include "ui/undo/Undo.h"
#include "ui/widgets/EnumCombo.h"
#include "ui/widgets/FieldErrors.h"
#include "ui/widgets/OptionalDateEdit.h"
#include "ui/widgets/SexAgeCountsGrid.h"
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

void setText(QLineEdit* edit, const QString& text)
{
    if (edit->text() != text) {
        const QSignalBlocker blocker(edit);
        edit->setText(text);
        edit->setCursorPosition(0);
    }
}

QString talliedCell(Sex sex, AgeBand band)
{
    const int cell = int(sex) * SexAgeCounts::kBands + int(band);
    return QStringLiteral("surveyTallied_") + QLatin1String(SexAgeCounts::cellCodes()[std::size_t(cell)]);
}

} // namespace

SurveyDetailsForm::SurveyDetailsForm(Session& session, QWidget* parent)
    : QWidget(parent), m_session(session), m_heading(new QLabel(this)), m_form(new QFormLayout),
      m_kind(new QComboBox(this)), m_title(new QLineEdit(this)), m_start(new OptionalDateEdit(this, false)),
      m_endLabel(new QLabel(this)), m_end(new OptionalDateEdit(this)), m_area(new QLineEdit(this)),
      m_interviewers(new QLineEdit(this)), m_copyFrom(new QComboBox(this)), m_plan(new QComboBox(this)),
      m_concerns(new CheckList(true, this)), m_notes(new QPlainTextEdit(this)),
      m_talliedNote(new QLabel(this)),
      m_tallied(
          new SexAgeCountsGrid({&talliedCell, QStringLiteral("surveyTallied")}, limits::kTallyPerCell, this)),
      m_unsplit(new QSpinBox(this)), m_create(new QPushButton(this)),
      m_general(FieldErrors::makeMessageLabel(this)), m_errors(new FieldErrors(m_general, this))
{
    m_heading->setObjectName(QStringLiteral("surveyHeading"));
    m_kind->setObjectName(QStringLiteral("surveyKind"));
    m_title->setObjectName(QStringLiteral("surveyTitle"));
    m_start->setObjectName(QStringLiteral("surveyStart"));
    m_end->setObjectName(QStringLiteral("surveyEnd"));
    m_area->setObjectName(QStringLiteral("surveyArea"));
    m_interviewers->setObjectName(QStringLiteral("surveyInterviewers"));
    m_copyFrom->setObjectName(QStringLiteral("surveyCopyFrom"));
    m_plan->setObjectName(QStringLiteral("surveyPlan"));
    m_concerns->setObjectName(QStringLiteral("surveyConcerns"));
    m_notes->setObjectName(QStringLiteral("surveyNotes"));
    m_unsplit->setObjectName(QStringLiteral("surveyTalliedUnsplit"));
    m_create->setObjectName(QStringLiteral("createSurveyButton"));
    QFont headingFont = m_heading->font();
    headingFont.setPointSizeF(headingFont.pointSizeF() * 1.2);
    headingFont.setBold(true);
    m_heading->setFont(headingFont);
    m_heading->setWordWrap(true);
    for (QComboBox* combo : {m_kind, m_copyFrom, m_plan}) {
        combo->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
        combo->setMinimumContentsLength(12);
    }
    m_notes->setTabChangesFocus(true);
    m_notes->setMinimumHeight(50);
    m_notes->setMaximumHeight(90);
    m_notes->installEventFilter(this);
    m_concerns->setMinimumHeight(100);
    m_concerns->setMaximumHeight(140);
    m_unsplit->setRange(0, limits::kTallyPerCell);
    m_unsplit->setKeyboardTracking(false);
    m_unsplit->setMaximumWidth(m_unsplit->fontMetrics().horizontalAdvance(QStringLiteral("0000000")) + 40);
    m_talliedNote->setWordWrap(true);
    m_talliedNote->setEnabled(false);
    enumcombo::fill<SurveyKind>(m_kind);
    m_create->setDefault(true);

    m_form->setRowWrapPolicy(QFormLayout::WrapLongRows);
    m_form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    m_form->addRow(QStringLiteral("-"), row(QStringLiteral("kind"), m_kind));
    m_form->addRow(QStringLiteral("-"), row(QStringLiteral("title"), m_title));
    auto* days = new QWidget(this);
    auto* daysLayout = new QHBoxLayout(days);
    daysLayout->setContentsMargins(0, 0, 0, 0);
    m_endLabel->setBuddy(m_end);
    daysLayout->addWidget(row(QStringLiteral("start_date"), m_start), 1);
    daysLayout->addWidget(m_endLabel);
    daysLayout->addWidget(row(QStringLiteral("end_date"), m_end), 1);
    m_form->addRow(QStringLiteral("-"), days);
    m_form->addRow(QStringLiteral("-"), m_copyFrom);
    m_form->addRow(QStringLiteral("-"), row(QStringLiteral("area"), m_area));
    m_form->addRow(QStringLiteral("-"), row(QStringLiteral("interviewers"), m_interviewers));
    m_form->addRow(QStringLiteral("-"), row(QStringLiteral("plan"), m_plan));
    m_form->addRow(QStringLiteral("-"), row(QStringLiteral("concerns"), m_concerns));
    m_form->addRow(QStringLiteral("-"), row(QStringLiteral("notes"), m_notes));
    auto* tallied = new QWidget(this);
    auto* talliedLayout = new QVBoxLayout(tallied);
    talliedLayout->setContentsMargins(0, 0, 0, 0);
    talliedLayout->addWidget(m_talliedNote);
    talliedLayout->addWidget(m_tallied);
    m_form->addRow(QStringLiteral("-"), tallied);
    m_form->addRow(QStringLiteral("-"), row(QStringLiteral("tallied_unsplit"), m_unsplit));

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
        commit([this](Survey& s) { s.kind = enumcombo::value<SurveyKind>(m_kind); },
               QT_TR_NOOP("change the kind of %1"));
        if (isNew())
            chooseCopyFrom();
    });
    connect(m_title, &QLineEdit::editingFinished, this, [this] {
        commit([this](Survey& s) { s.title = m_title->text(); }, QT_TR_NOOP("change the title of %1"));
    });
    connect(m_start, &OptionalDateEdit::committed, this, [this] {
        commit([this](Survey& s) { s.start = m_start->optionalDate(); },
               QT_TR_NOOP("change the first day of %1"));
    });
    connect(m_end, &OptionalDateEdit::committed, this, [this] {
        commit([this](Survey& s) { s.end = m_end->optionalDate(); }, QT_TR_NOOP("change the last day of %1"));
    });
    connect(m_area, &QLineEdit::editingFinished, this, [this] {
        commit([this](Survey& s) { s.area = m_area->text(); }, QT_TR_NOOP("change the area of %1"));
    });
    connect(m_interviewers, &QLineEdit::editingFinished, this, [this] {
        commit([this](Survey& s) { s.interviewers = m_interviewers->text(); },
               QT_TR_NOOP("change the interviewers of %1"));
    });
    connect(m_plan, &QComboBox::activated, this, [this] {
        commit([this](Survey& s) { s.planUuid = m_plan->currentData().toString(); },
               QT_TR_NOOP("change the action plan of %1"));
    });
    connect(m_concerns, &CheckList::edited, this, [this](const QStringList& checked) {
        commit([checked](Survey& s) { s.concernUuids = checked; }, QT_TR_NOOP("change the concerns of %1"));
    });
    connect(m_tallied, &SexAgeCountsGrid::countsEdited, this, [this](const SexAgeCounts& counts) {
        commit([counts](Survey& s) { s.tallied = counts; }, QT_TR_NOOP("change the people tallied in %1"));
    });
    connect(m_unsplit, &QSpinBox::editingFinished, this, [this] {
        commit([this](Survey& s) { s.talliedUnsplit = m_unsplit->value(); },
               QT_TR_NOOP("change the people tallied in %1"));
    });
    connect(m_create, &QPushButton::clicked, this, &SurveyDetailsForm::createSurvey);
    connect(&session.db(), &Database::recordsChanged, this, [this](const QStringList& kinds) {
        for (const char* kind : {"plan", "concern"})
            if (kinds.contains(QLatin1String(kind))) {
                fillChoices();
                reloadShown();
                return;
            }
        if (kinds.contains(QStringLiteral("survey")) || kinds.contains(QStringLiteral("survey_concern"))) {
            fillCopyFrom();
            reloadShown();
        }
    });

    team::setTabChain({m_kind, m_title, m_start, m_end, m_copyFrom, m_area, m_interviewers, m_plan,
                       m_concerns->filter(), m_concerns->list(), m_notes, m_unsplit, m_create});
    retranslate();
    startNew();
}

QWidget* SurveyDetailsForm::row(const QString& field, QWidget* editor)
{
    auto* message = FieldErrors::makeMessageLabel(this);
    message->setObjectName(QStringLiteral("surveyError_") + field);
    m_errors->bind(field, editor, message);
    return FieldErrors::withMessage(editor, message, this);
}

bool SurveyDetailsForm::eventFilter(QObject* watched, QEvent* event)
{
    if (event->type() == QEvent::FocusOut && watched == m_notes)
        commit([this](Survey& s) { s.notes = m_notes->toPlainText(); }, QT_TR_NOOP("change the notes of %1"));
    return QWidget::eventFilter(watched, event);
}

void SurveyDetailsForm::retranslate()
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
    label(m_copyFrom, tr("&Questionnaire:"));
    label(m_area, tr("&Villages or mahallas:"));
    label(m_interviewers, tr("&Interviewers:"));
    label(m_plan, tr("For action &plan:"));
    label(m_concerns->list(), tr("Concerns it &measures:"));
    label(m_notes, tr("&Notes:"));
    label(m_tallied, tr("People tallied:"));
    label(m_unsplit, tr("Tallied, sex and age &not noted:"));
    m_tallied->setCaptions(tr("Women"), tr("Men"), tr("Total"));
    m_talliedNote->setText(tr("Only for sheets counted per option on the Tallies tab, not typed in one by "
                              "one."));
    m_title->setPlaceholderText(tr("May stay empty: the list shows the kind and the days"));
    m_area->setPlaceholderText(tr("Where people were asked, as written"));
    m_interviewers->setPlaceholderText(tr("Who asked the questions, as written"));
    m_concerns->filter()->setPlaceholderText(tr("Type to find a concern"));
    m_end->setEmptyText(tr("one day"));
    m_create->setText(tr("C&reate"));
    enumcombo::fill<SurveyKind>(m_kind);
    fillChoices();
    fillCopyFrom();
    if (isNew())
        m_heading->setText(tr("New survey"));
    else
        reloadShown();
}

void SurveyDetailsForm::setTeam(const QString& teamUuid)
{
    m_team = teamUuid;
    fillChoices();
    fillCopyFrom();
    if (isNew())
        chooseCopyFrom();
}

void SurveyDetailsForm::fillChoices()
{
    const bool wasLoading = std::exchange(m_loading, true);
    Database& db = m_session.db();
    {
        const QString chosen = m_plan->currentData().toString();
        const QSignalBlocker blocker(m_plan);
        m_plan->clear();
        m_plan->addItem(tr("none"), QString());
        if (!m_team.isEmpty())
            if (auto all = PlanRepository(db).plans(m_team))
                for (const ActionPlan& plan : *all)
                    m_plan->addItem(QStringLiteral("%1 · %2").arg(plan.code, plan.title), plan.meta.uuid);
        m_plan->setCurrentIndex(std::max(0, m_plan->findData(chosen)));
    }
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

void SurveyDetailsForm::fillCopyFrom()
{
    const QString chosen = m_copyFrom->currentData().toString();
    const QSignalBlocker blocker(m_copyFrom);
    m_copyFrom->clear();
    m_copyFrom->addItem(tr("the standard questionnaire"), QString());
    if (!m_team.isEmpty())
        if (auto all = SurveyRepository(m_session.db()).surveys({m_team}))
            for (const SurveySummary& row : *all)
                m_copyFrom->addItem(
                    tr("the questions of %1 (%2, %3)")
                        .arg(row.survey.code, displayName(row.survey.kind), Formats::date(row.survey.start)),
                    row.survey.meta.uuid);
    m_copyFrom->setCurrentIndex(std::max(0, m_copyFrom->findData(chosen)));
}

void SurveyDetailsForm::chooseCopyFrom()
{
    // An endline asks what its baseline asked, so that the change between them can be read: the latest
    // baseline is offered first. Any other round starts from the standard questionnaire.
    QString baseline;
    if (enumcombo::value<SurveyKind>(m_kind) == SurveyKind::Endline && !m_team.isEmpty())
        if (auto all = SurveyRepository(m_session.db()).surveys({m_team}))
            for (const SurveySummary& row : *all) // newest first
                if (row.survey.kind == SurveyKind::Baseline) {
                    baseline = row.survey.meta.uuid;
                    break;
                }
    m_copyFrom->setCurrentIndex(std::max(0, m_copyFrom->findData(baseline)));
}

void SurveyDetailsForm::startNew()
{
    m_uuid.clear();
    m_errors->clear();
    Survey blank;
    blank.start = QDate::currentDate();
    fill(blank);
    m_create->show();
    m_form->setRowVisible(m_copyFrom, true);
    chooseCopyFrom();
    m_heading->setText(tr("New survey"));
}

void SurveyDetailsForm::load(const QString& uuid)
{
    auto found =
        uuid.isEmpty() ? Result<Survey>(Error{QString(), {}}) : SurveyRepository(m_session.db()).survey(uuid);
    if (!found) {
        startNew();
        return;
    }
    m_errors->clear();
    m_uuid = uuid;
    fill(*found);
    m_create->hide();
    // The questionnaire is chosen once, when the round is made; the Questionnaire tab changes it since.
    m_form->setRowVisible(m_copyFrom, false);
}

void SurveyDetailsForm::reloadShown()
{
    if (isNew())
        return;
    if (auto found = SurveyRepository(m_session.db()).survey(m_uuid))
        fill(*found);
}

void SurveyDetailsForm::fill(const Survey& s)
{
    const bool wasLoading = std::exchange(m_loading, true);
    enumcombo::select(m_kind, s.kind);
    setText(m_title, s.title);
    m_start->setOptionalDate(s.start);
    m_end->setOptionalDate(s.end);
    setText(m_area, s.area);
    setText(m_interviewers, s.interviewers);
    {
        const QSignalBlocker blocker(m_plan);
        const int index = m_plan->findData(s.planUuid);
        if (index < 0 && !s.planUuid.isEmpty())
            m_plan->addItem(tr("(deleted)"), s.planUuid);
        m_plan->setCurrentIndex(std::max(0, m_plan->findData(s.planUuid)));
    }
    m_concerns->setChecked(s.concernUuids);
    if (m_notes->toPlainText() != s.notes) {
        const QSignalBlocker blocker(m_notes);
        m_notes->setPlainText(s.notes);
    }
    m_tallied->setCounts(s.tallied);
    {
        const QSignalBlocker blocker(m_unsplit);
        m_unsplit->setValue(s.talliedUnsplit);
    }
    if (!s.meta.uuid.isEmpty())
        m_heading->setText(QStringLiteral("%1 · %2").arg(s.code, displayName(s.kind)));
    m_loading = wasLoading;
}

void SurveyDetailsForm::commit(const std::function<void(Survey&)>& change, const char* text)
{
    if (m_loading || isNew())
        return;
    SurveyRepository surveys(m_session.db());
    auto before = surveys.survey(m_uuid);
    if (!before) {
        m_errors->show(before.error());
        return;
    }
    Survey after = *before;
    change(after);
    const FieldPatch patch = RecordEdits::patch(*before, after);
    m_errors->clear();
    if (patch.isEmpty())
        return;
    if (auto done = undo::edit(m_session, tr(text).arg(before->code), patch); !done)
        m_errors->show(done.error());
}

void SurveyDetailsForm::createSurvey()
{
    if (!isNew())
        return;
    // A date typed but not yet confirmed counts, as leaving the field would.
    m_start->readTyped();
    m_end->readTyped();
    Survey s;
    s.teamUuid = m_team;
    s.kind = enumcombo::value<SurveyKind>(m_kind);
    s.title = m_title->text();
    s.start = m_start->optionalDate();
    s.end = m_end->optionalDate();
    s.area = m_area->text();
    s.interviewers = m_interviewers->text();
    s.planUuid = m_plan->currentData().toString();
    s.concernUuids = m_concerns->checked();
    s.notes = m_notes->toPlainText();
    s.tallied = m_tallied->counts();
    s.talliedUnsplit = m_unsplit->value();
    const QString copyFrom = m_copyFrom->currentData().toString();
    m_errors->clear();
    Database& db = m_session.db();
    auto created = undo::create(m_session, tr("record the %1 survey").arg(displayName(s.kind)),
                                QStringLiteral("survey"), [&db, s, copyFrom]() -> Result<QString> {
                                    auto made = SurveyRepository(db).createSurvey(s, copyFrom);
                                    if (!made)
                                        return made.error();
                                    return made->meta.uuid;
                                });
    if (!created) {
        m_errors->show(created.error());
        return;
    }
    load(*created);
    Q_EMIT surveyCreated(*created);
}

} // namespace hamkori
