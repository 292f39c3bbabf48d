#include "PassphraseBar.h"
#include "core/sync/Passphrase.h"
#include "ui/pages/settings/PassphraseBox.h"
#include "ui/widgets/FieldErrors.h"
#include <QEvent>
#include <QGridLayout>
#include <QLabel>
#include <QLineEdit>

namespace hamkori::exchange {

PassphraseBar::PassphraseBar(QWidget* parent)
    : QWidget(parent), m_label(new QLabel(this)), m_edit(new QLineEdit(this)), m_hint(new QLabel(this)),
      m_message(FieldErrors::makeMessageLabel(this))
{
    m_edit->setObjectName(QStringLiteral("exchangePassphrase"));
    m_message->setObjectName(QStringLiteral("exchangePassphraseMessage"));
    m_edit->setEchoMode(QLineEdit::Password);
    m_edit->setMinimumWidth(260);
    m_label->setBuddy(m_edit);
    m_hint->setWordWrap(true);

    auto* layout = new QGridLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_label, 0, 0);
    layout->addWidget(m_edit, 0, 1);
    layout->addWidget(m_hint, 0, 2);
    layout->addWidget(m_message, 1, 0, 1, 3);
    layout->setColumnStretch(2, 1);

    connect(m_edit, &QLineEdit::textEdited, m_message, &QLabel::hide);
    connect(m_edit, &QLineEdit::editingFinished, this, [this] {
        if (!m_edit->text().isEmpty())
            problem(false);
    });
    retranslate();
}

QString PassphraseBar::passphrase() const
{
    return m_edit->text();
}

QString PassphraseBar::problem(bool forExport)
{
    const QString text = m_edit->text();
    QString message;
    const QString verifier = settings::PassphraseBox::storedVerifier();
    if (text.isEmpty()) {
        message = tr("Type the exchange passphrase of your team network first.");
    } else if (!verifier.isEmpty()) {
        if (text != m_checked && !sync::Passphrase::verify(verifier, text))
            message = tr("This is not the exchange passphrase set in Settings. Check the keyboard language "
                         "and Caps Lock, and type it again.");
        else
            m_checked = text;
    } else if (forExport) {
        message = sync::Passphrase::checkStrength(text).errorMessage();
    }
    showProblem(message);
    return message;
}

void PassphraseBar::showProblem(const QString& message)
{
    m_message->setText(message);
    m_message->setVisible(!message.isEmpty());
}

void PassphraseBar::retranslate()
{
    m_label->setText(tr("Exchange &passphrase:"));
    m_hint->setText(tr("Kept in memory until Hamkori closes, never saved."));
}

void PassphraseBar::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

} // namespace hamkori::exchange
