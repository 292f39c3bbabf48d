#include "Formats.h"
#include <QCoreApplication>
#include <QLocale>

namespace hamkori {

namespace {
// The month names are translatable texts of our own (context "Document"), shared with the documents
// (core/report/DocumentLanguage.cpp), so that screen and paper write them alike: Qt 6.4's QLocale gives the
// Tajik months capitalised ("Январ") and the Russian ones in the genitive ("января"), wrong in "январь 2026".
const char* const kMonths[] = {
    QT_TRANSLATE_NOOP("Document", "January"),   QT_TRANSLATE_NOOP("Document", "February"),
    QT_TRANSLATE_NOOP("Document", "March"),     QT_TRANSLATE_NOOP("Document", "April"),
    QT_TRANSLATE_NOOP("Document", "May"),       QT_TRANSLATE_NOOP("Document", "June"),
    QT_TRANSLATE_NOOP("Document", "July"),      QT_TRANSLATE_NOOP("Document", "August"),
    QT_TRANSLATE_NOOP("Document", "September"), QT_TRANSLATE_NOOP("Document", "October"),
    QT_TRANSLATE_NOOP("Document", "November"),  QT_TRANSLATE_NOOP("Document", "December")};
} // namespace

QString Formats::language()
{
    switch (QLocale().language()) {
    case QLocale::Tajik:
        return QStringLiteral("tg");
    case QLocale::Russian:
        return QStringLiteral("ru");
    default:
        return QStringLiteral("en");
    }
}

QLocale Formats::localeOf(const QString& language)
{
    if (language == u"tg")
        return QLocale(QLocale::Tajik, QLocale::Tajikistan);
    if (language == u"ru")
        return QLocale(QLocale::Russian, QLocale::Russia);
    return QLocale(QLocale::English, QLocale::UnitedKingdom);
}

const char* Formats::monthSource(int month)
{
    return month >= 1 && month <= 12 ? kMonths[month - 1] : nullptr;
}

QString Formats::date(QDate day)
{
    return day.isValid() ? day.toString(QStringLiteral("dd.MM.yyyy")) : QString();
}

QString Formats::monthName(int month)
{
    if (month < 1 || month > 12)
        return {};
    return QCoreApplication::translate("Document", kMonths[month - 1]);
}

QString Formats::monthYear(QDate day)
{
    if (!day.isValid())
        return {};
    return monthName(day.month()) + QLatin1Char(' ') + QString::number(day.year());
}

QString Formats::longDate(QDate day)
{
    if (!day.isValid())
        return {};
    const QString lang = language();
    // Russian needs the genitive after a day number ("25 марта"), which is exactly QLocale's MMMM. Tajik
    // joins the month to the year with the izofa -и ("25 марти 2026"); every Tajik month name ends in a
    // consonant, so the suffix is always a plain "и".
    if (lang == u"ru")
        return QLocale().toString(day, QStringLiteral("d MMMM yyyy"));
    const QString month = lang == u"tg" ? monthName(day.month()) + QChar(0x0438) : monthName(day.month());
    return QStringLiteral("%1 %2 %3").arg(day.day()).arg(month).arg(day.year());
}

QString Formats::number(qint64 value)
{
    return QLocale().toString(value);
}

QString Formats::number(double value, int decimals)
{
    return QLocale().toString(value, 'f', decimals);
}

QString Formats::money(double somoni)
{
    //: The unit after an amount of money in documents, e.g. "1 500,00 somoni".
    return QCoreApplication::translate("Document", "%1 somoni").arg(number(somoni, 2));
}

QString Formats::fileSize(qint64 bytes)
{
    const double kilobytes = double(bytes) / 1024.0;
    return kilobytes < 1024.0
               ? QCoreApplication::translate("Formats", "%1 KB").arg(QLocale().toString(kilobytes, 'f', 0))
               : QCoreApplication::translate("Formats", "%1 MB")
                     .arg(QLocale().toString(kilobytes / 1024.0, 'f', 1));
}

} // namespace hamkori
