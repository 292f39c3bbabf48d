// What a person types into a date field and the day it means (issue 18: "15.08.2027" typed with dots became
// 15.03.2027, "30.06.2027" became 30.12.2026). Today is fixed so that years left out or cut to two digits are
// worked out by hand.
#include "core/model/TypedDate.h"
#include <catch2/catch.hpp>

using namespace hamkori;

namespace {
const QDate kToday(2026, 12, 6);

QDate read(const char* typed)
{
    const Result<QDate> date = readTypedDate(QString::fromUtf8(typed), kToday);
    REQUIRE(date.ok());
    return *date;
}

QString refusal(const char* typed)
{
    const Result<QDate> date = readTypedDate(QString::fromUtf8(typed), kToday);
    REQUIRE_FALSE(date.ok());
    return date.errorMessage();
}
} // namespace

TEST_CASE("a date is read as typed with dots, slashes, dashes, spaces or digits alone", "[typed-date]")
{
    const QDate august(2027, 8, 15);
    for (const char* typed :
         {"15.08.2027", "15/08/2027", "15-08-2027", "15 08 2027", "15.8.2027", "15.08.27", "15.8.27",
          "15082027", "150827", "2027-08-15", " 15.08.2027 ", "15. 08. 2027", "15.08.2027."}) {
        INFO(typed);
        CHECK(read(typed) == august);
    }
    CHECK(read("01.03.2026") == QDate(2026, 3, 1));
    CHECK(read("30.06.2027") == QDate(2027, 6, 30));
    CHECK(read("1.3.2026") == QDate(2026, 3, 1));
    CHECK(read("29.02.2028") == QDate(2028, 2, 29)); // a leap year
}

TEST_CASE("a year left out is this year, two digits are the next twenty years or the century before",
          "[typed-date]")
{
    CHECK(read("15.08") == QDate(2026, 8, 15));
    CHECK(read("1508") == QDate(2026, 8, 15));
    CHECK(read("01.01.46") == QDate(2046, 1, 1)); // 2046 is twenty years from 2026
    CHECK(read("01.01.47") == QDate(1947, 1, 1));
    CHECK(read("01.01.99") == QDate(1999, 1, 1));
    CHECK(read("01.01.00") == QDate(2000, 1, 1));
}

TEST_CASE("nothing typed is no date", "[typed-date]")
{
    CHECK_FALSE(read("").isValid());
    CHECK_FALSE(read("   ").isValid());
}

TEST_CASE("what is not a date is refused with a message quoting it, never turned into another day",
          "[typed-date]")
{
    CHECK(refusal("31.02.2027").contains(QStringLiteral("31.02.2027")));
    CHECK(refusal("31.02.2027").contains(QStringLiteral("31")));
    CHECK(refusal("29.02.2027").contains(QStringLiteral("29.02.2027"))); // not a leap year
    CHECK(refusal("05.12.202").contains(QStringLiteral("year")));        // cut short
    CHECK(refusal("05.12.2").contains(QStringLiteral("year")));
    CHECK(refusal("15.13.2027").contains(QStringLiteral("13")));
    CHECK(refusal("00.08.2027").contains(QStringLiteral("00.08.2027")));
    CHECK(refusal("15.08.1800").contains(QStringLiteral("1800")));
    CHECK(refusal("15.08.3027").contains(QStringLiteral("3027")));
    for (const char* typed : {"без датыyz", "abc", "15,08,2027x", "1234567", "123", "15..08.2027", "2027-15",
                              "15.08.2027.1", "123.08.2027"}) {
        INFO(typed);
        const QString message = refusal(typed);
        CHECK(message.contains(QString::fromUtf8(typed).trimmed()));
        CHECK(message.contains(QStringLiteral("06.12.2026"))); // an example of a date to type
    }
}
