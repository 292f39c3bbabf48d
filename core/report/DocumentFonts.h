#pragma once
// The documents' fonts, DejaVu Sans (everyday pages) and DejaVu Serif (the formal style), compiled into the
// program (see core/CMakeLists.txt) and registered with the application on first use, so that no document
// depends on the fonts of the laptop. Both have every Tajik letter. Needs a QGuiApplication.
#include <QFont>
#include <QString>

namespace hamkori::report {

/// Documents are laid out in units of 1/720 inch: ten to a point.
constexpr qreal kUnitsPerPoint = 10;
constexpr int kUnitsPerInch = 720;

enum class Typeface
{
    Sans,
    Serif,
};

class DocumentFonts
{
public:
    /// The registered family name ("DejaVu Sans", "DejaVu Serif"); empty when it could not be registered.
    static QString family(Typeface typeface = Typeface::Sans);
    /// A font of the family whose size is given in points.
    static QFont font(qreal points, bool bold = false, Typeface typeface = Typeface::Sans);
};

} // namespace hamkori::report
