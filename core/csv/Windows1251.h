#pragma once
// Windows-1251 (Cyrillic) decoding without ICU: Qt 6.4's QStringDecoder knows it only when Qt was built with
// ICU, which the Windows builds are not. The code page is small and fixed, so it is spelled out here.
#include <QByteArray>
#include <QString>

namespace hamkori::csv {

/// Whether the bytes look like Cyrillic text in Windows-1251 rather than another 8-bit encoding: nearly all
/// bytes above 127 are Cyrillic letters, mostly lower case and not inside Latin words (KOI8-R, read the same
/// way, is mostly capitals).
bool looksLikeWindows1251(const QByteArray& bytes);
QString decodeWindows1251(const QByteArray& bytes);

} // namespace hamkori::csv
