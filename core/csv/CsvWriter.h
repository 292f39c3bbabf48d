#pragma once
// Writing CSV that Excel and LibreOffice open correctly with Cyrillic and Tajik text: UTF-8 with a BOM (Excel
// reads a file without one as the ANSI code page), CRLF between records, values quoted when they hold the
// separator, a quote or a line break. The file is written atomically: a failure leaves no half-written file.
#include "core/Result.h"
#include <QCoreApplication>
#include <QStringList>

namespace hamkori::csv {

class CsvWriter
{
    Q_DECLARE_TR_FUNCTIONS(CsvWriter)
public:
    /// The bytes of a whole file: BOM, then each row.
    static QByteArray encode(const QList<QStringList>& rows, QChar separator);
    static QString quoted(const QString& value, QChar separator);
    /// Writes through QSaveFile; the old file, if any, stays as it was unless the new one is complete.
    static Result<void> writeFile(const QString& path, const QByteArray& bytes);
    /// Encodes a header row and its records and writes them atomically; the number of records written.
    static Result<int> writeRecords(const QString& path, const QList<QStringList>& headerAndRows,
                                    QChar separator);
};

} // namespace hamkori::csv
