#include "CommandLine.h"
#include "core/settings/Preferences.h"
#include "core/storage/Database.h"
#include <QDir>
#include <QFileInfo>
#include <cstdio>
#include <cstdlib>
#ifdef Q_OS_WIN
#include <QtCore/qt_windows.h>
#endif

namespace hamkori::cli {

namespace {

/// A Windows console shows bytes in its own code page (866 on a Russian Windows, 437…), so Tajik and Russian
/// messages, written as UTF-8 as everywhere else, would come out as garbage. While hamkori-cli runs, the
/// console reads UTF-8; its code page is put back at exit. Pipes and files receive the same UTF-8 either way.
void useUtf8Console()
{
#ifdef Q_OS_WIN
    static const bool once = [] {
        static const UINT before = GetConsoleOutputCP(); // 0 when there is no console
        if (before != 0 && before != CP_UTF8 && SetConsoleOutputCP(CP_UTF8))
            std::atexit([] { SetConsoleOutputCP(before); }); // after the streams below are flushed
        return true;
    }();
    (void)once;
#endif
}

} // namespace

QTextStream& out()
{
    useUtf8Console();
    static QTextStream stream(stdout);
    return stream;
}

QTextStream& err()
{
    useUtf8Console();
    static QTextStream stream(stderr);
    return stream;
}

CommandLine::CommandLine(QString command, QString summary, QStringList arguments)
    : m_command(std::move(command)), m_arguments(std::move(arguments)),
      m_database(QStringLiteral("database"), tr("Use the data file at <path> instead of the usual one."),
                 tr("path")),
      m_language(QStringLiteral("lang"),
                 tr("Messages in <language>: tg (Tajik), ru (Russian) or en (English)."), tr("language"))
{
    m_parser.setApplicationDescription(summary);
    m_parser.addHelpOption();
    m_parser.addOption(m_database);
    m_parser.addOption(m_language);
}

int CommandLine::parse()
{
    QStringList arguments{QStringLiteral("hamkori-cli ") + m_command};
    arguments << m_arguments;
    if (!m_parser.parse(arguments))
        return usageError(m_parser.errorText());
    if (m_parser.isSet(QStringLiteral("help"))) {
        out() << m_parser.helpText();
        out().flush();
        return Success;
    }
    return -1;
}

QString CommandLine::databasePath() const
{
    return m_parser.isSet(m_database) ? m_parser.value(m_database) : Preferences::dataFile();
}

std::unique_ptr<Database> CommandLine::openDatabase(Database::IntegrityCheck check)
{
    // Reading never creates: a mistyped path must not become an empty file that reports zeros.
    const QString path = databasePath();
    if (const QFileInfo file(path); !file.exists() || (file.isFile() && file.size() == 0)) {
        fail(tr("No data file at %1. Create one with \"hamkori-cli init\" (or \"demo\"), or name the right "
                "file with --database PATH.")
                 .arg(QDir::toNativeSeparators(file.absoluteFilePath())));
        return nullptr;
    }
    return openOrCreateDatabase(check);
}

std::unique_ptr<Database> CommandLine::openOrCreateDatabase(Database::IntegrityCheck check)
{
    Database::Options options;
    options.integrityCheck = check;
    auto opened = Database::open(databasePath(), options);
    if (!opened) {
        fail(opened.errorMessage());
        return nullptr;
    }
    std::unique_ptr<Database> db = std::move(opened).value();
    // A copied or restored file takes a new identity at its first write: say so, once.
    Database* file = db.get();
    QObject::connect(file, &Database::identityRenewed, file, [file](const IdentityRenewal& renewal) {
        err() << renewal.explanation(file->identity().fingerprint()) << Qt::endl;
    });
    return db;
}

void CommandLine::backUpBefore(Database& db, BackupReason reason)
{
    if (auto made = Backups(db.backupFolder()).make(db, reason); !made)
        fail(made.errorMessage());
}

int CommandLine::fail(const QString& message)
{
    err() << "hamkori-cli: " << QString(message).replace(QLatin1Char('\n'), QLatin1Char(' ')) << Qt::endl;
    return Failure;
}

int CommandLine::usageError(const QString& message)
{
    err() << "hamkori-cli: " << message << Qt::endl;
    err() << tr("Run \"hamkori-cli %1 --help\" to see how to use it.").arg(m_command) << Qt::endl;
    return WrongUsage;
}

} // namespace hamkori::cli
