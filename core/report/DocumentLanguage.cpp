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

namespace {
/// The genitive of a Russian district's name as the gazetteer writes it («Айнинский район» → «Айнинского
/// района», «район Деваштич» → «района Деваштич»); a city («г. Вахдат») needs none. A form it does not know
/// is left as it is rather than guessed.
QString russianGenitive(QString name)
{
    if (const qsizetype bracket = name.indexOf(QLatin1String(" ("), 0); bracket > 0)
        name.truncate(bracket);
    if (name.startsWith(QLatin1String("г. ")))
        return name;
    if (name.startsWith(QLatin1String("район ")))
        return QStringLiteral("района ") + name.mid(6);
    if (name.endsWith(QLatin1String(" район"))) {
        static const std::pair<const char*, const char*> endings[] = {
            {"ский", "ского"}, {"цкий", "цкого"}, {"ной", "ного"}, {"ый", "ого"}, {"ий", "его"}};
        const QString adjective = name.chopped(6);
        for (const auto& [nominative, genitive] : endings)
            if (adjective.endsWith(QString::fromUtf8(nominative)))
                return adjective.chopped(QString::fromUtf8(nominative).size()) + QString::fromUtf8(genitive) +
                       QStringLiteral(" района");
    }
    return name;
}
} // namespace

QString DocumentLanguage::placeAfterPost(const GazetteerEntry& place) const
{
    const bool city = place.kind == u"city";
    if (m_code == u"ru")
        return russianGenitive(place.nameRu.isEmpty() ? place.nameEn : place.nameRu);
    if (m_code == u"tg") {
        QString name = place.nameTg.isEmpty() ? place.nameEn : place.nameTg;
        // «Ноҳияи Айнӣ» starts a sentence; after a post it is «… ноҳияи Айнӣ».
        if (name.startsWith(u"Ноҳияи") || name.startsWith(u"Шаҳри"))
            name[0] = name[0].toLower();
        return name;
    }
    return (city ? QStringLiteral("%1 city") : QStringLiteral("%1 district")).arg(place.nameEn);
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
