#include "ReferralDialog.h"
#include "core/model/Limits.h"
#include "ui/widgets/EnumCombo.h"
#include "ui/widgets/FieldErrors.h"
#include "ui/widgets/OptionalDateEdit.h"
#include "ui/widgets/SexAgeCountsGrid.h"
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace hamkori {

ReferralDialog::ReferralDialog(const Referral& referral, const QList<std::pair<QString, QString>>& services,
                               QWidget* parent)
    : QDialog(parent), m_referral(referral), m_date(new OptionalDateEdit(this, false)),
      m_service(new QComboBox(this)),
      m_counts(new SexAgeCountsGrid({[](Sex sex, AgeBand band) -> QString {
                                         return QStringLiteral("referred_%1_%2").arg(int(sex)).arg(int(band));
                                     },
                                     QStringLiteral("referred")},
                                    limits::kGuestsPerCell, this)),
      m_outcome(new QComboBox(this)), m_general(FieldErrors::makeMessageLabel(this)),
      m_errors(new FieldErrors(m_general, this))
{
    const bool isNew = referral.meta.uuid.isEmpty();
    setObjectName(QStringLiteral("referralDialog"));
    setWindowTitle(isNew ? tr("Add a referral") : tr("Change the referral"));
    m_date->setObjectName(QStringLiteral("referralDate"));
    m_service->setObjectName(QStringLiteral("referralService"));
    m_outcome->setObjectName(QStringLiteral("referralOutcome"));
    m_general->setObjectName(QStringLiteral("referralError"));

    auto* note = new QLabel(tr("Only how many people were referred is kept, by sex and age: never a name. "
                               "Write no names anywhere in the data file for a referral."),
                            this);
    note->setObjectName(QStringLiteral("referralNoNames"));
    note->setWordWrap(true);
    note->setStyleSheet(QStringLiteral("background: #eef4fa; border: 1px solid #b7cde3; padding: 6px;"));

    for (const auto& [uuid, text] : services)
        m_service->addItem(text, uuid);
    m_service->setCurrentIndex(referral.serviceUuid.isEmpty() ? (services.isEmpty() ? -1 : 0)
                                                              : m_service->findData(referral.serviceUuid));
    m_service->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_service->setMinimumContentsLength(40);
    m_service->setPlaceholderText(tr("No service in the directory yet: add one on the Directory page"));
    enumcombo::fill<ReferralOutcome>(m_outcome);
    enumcombo::select(m_outcome, referral.outcome);
    m_date->setOptionalDate(referral.date.isValid() ? referral.date : QDate::currentDate());
    m_counts->setCaptions(tr("Women and girls"), tr("Men and boys"), tr("Total"));
    m_counts->setKeyboardTracking(true); // nothing is saved before OK: the totals follow every digit
    m_counts->setCounts(referral.people);

    const auto error = [this](const char* field, QWidget* editor) {
        auto* label = FieldErrors::makeMessageLabel(this);
        label->setObjectName(QStringLiteral("referralError_%1").arg(QLatin1String(field)));
        m_errors->bind(QLatin1String(field), editor, label);
        return label;
    };
    auto* form = new QFormLayout;
    form->setRowWrapPolicy(QFormLayout::WrapLongRows);
    form->addRow(tr("&Date:"), m_date);
    form->addRow(error("date", m_date));
    form->addRow(tr("&Service:"), m_service);
    form->addRow(error("service", m_service));
    form->addRow(tr("&Outcome:"), m_outcome);
    auto* peopleBox = new QGroupBox(tr("People referred"), this);
    auto* peopleLayout = new QVBoxLayout(peopleBox);
    peopleLayout->addWidget(m_counts);
    peopleLayout->addWidget(error("people", m_counts));

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    QPushButton* ok = buttons->button(QDialogButtonBox::Ok);
    ok->setText(isNew ? tr("&Add") : tr("&Save"));
    ok->setObjectName(QStringLiteral("referralOk"));
    buttons->button(QDialogButtonBox::Cancel)->setText(tr("Cancel"));
    connect(buttons, &QDialogButtonBox::accepted, this, [this] {
        if (m_date->readTyped()) // a date that cannot be read is said so, and nothing is saved
            Q_EMIT submitted();
    });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(note);
    layout->addLayout(form);
    layout->addWidget(peopleBox);
    layout->addWidget(m_general);
    layout->addWidget(buttons);
}

Referral ReferralDialog::referral() const
{
    Referral r = m_referral;
    r.date = m_date->optionalDate();
    r.serviceUuid = m_service->currentData().toString();
    r.people = m_counts->counts();
    r.outcome = enumcombo::value<ReferralOutcome>(m_outcome);
    return r;
}

void ReferralDialog::showError(const Error& error)
{
    m_errors->show(error);
}

} // namespace hamkori
