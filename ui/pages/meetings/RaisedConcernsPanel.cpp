#include "RaisedConcernsPanel.h"
#include "RaisedConcernsModel.h"
#include "RegisterConcernDialog.h"
#include "core/storage/ConcernRepository.h"
#include "ui/Session.h"
#include "ui/undo/Undo.h"
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

namespace hamkori {

namespace {
RaisedBy suggestedGroup(MeetingKind kind)
{
    switch (kind) {
    case MeetingKind::WomenFocusGroup:
        return RaisedBy::Women;
    case MeetingKind::YouthFocusGroup:
        return RaisedBy::Youth;
    default:
        return RaisedBy::Mixed;
    }
}

ConcernSource sourceOf(MeetingKind kind)
{
    switch (kind) {
    case MeetingKind::CommunityConsultation:
        return ConcernSource::CommunityConsultation;
    case MeetingKind::WomenFocusGroup:
    case MeetingKind::YouthFocusGroup:
        return ConcernSource::FocusGroup;
    default:
        return ConcernSource::TeamMember;
    }
}
} // namespace

RaisedConcernsPanel::RaisedConcernsPanel(Session& session, QWidget* parent)
    : QWidget(parent), m_session(session), m_model(new RaisedConcernsModel(session.db(), this)),
      m_view(new QTableView(this)), m_intro(new QLabel(this)), m_register(new QPushButton(this))
{
    m_view->setObjectName(QStringLiteral("raisedConcerns"));
    m_register->setObjectName(QStringLiteral("registerConcern"));
    m_view->setModel(m_model);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setAlternatingRowColors(true);
    m_view->verticalHeader()->hide();
    m_view->horizontalHeader()->setSectionResizeMode(RaisedConcernsModel::Code, QHeaderView::ResizeToContents);
    m_view->horizontalHeader()->setSectionResizeMode(RaisedConcernsModel::Title, QHeaderView::Stretch);
    m_view->horizontalHeader()->setSectionResizeMode(RaisedConcernsModel::Status, QHeaderView::ResizeToContents);
    m_intro->setWordWrap(true);

    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_register);
    buttons->addStretch(1);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_intro);
    layout->addWidget(m_view, 1);
    layout->addLayout(buttons);

    // Double-click and Enter both activate.
    connect(m_view, &QAbstractItemView::activated, this, &RaisedConcernsPanel::openCurrent);
    connect(m_register, &QPushButton::clicked, this, [this] { registerConcern(); });
}

void RaisedConcernsPanel::setMeeting(const Meeting& meeting)
{
    const bool other = meeting.meta.uuid != m_meeting.meta.uuid;
    m_meeting = meeting;
    if (other)
        m_model->setMeeting(meeting.meta.uuid);
    setEnabled(!meeting.meta.uuid.isEmpty());
}

void RaisedConcernsPanel::openCurrent()
{
    const QModelIndex current = m_view->currentIndex();
    if (current.isValid())
        m_session.requestOpen(QStringLiteral("concern"), m_model->uuidAt(current.row()));
}

RegisterConcernDialog* RaisedConcernsPanel::registerConcern()
{
    if (m_meeting.meta.uuid.isEmpty())
        return nullptr;
    const Meeting meeting = m_meeting;
    Session& session = m_session;
    auto submit = [&session, meeting, this](const RegisterConcernDialog& dialog) -> Result<void> {
        Concern concern;
        concern.teamUuid = meeting.teamUuid;
        concern.title = dialog.title();
        concern.categoryUuid = dialog.categoryUuid();
        concern.raisedBy = dialog.raisedBy();
        concern.firstMeetingUuid = meeting.meta.uuid;
        concern.firstRaised = meeting.date;
        concern.source = sourceOf(meeting.kind);
        concern.place = meeting.place.trimmed();
        Database& db = session.db();
        auto created = undo::create(session, tr("register a concern raised at %1").arg(meeting.code),
                                    QStringLiteral("concern"), [&db, concern]() -> Result<QString> {
                                        auto made = ConcernRepository(db).createConcern(concern);
                                        if (!made)
                                            return made.error();
                                        return made->meta.uuid;
                                    });
        if (!created)
            return created.error();
        const int row = m_model->rowOf(*created);
        if (row >= 0)
            m_view->selectRow(row);
        return {};
    };
    auto* dialog = new RegisterConcernDialog(session.db(), meeting.code, suggestedGroup(meeting.kind), submit, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
    return dialog;
}

void RaisedConcernsPanel::retranslate()
{
    m_intro->setText(tr("Concerns first raised at this meeting. Double-click one, or press Enter, to open it on "
                        "the Concerns page."));
    m_register->setText(tr("Register a &concern raised here…"));
    m_model->retranslate();
}

} // namespace hamkori
