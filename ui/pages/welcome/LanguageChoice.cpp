#include "LanguageChoice.h"
#include "core/settings/Preferences.h"
#include "translations/Translations.h"
#include <QButtonGroup>
#include <QDialog>
#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QRadioButton>
#include <QVBoxLayout>

namespace hamkori {

namespace {
struct Offered
{
    const char* code;
    const char16_t* name;
};
// Not translated on purpose: each language keeps its own name, as in Settings.
constexpr Offered kOffered[] = {{"tg", u"Тоҷикӣ"}, {"ru", u"Русский"}, {"en", u"English"}};
} // namespace

LanguageChoice::LanguageChoice(QWidget* parent) : QGroupBox(parent), m_group(new QButtonGroup(this))
{
    setObjectName(QStringLiteral("languageChoice"));
    // In all three languages: the person choosing may read only one of them.
    setTitle(QStringLiteral("Забон · Язык · Language"));
    auto* layout = new QHBoxLayout(this);
    for (const Offered& offered : kOffered) {
        const QString code = QString::fromLatin1(offered.code);
        auto* button = new QRadioButton(QString::fromUtf16(offered.name), this);
        button->setObjectName(QStringLiteral("languageChoice_") + code);
        button->setProperty("language", code);
        button->setChecked(code == Translations::current());
        m_group->addButton(button);
        layout->addWidget(button);
    }
    connect(m_group, &QButtonGroup::buttonClicked, this,
            [this](QAbstractButton* button) { choose(button->property("language").toString()); });
}

bool LanguageChoice::needed()
{
    return Preferences::language().isEmpty();
}

void LanguageChoice::rememberCurrent()
{
    Preferences::setLanguage(Translations::current());
}

void LanguageChoice::askInDialog(QWidget* parent)
{
    QDialog dialog(parent);
    dialog.setObjectName(QStringLiteral("languageDialog"));
    dialog.setWindowTitle(QStringLiteral("Hamkori"));
    auto* layout = new QVBoxLayout(&dialog);
    layout->addWidget(new LanguageChoice(&dialog));
    // A standard button: Qt retranslates it when the language changes.
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok, &dialog);
    connect(buttons, &QDialogButtonBox::accepted, &dialog, &QDialog::accept);
    layout->addWidget(buttons);
    dialog.exec();
    // Closing the window is going on with the language shown: do not ask again.
    rememberCurrent();
}

void LanguageChoice::choose(const QString& language)
{
    if (language != Translations::current())
        Translations::install(language);
    rememberCurrent();
    Q_EMIT chosen(language);
}

} // namespace hamkori
