#pragma once
// Writing CSV that Excel and LibreOffice open correctly with Cyrillic and Tajik text: UTF-8 with a BOM (Excel
// reads a file without one as the ANSI code page), CRLF between records, values quoted when they hold the
// separator, a quote or a line break, and guarded against formula injection (see guarded()). The file is
// written atomically: a failure leaves no half-written file.
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
    /// A value that a spreadsheet would run as a formula (it begins with = + - or @: a title such as
    /// "=HYPERLINK(…)" typed on another laptop) gets an apostrophe in front, which spreadsheets show as text.
    /// A value that begins with an apostrophe gets one more, so that unguarded() can always take one off.
    /// Numbers such as "-5" stay as they are.
    static QString guarded(const QString& value);
    /// The value as it was before guarded(), for the reader.
    static QString unguarded(const QString& value);
    /// Writes through QSaveFile; the old file, if any, stays as it was unless the new one is complete.
    static Result<void> writeFile(const QString& path, const QByteArray& bytes);
    /// Encodes a header row and its records and writes them atomically; the number of records written.
    static Result<int> writeRecords(const QString& path, const QList<QStringList>& headerAndRows,
                                    QChar separator);
};

} // namespace hamkori::csv
