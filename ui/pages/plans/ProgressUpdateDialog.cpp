#include "ProgressUpdateDialog.h"
#include "core/model/Limits.h"
#include "core/model/Plausibility.h"
#include "ui/widgets/FieldErrors.h"
#include "ui/widgets/FieldWarning.h"
#include "ui/widgets/OptionalDateEdit.h"
#include "ui/widgets/SexAgeCountsGrid.h"
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalBlocker>
#include <QSpinBox>
#include <QVBoxLayout>

namespace hamkori::plans {

ProgressUpdateDialog::ProgressUpdateDialog(const Activity& activity, double spentEarlier,
                                           const QString& title, QWidget* parent)
    : QDialog(parent), m_activityUuid(activity.meta.uuid), m_activityStart(activity.start),
      m_budget(activity.amountSomoni), m_spentEarlier(spentEarlier),
      m_date(new OptionalDateEdit(this, false)), m_status(new QComboBox(this)),
      m_note(new QPlainTextEdit(this)), m_carriedBy(new QComboBox(this)), m_carriedNote(new QLabel(this)),
      m_reached(new SexAgeCountsGrid({[](Sex sex, AgeBand band) -> QString {
                                          return QStringLiteral("reached_%1_%2").arg(int(sex)).arg(int(band));
                                      },
                                      QStringLiteral("reached")},
                                     limits::kReachedPerCell, this)),
      m_indirect(new QSpinBox(this)), m_spent(new QDoubleSpinBox(this)),
      m_dateWarning(FieldWarning::makeLabel(this)), m_spentWarning(FieldWarning::makeLabel(this)),
      m_error(FieldErrors::makeMessageLabel(this))
{
    setObjectName(QStringLiteral("progressDialog"));
    setWindowTitle(tr("Add progress update"));
    auto* layout = new QVBoxLayout(this);
    auto* heading = new QLabel(title, this);
    heading->setWordWrap(true);
    heading->setTextFormat(Qt::PlainText);
    layout->addWidget(heading);

    auto* form = new QFormLayout;
    m_date->setObjectName(QStringLiteral("progressDate"));
    m_dateWarning->setObjectName(QStringLiteral("progressDateWarning"));
    form->addRow(tr("&Date:"), m_date);
    m_date->showMessagesIn(m_error);
    form->addRow(nullptr, m_dateWarning);
    m_status->setObjectName(QStringLiteral("progressStatus"));
    for (int i = 0; i < enumCount<ActivityStatus>(); ++i)
        m_status->addItem(displayName(ActivityStatus(i)), codeOf(ActivityStatus(i)));
    const ActivityStatus suggested =
        activity.status == ActivityStatus::Planned ? ActivityStatus::InProgress : activity.status;
    m_status->setCurrentIndex(m_status->findData(codeOf(suggested)));
    form->addRow(tr("&Status of the activity:"), m_status);
    m_note->setObjectName(QStringLiteral("progressNote"));
    m_note->setTabChangesFocus(true);
    m_note->setMaximumHeight(80);
    form->addRow(tr("&Note:"), m_note);
    m_carriedBy->setObjectName(QStringLiteral("progressCarriedBy"));
    // Event and campaign titles can be long: the dialog keeps its width.
    m_carriedBy->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_carriedBy->setMinimumContentsLength(24);
    form->addRow(tr("Carried &out by:"), m_carriedBy);
    m_carriedNote->setObjectName(QStringLiteral("progressCarriedNote"));
    m_carriedNote->setWordWrap(true);
    m_carriedNote->hide();
    form->addRow(nullptr, m_carriedNote);
    layout->addLayout(form);
    setCarriers({});

    auto* reachedBox = new QGroupBox(tr("People reached directly"), this);
    auto* reachedLayout = new QVBoxLayout(reachedBox);
    m_reached->setCaptions(tr("Women and girls"), tr("Men and boys"), tr("Total"));
    m_reached->setKeyboardTracking(true); // nothing is saved before Add: the totals follow every digit
    reachedLayout->addWidget(m_reached);
    layout->addWidget(reachedBox);

    auto* more = new QFormLayout;
    m_indirect->setObjectName(QStringLiteral("reachedIndirectly"));
    m_indirect->setRange(0, limits::kReachedIndirectly);
    m_indirect->setGroupSeparatorShown(true);
    more->addRow(tr("People reached &indirectly:"), m_indirect);
    m_spent->setObjectName(QStringLiteral("progressSpent"));
    m_spent->setRange(0, limits::kMoney);
    m_spent->setDecimals(2);
    m_spent->setGroupSeparatorShown(true);
    m_spent->setSuffix(tr(" somoni"));
    more->addRow(tr("Money s&pent:"), m_spent);
    m_spentWarning->setObjectName(QStringLiteral("progressSpentWarning"));
    more->addRow(nullptr, m_spentWarning);
    layout->addLayout(more);
    layout->addWidget(m_error);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("&Add"));
    buttons->button(QDialogButtonBox::Ok)->setObjectName(QStringLiteral("progressAdd"));
    buttons->button(QDialogButtonBox::Cancel)->setText(tr("Cancel"));
    connect(buttons, &QDialogButtonBox::accepted, this, [this] {
        if (m_date->readTyped()) // a date that cannot be read is said so, and nothing is added
            Q_EMIT submitted();
    });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);

    connect(m_carriedBy, &QComboBox::currentIndexChanged, this, &ProgressUpdateDialog::carrierChosen);
    connect(m_date, &OptionalDateEdit::committed, this, &ProgressUpdateDialog::updateWarnings);
    connect(m_spent, &QDoubleSpinBox::valueChanged, this, &ProgressUpdateDialog::updateWarnings);
    updateWarnings();
}

void ProgressUpdateDialog::setCarriers(const QList<CarriedOutBy>& carriers)
{
    m_carriers = carriers;
    {
        const QSignalBlocker blocker(m_carriedBy);
        m_carriedBy->clear();
        m_carriedBy->addItem(QString(), -1);
        for (int i = 0; i < m_carriers.size(); ++i)
            m_carriedBy->addItem(QString(), i);
        retranslateCarriers();
        m_carriedBy->setCurrentIndex(0);
    }
    m_carriedBy->setEnabled(!m_carriers.isEmpty());
    carrierChosen();
}

void ProgressUpdateDialog::retranslateCarriers()
{
    m_carriedBy->setItemText(0, m_carriers.isEmpty() ? tr("none (the team has no events or campaigns)")
                                                     : tr("none: the activity's own work"));
    for (int i = 1; i < m_carriedBy->count(); ++i) {
        const CarriedOutBy& c = m_carriers[m_carriedBy->itemData(i).toInt()];
        m_carriedBy->setItemText(i, c.eventUuid.isEmpty() ? tr("Campaign %1 · %2").arg(c.code, c.title)
                                                          : tr("Event %1 · %2").arg(c.code, c.title));
    }
}

void ProgressUpdateDialog::carrierChosen()
{
    const int chosen = m_carriedBy->currentData().toInt();
    const bool carried = chosen >= 0 && chosen < m_carriers.size();
    // Counted in the event or campaign, once: a number typed here would never be added up anywhere.
    if (carried) {
        m_reached->setCounts({});
        m_indirect->setValue(0);
        const CarriedOutBy& c = m_carriers[chosen];
        m_carriedNote->setText(
            c.eventUuid.isEmpty()
                ? tr("The people reached are counted once, in the campaign %1: they are not entered again "
                     "here.")
                      .arg(c.code)
                : tr("The people reached are counted once, in the event %1: they are not entered again here.")
                      .arg(c.code));
    }
    m_reached->setEnabled(!carried);
    m_indirect->setEnabled(!carried);
    m_carriedNote->setVisible(carried);
}

void ProgressUpdateDialog::updateWarnings()
{
    FieldWarning::show(m_dateWarning, plausibility::progressBeforeStart(m_date->date(), m_activityStart));
    FieldWarning::show(m_spentWarning,
                       plausibility::spentBeyondBudget(m_spentEarlier + m_spent->value(), m_budget));
}

ProgressUpdate ProgressUpdateDialog::update() const
{
    ProgressUpdate u;
    u.activityUuid = m_activityUuid;
    u.date = m_date->date();
    u.status =
        enumFromCode<ActivityStatus>(m_status->currentData().toString()).value_or(ActivityStatus::InProgress);
    u.note = m_note->toPlainText().trimmed();
    u.reached = m_reached->counts();
    u.reachedIndirectly = m_indirect->value();
    u.spentSomoni = m_spent->value();
    const int chosen = m_carriedBy->currentData().toInt();
    if (chosen >= 0 && chosen < m_carriers.size()) {
        u.eventUuid = m_carriers[chosen].eventUuid;
        u.campaignUuid = m_carriers[chosen].campaignUuid;
        u.reached = {};
        u.reachedIndirectly = 0;
    }
    return u;
}

void ProgressUpdateDialog::showError(const QString& message)
{
    m_error->setText(message);
    m_error->show();
}

} // namespace hamkori::plans
