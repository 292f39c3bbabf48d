#include "Translations.h"
#include <QCoreApplication>
#include <QLocale>
#include <QTranslator>
#include <memory>
#include <vector>

namespace hamkori {

namespace {
std::vector<std::unique_ptr<QTranslator>>& installed()
{
    static std::vector<std::unique_ptr<QTranslator>> translators;
    return translators;
}
QString& currentLanguage()
{
    static QString language = QStringLiteral("en");
    return language;
}
} // namespace

QStringList Translations::languages()
{
    return {QStringLiteral("tg"), QStringLiteral("ru"), QStringLiteral("en")};
}

bool Translations::isSupported(const QString& language)
{
    return languages().contains(language);
}

QString Translations::suggestedLanguage()
{
    switch (QLocale::system().language()) {
    case QLocale::Tajik:
        return QStringLiteral("tg");
    case QLocale::Russian:
        return QStringLiteral("ru");
    default:
        return QStringLiteral("en");
    }
}

bool Translations::install(const QString& language)
{
    for (auto& translator : installed())
        QCoreApplication::removeTranslator(translator.get());
    installed().clear();

    // Qt's own strings (dialog buttons, the line-edit menu, the file and print dialogs) first, so that
    // Hamkori's catalogue, installed last and therefore searched first, can override them. Qt has no Tajik
    // catalogue: qt_tg is our own, for the Qt strings the program shows.
    QStringList catalogues;
    if (language == u"ru") // qt_ru_extra: Qt 6 strings Debian's qtbase_ru predates
        catalogues << QStringLiteral(":/i18n/qtbase_ru.qm") << QStringLiteral(":/i18n/qt_ru_extra.qm");
    else if (language == u"tg")
        catalogues << QStringLiteral(":/i18n/qt_tg.qm");
    catalogues << QStringLiteral(":/i18n/hamkori_%1.qm").arg(language);
    bool complete = true;
    for (const QString& file : catalogues) {
        auto translator = std::make_unique<QTranslator>();
        if (!translator->load(file)) {
            complete = false;
            continue;
        }
        QCoreApplication::installTranslator(translator.get());
        installed().push_back(std::move(translator));
    }
    currentLanguage() = language;
    const QLocale locale(language == u"tg"   ? QLocale::Tajik
                         : language == u"ru" ? QLocale::Russian
                                             : QLocale::English,
                         language == u"tg"   ? QLocale::Tajikistan
                         : language == u"ru" ? QLocale::Russia
                                             : QLocale::UnitedKingdom);
    QLocale::setDefault(locale);
    return complete;
}

QString Translations::current()
{
    return currentLanguage();
}

} // namespace hamkori
