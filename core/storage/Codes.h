#pragma once
// Human codes people quote: ISF-2026-014 (concern), ISF-M-2026-03 (meeting), ISF-AP-2026-01 (action plan),
// ISF-R-2026-04 (request or recommendation).
// The number continues after the highest one the team already has for that year.
#include "../Result.h"
#include <QSqlDatabase>

namespace hamkori::codes {

Result<QString> next(const QSqlDatabase& db, const QString& table, const QString& teamUuid,
                     const QString& prefix, int digits);

QString concernPrefix(const QString& teamCode, int year);
QString meetingPrefix(const QString& teamCode, int year);
QString planPrefix(const QString& teamCode, int year);
/// A request or recommendation: ISF-R-2026-04.
QString commitmentPrefix(const QString& teamCode, int year);
QString eventPrefix(const QString& teamCode, int year);
QString campaignPrefix(const QString& teamCode, int year);
QString surveyPrefix(const QString& teamCode, int year);

} // namespace hamkori::codes
