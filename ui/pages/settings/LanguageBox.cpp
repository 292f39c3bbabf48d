#include "LanguageBox.h"
#include "core/settings/Preferences.h"
#include "translations/Translations.h"
#include "ui/widgets/FieldErrors.h"
#include <QComboBox>
#include <QEvent>
#include <QGridLayout>
#include <QLabel>

namespace hamkori::settings {

LanguageBox::LanguageBox(QWidget* parent)
    : QGroupBox(parent), m_combo(new QComboBox(this)), m_label(new QLabel(this)), m_hint(new QLabel(this)),
      m_error(FieldErrors::makeMessageLabel(this))
{
    m_combo->setObjectName(QStringLiteral("languageCombo"));
    // Not translated on purpose: each language keeps its own name.
    m_combo->addItem(QStringLiteral("Тоҷикӣ"), QStringLiteral("tg"));
    m_combo->addItem(QStringLiteral("Русский"), QStringLiteral("ru"));
    m_combo->addItem(QStringLiteral("English"), QStringLiteral("en"));
    m_combo->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_label->setBuddy(m_combo);
    m_hint->setWordWrap(true);
    m_error->setObjectName(QStringLiteral("languageError"));

    auto* layout = new QGridLayout(this);
    layout->addWidget(m_label, 0, 0);
    layout->addWidget(m_combo, 0, 1);
    layout->addWidget(m_hint, 0, 2);
    layout->addWidget(m_error, 1, 0, 1, 3);
    layout->setColumnStretch(2, 1);

    connect(m_combo, &QComboBox::activated, this, &LanguageBox::choose);
    retranslate();
}

void LanguageBox::choose(int index)
{
    const QString language = m_combo->itemData(index).toString();
    if (language.isEmpty() || language == Translations::current())
        return;
    m_error->hide();
    if (!Translations::install(language)) {
        m_error->setText(
            tr("Part of the translation is missing from this copy of Hamkori, so some texts stay in "
               "English. Reinstall Hamkori to get them all."));
        m_error->show();
    }
    Preferences::setLanguage(language);
}

void LanguageBox::retranslate()
{
    setTitle(tr("Language"));
    m_label->setText(tr("&Language of Hamkori:"));
    m_hint->setText(tr("Hamkori changes its language at once and starts in it next time."));
    const int current = m_combo->findData(Translations::current());
    if (current >= 0)
        m_combo->setCurrentIndex(current);
}

void LanguageBox::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QGroupBox::changeEvent(event);
}

} // namespace hamkori::settings
