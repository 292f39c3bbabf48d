#include "PassphraseBox.h"
#include "core/settings/Preferences.h"
#include "core/sync/Passphrase.h"
#include "ui/widgets/FieldErrors.h"
#include <QEvent>
#include <QGridLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>

namespace hamkori::settings {

QString PassphraseBox::storedVerifier()
{
    return Preferences::passphraseVerifier();
}

PassphraseBox::PassphraseBox(QWidget* parent)
    : QGroupBox(parent), m_state(new QLabel(this)), m_newLabel(new QLabel(this)), m_new(new QLineEdit(this)),
      m_repeatLabel(new QLabel(this)), m_repeat(new QLineEdit(this)), m_rule(new QLabel(this)),
      m_save(new QPushButton(this)), m_message(FieldErrors::makeMessageLabel(this))
{
    setObjectName(QStringLiteral("passphraseBox"));
    m_new->setObjectName(QStringLiteral("newPassphrase"));
    m_repeat->setObjectName(QStringLiteral("repeatPassphrase"));
    m_save->setObjectName(QStringLiteral("savePassphrase"));
    m_message->setObjectName(QStringLiteral("passphraseMessage"));
    m_state->setObjectName(QStringLiteral("passphraseState"));
    for (QLineEdit* edit : {m_new, m_repeat}) {
        edit->setEchoMode(QLineEdit::Password);
        edit->setMinimumWidth(260);
    }
    m_newLabel->setBuddy(m_new);
    m_repeatLabel->setBuddy(m_repeat);
    m_state->setWordWrap(true);
    m_rule->setWordWrap(true);

    auto* layout = new QGridLayout(this);
    layout->addWidget(m_state, 0, 0, 1, 3);
    layout->addWidget(m_newLabel, 1, 0);
    layout->addWidget(m_new, 1, 1);
    layout->addWidget(m_repeatLabel, 2, 0);
    layout->addWidget(m_repeat, 2, 1);
    layout->addWidget(m_save, 2, 2, Qt::AlignLeft);
    layout->addWidget(m_rule, 3, 0, 1, 3);
    layout->addWidget(m_message, 4, 0, 1, 3);
    layout->setColumnStretch(2, 1);

    connect(m_save, &QPushButton::clicked, this, &PassphraseBox::save);
    connect(m_repeat, &QLineEdit::returnPressed, this, &PassphraseBox::save);
    // The strength rule's message while typing, so that nobody learns it only after pressing the button.
    connect(m_new, &QLineEdit::textEdited, this, [this](const QString& text) {
        auto strong = sync::Passphrase::checkStrength(text);
        if (text.isEmpty() || strong)
            m_message->hide();
        else
            showMessage(strong.errorMessage());
    });
    retranslate();
}

void PassphraseBox::save()
{
    m_message->hide();
    const QString passphrase = m_new->text();
    if (auto strong = sync::Passphrase::checkStrength(passphrase); !strong) {
        showMessage(strong.errorMessage());
        return;
    }
    if (m_repeat->text() != passphrase) {
        showMessage(tr("The two passphrases differ. Type the same passphrase twice."));
        return;
    }
    auto verifier = sync::Passphrase::makeVerifier(passphrase);
    if (!verifier) {
        showMessage(verifier.errorMessage());
        return;
    }
    // Only the verifier: the passphrase itself stays in the fields, which are cleared now.
    Preferences::setPassphraseVerifier(*verifier);
    m_new->clear();
    m_repeat->clear();
    updateState();
}

void PassphraseBox::showMessage(const QString& message)
{
    m_message->setText(message);
    m_message->show();
}

void PassphraseBox::updateState()
{
    const bool set = !storedVerifier().isEmpty();
    m_state->setText(set ? tr("An exchange passphrase is set. Hamkori keeps only a check of it, never the "
                              "passphrase itself, so it cannot show it to you.")
                         : tr("No exchange passphrase is set on this laptop. Set the one your team network "
                              "agreed, so that a mistyped passphrase is noticed at once."));
    m_save->setText(set ? tr("C&hange passphrase") : tr("&Set passphrase"));
}

void PassphraseBox::retranslate()
{
    setTitle(tr("Exchange passphrase"));
    m_newLabel->setText(tr("&New passphrase:"));
    m_repeatLabel->setText(tr("&Repeat it:"));
    m_rule->setText(tr("At least %1 characters, at least %2 of them different. Every laptop of the team "
                       "network uses the same passphrase.")
                        .arg(sync::Passphrase::kMinimumLength)
                        .arg(sync::Passphrase::kMinimumDistinct));
    updateState();
}

void PassphraseBox::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QGroupBox::changeEvent(event);
}

} // namespace hamkori::settings
