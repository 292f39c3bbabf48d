#include "DocumentFonts.h"
#include <QFontDatabase>
#include <QStringList>

namespace hamkori::report {

namespace {
QString registerFamily(std::initializer_list<const char*> files)
{
    QString name;
    for (const char* file : files) {
        const int id = QFontDatabase::addApplicationFont(QString::fromLatin1(file));
        const QStringList families = QFontDatabase::applicationFontFamilies(id);
        if (name.isEmpty() && !families.isEmpty())
            name = families.first();
    }
    return name;
}
} // namespace

QString DocumentFonts::family(Typeface typeface)
{
    if (typeface == Typeface::Serif) {
        static const QString serif =
            registerFamily({":/hamkori/fonts/DejaVuSerif.ttf", ":/hamkori/fonts/DejaVuSerif-Bold.ttf"});
        return serif;
    }
    static const QString sans =
        registerFamily({":/hamkori/fonts/DejaVuSans.ttf", ":/hamkori/fonts/DejaVuSans-Bold.ttf"});
    return sans;
}

QFont DocumentFonts::font(qreal points, bool bold, Typeface typeface)
{
    QFont font(family(typeface));
    // Pages are laid out in units of 1/720 inch (tenths of a point) and painted through a painter scaled to
    // the device, so the font's "pixel" size is its size in those units: measuring with QFontMetricsF and
    // painting then agree on every device (PDF, printer, preview). No hinting, for the same reason.
    font.setPixelSize(qRound(points * kUnitsPerPoint));
    font.setHintingPreference(QFont::PreferNoHinting);
    // Never borrow glyphs from another font: the PDF embeds this family only.
    font.setStyleStrategy(QFont::StyleStrategy(QFont::NoFontMerging | QFont::PreferOutline));
    font.setBold(bold);
    font.setKerning(true);
    return font;
}

} // namespace hamkori::report
