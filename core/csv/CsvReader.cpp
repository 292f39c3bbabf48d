#include "CsvReader.h"
#include "CsvWriter.h"
#include "Windows1251.h"
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QStringDecoder>

namespace hamkori::csv {

namespace {

/// The separator of the first record: the most frequent of , ; and tab outside quotes.
QChar detectSeparator(const QString& text)
{
    int commas = 0;
    int semicolons = 0;
    int tabs = 0;
    bool quoted = false;
    for (const QChar c : text) {
        if (c == u'"')
            quoted = !quoted;
        else if (!quoted && (c == u'\n' || c == u'\r'))
            break;
        else if (!quoted && c == u',')
            ++commas;
        else if (!quoted && c == u';')
            ++semicolons;
        else if (!quoted && c == u'\t')
            ++tabs;
    }
    if (semicolons > commas && semicolons >= tabs)
        return QLatin1Char(';');
    if (tabs > commas && tabs > semicolons)
        return QLatin1Char('\t');
    return QLatin1Char(',');
}

bool isBlank(const QStringList& fields)
{
    for (const QString& field : fields)
        if (!field.trimmed().isEmpty())
            return false;
    return true;
}

} // namespace

Result<QString> CsvReader::decode(const QByteArray& bytes, QString* encoding)
{
    const auto named = [encoding](const char* name) {
        if (encoding)
            *encoding = QString::fromLatin1(name);
    };
    if (bytes.startsWith("\xFF\xFE") || bytes.startsWith("\xFE\xFF")) {
        // Excel's "Unicode text" is UTF-16 with a BOM.
        QStringDecoder decoder(bytes.startsWith("\xFF\xFE") ? QStringConverter::Utf16LE
                                                            : QStringConverter::Utf16BE,
                               QStringConverter::Flag::Stateless);
        QString text = decoder(bytes.mid(2));
        if (!decoder.hasError()) {
            named("UTF-16");
            return text;
        }
    } else {
        QStringDecoder decoder(QStringConverter::Utf8, QStringConverter::Flag::Stateless);
        QString text = decoder(bytes);
        if (!decoder.hasError()) {
            if (text.startsWith(QChar(0xFEFF)))
                text.remove(0, 1);
            named("UTF-8");
            return text;
        }
        if (!bytes.startsWith("\xEF\xBB\xBF") && looksLikeWindows1251(bytes)) {
            named("Windows-1251");
            return decodeWindows1251(bytes);
        }
    }
    return Error{tr("The file is not in UTF-8, the encoding Hamkori reads. In Excel use File → Save as → "
                    "\"CSV UTF-8 (comma delimited)\"; in LibreOffice choose the character set \"Unicode "
                    "(UTF-8)\" when saving."),
                 {}};
}

Result<CsvTable> CsvReader::parse(const QString& text)
{
    CsvTable table;
    table.separator = detectSeparator(text);
    const QChar separator = table.separator;

    QList<CsvRecord> records;
    QStringList fields;
    QString field;
    bool quoted = false;     // inside a quoted value
    bool afterQuote = false; // the quoted value closed; what follows until the separator is kept as typed
    int row = 1;             // the row being read
    int quoteRow = 0;        // where the open quoted value began
    int quoteColumn = 0;
    const auto endField = [&] {
        fields << CsvWriter::unguarded(field);
        field.clear();
        afterQuote = false;
    };
    const auto endRecord = [&] {
        endField();
        records.append({row, fields});
        fields.clear();
        ++row;
    };
    const qsizetype size = text.size();
    for (qsizetype i = 0; i < size; ++i) {
        const QChar c = text[i];
        if (quoted) {
            if (c == u'"') {
                if (i + 1 < size && text[i + 1] == u'"') {
                    field += QLatin1Char('"');
                    ++i;
                } else {
                    quoted = false;
                    afterQuote = true;
                }
            } else if (c == u'\r') {
                // A line break inside a value is kept as one "\n", whichever way the file ends its lines.
                if (i + 1 < size && text[i + 1] == u'\n')
                    ++i;
                field += QLatin1Char('\n');
            } else {
                field += c;
            }
            continue;
        }
        if (c == separator) {
            endField();
        } else if (c == u'\r' || c == u'\n') {
            if (c == u'\r' && i + 1 < size && text[i + 1] == u'\n')
                ++i;
            endRecord();
        } else if (c == u'"' && field.isEmpty() && !afterQuote) {
            quoted = true;
            quoteRow = row;
            quoteColumn = int(fields.size()) + 1;
        } else {
            field += c; // a quote inside an unquoted value is kept, as spreadsheets do
        }
    }
    if (quoted)
        return Error{tr("Row %1, column %2: a quoted value is never closed, so the rest of the file would be "
                        "read as one value. Add the missing quote mark (\") or save the file again from the "
                        "spreadsheet.")
                         .arg(quoteRow)
                         .arg(quoteColumn),
                     {}};
    if (!field.isEmpty() || !fields.isEmpty() || afterQuote)
        endRecord();

    bool haveHeader = false;
    for (CsvRecord& record : records) {
        if (isBlank(record.fields))
            continue;
        if (!haveHeader) {
            for (QString& name : record.fields)
                name = name.trimmed();
            table.header = record.fields;
            haveHeader = true;
            continue;
        }
        table.records.append(std::move(record));
    }
    if (!haveHeader)
        return Error{tr("The file is empty: it has no header row with the names of the columns."), {}};
    return table;
}

Result<CsvTable> CsvReader::readFile(const QString& path)
{
    const QString shown = QDir::toNativeSeparators(path);
    const QFileInfo info(path);
    if (!info.exists())
        return Error{tr("The file %1 does not exist. Choose the file again.").arg(shown), {}};
    if (info.isDir())
        return Error{tr("%1 is a folder, not a file. Choose a CSV file.").arg(shown), {}};
    if (info.size() > kMaxBytes)
        return Error{tr("The file %1 is too large for a list of concerns (more than %2 MB). Choose the right "
                        "file.")
                         .arg(shown)
                         .arg(kMaxBytes / (1024 * 1024)),
                     {}};
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Error{tr("The file %1 cannot be read: %2.").arg(shown, file.errorString()), {}};
    const QByteArray bytes = file.readAll();
    if (bytes.isEmpty())
        return Error{tr("The file is empty: it has no header row with the names of the columns."), {}};
    QString encoding;
    auto text = decode(bytes, &encoding);
    if (!text)
        return text.error();
    auto table = parse(*text);
    if (table)
        table->encoding = encoding;
    return table;
}

} // namespace hamkori::csv
