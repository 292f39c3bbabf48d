#pragma once
// A table read from a CSV file: the header row and the records under it, each with the row number a
// spreadsheet shows for it (the header is row 1), so that messages point where people look.
#include <QChar>
#include <QList>
#include <QStringList>

namespace hamkori::csv {

struct CsvRecord
{
    int row = 0; // as a spreadsheet numbers it: the header is row 1; blank rows count
    QStringList fields;
};

struct CsvTable
{
    QStringList header;
    QList<CsvRecord> records; // blank rows left out
    QChar separator = QLatin1Char(',');
    QString encoding; // "UTF-8", "UTF-16" or "Windows-1251": how the bytes were read
};

} // namespace hamkori::csv
