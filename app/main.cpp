// hamkori: the desktop program. Parses the command line, loads the translation, opens the data file and
// shows the main window.
#include "core/settings/Preferences.h"
#include "core/storage/Backups.h"
#include "core/storage/Database.h"
#include "core/storage/TeamRepository.h"
#include "translations/Translations.h"
#include "ui/MainWindow.h"
#include "ui/pages/welcome/LanguageChoice.h"
#include "ui/widgets/AppIcon.h"
#include "ui/widgets/OpeningNotice.h"
#include "ui/widgets/UiFont.h"
#include <QApplication>
#include <QCommandLineParser>
#include <QDir>
#include <QElapsedTimer>
#include <QMessageBox>
#include <QTimer>
#include <cstdio>
#include <cstring>

namespace {

/// Qt aborts when it finds no display; say what to do instead.
bool displayAvailable()
{
#ifdef Q_OS_LINUX
    return !qEnvironmentVariableIsEmpty("DISPLAY") || !qEnvironmentVariableIsEmpty("WAYLAND_DISPLAY") ||
           !qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM");
#else
    return true;
#endif
}

/// With HAMKORI_TRACE_STARTUP set, prints how long each start-up step took (a timing handle for
/// `--quit-after-show`; see the benchmark notes in the README).
class StartupTrace
{
public:
    StartupTrace() : m_enabled(qEnvironmentVariableIsSet("HAMKORI_TRACE_STARTUP")) { m_clock.start(); }
    void mark(const char* step)
    {
        if (m_enabled)
            std::fprintf(stderr, "startup: %-22s %6.1f ms\n", step, double(m_clock.nsecsElapsed()) / 1e6);
    }

private:
    bool m_enabled;
    QElapsedTimer m_clock;
};

/// The exit code of the event loop when the user chose a restore (MainWindow::restoreRequested).
constexpr int kRestoreExitCode = 0x4852; // "HR"

/// The window's command line; --help and --version are answered before any window exists.
struct CommandLine
{
    QCommandLineParser parser;
    QCommandLineOption database{
        QStringLiteral("database"),
        QCoreApplication::translate("Main", "Use the data file at <path> instead of the usual one."),
        QCoreApplication::translate("Main", "path")};
    QCommandLineOption language{
        QStringLiteral("lang"),
        QCoreApplication::translate("Main",
                                    "Show Hamkori in <language>: tg (Tajik), ru (Russian) or en (English)."),
        QCoreApplication::translate("Main", "language")};
    QCommandLineOption screenshots{
        QStringLiteral("screenshot"),
        QCoreApplication::translate("Main",
                                    "Save a picture of every page into <folder> at 1366×768 and quit."),
        QCoreApplication::translate("Main", "folder")};
    QCommandLineOption quitAfterShow{
        QStringLiteral("quit-after-show"),
        QCoreApplication::translate("Main", "Paint the main window once and quit.")};

    CommandLine()
    {
        parser.addHelpOption();
        parser.addVersionOption();
        parser.addOptions({database, language, screenshots, quitAfterShow});
    }
};

/// The language to speak: the command line's, then the one chosen in Settings, then the system's.
QString chosenLanguage(const QStringList& arguments)
{
    if (const qsizetype at = arguments.indexOf(QStringLiteral("--lang"));
        at >= 0 && at + 1 < arguments.size())
        return arguments[at + 1];
    for (const QString& argument : arguments)
        if (argument.startsWith(QStringLiteral("--lang=")))
            return argument.section(QLatin1Char('='), 1);
    const QString chosen = hamkori::Preferences::language();
    return chosen.isEmpty() ? hamkori::Translations::suggestedLanguage() : chosen;
}

/// `hamkori --help` and `--version` need no display: answered by a console application, in the user's
/// language.
bool wantsOnlyText(int argc, char* argv[])
{
    for (int i = 1; i < argc; ++i)
        for (const char* option : {"-h", "--help", "--help-all", "-?", "-v", "--version"})
            if (std::strcmp(argv[i], option) == 0)
                return true;
    return false;
}

/// Without a window to show: the command line is read by a console application first, so that the help, the
/// version and a mistyped option are answered as on a desktop (QApplication would stop at the missing display
/// before reading it); only a command line that asks for the window hears that there is no display.
int answerWithoutWindow(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    hamkori::Preferences::applyIdentity();
    const QString lang = chosenLanguage(QCoreApplication::arguments());
    hamkori::Translations::install(hamkori::Translations::isSupported(lang) ? lang : QStringLiteral("en"));
    CommandLine commandLine;
    commandLine.parser.process(app); // prints the help, the version or what is wrong, and exits
    std::fputs(qPrintable(QCoreApplication::translate(
                              "Main", "hamkori: there is no display to show the window on. On a machine "
                                      "without a screen, run it in a virtual one: %1")
                              .arg(QStringLiteral("xvfb-run -s '-screen 0 1366x768x24' hamkori")) +
                          QLatin1Char('\n')),
               stderr);
    return 1;
}

/// What became of one run of the window: the exit code, or a restore to carry out before opening it again.
struct WindowRun
{
    int exitCode = 0;
    QString restoreFrom;
    QString backupFolder;
    QString identityLedger;
};

WindowRun runWindow(QApplication& app, CommandLine& commandLine, const QString& path, bool first,
                    const QString& notice, StartupTrace& trace)
{
    const QCommandLineParser& parser = commandLine.parser;
    auto checking = hamkori::showOpeningNotice(path);
    auto opened = hamkori::Database::open(path);
    checking.reset();
    if (!opened) {
        QMessageBox::critical(nullptr, QApplication::translate("Main", "Hamkori"), opened.errorMessage());
        return WindowRun{1, {}, {}, {}};
    }
    hamkori::Database& db = *opened.value();
    // A data file with teams skips the first-start screen and its language question: ask before the window.
    const bool unattended = parser.isSet(commandLine.screenshots) || parser.isSet(commandLine.quitAfterShow);
    if (first && !parser.isSet(commandLine.language) && !unattended && hamkori::LanguageChoice::needed()) {
        auto teams = hamkori::TeamRepository(db).teams();
        if (teams && !teams->isEmpty())
            hamkori::LanguageChoice::askInDialog();
    }
    trace.mark("data file open");
    hamkori::MainWindow window(db);
    trace.mark("main window built");
    QObject::connect(&window, &hamkori::MainWindow::restoreRequested, &app,
                     [] { QApplication::exit(kRestoreExitCode); });
    if (parser.isSet(commandLine.screenshots)) {
        window.resize(1366, 768);
        window.show();
    } else {
        window.showForFirstTime();
    }
    trace.mark("shown");
    if (!notice.isEmpty())
        QTimer::singleShot(0, &window, [&window, notice] {
            QMessageBox::information(&window, QApplication::translate("Main", "Hamkori"), notice);
        });
    if (first && parser.isSet(commandLine.screenshots)) {
        const QString folder = parser.value(commandLine.screenshots);
        QTimer::singleShot(200, &window,
                           [&window, folder] { QApplication::exit(window.saveScreenshots(folder) ? 0 : 1); });
    } else if (first && parser.isSet(commandLine.quitAfterShow)) {
        QTimer::singleShot(0, &window, [&window, &trace] {
            window.repaint();
            trace.mark("painted");
            QApplication::exit(0);
        });
    }
    const int code = app.exec();
    if (code != kRestoreExitCode || window.pendingRestore().isEmpty())
        return WindowRun{code, {}, {}, {}};
    window.close(); // saves the window's place; no backup of its own (the restore keeps the file)
    return {code, window.pendingRestore(), db.backupFolder(), db.identity().ledgerFile()};
    // the window and then the data file close here, before the restore replaces the file
}

} // namespace

int main(int argc, char* argv[])
{
    if (wantsOnlyText(argc, argv) || !displayAvailable())
        return answerWithoutWindow(argc, argv);
    StartupTrace trace;
    QApplication app(argc, argv);
    trace.mark("application");
    hamkori::Preferences::applyIdentity();
    QApplication::setWindowIcon(hamkori::applicationIcon());
    hamkori::UiFont::ensureTajikLetters();

    const QString lang = chosenLanguage(QCoreApplication::arguments());
    if (!hamkori::Translations::isSupported(lang)) {
        std::fprintf(stderr, "hamkori: unknown language \"%s\"; use tg, ru or en.\n", qPrintable(lang));
        return 2;
    }
    hamkori::Translations::install(lang);
    trace.mark("translations");
    CommandLine commandLine; // after the translation, so that its messages are in the user's language
    QCommandLineParser& parser = commandLine.parser;
    parser.process(app);

    // The command line wins; then the data file chosen in Settings; then the usual place.
    const QString path = parser.isSet(commandLine.database) ? parser.value(commandLine.database)
                                                            : hamkori::Preferences::dataFile();
    // The window runs until it closes; a restore chosen in Settings closes the data file, puts the backup in
    // its place and opens the window again on it.
    QString notice;
    for (bool first = true;; first = false) {
        const WindowRun run = runWindow(app, commandLine, path, first, notice, trace);
        if (run.restoreFrom.isEmpty())
            return run.exitCode;
        hamkori::Backups keep(run.backupFolder);
        auto kept = hamkori::Backups::restore(path, run.restoreFrom, keep, run.identityLedger);
        notice = kept ? QApplication::translate(
                            "Main", "The backup was restored. The data file as it was before is kept "
                                    "as a backup. Import the latest bundles from the other laptops to "
                                    "get back what was made since that backup.")
                      : kept.errorMessage();
    }
}
