#pragma once
// The directory of organisations to CSV: one row per organisation with every field, its districts, fields of
// expertise and kinds of service as "; "-separated names in the chosen language, dates dd.MM.yyyy. The
// contact person, phone and e-mail are personal data: their columns are left out unless asked for.
#include "core/Result.h"
#include "core/storage/Database.h"
#include <QCoreApplication>
#include <QStringList>

namespace hamkori::csv {

struct DirectoryExportOptions
{
    bool includeContacts = false;            // contact person, phone, e-mail
    QString language = QStringLiteral("en"); // of the header row and the names: tg, ru or en
    QChar separator = QLatin1Char(',');
};

class DirectoryExport
{
    Q_DECLARE_TR_FUNCTIONS(DirectoryExport)
public:
    explicit DirectoryExport(Database& db) : m_db(db) {}

    /// The header row, then one row per organisation, by name.
    Result<QList<QStringList>> table(const DirectoryExportOptions& options);
    /// Writes the file atomically; returns how many organisations it holds.
    Result<int> write(const DirectoryExportOptions& options, const QString& path);

private:
    Database& m_db;
};

} // namespace hamkori::csv
