#pragma once
// The documents' one font family, DejaVu Sans, compiled into the program (see core/CMakeLists.txt) and
// registered with the application on first use, so that no document depends on the fonts of the laptop.
// Needs a QGuiApplication.
#include <QFont>
#include <QString>

namespace hamkori::report {

/// Documents are laid out in units of 1/720 inch: ten to a point.
constexpr qreal kUnitsPerPoint = 10;
constexpr int kUnitsPerInch = 720;

class DocumentFonts
{
public:
    /// The registered family name ("DejaVu Sans"); empty when the fonts could not be registered.
    static QString family();
    /// A font of the family whose size is given in points.
    static QFont font(qreal points, bool bold = false);
};

} // namespace hamkori::report
