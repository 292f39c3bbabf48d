#include "ExchangePassphrase.h"
#include <QCoreApplication>
#include <QDir>
#include <QFile>

namespace hamkori::cli {

namespace {

class Text
{
    Q_DECLARE_TR_FUNCTIONS(Cli)
};

const char* const kVariable = "HAMKORI_PASSPHRASE";

/// A file written by an editor or by `echo` ends with a line break that is not part of the passphrase.
QString withoutLineBreak(QString text)
{
    if (text.endsWith(QLatin1Char('\n')))
        text.chop(1);
    if (text.endsWith(QLatin1Char('\r')))
        text.chop(1);
    return text;
}

} // namespace

QCommandLineOption passphraseFileOption()
{
    return QCommandLineOption(QStringLiteral("passphrase-file"),
                              Text::tr("Read the team network's exchange passphrase from <file> (otherwise "
                                       "from the HAMKORI_PASSPHRASE environment variable)."),
                              Text::tr("file"));
}

Result<QString> readPassphraseFile(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Error{Text::tr("The passphrase file %1 cannot be read: %2.")
                         .arg(QDir::toNativeSeparators(path), file.errorString()),
                     {}};
    const QString passphrase = withoutLineBreak(QString::fromUtf8(file.readAll()));
    if (passphrase.isEmpty())
        return Error{Text::tr("The passphrase file %1 is empty.").arg(QDir::toNativeSeparators(path)), {}};
    return passphrase;
}

Result<QString> readPassphrase(const QCommandLineParser& parser, const QCommandLineOption& fileOption)
{
    if (parser.isSet(fileOption))
        return readPassphraseFile(parser.value(fileOption));
    const QString passphrase = qEnvironmentVariable(kVariable);
    if (!passphrase.isEmpty())
        return passphrase;
    return Error{Text::tr("The exchange passphrase is needed. Write it in a file and give --passphrase-file "
                          "FILE, or set the environment variable HAMKORI_PASSPHRASE. It is never taken from "
                          "the command line itself."),
                 {}};
}

} // namespace hamkori::cli
