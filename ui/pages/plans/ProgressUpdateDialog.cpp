#include "ProgressUpdateDialog.h"
#include "ui/widgets/FieldErrors.h"
#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QGridLayout>
#include <QGroupBox>
#include <QLabel>
#include <QLocale>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

namespace hamkori::plans {

ProgressUpdateDialog::ProgressUpdateDialog(const Activity& activity, const QString& title, QWidget* parent)
    : QDialog(parent), m_activityUuid(activity.meta.uuid), m_date(new QDateEdit(this)),
      m_status(new QComboBox(this)), m_note(new QPlainTextEdit(this)), m_total(new QLabel(this)),
      m_indirect(new QSpinBox(this)), m_spent(new QDoubleSpinBox(this)),
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
    m_date->setDisplayFormat(QStringLiteral("dd.MM.yyyy"));
    m_date->setCalendarPopup(true);
    m_date->setDate(QDate::currentDate());
    form->addRow(tr("&Date:"), m_date);
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
    auto* grid = new QGridLayout(reachedBox);
    for (int band = 0; band < SexAgeCounts::kBands; ++band) {
        auto* header = new QLabel(displayName(AgeBand(band)), reachedBox);
        header->setAlignment(Qt::AlignCenter);
        grid->addWidget(header, 0, band + 1);
    }
    auto* totalHeader = new QLabel(tr("Total"), reachedBox);
    totalHeader->setAlignment(Qt::AlignCenter);
    grid->addWidget(totalHeader, 0, SexAgeCounts::kBands + 1);
    const std::array<QString, 2> sexNames{tr("Women and girls"), tr("Men and boys")};
    for (int sex = 0; sex < 2; ++sex) {
        grid->addWidget(new QLabel(sexNames[std::size_t(sex)], reachedBox), sex + 1, 0);
        for (int band = 0; band < SexAgeCounts::kBands; ++band) {
            auto* spin = new QSpinBox(reachedBox);
            spin->setRange(0, 1000000);
            spin->setGroupSeparatorShown(true);
            spin->setObjectName(QStringLiteral("reached_%1_%2").arg(sex).arg(band));
            spin->setAccessibleName(sexNames[std::size_t(sex)] + QLatin1Char(' ') + displayName(AgeBand(band)));
            connect(spin, &QSpinBox::valueChanged, this, &ProgressUpdateDialog::updateTotals);
            m_cells[std::size_t(sex * SexAgeCounts::kBands + band)] = spin;
            grid->addWidget(spin, sex + 1, band + 1);
        }
        m_sexTotals[std::size_t(sex)] = new QLabel(reachedBox);
        m_sexTotals[std::size_t(sex)]->setAlignment(Qt::AlignRight | Qt::AlignVCenter);
        grid->addWidget(m_sexTotals[std::size_t(sex)], sex + 1, SexAgeCounts::kBands + 1);
    }
    grid->addWidget(new QLabel(tr("Total"), reachedBox), 3, 0);
    for (int band = 0; band < SexAgeCounts::kBands; ++band) {
        m_bandTotals[std::size_t(band)] = new QLabel(reachedBox);
        m_bandTotals[std::size_t(band)]->setAlignment(Qt::AlignRight | Qt::AlignVCenter);
        grid->addWidget(m_bandTotals[std::size_t(band)], 3, band + 1);
    }
    m_total->setObjectName(QStringLiteral("reachedTotal"));
    m_total->setAlignment(Qt::AlignRight | Qt::AlignVCenter);
    QFont bold = m_total->font();
    bold.setBold(true);
    m_total->setFont(bold);
    grid->addWidget(m_total, 3, SexAgeCounts::kBands + 1);
    layout->addWidget(reachedBox);

    auto* more = new QFormLayout;
    m_indirect->setObjectName(QStringLiteral("reachedIndirectly"));
    m_indirect->setRange(0, 100000000);
    m_indirect->setGroupSeparatorShown(true);
    more->addRow(tr("People reached &indirectly:"), m_indirect);
    m_spent->setObjectName(QStringLiteral("progressSpent"));
    m_spent->setRange(0, 1e10);
    m_spent->setDecimals(2);
    m_spent->setGroupSeparatorShown(true);
    m_spent->setSuffix(tr(" somoni"));
    more->addRow(tr("Money s&pent:"), m_spent);
    layout->addLayout(more);
    layout->addWidget(m_error);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("&Add"));
    buttons->button(QDialogButtonBox::Ok)->setObjectName(QStringLiteral("progressAdd"));
    buttons->button(QDialogButtonBox::Cancel)->setText(tr("Cancel"));
    connect(buttons, &QDialogButtonBox::accepted, this, &ProgressUpdateDialog::submitted);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
    updateTotals();
}

void ProgressUpdateDialog::updateTotals()
{
    const ProgressUpdate u = update();
    const QLocale locale;
    for (int sex = 0; sex < 2; ++sex)
        m_sexTotals[std::size_t(sex)]->setText(locale.toString(u.reached.total(Sex(sex))));
    for (int band = 0; band < SexAgeCounts::kBands; ++band)
        m_bandTotals[std::size_t(band)]->setText(locale.toString(u.reached.total(AgeBand(band))));
    m_total->setText(locale.toString(u.reached.total()));
}

ProgressUpdate ProgressUpdateDialog::update() const
{
    ProgressUpdate u;
    u.activityUuid = m_activityUuid;
    u.date = m_date->date();
    u.status = enumFromCode<ActivityStatus>(m_status->currentData().toString()).value_or(ActivityStatus::InProgress);
    u.note = m_note->toPlainText().trimmed();
    for (int i = 0; i < SexAgeCounts::kCells; ++i)
        u.reached.setCell(i, m_cells[std::size_t(i)]->value());
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
