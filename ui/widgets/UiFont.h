#pragma once
// The window's font must show every Tajik letter (ғ ӣ қ ӯ ҳ ҷ). A laptop's UI font may lack them; Qt would
// then borrow the glyphs from another font, or draw boxes. Checked with QRawFont::supportsCharacter (the
// font's own glyphs), never QFontMetrics::inFont, which counts the borrowed ones.
#include <QFont>
#include <QString>

namespace hamkori {

class UiFont
{
public:
    /// The Tajik letters, lower and upper case.
    static QString tajikLetters();
    /// Whether `font` itself (not a fallback) has a glyph for every Tajik letter.
    static bool showsTajik(const QFont& font);
    /// Keeps the application's font when it shows every Tajik letter; otherwise makes the DejaVu Sans
    /// compiled in for the documents the application's font, at the same size. Needs a QApplication. Returns
    /// whether the application's font now shows them.
    static bool ensureTajikLetters();
};

} // namespace hamkori
