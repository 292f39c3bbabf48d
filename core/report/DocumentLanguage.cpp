#include "DocumentLanguage.h"
#include <QCoreApplication>

namespace hamkori::report {

namespace {
// Qt 6.4's QLocale gives the Tajik months capitalised ("Январ") and the Russian ones in the genitive
// ("января") unless the stand-alone form is asked for; a period written mid-sentence needs the nominative in
// lower case ("январ 2026", "январь 2026"), so the months are translatable texts of our own.
const char* const kMonths[] = {
    QT_TRANSLATE_NOOP("Document", "January"),   QT_TRANSLATE_NOOP("Document", "February"),
    QT_TRANSLATE_NOOP("Document", "March"),     QT_TRANSLATE_NOOP("Document", "April"),
    QT_TRANSLATE_NOOP("Document", "May"),       QT_TRANSLATE_NOOP("Document", "June"),
    QT_TRANSLATE_NOOP("Document", "July"),      QT_TRANSLATE_NOOP("Document", "August"),
    QT_TRANSLATE_NOOP("Document", "September"), QT_TRANSLATE_NOOP("Document", "October"),
    QT_TRANSLATE_NOOP("Document", "November"),  QT_TRANSLATE_NOOP("Document", "December")};
} // namespace

DocumentLanguage::DocumentLanguage(const QString& language)
    : m_code(language == u"tg" || language == u"ru" ? language : QStringLiteral("en")),
      m_locale(m_code == u"tg"   ? QLocale(QLocale::Tajik, QLocale::Tajikistan)
               : m_code == u"ru" ? QLocale(QLocale::Russian, QLocale::Russia)
                                 : QLocale(QLocale::English, QLocale::UnitedKingdom))
{
    if (m_code != u"en") {
        auto translator = std::make_shared<QTranslator>();
        if (translator->load(QStringLiteral(":/i18n/hamkori_%1.qm").arg(m_code)))
            m_translator = std::move(translator);
    }
}

QString DocumentLanguage::translate(const char* context, const char* source) const
{
    if (m_translator) {
        const QString translated = m_translator->translate(context, source);
        if (!translated.isEmpty())
            return translated;
    }
    return QString::fromUtf8(source);
}

QString DocumentLanguage::name(const ReferenceItem& item) const
{
    const QString typed = m_code == u"tg" ? item.nameTg : m_code == u"ru" ? item.nameRu : QString();
    if (!typed.isEmpty())
        return typed;
    if (!item.code.isEmpty() && !item.nameEn.isEmpty())
        return translate("Reference", item.nameEn.toUtf8().constData());
    // A user's entry has no translation: ReferenceItem falls back to the other languages.
    return item.name(m_code);
}

QString DocumentLanguage::date(QDate day)
{
    return day.isValid() ? day.toString(QStringLiteral("dd.MM.yyyy")) : QString();
}

QString DocumentLanguage::monthName(int month) const
{
    if (month < 1 || month > 12)
        return {};
    return translate("Document", kMonths[month - 1]);
}

QString DocumentLanguage::monthYear(QDate day) const
{
    if (!day.isValid())
        return {};
    return monthName(day.month()) + QLatin1Char(' ') + QString::number(day.year());
}

QString DocumentLanguage::money(double somoni) const
{
    //: The unit after an amount of money in documents, e.g. "1 500,00 somoni".
    return text(QT_TRANSLATE_NOOP("Document", "%1 somoni")).arg(m_locale.toString(somoni, 'f', 2));
}

} // namespace hamkori::report
