// The formats the screens use (core/model/Formats) in each UI language, through the catalogues the program
// installs: dates, long dates with month names, grouped numbers, money in somoni, and the plural forms of
// tr("%n …") (Russian three, Tajik two, English two).
#include "core/model/Formats.h"
#include "support/TestSupport.h"
#include "translations/Translations.h"
#include <QCoreApplication>
#include <catch2/catch.hpp>

using namespace hamkori;

namespace {

/// Installs a language for one test and puts English back afterwards, as TestMain left it.
using Language = test::LanguageScope;

/// The no-break space Tajik and Russian group digits with, put in for each "_": "1_234" is "1 234".
QString grouped(const char16_t* text)
{
    return QString::fromUtf16(text).replace(u'_', QChar(0x00A0));
}

QString meetings(int n)
{
    return QCoreApplication::translate("Cli", "%n meeting(s)", nullptr, n);
}

} // namespace

TEST_CASE("dates are dd.MM.yyyy in every language", "[formats]")
{
    for (const char* code : {"tg", "ru", "en"}) {
        Language language(QString::fromLatin1(code));
        INFO(code);
        CHECK(Formats::date(QDate(2026, 3, 5)) == QStringLiteral("05.03.2026"));
        CHECK(Formats::date(QDate(2026, 12, 25)) == QStringLiteral("25.12.2026"));
        CHECK(Formats::date(QDate()).isEmpty());
    }
}

TEST_CASE("long dates and months are written with the month names of the language", "[formats]")
{
    SECTION("Tajik")
    {
        Language language(QStringLiteral("tg"));
        CHECK(Formats::language() == QStringLiteral("tg"));
        CHECK(Formats::longDate(QDate(2026, 3, 25)) == QStringLiteral("25 марти 2026"));
        CHECK(Formats::longDate(QDate(2026, 5, 9)) == QStringLiteral("9 майи 2026"));
        CHECK(Formats::monthYear(QDate(2026, 1, 14)) == QStringLiteral("январ 2026"));
        CHECK(Formats::monthName(12) == QStringLiteral("декабр"));
    }
    SECTION("Russian")
    {
        Language language(QStringLiteral("ru"));
        CHECK(Formats::language() == QStringLiteral("ru"));
        CHECK(Formats::longDate(QDate(2026, 3, 25)) == QStringLiteral("25 марта 2026"));
        CHECK(Formats::longDate(QDate(2026, 5, 9)) == QStringLiteral("9 мая 2026"));
        CHECK(Formats::monthYear(QDate(2026, 1, 14)) == QStringLiteral("январь 2026"));
        CHECK(Formats::monthName(12) == QStringLiteral("декабрь"));
    }
    SECTION("English")
    {
        Language language(QStringLiteral("en"));
        CHECK(Formats::language() == QStringLiteral("en"));
        CHECK(Formats::longDate(QDate(2026, 3, 25)) == QStringLiteral("25 March 2026"));
        CHECK(Formats::monthYear(QDate(2026, 1, 14)) == QStringLiteral("January 2026"));
    }
    CHECK(Formats::longDate(QDate()).isEmpty());
    CHECK(Formats::monthName(0).isEmpty());
    CHECK(Formats::monthName(13).isEmpty());
}

TEST_CASE("numbers are grouped and money is written in somoni in the way of each language", "[formats]")
{
    SECTION("Tajik")
    {
        Language language(QStringLiteral("tg"));
        CHECK(Formats::number(1234567) == grouped(u"1_234_567"));
        CHECK(Formats::number(1234.5, 2) == grouped(u"1_234,50"));
        CHECK(Formats::money(1234.5) == grouped(u"1_234,50 сомонӣ"));
        CHECK(Formats::money(0) == QStringLiteral("0,00 сомонӣ"));
    }
    SECTION("Russian")
    {
        Language language(QStringLiteral("ru"));
        CHECK(Formats::number(1234567) == grouped(u"1_234_567"));
        CHECK(Formats::money(1234.5) == grouped(u"1_234,50 сомони"));
        CHECK(!Formats::money(1234.5).contains(QChar(0x20BD))); // never a rouble sign
    }
    SECTION("English")
    {
        Language language(QStringLiteral("en"));
        CHECK(Formats::number(1234567) == QStringLiteral("1,234,567"));
        CHECK(Formats::number(1234.5, 2) == QStringLiteral("1,234.50"));
        CHECK(Formats::money(1234.5) == QStringLiteral("1,234.50 somoni"));
    }
}

TEST_CASE("plural forms come out right through the installed catalogues", "[formats]")
{
    SECTION("Russian has three forms: 1 and 21, 2 to 4 and 22, 5 to 20")
    {
        Language language(QStringLiteral("ru"));
        CHECK(meetings(1) == QStringLiteral("1 встреча"));
        CHECK(meetings(2) == QStringLiteral("2 встречи"));
        CHECK(meetings(5) == QStringLiteral("5 встреч"));
        CHECK(meetings(11) == QStringLiteral("11 встреч"));
        CHECK(meetings(21) == QStringLiteral("21 встреча"));
        CHECK(meetings(22) == QStringLiteral("22 встречи"));
    }
    SECTION("Tajik keeps the noun singular after any number")
    {
        Language language(QStringLiteral("tg"));
        CHECK(meetings(1) == QStringLiteral("1 вохӯрӣ"));
        CHECK(meetings(2) == QStringLiteral("2 вохӯрӣ"));
        CHECK(meetings(5) == QStringLiteral("5 вохӯрӣ"));
        CHECK(meetings(21) == QStringLiteral("21 вохӯрӣ"));
    }
    SECTION("English has one and many")
    {
        Language language(QStringLiteral("en"));
        CHECK(meetings(1) == QStringLiteral("1 meeting"));
        CHECK(meetings(2) == QStringLiteral("2 meetings"));
        CHECK(meetings(21) == QStringLiteral("21 meetings"));
    }
}
