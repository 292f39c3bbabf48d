#pragma once
// How the program writes dates, numbers and money on screen, in the UI language: the one the default QLocale
// speaks (Translations::install sets it together with the catalogues). One place, so that every page writes
// "25.03.2026" and "1 234,50 сомонӣ" the same way. Documents have their own language and use
// DocumentLanguage.
#include <QDate>
#include <QLocale>
#include <QString>

namespace hamkori {

class Formats
{
public:
    /// "tg", "ru" or "en": the language of the default QLocale.
    static QString language();
    /// The locale of a language code ("tg", "ru", anything else: English): Tajikistan's, Russia's, the UK's.
    static QLocale localeOf(const QString& language);
    /// The untranslated English month name (context "Document"), for a translator of the caller's choice:
    /// documents translate it into their own language. Null outside 1–12.
    static const char* monthSource(int month);

    /// dd.MM.yyyy in every language; empty for an invalid date.
    static QString date(QDate day);
    /// The day with the month written out: "25 марти 2026", "25 марта 2026", "25 March 2026".
    static QString longDate(QDate day);
    /// The month name in lower case as it stands alone ("март", "март", "March"); empty outside 1–12.
    static QString monthName(int month);
    /// "март 2026": a period in a sentence or a title.
    static QString monthYear(QDate day);

    /// Grouped in the locale's way: "1 234 567" (Tajik and Russian), "1,234,567" (English).
    static QString number(qint64 value);
    /// With a fixed number of decimals: "1 234,50" / "1,234.50".
    static QString number(double value, int decimals);
    /// An amount with the somoni unit written out, never a currency sign: "1 234,50 сомонӣ".
    static QString money(double somoni);
    /// The size of a file: "840 KB", "4,8 MB" (not QLocale::formattedDataSize, which writes the units in
    /// English in every language).
    static QString fileSize(qint64 bytes);
};

} // namespace hamkori
