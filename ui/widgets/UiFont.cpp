#include "UiFont.h"
#include "core/report/DocumentFonts.h"
#include <QApplication>
#include <QRawFont>

namespace hamkori {

QString UiFont::tajikLetters()
{
    return QStringLiteral("ғӣқӯҳҷҒӢҚӮҲҶ");
}

bool UiFont::showsTajik(const QFont& font)
{
    // The font asked for itself: for the writing system "Any" Qt does not substitute a fallback family.
    const QRawFont raw = QRawFont::fromFont(font);
    if (!raw.isValid())
        return false;
    for (const QChar letter : tajikLetters())
        if (!raw.supportsCharacter(letter))
            return false;
    return true;
}

bool UiFont::ensureTajikLetters()
{
    const QFont current = QApplication::font();
    if (showsTajik(current))
        return true;
    const QString family = report::DocumentFonts::family();
    if (family.isEmpty())
        return false;
    QFont replacement = current;
    replacement.setFamilies({family});
    QApplication::setFont(replacement);
    return showsTajik(QApplication::font());
}

} // namespace hamkori
