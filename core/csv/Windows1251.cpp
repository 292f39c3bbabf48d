#include "Windows1251.h"
#include <array>

namespace hamkori::csv {

namespace {

// 0x80–0xBF; 0xC0–0xFF are А–я in order. 0x98 is unassigned.
constexpr std::array<char16_t, 64> kHigh = {
    0x0402, 0x0403, 0x201A, 0x0453, 0x201E, 0x2026, 0x2020, 0x2021, 0x20AC, 0x2030, 0x0409, 0x2039, 0x040A,
    0x040C, 0x040B, 0x040F, 0x0452, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022, 0x2013, 0x2014, 0xFFFD, 0x2122,
    0x0459, 0x203A, 0x045A, 0x045C, 0x045B, 0x045F, 0x00A0, 0x040E, 0x045E, 0x0408, 0x00A4, 0x0490, 0x00A6,
    0x00A7, 0x0401, 0x00A9, 0x0404, 0x00AB, 0x00AC, 0x00AD, 0x00AE, 0x0407, 0x00B0, 0x00B1, 0x0406, 0x0456,
    0x0491, 0x00B5, 0x00B6, 0x00B7, 0x0451, 0x2116, 0x0454, 0x00BB, 0x0458, 0x0405, 0x0455, 0x0457};

char16_t decodeByte(unsigned char byte)
{
    if (byte < 0x80)
        return byte;
    if (byte >= 0xC0)
        return char16_t(0x0410 + (byte - 0xC0));
    return kHigh[std::size_t(byte - 0x80)];
}

} // namespace

bool looksLikeWindows1251(const QByteArray& bytes)
{
    int high = 0;
    int upper = 0;
    int lower = 0;
    int mixed = 0; // next to a Latin letter: "café" in Latin-1, rare in Cyrillic words
    const auto isLatin = [&bytes](qsizetype i) {
        if (i < 0 || i >= bytes.size())
            return false;
        const char c = bytes[i];
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
    };
    for (qsizetype i = 0; i < bytes.size(); ++i) {
        const auto byte = static_cast<unsigned char>(bytes[i]);
        if (byte < 0x20 && byte != '\t' && byte != '\r' && byte != '\n')
            return false; // control bytes: UTF-16 without a BOM, or not text at all
        if (byte < 0x80)
            continue;
        ++high;
        if (isLatin(i - 1) || isLatin(i + 1))
            ++mixed;
        if ((byte >= 0xC0 && byte <= 0xDF) || byte == 0xA8)
            ++upper;
        else if (byte >= 0xE0 || byte == 0xB8)
            ++lower;
    }
    const int letters = upper + lower;
    // Quotes, dashes and № are fine too; a few percent of other bytes are not letters.
    return high > 0 && letters * 10 >= high * 8 && lower >= upper && mixed * 5 < high;
}

QString decodeWindows1251(const QByteArray& bytes)
{
    QString text;
    text.reserve(bytes.size());
    for (const char c : bytes)
        text.append(QChar(decodeByte(static_cast<unsigned char>(c))));
    return text;
}

} // namespace hamkori::csv
