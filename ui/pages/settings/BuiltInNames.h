#pragma once
// What a built-in list entry is called in a given language, whatever language the window speaks. The lists
// table shows the Tajik and Russian names of built-in entries as placeholders until someone types their own,
// so it needs those catalogues even while the window is in English.
#include <QString>

namespace hamkori::settings {

/// The translation (context "Reference") of a built-in entry's English source text into `language`; the
/// source text itself for English, or when the program carries no translation of it.
QString builtInName(const QString& sourceText, const QString& language);

} // namespace hamkori::settings
