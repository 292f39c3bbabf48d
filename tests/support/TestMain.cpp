// The main of every test executable: offscreen platform, a fixed locale, a temporary data folder, English UI.
#define CATCH_CONFIG_RUNNER
// Long test names must not wrap in --list-test-names-only, or CTest would register halves of them.
#define CATCH_CONFIG_CONSOLE_WIDTH 300
#include <QLocale>
#include <QSettings>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <catch2/catch.hpp>
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
    return Catch::Session().run(argc, argv);
}
