#pragma once
// Reading CSV as Excel and LibreOffice write it (RFC 4180): quoted values with doubled quotes and line
// breaks inside, CRLF or LF, "," or ";" (Excel in Russian locales) or tab as the separator, UTF-8 with or
// without a BOM, UTF-16 with a BOM, and Windows-1251 (common in Tajikistan), which is recognised and decoded.
// Anything else is refused with a message that says how to save the file properly.
#include "CsvTable.h"
#include "core/Result.h"
#include <QCoreApplication>

namespace hamkori::csv {

class CsvReader
{
    Q_DECLARE_TR_FUNCTIONS(CsvReader)
public:
    /// Files larger than this are not concern lists; refusing them keeps the window from freezing.
    static constexpr qint64 kMaxBytes = 32 * 1024 * 1024;

    /// Bytes to text; `encoding` receives the name of the encoding that was recognised.
    static Result<QString> decode(const QByteArray& bytes, QString* encoding = nullptr);
    /// Text to a table. Fails on an unterminated quoted value and on a file without a header row.
    static Result<CsvTable> parse(const QString& text);
    static Result<CsvTable> readFile(const QString& path);
};

} // namespace hamkori::csv
