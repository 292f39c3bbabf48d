#include "PlanHeaderForm.h"
#include "PlanConcernsModel.h"
#include "PlanEdit.h"
#include "PlanSignatures.h"
#include "core/model/Formats.h"
#include "core/storage/MeetingRepository.h"
#include "core/storage/PlanRepository.h"
#include "core/storage/RecordEdits.h"
#include "ui/Session.h"
#include "ui/undo/Undo.h"
#include "ui/widgets/CommitOnLeaveTextEdit.h"
#include "ui/widgets/FieldErrors.h"
#include "ui/widgets/OptionalDateEdit.h"
#include <QComboBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QVBoxLayout>

namespace hamkori::plans {

PlanHeaderForm::PlanHeaderForm(Session& session, QWidget* parent)
    : QWidget(parent), m_session(session), m_titleLabel(new QLabel(this)), m_title(new QLineEdit(this)),
      m_periodLabel(new QLabel(this)), m_start(new OptionalDateEdit(this)), m_periodTo(new QLabel(this)),
      m_end(new OptionalDateEdit(this)), m_statusLabel(new QLabel(this)), m_status(new QComboBox(this)),
      m_meetingLabel(new QLabel(this)), m_meeting(new QComboBox(this)), m_minutesLabel(new QLabel(this)),
      m_minutes(new QLineEdit(this)), m_concernsLabel(new QLabel(this)), m_concerns(new QListView(this)),
      m_concernsModel(new PlanConcernsModel(session, this)), m_objectiveLabel(new QLabel(this)),
      m_objective(new CommitOnLeaveTextEdit(this)), m_general(FieldErrors::makeMessageLabel(this)),
      m_errors(new FieldErrors(m_general, this))
{
    m_title->setObjectName(QStringLiteral("planTitle"));
    m_start->setObjectName(QStringLiteral("planStart"));
    m_end->setObjectName(QStringLiteral("planEnd"));
    m_status->setObjectName(QStringLiteral("planStatus"));
    m_meeting->setObjectName(QStringLiteral("planMeeting"));
    m_minutes->setObjectName(QStringLiteral("planMinutes"));
    m_concerns->setObjectName(QStringLiteral("planConcerns"));
    m_objective->setObjectName(QStringLiteral("planObjective"));
    m_concerns->setModel(m_concernsModel);
    m_concerns->setUniformItemSizes(true);
    // Every row is as high as the first, which may have no padlock: the padlock must fit a line of text.
    const int iconExtent = m_concerns->fontMetrics().height();
    m_concerns->setIconSize(QSize(iconExtent, iconExtent));
    m_meeting->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_meeting->setMinimumContentsLength(20);
    m_objective->setMinimumHeight(60);

    auto* titleMessage = FieldErrors::makeMessageLabel(this);
    auto* periodMessage = FieldErrors::makeMessageLabel(this);
    auto* meetingMessage = FieldErrors::makeMessageLabel(this);
    auto* concernsMessage = FieldErrors::makeMessageLabel(this);
    m_errors->bind(QStringLiteral("title"), m_title, titleMessage);
    m_errors->bind(QStringLiteral("period_end"), m_end, periodMessage);
    m_errors->bind(QStringLiteral("period_start"), m_start, periodMessage);
    m_errors->bind(QStringLiteral("meeting"), m_meeting, meetingMessage);
    m_errors->bind(QStringLiteral("concerns"), m_concerns, concernsMessage);

    auto* period = new QWidget(this);
    auto* periodLayout = new QHBoxLayout(period);
    periodLayout->setContentsMargins(0, 0, 0, 0);
    periodLayout->addWidget(m_start);
    periodLayout->addWidget(m_periodTo);
    periodLayout->addWidget(m_end);
    periodLayout->addStretch();

    auto* form = new QFormLayout;
    form->setRowWrapPolicy(QFormLayout::WrapLongRows);
    form->addRow(m_titleLabel, FieldErrors::withMessage(m_title, titleMessage, this));
    form->addRow(m_periodLabel, FieldErrors::withMessage(period, periodMessage, this));
    form->addRow(m_statusLabel, m_status);
    form->addRow(m_meetingLabel, FieldErrors::withMessage(m_meeting, meetingMessage, this));
    form->addRow(m_minutesLabel, m_minutes);
    m_signatures =
        new PlanSignatures(session, form, this,
                           [this](const auto& change, const QString& undoText) { commit(change, undoText); });
    m_titleLabel->setBuddy(m_title);
    m_periodLabel->setBuddy(m_start);
    m_statusLabel->setBuddy(m_status);
    m_meetingLabel->setBuddy(m_meeting);
    m_minutesLabel->setBuddy(m_minutes);
    m_concernsLabel->setBuddy(m_concerns);
    m_objectiveLabel->setBuddy(m_objective);

    auto* right = new QVBoxLayout;
    right->addWidget(m_concernsLabel);
    right->addWidget(m_concerns, 3);
    right->addWidget(concernsMessage);
    right->addWidget(m_objectiveLabel);
    right->addWidget(m_objective, 2);

    auto* columns = new QHBoxLayout;
    columns->addLayout(form, 1);
    columns->addLayout(right, 1);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(6, 6, 6, 6);
    layout->addLayout(columns, 1);
    layout->addWidget(m_general);

    connect(m_concernsModel, &PlanConcernsModel::editRefused, this,
            [this](const Error& error) { m_errors->show(error); });
    connect(m_title, &QLineEdit::editingFinished, this, [this] {
        const QString text = m_title->text();
        commit([text](ActionPlan& p) { p.title = text.trimmed(); }, tr("change the title of %1"));
    });
    connect(m_start, &OptionalDateEdit::committed, this, [this] {
        const QDate date = m_start->optionalDate();
        commit([date](ActionPlan& p) { p.periodStart = date; }, tr("change the period of %1"));
    });
    connect(m_end, &OptionalDateEdit::committed, this, [this] {
        const QDate date = m_end->optionalDate();
        commit([date](ActionPlan& p) { p.periodEnd = date; }, tr("change the period of %1"));
    });
    connect(m_status, &QComboBox::activated, this, [this] {
        const auto status = enumFromCode<PlanStatus>(m_status->currentData().toString());
        if (status &&
            commit([status](ActionPlan& p) { p.status = *status; }, tr("change the status of %1")) &&
            *status == PlanStatus::Adopted)
            Q_EMIT adopted(m_plan);
    });
    connect(m_meeting, &QComboBox::activated, this, [this] {
        const QString meeting = m_meeting->currentData().toString();
        commit([meeting](ActionPlan& p) { p.adoptedMeetingUuid = meeting; },
               tr("change the meeting that adopted %1"));
    });
    connect(m_minutes, &QLineEdit::editingFinished, this, [this] {
        const QString text = m_minutes->text();
        commit([text](ActionPlan& p) { p.adoptedMinutesNumber = text.trimmed(); },
               tr("change the minutes number of %1"));
    });
    connect(m_objective, &CommitOnLeaveTextEdit::committed, this, [this] {
        const QString text = m_objective->toPlainText();
        commit([text](ActionPlan& p) { p.objective = text.trimmed(); }, tr("change the objective of %1"));
    });
    connect(&session.db(), &Database::recordsChanged, this, [this](const QStringList& kinds) {
        if (kinds.contains(QStringLiteral("meeting")))
            reloadMeetings();
        if (kinds.contains(QStringLiteral("plan")) || kinds.contains(QStringLiteral("meeting")))
            reload();
    });
    retranslate();
}

void PlanHeaderForm::setPlan(const QString& teamUuid, const QString& planUuid)
{
    const bool teamChanged = teamUuid != m_team;
    const bool planChanged = planUuid != m_plan;
    m_team = teamUuid;
    m_plan = planUuid;
    if (teamChanged) {
        reloadMeetings();
        m_signatures->setTeam(teamUuid);
    }
    if (planChanged)
        m_errors->clear();
    m_concernsModel->setPlan(teamUuid, planUuid);
    reload();
}

void PlanHeaderForm::reloadMeetings()
{
    const QString current = m_meeting->currentData().toString();
    m_meeting->clear();
    m_meeting->addItem(tr("(not recorded)"), QString());
    if (!m_team.isEmpty())
        if (auto meetings = MeetingRepository(m_session.db()).meetings(m_team))
            for (const Meeting& meeting : *meetings)
                m_meeting->addItem(
                    QStringLiteral("%1 — %2 — %3")
                        .arg(Formats::date(meeting.date), displayName(meeting.kind), meeting.code),
                    meeting.meta.uuid);
    m_meeting->setCurrentIndex(std::max(0, m_meeting->findData(current)));
}

void PlanHeaderForm::reload()
{
    auto plan = m_plan.isEmpty() ? Result<ActionPlan>(Error{}) : PlanRepository(m_session.db()).plan(m_plan);
    setEnabled(plan.ok());
    const ActionPlan p = plan ? *plan : ActionPlan();
    if (m_title->text() != p.title) {
        m_title->setText(p.title);
        m_title->setCursorPosition(0); // a long title shows its beginning
    }
    m_start->setOptionalDate(p.periodStart);
    m_end->setOptionalDate(p.periodEnd);
    m_status->setCurrentIndex(std::max(0, m_status->findData(codeOf(p.status))));
    m_meeting->setCurrentIndex(std::max(0, m_meeting->findData(p.adoptedMeetingUuid)));
    if (m_minutes->text() != p.adoptedMinutesNumber)
        m_minutes->setText(p.adoptedMinutesNumber);
    m_signatures->load(p);
    m_objective->load(p.objective);
}

bool PlanHeaderForm::commit(const std::function<void(ActionPlan&)>& change, const QString& undoText)
{
    if (m_plan.isEmpty())
        return false;
    auto before = PlanRepository(m_session.db()).plan(m_plan);
    if (!before) {
        m_errors->show(before.error());
        return false;
    }
    ActionPlan after = *before;
    change(after);
    if (RecordEdits::patch(*before, after).isEmpty())
        return false; // nothing changed: no empty step on the undo stack
    auto done = updatePlanUndoably(m_session, undoText.arg(before->code), *before, after);
    if (!done) {
        m_errors->show(done.error());
        return false;
    }
    m_errors->clear();
    return true;
}

void PlanHeaderForm::retranslate()
{
    m_titleLabel->setText(tr("&Title:"));
    m_periodLabel->setText(tr("&Period:"));
    m_periodTo->setText(tr("to", "plan period: from … to …"));
    m_statusLabel->setText(tr("&Status:"));
    m_meetingLabel->setText(tr("Adopted at &meeting:"));
    m_minutesLabel->setText(tr("Minutes n&umber:"));
    m_signatures->retranslate();
    m_concernsLabel->setText(tr("&Concerns addressed (★ chosen as priorities):"));
    m_objectiveLabel->setText(tr("O&bjective:"));
    m_title->setPlaceholderText(tr("e.g. Action plan against domestic violence in Chorkuh"));
    const QString status = m_status->currentData().toString();
    m_status->clear();
    for (int i = 0; i < enumCount<PlanStatus>(); ++i)
        m_status->addItem(displayName(PlanStatus(i)), codeOf(PlanStatus(i)));
    m_status->setCurrentIndex(std::max(0, m_status->findData(status)));
    reloadMeetings();
}

} // namespace hamkori::plans
