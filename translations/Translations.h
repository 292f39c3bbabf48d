#pragma once
// Loading the program's catalogues (compiled into the program under :/i18n) for a UI language.
#include <QString>
#include <QStringList>

namespace hamkori {

class Translations
{
public:
    /// The languages Hamkori speaks, as codes: "tg", "ru", "en".
    static QStringList languages();
    static bool isSupported(const QString& language);
    /// Tajik or Russian when the system locale is one of them, English otherwise.
    static QString suggestedLanguage();
    /// Replaces the installed catalogues (Hamkori's and Qt's own) with those of `language`.
    /// Returns false when a catalogue the language needs is missing from the program.
    static bool install(const QString& language);
    static QString current();
};

} // namespace hamkori
