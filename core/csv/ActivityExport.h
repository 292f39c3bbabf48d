#pragma once
// Activities of action plans to CSV: one plan, every plan of a team, or every plan of every team (for a
// coordinator, with the team and its district first), one row per activity with its plan's code and title,
// in the chosen language.
#include "core/Result.h"
#include "core/storage/Database.h"
#include <QCoreApplication>

namespace hamkori::csv {

struct ActivityExportOptions
{
    QString teamUuid;
    QString planUuid;      // empty: every plan of the team
    bool allTeams = false; // every plan of every team; the team and the plan are then ignored
    QString language = QStringLiteral("en");
    QChar separator = QLatin1Char(',');
};

class ActivityExport
{
    Q_DECLARE_TR_FUNCTIONS(ActivityExport)
public:
    explicit ActivityExport(Database& db) : m_db(db) {}

    Result<QList<QStringList>> table(const ActivityExportOptions& options);
    /// Writes the file atomically; returns how many activities it holds.
    Result<int> write(const ActivityExportOptions& options, const QString& path);

private:
    Database& m_db;
};

} // namespace hamkori::csv
