#include "BalancePanel.h"
#include <QFormLayout>
#include <QLabel>
#include <QLocale>
#include <QVBoxLayout>

namespace hamkori {

TeamBalance TeamBalance::of(const QList<Member>& members, QDate day)
{
    TeamBalance balance;
    for (const Member& member : members) {
        if (!member.isActiveOn(day))
            continue;
        ++balance.active;
        if (member.sex == Sex::Female)
            ++balance.women;
        if (member.ageBand == AgeBand::Under18 || member.ageBand == AgeBand::From18To29 ||
            member.category == MemberCategory::Youth)
            ++balance.youth;
        if (member.category == MemberCategory::Police || member.category == MemberCategory::Hukumat ||
            member.category == MemberCategory::Jamoat)
            ++balance.officials;
        else
            ++balance.civilSociety;
    }
    return balance;
}

BalancePanel::BalancePanel(QWidget* parent)
    : QGroupBox(parent), m_activeLabel(new QLabel(this)), m_womenCaption(new QLabel(this)),
      m_women(new QLabel(this)), m_youthCaption(new QLabel(this)), m_youth(new QLabel(this)),
      m_officialsCaption(new QLabel(this)), m_officials(new QLabel(this)), m_civilCaption(new QLabel(this)),
      m_civil(new QLabel(this)), m_warning(new QLabel(this))
{
    setObjectName(QStringLiteral("balancePanel"));
    m_women->setObjectName(QStringLiteral("balanceWomen"));
    m_youth->setObjectName(QStringLiteral("balanceYouth"));
    m_officials->setObjectName(QStringLiteral("balanceOfficials"));
    m_civil->setObjectName(QStringLiteral("balanceCivilSociety"));
    m_activeLabel->setObjectName(QStringLiteral("balanceActive"));
    m_warning->setObjectName(QStringLiteral("balanceWarning"));
    m_warning->setWordWrap(true);
    m_warning->setStyleSheet(QStringLiteral("color: #b35900; font-weight: bold;"));
    m_activeLabel->setWordWrap(true);

    auto* form = new QFormLayout;
    form->setRowWrapPolicy(QFormLayout::WrapLongRows);
    form->addRow(m_womenCaption, m_women);
    form->addRow(m_youthCaption, m_youth);
    form->addRow(m_officialsCaption, m_officials);
    form->addRow(m_civilCaption, m_civil);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_activeLabel);
    layout->addLayout(form);
    layout->addWidget(m_warning);
    retranslate();
}

void BalancePanel::setMembers(const QList<Member>& members)
{
    m_balance = TeamBalance::of(members, QDate::currentDate());
    retranslate();
}

QString BalancePanel::share(int count) const
{
    const QLocale locale;
    if (m_balance.active == 0)
        return tr("none");
    const double percent = 100.0 * count / m_balance.active;
    return tr("%1% (%2 of %3)", "share of active members")
        .arg(locale.toString(percent, 'f', 0), locale.toString(count), locale.toString(m_balance.active));
}

void BalancePanel::retranslate()
{
    setTitle(tr("Balance of the team"));
    m_activeLabel->setText(tr("Among %n active member(s):", "", m_balance.active));
    m_womenCaption->setText(tr("Women:"));
    m_youthCaption->setText(tr("Youth (under 30):"));
    m_officialsCaption->setText(tr("Police and officials:"));
    m_civilCaption->setText(tr("Civil society:"));
    m_women->setText(share(m_balance.women));
    m_youth->setText(share(m_balance.youth));
    m_officials->setText(share(m_balance.officials));
    m_civil->setText(share(m_balance.civilSociety));
    m_officials->setToolTip(tr("Members from the police, the Hukumat and the Jamoat"));
    m_officialsCaption->setToolTip(m_officials->toolTip());

    QStringList warnings;
    if (m_balance.active == 0)
        warnings << tr("The team has no active members yet.");
    if (m_balance.womenTooFew())
        warnings << tr("Women are fewer than 40% of the active members: invite more women to the team.");
    if (m_balance.active > 0 && m_balance.noYouth())
        warnings << tr("No youth member is active: invite young people to the team.");
    m_warning->setText(warnings.isEmpty() ? QString()
                                          : QStringLiteral("⚠ ") + warnings.join(QStringLiteral("\n⚠ ")));
    m_warning->setVisible(!warnings.isEmpty());
}

} // namespace hamkori
