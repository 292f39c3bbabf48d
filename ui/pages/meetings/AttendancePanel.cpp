#include "AttendancePanel.h"
#include "AttendanceModel.h"
#include "GuestCountsGrid.h"
#include "MeetingEdit.h"
#include "core/model/Formats.h"
#include "ui/widgets/FieldErrors.h"
#include <QLabel>
#include <QListView>
#include <QSpinBox>
#include <QVBoxLayout>

namespace hamkori {

AttendancePanel::AttendancePanel(Session& session, QWidget* parent)
    : QWidget(parent), m_session(session), m_model(new AttendanceModel(session, this)),
      m_members(new QListView(this)), m_grid(new GuestCountsGrid(this)), m_membersTitle(new QLabel(this)),
      m_guestsTitle(new QLabel(this)), m_emptyHint(new QLabel(this)), m_errors(nullptr)
{
    m_members->setObjectName(QStringLiteral("attendanceList"));
    m_members->setModel(m_model);
    m_members->setUniformItemSizes(true);
    m_members->setAlternatingRowColors(true);
    m_membersTitle->setBuddy(m_members);
    m_guestsTitle->setBuddy(m_grid->spinBox(Sex::Female, AgeBand::Under18));
    m_emptyHint->setWordWrap(true);
    // Long titles wrap rather than widen the panel (and squeeze the list of meetings beside it).
    m_membersTitle->setWordWrap(true);
    m_guestsTitle->setWordWrap(true);
    m_members->setMinimumHeight(120);
    m_members->setSpacing(1);
    m_emptyHint->setObjectName(QStringLiteral("attendanceHint"));

    auto* general = FieldErrors::makeMessageLabel(this);
    auto* guestsMessage = FieldErrors::makeMessageLabel(this);
    m_errors = new FieldErrors(general, this);
    m_errors->bind(QStringLiteral("guests"), m_grid, guestsMessage);

    // Members above, guests below: the panel stays narrow enough to leave the list of meetings its width.
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_membersTitle);
    layout->addWidget(m_members, 1);
    layout->addWidget(m_emptyHint);
    layout->addSpacing(6);
    layout->addWidget(m_guestsTitle);
    layout->addWidget(m_grid);
    layout->addWidget(guestsMessage);
    layout->addWidget(general);
    QFont bold = m_membersTitle->font();
    bold.setBold(true);
    m_membersTitle->setFont(bold);
    m_guestsTitle->setFont(bold);

    connect(m_grid, &GuestCountsGrid::guestsEdited, this, &AttendancePanel::saveGuests);
    connect(m_model, &AttendanceModel::editRefused, this, [this](const QString& message) {
        m_errors->show(Error{message, {}});
    });
    connect(m_model, &QAbstractItemModel::modelReset, this, &AttendancePanel::updateTotals);
    connect(m_model, &QAbstractItemModel::dataChanged, this, &AttendancePanel::updateTotals);
}

void AttendancePanel::setMeeting(const Meeting& meeting)
{
    if (meeting.meta.uuid != m_meeting.meta.uuid) {
        m_errors->clear();
        m_meeting = meeting;
        m_model->setMeeting(meeting.meta.uuid);
    } else {
        m_meeting = meeting; // the model follows the database by itself
    }
    setEnabled(!meeting.meta.uuid.isEmpty());
    updateTotals();
    updateTitles();
}

void AttendancePanel::updateTotals()
{
    m_grid->setCounts(m_meeting.guests, m_model->presentCounts());
    m_emptyHint->setVisible(m_model->rowCount() == 0 && !m_meeting.meta.uuid.isEmpty());
}

int AttendancePanel::total() const
{
    return m_meeting.guests.total() + m_model->presentCounts().total();
}

void AttendancePanel::saveGuests()
{
    if (m_meeting.meta.uuid.isEmpty())
        return;
    Meeting edited = m_meeting;
    edited.guests = m_grid->guests();
    auto done = editMeetingField(m_session, tr("change the guest counts of meeting %1").arg(m_meeting.code),
                                 edited, [](Meeting& to, const Meeting& from) { to.guests = from.guests; });
    if (!done)
        m_errors->show(done.error());
    else
        m_errors->clear();
}

void AttendancePanel::updateTitles()
{
    m_membersTitle->setText(m_meeting.date.isValid()
                                ? tr("&Members present (members on %1)").arg(Formats::date(m_meeting.date))
                                : tr("&Members present"));
    m_guestsTitle->setText(tr("&Guests (people who are not members of the team)"));
    m_emptyHint->setText(tr("The team had no members on this date. Add members on the Team page."));
}

void AttendancePanel::retranslate()
{
    updateTitles();
    m_grid->retranslate();
    m_model->reload(); // the members' categories, in the new language
}

} // namespace hamkori
