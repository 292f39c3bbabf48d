#pragma once
// The console program's shared parts: the options every command accepts, the streams, the exit codes.
#include <QCommandLineParser>
#include <QCoreApplication>
#include <QTextStream>
#include <functional>
#include <memory>

#include "core/storage/Backups.h"
#include "core/storage/Database.h"

namespace hamkori::cli {

enum ExitCode
{
    Success = 0,
    Failure = 1,
    WrongUsage = 2,
    SetAside = 3, // import-bundle, quarantine --retry: it applied, but some changes wait in the quarantine
};

QTextStream& out();
QTextStream& err();

/// One command's parsed command line, with the options all commands share (--database, --lang, --help).
class CommandLine
{
    Q_DECLARE_TR_FUNCTIONS(Cli)
public:
    CommandLine(QString command, QString summary, QStringList arguments);

    QCommandLineParser& parser() { return m_parser; }
    /// Parses; on --help prints the help and returns Success, on a mistake prints it and returns WrongUsage,
    /// otherwise returns -1 and the command goes on.
    int parse();
    QString databasePath() const;
    /// Opens the data file, which must exist (reading never creates one); prints the error and returns
    /// nullptr on failure.
    std::unique_ptr<Database>
    openDatabase(Database::IntegrityCheck check = Database::IntegrityCheck::WhenChanged);
    /// Opens the data file and creates it when there is none: for init, demo and generate only.
    std::unique_ptr<Database>
    openOrCreateDatabase(Database::IntegrityCheck check = Database::IntegrityCheck::WhenChanged);
    /// Prints "hamkori-cli: message" on stderr and returns Failure.
    static int fail(const QString& message);
    /// The automatic backup before an import; a failure is said on stderr, and the import (one transaction,
    /// all or nothing) goes on.
    static void backUpBefore(Database& db, BackupReason reason);
    int usageError(const QString& message);

private:
    QString m_command;
    QStringList m_arguments;
    QCommandLineParser m_parser;
    QCommandLineOption m_database;
    QCommandLineOption m_language;
};

} // namespace hamkori::cli
