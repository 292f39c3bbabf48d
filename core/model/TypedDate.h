#pragma once
// Reading a date as people type it into a field: "15.08.2027", "15/08/2027", "15-08-2027", "15.8.27",
// "150827", "15082027", "15.08" (this year), or "2027-08-15". A text that is not one of these, names no day
// of the calendar (31.02), or has a year cut short ("05.12.202") is refused with a translated message that
// quotes what was typed and shows an example: a date is never guessed or silently changed (issue 18).
#include "core/Result.h"
#include <QDate>
#include <QString>

namespace hamkori {

/// The day typed; an empty text (only spaces) is "no date", an invalid QDate. `today` fills a year left out
/// and decides the century of a two-digit year (the next twenty years, else the past century).
Result<QDate> readTypedDate(const QString& text, QDate today = QDate::currentDate());

/// The message for a required date left empty.
QString missingDateMessage(QDate today = QDate::currentDate());

} // namespace hamkori
