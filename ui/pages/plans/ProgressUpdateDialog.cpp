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
#include <QSpinBox>
#include <QVBoxLayout>

namespace hamkori::plans {

ProgressUpdateDialog::ProgressUpdateDialog(const Activity& activity, double spentEarlier,
                                           const QString& title, QWidget* parent)
    : QDialog(parent), m_activityUuid(activity.meta.uuid), m_activityStart(activity.start),
      m_budget(activity.amountSomoni), m_spentEarlier(spentEarlier),
      m_date(new OptionalDateEdit(this, false)), m_status(new QComboBox(this)),
      m_note(new QPlainTextEdit(this)),
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
    layout->addLayout(form);

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

    connect(m_date, &OptionalDateEdit::committed, this, &ProgressUpdateDialog::updateWarnings);
    connect(m_spent, &QDoubleSpinBox::valueChanged, this, &ProgressUpdateDialog::updateWarnings);
    updateWarnings();
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
    return u;
}

void ProgressUpdateDialog::showError(const QString& message)
{
    m_error->setText(message);
    m_error->show();
}

} // namespace hamkori::plans
