// hamkori-cli: everything the GUI can do with data, from a console. Links core only.
#include "BackupCommands.h"
#include "CentreCommands.h"
#include "CommandLine.h"
#include "CsvCommands.h"
#include "DataCommands.h"
#include "DirectoryCommands.h"
#include "DocumentCommands.h"
#include "EventCommands.h"
#include "ExchangeCommands.h"
#include "SurveyCommands.h"
#include "core/settings/Preferences.h"
#include "translations/Translations.h"
#include <QCoreApplication>

namespace {

struct Command
{
    const char* name;
    int (*run)(const QStringList& arguments);
    const char* summary;
};

const Command kCommands[] = {
    {"init", hamkori::cli::runInit, QT_TRANSLATE_NOOP("Cli", "create an empty data file")},
    {"demo", hamkori::cli::runDemo, QT_TRANSLATE_NOOP("Cli", "load the demo teams")},
    {"generate", hamkori::cli::runGenerate,
     QT_TRANSLATE_NOOP("Cli", "add generated data (district or national)")},
    {"stats", hamkori::cli::runStats, QT_TRANSLATE_NOOP("Cli", "count the records of each kind")},
    {"check", hamkori::cli::runCheck, QT_TRANSLATE_NOOP("Cli", "check integrity and data version")},
    {"backup", hamkori::cli::runBackup,
     QT_TRANSLATE_NOOP("Cli", "make a verified backup, or an encrypted copy")},
    {"backups", hamkori::cli::runBackups, QT_TRANSLATE_NOOP("Cli", "list the backups of the data file")},
    {"restore", hamkori::cli::runRestore, QT_TRANSLATE_NOOP("Cli", "put a backup in place of the data file")},
    {"export-csv", hamkori::cli::runExportCsv,
     QT_TRANSLATE_NOOP("Cli", "write concerns or activities to CSV")},
    {"import-csv", hamkori::cli::runImportCsv, QT_TRANSLATE_NOOP("Cli", "read concerns from a CSV file")},
    {"directory", hamkori::cli::runDirectory,
     QT_TRANSLATE_NOOP("Cli", "the directory of organisations: export, import (CSV), matrix (PDF)")},
    {"export-plan", hamkori::cli::runExportPlan, QT_TRANSLATE_NOOP("Cli", "write an action plan as a PDF")},
    {"export-minutes", hamkori::cli::runExportMinutes,
     QT_TRANSLATE_NOOP("Cli", "write a meeting's minutes as a PDF")},
    {"report", hamkori::cli::runReport, QT_TRANSLATE_NOOP("Cli", "write the period report as a PDF")},
    {"centres", hamkori::cli::runCentres,
     QT_TRANSLATE_NOOP("Cli", "list the community policing centres and their use")},
    {"commitments", hamkori::cli::runCommitments,
     QT_TRANSLATE_NOOP("Cli", "list the requests and recommendations, or the overdue ones")},
    {"events", hamkori::cli::runEvents,
     QT_TRANSLATE_NOOP("Cli", "list the events, or write them to CSV (export FILE.csv)")},
    {"campaigns", hamkori::cli::runCampaigns,
     QT_TRANSLATE_NOOP("Cli", "list the awareness campaigns, or write them to CSV (export FILE.csv)")},
    {"attendance-sheet", hamkori::cli::runAttendanceSheet,
     QT_TRANSLATE_NOOP("Cli", "write an event's attendance sheet as a PDF")},
    {"certificates", hamkori::cli::runCertificates,
     QT_TRANSLATE_NOOP("Cli", "write the certificates of an event's participants as a PDF")},
    {"surveys", hamkori::cli::runSurveys,
     QT_TRANSLATE_NOOP("Cli",
                       "list the perception survey rounds with their key indicators, or write them to CSV")},
    {"survey-summary", hamkori::cli::runSurveySummary,
     QT_TRANSLATE_NOOP("Cli", "write a survey round's one-page summary as a PDF")},
    {"export-bundle", hamkori::cli::runExportBundle,
     QT_TRANSLATE_NOOP("Cli", "write an exchange bundle for other laptops")},
    {"import-bundle", hamkori::cli::runImportBundle,
     QT_TRANSLATE_NOOP("Cli", "apply exchange bundles from other laptops")},
    {"conflicts", hamkori::cli::runConflicts, QT_TRANSLATE_NOOP("Cli", "list the conflict inbox")},
    {"resolve", hamkori::cli::runResolve, QT_TRANSLATE_NOOP("Cli", "settle a conflict of the inbox")},
    {"devices", hamkori::cli::runDevices, QT_TRANSLATE_NOOP("Cli", "list the laptops bundles came from")},
    {"erase-history", hamkori::cli::runEraseHistory,
     QT_TRANSLATE_NOOP("Cli", "erase the earlier values of a field from every laptop's history")},
    {"quarantine", hamkori::cli::runQuarantine,
     QT_TRANSLATE_NOOP("Cli", "list the changes imports set aside, and try them again")},
};

QString cliText(const char* text)
{
    return QCoreApplication::translate("Cli", text);
}

void printOverview(QTextStream& out)
{
    out << QCoreApplication::translate(
               "Cli", "Usage: hamkori-cli [--database PATH] [--lang tg|ru|en] COMMAND [options]")
        << Qt::endl
        << Qt::endl;
    out << QCoreApplication::translate("Cli", "Commands:") << Qt::endl;
    for (const Command& command : kCommands)
        out << "  " << QString::fromLatin1(command.name).leftJustified(18) << cliText(command.summary)
            << Qt::endl;
    out << Qt::endl
        << QCoreApplication::translate("Cli",
                                       "Run \"hamkori-cli COMMAND --help\" for the options of a command.")
        << Qt::endl;
}

} // namespace

int main(int argc, char* argv[])
{
    const auto app = hamkori::cli::makeApplication(argc, argv); // a QGuiApplication for documents
    hamkori::Preferences::applyIdentity();                      // the window's settings and data file
    QStringList arguments = QCoreApplication::arguments().mid(1);

    // The language comes first, so that every message, --help included, is in it: the command line's, then
    // the one chosen in the window's Settings, then the system's.
    QString language = hamkori::Preferences::language();
    if (language.isEmpty())
        language = hamkori::Translations::suggestedLanguage();
    if (const qsizetype at = arguments.indexOf(QStringLiteral("--lang"));
        at >= 0 && at + 1 < arguments.size())
        language = arguments[at + 1];
    if (!hamkori::Translations::isSupported(language)) {
        hamkori::cli::err() << "hamkori-cli: unknown language \"" << language << "\"; use tg, ru or en."
                            << Qt::endl;
        return hamkori::cli::WrongUsage;
    }
    hamkori::Translations::install(language);

    // The command is the first word that is neither an option nor the value of --database or --lang.
    qsizetype commandAt = -1;
    for (qsizetype i = 0; i < arguments.size(); ++i) {
        const QString& word = arguments[i];
        if (word == u"--database" || word == u"--lang") {
            ++i;
            continue;
        }
        if (!word.startsWith(QLatin1Char('-'))) {
            commandAt = i;
            break;
        }
    }
    if (commandAt < 0) {
        if (arguments.contains(QStringLiteral("--help")) || arguments.contains(QStringLiteral("-h"))) {
            printOverview(hamkori::cli::out());
            return hamkori::cli::Success;
        }
        if (arguments.contains(QStringLiteral("--version"))) {
            hamkori::cli::out() << "hamkori-cli " << QCoreApplication::applicationVersion() << Qt::endl;
            return hamkori::cli::Success;
        }
        printOverview(hamkori::cli::err());
        return hamkori::cli::WrongUsage;
    }
    const QString name = arguments.takeAt(commandAt);
    for (const Command& command : kCommands)
        if (name == QLatin1String(command.name))
            return command.run(arguments);
    hamkori::cli::err() << "hamkori-cli: "
                        << QCoreApplication::translate("Cli", "There is no command \"%1\".").arg(name)
                        << Qt::endl;
    printOverview(hamkori::cli::err());
    return hamkori::cli::WrongUsage;
}
