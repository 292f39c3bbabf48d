#pragma once
// Perception surveys to CSV (issue 21). The indicators: one row per team, round, indicator and group of
// respondents (everyone, each sex, each age band) with the answers behind it and its 95 % interval, empty
// where the group has too few answers. The sheets of one round: one row per anonymous paper sheet (sex, age
// band, respondent group and the option numbers chosen), never a name. Sheets are sensitive (a rare answer
// in a small mahalla can point at a person), so they are written only when asked for explicitly.
#include "core/Result.h"
#include "core/analysis/SurveyIndicators.h"
#include "core/storage/Database.h"
#include <QCoreApplication>
#include <QDate>
#include <QStringList>

namespace hamkori::csv {

struct SurveyExportOptions
{
    QStringList teamUuids; // empty: every team
    QDate from;            // with `to`: only the rounds that overlap the period
    QDate to;
    QString language = QStringLiteral("en"); // of the header row and the names: tg, ru or en
    QChar separator = QLatin1Char(',');
    int fewestAnswers = analysis::kFewestAnswers;
    /// The sheets may be written: off unless the user asked for them (a ticked box, `--sensitive`).
    bool includeSheets = false;
};

class SurveyExport
{
    Q_DECLARE_TR_FUNCTIONS(SurveyExport)
public:
    explicit SurveyExport(Database& db) : m_db(db) {}

    /// The header row, then the rows of every round, oldest first.
    Result<QList<QStringList>> indicators(const SurveyExportOptions& options);
    /// The header row, then one row per sheet of the round, by sheet number: the option numbers of each
    /// question, then the same answers in words. Refused unless `options.includeSheets`.
    Result<QList<QStringList>> sheets(const QString& surveyUuid, const SurveyExportOptions& options);
    /// Write the files atomically; return how many rows of figures or sheets they hold.
    Result<int> writeIndicators(const SurveyExportOptions& options, const QString& path);
    Result<int> writeSheets(const QString& surveyUuid, const SurveyExportOptions& options,
                            const QString& path);

private:
    Database& m_db;
};

} // namespace hamkori::csv
