#include "CommitmentForm.h"
#include "core/model/Formats.h"
#include "core/model/Limits.h"
#include "core/storage/CommitmentRepository.h"
#include "core/storage/DirectoryRepository.h"
#include "core/storage/MeetingRepository.h"
#include "core/storage/PlanRepository.h"
#include "core/storage/RecordEdits.h"
#include "ui/Session.h"
#include "ui/pages/team/FormSupport.h"
#include "ui/undo/Undo.h"
#include "ui/widgets/EnumCombo.h"
#include "ui/widgets/FieldErrors.h"
#include "ui/widgets/OptionalDateEdit.h"
#include <QComboBox>
#include <QDoubleSpinBox>
#include <QEvent>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalBlocker>
#include <QVBoxLayout>
#include <utility>

namespace hamkori {

namespace {

QDoubleSpinBox* makeMoney(QWidget* parent)
{
    auto* spin = new QDoubleSpinBox(parent);
    spin->setRange(0, limits::kMoney);
    spin->setDecimals(2);
    spin->setGroupSeparatorShown(true);
    spin->setKeyboardTracking(false);
    return spin;
}

void setPlainText(QPlainTextEdit* edit, const QString& text)
{
    if (edit->toPlainText() != text) {
        const QSignalBlocker blocker(edit);
        edit->setPlainText(text);
    }
}

} // namespace

CommitmentForm::CommitmentForm(Session& session, QWidget* parent)
    : QWidget(parent), m_session(session), m_heading(new QLabel(this)), m_form(new QFormLayout),
      m_kind(new QComboBox(this)), m_text(new QPlainTextEdit(this)), m_meeting(new QComboBox(this)),
      m_plan(new QComboBox(this)), m_addressee(new QComboBox(this)),
      m_made(new OptionalDateEdit(this, false)), m_due(new OptionalDateEdit(this)),
      m_status(new QComboBox(this)), m_answer(new QPlainTextEdit(this)),
      m_answered(new OptionalDateEdit(this)), m_pledged(makeMoney(this)), m_delivered(makeMoney(this)),
      m_create(new QPushButton(this)), m_delete(new QPushButton(this)),
      m_general(FieldErrors::makeMessageLabel(this)), m_errors(new FieldErrors(m_general, this))
{
    m_kind->setObjectName(QStringLiteral("commitmentKind"));
    m_text->setObjectName(QStringLiteral("commitmentText"));
    m_meeting->setObjectName(QStringLiteral("commitmentMeeting"));
    m_plan->setObjectName(QStringLiteral("commitmentPlan"));
    m_addressee->setObjectName(QStringLiteral("commitmentAddressee"));
    m_made->setObjectName(QStringLiteral("commitmentMade"));
    m_due->setObjectName(QStringLiteral("commitmentDue"));
    m_status->setObjectName(QStringLiteral("commitmentStatus"));
    m_answer->setObjectName(QStringLiteral("commitmentAnswer"));
    m_answered->setObjectName(QStringLiteral("commitmentAnswered"));
    m_pledged->setObjectName(QStringLiteral("commitmentPledged"));
    m_delivered->setObjectName(QStringLiteral("commitmentDelivered"));
    m_create->setObjectName(QStringLiteral("createCommitmentButton"));
    m_delete->setObjectName(QStringLiteral("deleteCommitmentButton"));
    QFont headingFont = m_heading->font();
    headingFont.setPointSizeF(headingFont.pointSizeF() * 1.2);
    headingFont.setBold(true);
    m_heading->setFont(headingFont);
    m_heading->setWordWrap(true);
    m_addressee->setEditable(true);
    m_addressee->setInsertPolicy(QComboBox::NoInsert);
    // Long names of organisations, meetings and plans must not widen the form past its pane.
    for (QComboBox* combo : {m_addressee, m_meeting, m_plan, m_kind, m_status}) {
        combo->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
        combo->setMinimumContentsLength(12);
    }
    for (QPlainTextEdit* edit : {m_text, m_answer}) {
        edit->setTabChangesFocus(true);
        edit->setMinimumHeight(50);
        edit->setMaximumHeight(90);
        edit->installEventFilter(this);
    }
    enumcombo::fill<CommitmentKind>(m_kind);
    enumcombo::fill<CommitmentStatus>(m_status);
    m_create->setDefault(true);

    m_form->setRowWrapPolicy(QFormLayout::WrapLongRows);
    m_form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    const auto row = [this](const QString& field, QWidget* editor) {
        auto* message = FieldErrors::makeMessageLabel(this);
        message->setObjectName(QStringLiteral("commitmentError_") + field);
        m_errors->bind(field, editor, message);
        m_form->addRow(QStringLiteral("-"), FieldErrors::withMessage(editor, message, this));
    };
    row(QStringLiteral("kind"), m_kind);
    row(QStringLiteral("text"), m_text);
    row(QStringLiteral("organisation"), m_addressee);
    row(QStringLiteral("meeting"), m_meeting);
    row(QStringLiteral("plan"), m_plan);
    // The two dates of the request side by side, and the two amounts: the form fits 1366×768.
    auto* dates = new QWidget(this);
    auto* datesLayout = new QHBoxLayout(dates);
    datesLayout->setContentsMargins(0, 0, 0, 0);
    auto* madeMessage = FieldErrors::makeMessageLabel(this);
    madeMessage->setObjectName(QStringLiteral("commitmentError_made"));
    auto* dueMessage = FieldErrors::makeMessageLabel(this);
    dueMessage->setObjectName(QStringLiteral("commitmentError_due"));
    m_errors->bind(QStringLiteral("made"), m_made, madeMessage);
    m_errors->bind(QStringLiteral("due"), m_due, dueMessage);
    auto* dueLabel = new QLabel(this);
    dueLabel->setObjectName(QStringLiteral("commitmentDueLabel"));
    dueLabel->setBuddy(m_due);
    datesLayout->addWidget(FieldErrors::withMessage(m_made, madeMessage, this), 1);
    datesLayout->addWidget(dueLabel);
    datesLayout->addWidget(FieldErrors::withMessage(m_due, dueMessage, this), 1);
    m_form->addRow(QStringLiteral("-"), dates);
    row(QStringLiteral("status"), m_status);
    row(QStringLiteral("answer"), m_answer);
    row(QStringLiteral("answered"), m_answered);
    auto* money = new QWidget(this);
    auto* moneyLayout = new QHBoxLayout(money);
    moneyLayout->setContentsMargins(0, 0, 0, 0);
    auto* pledgedMessage = FieldErrors::makeMessageLabel(this);
    m_errors->bind(QStringLiteral("pledged"), m_pledged, pledgedMessage);
    auto* deliveredMessage = FieldErrors::makeMessageLabel(this);
    m_errors->bind(QStringLiteral("delivered"), m_delivered, deliveredMessage);
    auto* deliveredLabel = new QLabel(this);
    deliveredLabel->setObjectName(QStringLiteral("commitmentDeliveredLabel"));
    deliveredLabel->setBuddy(m_delivered);
    moneyLayout->addWidget(FieldErrors::withMessage(m_pledged, pledgedMessage, this), 1);
    moneyLayout->addWidget(deliveredLabel);
    moneyLayout->addWidget(FieldErrors::withMessage(m_delivered, deliveredMessage, this), 1);
    m_form->addRow(QStringLiteral("-"), money);

    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_create);
    buttons->addStretch();
    buttons->addWidget(m_delete);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_heading);
    layout->addLayout(m_form);
    layout->addWidget(m_general);
    layout->addLayout(buttons);
    layout->addStretch();

    connect(m_kind, &QComboBox::activated, this, [this] {
        commit([this](Commitment& c) { c.kind = enumcombo::value<CommitmentKind>(m_kind); },
               QT_TR_NOOP("change the kind of %1"));
    });
    connect(m_status, &QComboBox::activated, this, [this] {
        commit([this](Commitment& c) { c.status = enumcombo::value<CommitmentStatus>(m_status); },
               QT_TR_NOOP("change the status of %1"));
    });
    connect(m_meeting, &QComboBox::activated, this, [this] {
        commit([this](Commitment& c) { c.meetingUuid = m_meeting->currentData().toString(); },
               QT_TR_NOOP("change the meeting of %1"));
    });
    connect(m_plan, &QComboBox::activated, this, [this] {
        commit([this](Commitment& c) { c.planUuid = m_plan->currentData().toString(); },
               QT_TR_NOOP("change the action plan of %1"));
    });
    connect(m_addressee, &QComboBox::activated, this, [this] {
        commit([this](Commitment& c) { readAddressee(c); }, QT_TR_NOOP("change to whom %1 is addressed"));
    });
    connect(m_addressee->lineEdit(), &QLineEdit::editingFinished, this, [this] {
        commit([this](Commitment& c) { readAddressee(c); }, QT_TR_NOOP("change to whom %1 is addressed"));
    });
    const auto onDate = [this](OptionalDateEdit* edit, QDate Commitment::*field, const char* text) {
        connect(edit, &OptionalDateEdit::committed, this, [this, edit, field, text] {
            commit([edit, field](Commitment& c) { c.*field = edit->optionalDate(); }, text);
        });
    };
    onDate(m_made, &Commitment::made, QT_TR_NOOP("change when %1 was made"));
    onDate(m_due, &Commitment::due, QT_TR_NOOP("change when %1 is due"));
    onDate(m_answered, &Commitment::answered, QT_TR_NOOP("change when %1 was answered"));
    const auto onMoney = [this](QDoubleSpinBox* spin, double Commitment::*field, const char* text) {
        connect(spin, &QDoubleSpinBox::editingFinished, this, [this, spin, field, text] {
            commit([spin, field](Commitment& c) { c.*field = spin->value(); }, text);
        });
    };
    onMoney(m_pledged, &Commitment::pledged, QT_TR_NOOP("change the money pledged for %1"));
    onMoney(m_delivered, &Commitment::delivered, QT_TR_NOOP("change the money delivered for %1"));
    connect(m_create, &QPushButton::clicked, this, &CommitmentForm::createCommitment);
    connect(m_delete, &QPushButton::clicked, this, &CommitmentForm::deleteRequested);
    connect(&session.db(), &Database::recordsChanged, this, [this](const QStringList& kinds) {
        if (kinds.contains(QStringLiteral("meeting")) || kinds.contains(QStringLiteral("plan")) ||
            kinds.contains(QStringLiteral("organisation")))
            fillChoices();
        if (kinds.contains(QStringLiteral("commitment")))
            reloadShown();
    });

    team::setTabChain({m_kind, m_text, m_addressee, m_meeting, m_plan, m_made, m_due, m_status, m_answer,
                       m_answered, m_pledged, m_delivered, m_create, m_delete});
    retranslate();
    startNew();
}

bool CommitmentForm::eventFilter(QObject* watched, QEvent* event)
{
    if (event->type() == QEvent::FocusOut) {
        if (watched == m_text)
            commit([this](Commitment& c) { c.text = m_text->toPlainText(); },
                   QT_TR_NOOP("change what %1 asks"));
        else if (watched == m_answer)
            commit([this](Commitment& c) { c.answer = m_answer->toPlainText(); },
                   QT_TR_NOOP("change the answer to %1"));
    }
    return QWidget::eventFilter(watched, event);
}

void CommitmentForm::retranslate()
{
    const auto label = [this](QWidget* field, const QString& text) {
        for (int i = 0; i < m_form->rowCount(); ++i) {
            auto* item = m_form->itemAt(i, QFormLayout::FieldRole);
            if (item && item->widget() && item->widget()->isAncestorOf(field))
                if (auto* caption =
                        qobject_cast<QLabel*>(m_form->itemAt(i, QFormLayout::LabelRole)->widget())) {
                    caption->setText(text);
                    caption->setBuddy(field);
                }
        }
    };
    label(m_kind, tr("&Kind:"));
    label(m_text, tr("&What was asked:"));
    label(m_addressee, tr("Addressed &to:"));
    label(m_meeting, tr("Made at &meeting:"));
    label(m_plan, tr("For action &plan:"));
    label(m_made, tr("Made &on:"));
    label(m_status, tr("&Status:"));
    label(m_answer, tr("A&nswer:"));
    label(m_answered, tr("Ans&wered on:"));
    label(m_pledged, tr("Pled&ged, somoni:"));
    if (auto* due = findChild<QLabel*>(QStringLiteral("commitmentDueLabel")))
        due->setText(tr("D&ue:"));
    if (auto* delivered = findChild<QLabel*>(QStringLiteral("commitmentDeliveredLabel")))
        delivered->setText(tr("Deli&vered:"));
    m_text->setPlaceholderText(tr("For example: to light the street by school No. 5"));
    m_addressee->lineEdit()->setPlaceholderText(
        tr("Choose from the directory, or type the name of the body"));
    m_due->setEmptyText(tr("no due date"));
    m_answered->setEmptyText(tr("no answer yet"));
    m_create->setText(tr("C&reate"));
    m_delete->setText(tr("&Delete…"));
    enumcombo::fill<CommitmentKind>(m_kind);
    enumcombo::fill<CommitmentStatus>(m_status);
    fillChoices();
    if (isNew())
        m_heading->setText(tr("New request or recommendation"));
}

void CommitmentForm::setTeam(const QString& teamUuid)
{
    m_team = teamUuid;
    fillChoices();
}

void CommitmentForm::fillChoices()
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
    QList<std::pair<QString, QString>> meetings;
    if (!m_team.isEmpty())
        if (auto all = MeetingRepository(db).meetings(m_team))
            for (const Meeting& meeting : *all)
                meetings << std::pair{meeting.meta.uuid, QStringLiteral("%1 · %2").arg(
                                                             meeting.code, Formats::date(meeting.date))};
    refill(m_meeting, tr("none"), meetings);
    QList<std::pair<QString, QString>> plans;
    if (!m_team.isEmpty())
        if (auto all = PlanRepository(db).plans(m_team))
            for (const ActionPlan& plan : *all)
                plans << std::pair{plan.meta.uuid, QStringLiteral("%1 · %2").arg(plan.code, plan.title)};
    refill(m_plan, tr("none"), plans);
    {
        const QString typed = m_addressee->currentText();
        const QSignalBlocker blocker(m_addressee);
        m_addressee->clear();
        if (auto organisations = DirectoryRepository(db).organisations())
            for (const OrganisationSummary& o : *organisations)
                m_addressee->addItem(o.organisation.name, o.organisation.meta.uuid);
        m_addressee->setCurrentIndex(-1);
        m_addressee->setEditText(typed);
    }
    m_loading = wasLoading;
}

void CommitmentForm::setChoice(QComboBox* combo, const QString& uuid)
{
    const QSignalBlocker blocker(combo);
    const int index = combo->findData(uuid);
    if (index >= 0) {
        combo->setCurrentIndex(index);
    } else if (!uuid.isEmpty()) {
        // Deleted since: shown, so that nothing is changed without the user choosing.
        combo->addItem(tr("(deleted)"), uuid);
        combo->setCurrentIndex(combo->count() - 1);
    } else {
        combo->setCurrentIndex(0);
    }
}

void CommitmentForm::readAddressee(Commitment& commitment) const
{
    const QString text = m_addressee->currentText().trimmed();
    const int index = m_addressee->findText(text, Qt::MatchFixedString);
    if (!text.isEmpty() && index >= 0) {
        commitment.organisationUuid = m_addressee->itemData(index).toString();
        commitment.addressedTo.clear();
    } else {
        commitment.organisationUuid.clear();
        commitment.addressedTo = text;
    }
}

void CommitmentForm::startNew()
{
    m_uuid.clear();
    m_errors->clear();
    Commitment blank;
    blank.made = QDate::currentDate();
    fill(blank);
    m_create->show();
    m_delete->hide();
    m_heading->setText(tr("New request or recommendation"));
}

void CommitmentForm::showCommitment(const QString& uuid)
{
    auto found = uuid.isEmpty() ? Result<Commitment>(Error{QString(), {}})
                                : CommitmentRepository(m_session.db()).commitment(uuid);
    if (!found) {
        startNew();
        return;
    }
    m_errors->clear();
    m_uuid = uuid;
    fill(*found);
    m_create->hide();
    m_delete->show();
}

void CommitmentForm::reloadShown()
{
    if (isNew())
        return;
    auto found = CommitmentRepository(m_session.db()).commitment(m_uuid);
    if (found)
        fill(*found);
}

void CommitmentForm::fill(const Commitment& c)
{
    m_loading = true;
    enumcombo::select(m_kind, c.kind);
    enumcombo::select(m_status, c.status);
    setPlainText(m_text, c.text);
    setPlainText(m_answer, c.answer);
    setChoice(m_meeting, c.meetingUuid);
    setChoice(m_plan, c.planUuid);
    {
        const QSignalBlocker blocker(m_addressee);
        const int index = c.organisationUuid.isEmpty() ? -1 : m_addressee->findData(c.organisationUuid);
        m_addressee->setCurrentIndex(index);
        if (index < 0)
            m_addressee->setEditText(c.addressedTo);
        m_addressee->lineEdit()->setCursorPosition(0);
    }
    m_made->setOptionalDate(c.made);
    m_due->setOptionalDate(c.due);
    m_answered->setOptionalDate(c.answered);
    {
        const QSignalBlocker pledged(m_pledged);
        const QSignalBlocker delivered(m_delivered);
        m_pledged->setValue(c.pledged);
        m_delivered->setValue(c.delivered);
    }
    if (!c.meta.uuid.isEmpty())
        m_heading->setText(QStringLiteral("%1 · %2").arg(c.code, displayName(c.kind)));
    m_loading = false;
}

void CommitmentForm::commit(const std::function<void(Commitment&)>& change, const char* text)
{
    if (m_loading || isNew())
        return;
    auto before = CommitmentRepository(m_session.db()).commitment(m_uuid);
    if (!before) {
        m_errors->show(before.error());
        return;
    }
    Commitment after = *before;
    change(after);
    const FieldPatch patch = RecordEdits::patch(*before, after);
    m_errors->clear();
    if (patch.isEmpty())
        return;
    auto done = undo::edit(m_session, tr(text).arg(before->code), patch);
    if (!done)
        m_errors->show(done.error());
}

void CommitmentForm::createCommitment()
{
    if (!isNew())
        return;
    Commitment c;
    c.teamUuid = m_team;
    c.kind = enumcombo::value<CommitmentKind>(m_kind);
    c.text = m_text->toPlainText();
    c.meetingUuid = m_meeting->currentData().toString();
    c.planUuid = m_plan->currentData().toString();
    readAddressee(c);
    c.made = m_made->optionalDate();
    c.due = m_due->optionalDate();
    c.status = enumcombo::value<CommitmentStatus>(m_status);
    c.answer = m_answer->toPlainText();
    c.answered = m_answered->optionalDate();
    c.pledged = m_pledged->value();
    c.delivered = m_delivered->value();
    m_errors->clear();
    Database& db = m_session.db();
    auto created = undo::create(m_session, tr("record a request or recommendation"),
                                QStringLiteral("commitment"), [&db, c]() -> Result<QString> {
                                    auto made = CommitmentRepository(db).createCommitment(c);
                                    if (!made)
                                        return made.error();
                                    return made->meta.uuid;
                                });
    if (!created) {
        m_errors->show(created.error());
        return;
    }
    showCommitment(*created);
    Q_EMIT commitmentCreated(*created);
}

} // namespace hamkori
