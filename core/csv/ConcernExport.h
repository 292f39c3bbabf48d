#pragma once
// Concerns to CSV: the register's filter decides which, restricted concerns stay out unless asked for, the
// column names and the values (categories, statuses…) are in the chosen language, dates dd.MM.yyyy.
#include "core/Result.h"
#include "core/storage/ConcernRepository.h"

namespace hamkori::csv {

struct ConcernExportOptions
{
    ConcernFilter filter;                    // as the register shows it (team, status, search, sort…)
    bool includeRestricted = false;          // restricted concerns can endanger people when a file travels
    QString language = QStringLiteral("en"); // of the header row and the names: tg, ru or en
    QChar separator = QLatin1Char(',');
};

class ConcernExport
{
    Q_DECLARE_TR_FUNCTIONS(ConcernExport)
public:
    explicit ConcernExport(Database& db) : m_db(db) {}

    /// The header row, then one row per concern.
    Result<QList<QStringList>> table(const ConcernExportOptions& options);
    /// Writes the file atomically; returns how many concerns it holds.
    Result<int> write(const ConcernExportOptions& options, const QString& path);
    /// The separator that suits the language: ";" where Excel's list separator is ";" (Russian and Tajik
    /// locales), "," otherwise.
    static QChar separatorFor(const QString& language);

private:
    Database& m_db;
};

} // namespace hamkori::csv
