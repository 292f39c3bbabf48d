#include "CsvWriter.h"
#include <QDir>
#include <QFileInfo>
#include <QSaveFile>

namespace hamkori::csv {

namespace {

bool startsLikeFormula(const QString& value)
{
    if (value.isEmpty())
        return false;
    const QChar first = value.front();
    return first == u'=' || first == u'+' || first == u'-' || first == u'@' || first == u'\'';
}

} // namespace

QString CsvWriter::guarded(const QString& value)
{
    if (!startsLikeFormula(value))
        return value;
    bool isNumber = false;
    value.toDouble(&isNumber); // "-5" or "+2.5" is a number, not a formula
    return isNumber ? value : QLatin1Char('\'') + value;
}

QString CsvWriter::unguarded(const QString& value)
{
    return value.size() > 1 && value.front() == u'\'' && startsLikeFormula(value.mid(1)) ? value.mid(1)
                                                                                         : value;
}

QString CsvWriter::quoted(const QString& value, QChar separator)
{
    const bool needsQuotes = value.contains(separator) || value.contains(QLatin1Char('"')) ||
                             value.contains(QLatin1Char('\n')) || value.contains(QLatin1Char('\r')) ||
                             (!value.isEmpty() && (value.front().isSpace() || value.back().isSpace()));
    if (!needsQuotes)
        return value;
    QString escaped = value;
    escaped.replace(QLatin1Char('"'), QStringLiteral("\"\""));
    return QLatin1Char('"') + escaped + QLatin1Char('"');
}

QByteArray CsvWriter::encode(const QList<QStringList>& rows, QChar separator)
{
    QString text;
    for (const QStringList& row : rows) {
        QStringList cells;
        cells.reserve(row.size());
        for (const QString& value : row)
            cells << quoted(guarded(value), separator);
        text += cells.join(separator) + QStringLiteral("\r\n");
    }
    return QByteArray("\xEF\xBB\xBF") + text.toUtf8();
}

Result<void> CsvWriter::writeFile(const QString& path, const QByteArray& bytes)
{
    const QString shown = QDir::toNativeSeparators(path);
    const QFileInfo info(path);
    const QString folder = QDir::toNativeSeparators(info.absolutePath());
    if (!info.absoluteDir().exists())
        return Error{tr("The folder %1 does not exist. Choose another folder for the file.").arg(folder), {}};
    if (info.isDir())
        return Error{tr("%1 is a folder. Enter a file name ending in .csv.").arg(shown), {}};
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return Error{tr("Hamkori cannot write the file %1: %2. Choose a folder you may write to, such as "
                        "Documents.")
                         .arg(shown, file.errorString()),
                     {}};
    if (file.write(bytes) != bytes.size() || !file.commit())
        return Error{tr("The file %1 could not be written completely (%2); the disk may be full. No file was "
                        "left behind.")
                         .arg(shown, file.errorString()),
                     {}};
    return {};
}

Result<int> CsvWriter::writeRecords(const QString& path, const QList<QStringList>& headerAndRows,
                                    QChar separator)
{
    if (auto written = writeFile(path, encode(headerAndRows, separator)); !written)
        return written.error();
    return int(headerAndRows.size()) - 1;
}

} // namespace hamkori::csv
