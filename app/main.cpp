// hamkori: the desktop program. Parses the command line, loads the translation, opens the data file and
// shows the main window.
#include "core/storage/Database.h"
#include "core/storage/TeamRepository.h"
#include "translations/Translations.h"
#include "ui/MainWindow.h"
#include "ui/pages/welcome/LanguageChoice.h"
#include "ui/widgets/UiFont.h"
#include <QApplication>
#include <QCommandLineParser>
#include <QDir>
#include <QElapsedTimer>
#include <QMessageBox>
#include <QSettings>
#include <QTimer>
#include <cstdio>

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

} // namespace

int main(int argc, char* argv[])
{
    if (!displayAvailable()) {
        std::fputs(
            "hamkori: there is no display to show the window on. On a machine without a screen, run it in a "
            "virtual one: xvfb-run -s '-screen 0 1366x768x24' hamkori\n",
            stderr);
        return 1;
    }
    StartupTrace trace;
    QApplication app(argc, argv);
    trace.mark("application");
    QApplication::setOrganizationName(QStringLiteral("Hamkori"));
    QApplication::setApplicationName(QStringLiteral("Hamkori"));
    QApplication::setApplicationVersion(QStringLiteral(HAMKORI_VERSION));
    hamkori::UiFont::ensureTajikLetters();

    QCommandLineParser parser;
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption database(
        QStringLiteral("database"),
        QApplication::translate("Main", "Use the data file at <path> instead of the usual one."),
        QApplication::translate("Main", "path"));
    const QCommandLineOption language(
        QStringLiteral("lang"),
        QApplication::translate("Main",
                                "Show Hamkori in <language>: tg (Tajik), ru (Russian) or en (English)."),
        QApplication::translate("Main", "language"));
    const QCommandLineOption screenshots(
        QStringLiteral("screenshot"),
        QApplication::translate("Main", "Save a picture of every page into <folder> at 1366×768 and quit."),
        QApplication::translate("Main", "folder"));
    const QCommandLineOption quitAfterShow(
        QStringLiteral("quit-after-show"),
        QApplication::translate("Main", "Paint the main window once and quit."));
    parser.addOptions({database, language, screenshots, quitAfterShow});
    parser.process(app);

    // The command line wins; then the language chosen in Settings; then the system's.
    QSettings settings;
    const QString lang =
        parser.isSet(language)
            ? parser.value(language)
            : settings.value(QStringLiteral("ui/language"), hamkori::Translations::suggestedLanguage())
                  .toString();
    if (!hamkori::Translations::isSupported(lang)) {
        std::fprintf(stderr, "hamkori: unknown language \"%s\"; use tg, ru or en.\n", qPrintable(lang));
        return 2;
    }
    hamkori::Translations::install(lang);
    trace.mark("translations");

    // The command line wins; then the data file chosen in Settings; then the usual place.
    const QString path =
        parser.isSet(database)
            ? parser.value(database)
            : settings.value(QStringLiteral("data/path"), hamkori::Database::defaultPath()).toString();
    auto opened = hamkori::Database::open(path);
    if (!opened) {
        QMessageBox::critical(nullptr, QApplication::translate("Main", "Hamkori"), opened.errorMessage());
        return 1;
    }
    // A data file with teams skips the first-start screen and its language question: ask before the window.
    const bool unattended = parser.isSet(screenshots) || parser.isSet(quitAfterShow);
    if (!parser.isSet(language) && !unattended && hamkori::LanguageChoice::needed()) {
        auto teams = hamkori::TeamRepository(*opened.value()).teams();
        if (teams && !teams->isEmpty())
            hamkori::LanguageChoice::askInDialog();
    }
    trace.mark("data file open");
    hamkori::MainWindow window(*opened.value());
    trace.mark("main window built");
    if (parser.isSet(screenshots))
        window.resize(1366, 768);
    window.show();
    trace.mark("shown");
    if (parser.isSet(screenshots)) {
        const QString folder = parser.value(screenshots);
        QTimer::singleShot(200, &window,
                           [&window, folder] { QApplication::exit(window.saveScreenshots(folder) ? 0 : 1); });
    } else if (parser.isSet(quitAfterShow)) {
        QTimer::singleShot(0, &window, [&window, &trace] {
            window.repaint();
            trace.mark("painted");
            QApplication::exit(0);
        });
    }
    return app.exec();
}
