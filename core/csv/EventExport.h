#pragma once
// Events and campaigns to CSV (issue 20), for a coordinator's spreadsheet: one row per event with its
// figures (people by sex and role, tests, feedback), one row per campaign with the people it reached by sex
// and age band. Aggregates only: a participant's or trainer's name never goes into these files.
#include "core/Result.h"
#include "core/storage/Database.h"
#include <QCoreApplication>
#include <QDate>
#include <QStringList>

namespace hamkori::csv {

struct EventExportOptions
{
    QStringList teamUuids; // empty: every team
    QDate from;            // with `to`: only those that overlap the period
    QDate to;
    QString language = QStringLiteral("en"); // of the header row and the names: tg, ru or en
    QChar separator = QLatin1Char(',');
};

class EventExport
{
    Q_DECLARE_TR_FUNCTIONS(EventExport)
public:
    explicit EventExport(Database& db) : m_db(db) {}

    /// The header row, then one row per event, newest first.
    Result<QList<QStringList>> events(const EventExportOptions& options);
    /// The header row, then one row per campaign, newest first.
    Result<QList<QStringList>> campaigns(const EventExportOptions& options);
    /// Write the files atomically; return how many events or campaigns they hold.
    Result<int> writeEvents(const EventExportOptions& options, const QString& path);
    Result<int> writeCampaigns(const EventExportOptions& options, const QString& path);

private:
    Database& m_db;
};

} // namespace hamkori::csv
