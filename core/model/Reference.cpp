#include "Reference.h"

namespace hamkori {

namespace {
QString pickName(const QString& language, const QString& en, const QString& tg, const QString& ru)
{
    const QString& preferred = language == u"tg" ? tg : language == u"ru" ? ru : en;
    if (!preferred.isEmpty())
        return preferred;
    for (const QString* fallback : {&en, &ru, &tg})
        if (!fallback->isEmpty())
            return *fallback;
    return {};
}
} // namespace

QString ReferenceItem::name(const QString& language) const
{
    const QString custom = language == u"tg" ? nameTg : language == u"ru" ? nameRu : QString();
    if (!custom.isEmpty())
        return custom;
    // A built-in entry in the UI language is translated by the installed translator.
    if (!code.isEmpty() && !nameEn.isEmpty())
        return QCoreApplication::translate("Reference", nameEn.toUtf8().constData());
    return pickName(language, nameEn, nameTg, nameRu);
}

QString GazetteerEntry::name(const QString& language) const
{
    return pickName(language, nameEn, nameTg, nameRu);
}

} // namespace hamkori
