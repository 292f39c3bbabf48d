// The main of every test executable: offscreen platform, a fixed locale, a temporary data folder, English UI.
#define CATCH_CONFIG_RUNNER
// Long test names must not wrap in --list-test-names-only, or CTest would register halves of them.
#define CATCH_CONFIG_CONSOLE_WIDTH 300
#include <QLocale>
#include <QSettings>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <catch2/catch.hpp>
#include <vector>
#ifdef HAMKORI_GUI_TESTS
#include <QApplication>
using TestApplication = QApplication;
#else
#include <QGuiApplication>
using TestApplication = QGuiApplication;
#endif

int main(int argc, char* argv[])
{
    qputenv("QT_QPA_PLATFORM", "offscreen");
    QTemporaryDir home;
    qputenv("XDG_DATA_HOME", home.filePath(QStringLiteral("data")).toUtf8());
    qputenv("XDG_CONFIG_HOME", home.filePath(QStringLiteral("config")).toUtf8());
    QStandardPaths::setTestModeEnabled(true);
    // Test mode puts every test process's QSettings in one shared ~/.qttest file; ctest runs processes in
    // parallel, so each gets a settings folder of its own, or one test's settings leak into another's.
    for (const auto format : {QSettings::NativeFormat, QSettings::IniFormat})
        QSettings::setPath(format, QSettings::UserScope, home.filePath(QStringLiteral("settings")));
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedKingdom));
    TestApplication app(argc, argv);
    TestApplication::setOrganizationName(QStringLiteral("HamkoriTests"));
    TestApplication::setApplicationName(QStringLiteral("HamkoriTests"));
#ifdef Q_OS_WIN
    // Windows hands main() its arguments in the ANSI code page, where a test name such as "1, 2, 3…" does not
    // survive; Qt reads the UTF-16 command line. Catch gets the same arguments in UTF-8, like its test names.
    std::vector<QByteArray> utf8;
    for (const QString& argument : QCoreApplication::arguments())
        utf8.push_back(argument.toUtf8());
    std::vector<char*> arguments;
    for (QByteArray& argument : utf8)
        arguments.push_back(argument.data());
    return Catch::Session().run(int(arguments.size()), arguments.data());
#else
    return Catch::Session().run(argc, argv);
#endif
}
