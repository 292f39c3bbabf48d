#include "BuiltInNames.h"
#include <QHash>
#include <QTranslator>
#include <memory>

namespace hamkori::settings {

namespace {

/// The program's own catalogues, loaded once each on first use and kept for the life of the program. They are
/// never installed: they answer only the questions of this file.
const QTranslator* catalogue(const QString& language)
{
    static QHash<QString, std::shared_ptr<QTranslator>> loaded;
    auto found = loaded.constFind(language);
    if (found == loaded.constEnd()) {
        auto translator = std::make_shared<QTranslator>();
        if (!translator->load(QStringLiteral(":/i18n/hamkori_%1.qm").arg(language)))
            translator.reset();
        found = loaded.insert(language, translator);
    }
    return found->get();
}

} // namespace

QString builtInName(const QString& sourceText, const QString& language)
{
    if (sourceText.isEmpty() || language == u"en")
        return sourceText;
    const QTranslator* translator = catalogue(language);
    if (!translator)
        return sourceText;
    const QString translated = translator->translate("Reference", sourceText.toUtf8().constData());
    return translated.isEmpty() ? sourceText : translated;
}

} // namespace hamkori::settings
