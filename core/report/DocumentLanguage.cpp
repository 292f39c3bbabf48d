#include "DocumentLanguage.h"
#include "core/model/Formats.h"
#include <QCoreApplication>

namespace hamkori::report {

DocumentLanguage::DocumentLanguage(const QString& language)
    : m_code(language == u"tg" || language == u"ru" ? language : QStringLiteral("en")),
      m_locale(Formats::localeOf(m_code))
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
    return translate("Document", Formats::monthSource(month));
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
