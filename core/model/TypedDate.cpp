#include "TypedDate.h"
#include "Formats.h"
#include <QCoreApplication>
#include <QRegularExpression>

namespace hamkori {

namespace {

// Dates the program keeps lie in this range (an optional field's "no date" is stored apart from it).
constexpr int kFirstYear = 1901;
constexpr int kLastYear = 2100;

QString example(QDate today)
{
    return Formats::date(today);
}

Error notADate(const QString& typed, QDate today)
{
    return Error{QCoreApplication::translate("TypedDate",
                                             "“%1” is not a date. Type the day, month and year, for "
                                             "example %2.")
                     .arg(typed, example(today)),
                 {}};
}

/// A year as typed: four digits as they are; two digits in the next twenty years from today, else the
/// century before. Zero when the year is cut short (one or three digits).
int fullYear(const QString& digits, QDate today)
{
    if (digits.size() == 4)
        return digits.toInt();
    if (digits.size() != 2)
        return 0;
    const int twoDigits = digits.toInt();
    const int thisCentury = today.year() / 100 * 100;
    const int candidate = thisCentury + twoDigits;
    return candidate <= today.year() + 20 ? candidate : candidate - 100;
}

struct Parts
{
    QString day, month, year; // year empty when left out
    bool yearFirst = false;
};

/// Splits what was typed into day, month and year; false when it has no such shape.
bool splitParts(const QString& typed, Parts& parts)
{
    static const QRegularExpression separated(
        QStringLiteral("^(\\d{1,4})\\s*[./\\-\\s]\\s*(\\d{1,2})(?:\\s*[./\\-\\s]\\s*(\\d{1,4}))?\\.?$"));
    static const QRegularExpression digitsOnly(QStringLiteral("^\\d+$"));
    if (const auto match = separated.match(typed); match.hasMatch()) {
        const QString first = match.captured(1);
        if (first.size() == 4) { // 2027-08-15
            if (match.captured(3).isEmpty() || match.captured(3).size() > 2)
                return false;
            parts = {match.captured(3), match.captured(2), first, true};
            return true;
        }
        if (first.size() > 2)
            return false;
        parts = {first, match.captured(2), match.captured(3), false};
        return true;
    }
    if (!digitsOnly.match(typed).hasMatch())
        return false;
    switch (typed.size()) {
    case 4: // ddMM
        parts = {typed.left(2), typed.mid(2, 2), QString(), false};
        return true;
    case 6: // ddMMyy
    case 8: // ddMMyyyy
        parts = {typed.left(2), typed.mid(2, 2), typed.mid(4), false};
        return true;
    default:
        return false;
    }
}

} // namespace

Result<QDate> readTypedDate(const QString& text, QDate today)
{
    const QString typed = text.trimmed();
    if (typed.isEmpty())
        return QDate();
    Parts parts;
    if (!splitParts(typed, parts))
        return notADate(typed, today);
    const int year = parts.year.isEmpty() ? today.year() : fullYear(parts.year, today);
    if (year == 0)
        return Error{QCoreApplication::translate("TypedDate",
                                                 "“%1”: the year is not complete. Type it with four "
                                                 "digits, for example %2.")
                         .arg(typed, example(today)),
                     {}};
    const int month = parts.month.toInt();
    const int day = parts.day.toInt();
    if (month < 1 || month > 12)
        return Error{QCoreApplication::translate("TypedDate",
                                                 "“%1”: there is no month %2. Type the day first, then "
                                                 "the month (1 to 12), for example %3.")
                         .arg(typed)
                         .arg(month)
                         .arg(example(today)),
                     {}};
    const QDate date(year, month, day);
    if (!date.isValid())
        return Error{
            QCoreApplication::translate("TypedDate", "“%1”: %2 has no day %3. Check the day and the month.")
                .arg(typed, Formats::monthYear(QDate(year, month, 1)))
                .arg(day),
            {}};
    if (year < kFirstYear || year > kLastYear)
        return Error{QCoreApplication::translate("TypedDate",
                                                 "“%1”: the year %2 cannot be right. Type a year "
                                                 "between %3 and %4.")
                         .arg(typed)
                         .arg(year)
                         .arg(kFirstYear)
                         .arg(kLastYear),
                     {}};
    return date;
}

QString missingDateMessage(QDate today)
{
    return QCoreApplication::translate("TypedDate",
                                       "This date cannot be left empty. Type it, for example %1, or "
                                       "pick it in the calendar.")
        .arg(example(today));
}

} // namespace hamkori
