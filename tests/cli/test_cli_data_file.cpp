// Which data file the console opens: the window's own (one application identity), an older version's
// location, the one chosen in Settings; and reading never creates a file. Both programs run as processes in
// a home of their own, as a user would run them.
#include "CliRun.h"
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSettings>
#include <QTemporaryDir>
#include <catch2/catch.hpp>

namespace {

using hamkori::clitest::englishEnvironment;
using hamkori::clitest::Run;
using hamkori::clitest::runProgram;

/// A user's home: data and settings folders of its own (XDG), so that "the usual data file" is in it.
struct Home
{
    QTemporaryDir dir;
    QString data() const { return dir.filePath(QStringLiteral("data")); }
    QString config() const { return dir.filePath(QStringLiteral("config")); }
    QString usualFile() const { return data() + QStringLiteral("/Hamkori/hamkori.sqlite"); }
    QString formerWindowFile() const { return data() + QStringLiteral("/Hamkori/Hamkori/hamkori.sqlite"); }

    QProcessEnvironment environment() const
    {
        QProcessEnvironment environment = englishEnvironment();
        environment.insert(QStringLiteral("HOME"), dir.path());
        environment.insert(QStringLiteral("XDG_DATA_HOME"), data());
        environment.insert(QStringLiteral("XDG_CONFIG_HOME"), config());
        environment.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
        environment.insert(QStringLiteral("HAMKORI_PASSPHRASE"),
                           QStringLiteral("correct horse battery staple"));
        return environment;
    }
    Run cli(const QStringList& arguments) const
    {
        return runProgram(QStringLiteral(HAMKORI_CLI_PATH), arguments, 120000, environment());
    }
    Run window(const QStringList& arguments) const
    {
        return runProgram(QStringLiteral(HAMKORI_GUI_PATH), arguments, 120000, environment());
    }
    /// What the window's Settings page writes when the user chooses another data file.
    void chooseInSettings(const QString& path) const
    {
        QSettings settings(config() + QStringLiteral("/Hamkori/Hamkori.conf"), QSettings::IniFormat);
        settings.setValue(QStringLiteral("data/path"), path);
    }
    /// Every data file under the home, relative to it.
    QStringList dataFiles() const
    {
        QStringList found;
        QDirIterator it(dir.path(), {QStringLiteral("*.sqlite")}, QDir::Files, QDirIterator::Subdirectories);
        while (it.hasNext())
            found << QDir(dir.path()).relativeFilePath(it.next());
        found.sort();
        return found;
    }
};

int teamsIn(const Home& home, const QStringList& databaseArguments = {})
{
    const Run run =
        home.cli(databaseArguments + QStringList{QStringLiteral("stats"), QStringLiteral("--json")});
    INFO(run.err.toStdString());
    REQUIRE(run.exitCode == 0);
    return QJsonDocument::fromJson(run.out.toUtf8()).object().value(QStringLiteral("teams")).toInt();
}

} // namespace

TEST_CASE("the window and the console create and open the same default data file", "[cli][datafile]")
{
    Home home;
    const Run shown =
        home.window({QStringLiteral("--quit-after-show"), QStringLiteral("--lang"), QStringLiteral("en")});
    INFO(shown.err.toStdString());
    REQUIRE(shown.exitCode == 0);
    CHECK(home.dataFiles() == QStringList{QStringLiteral("data/Hamkori/hamkori.sqlite")});

    // The console, without --database, reads the file the window made and adds to it.
    REQUIRE(home.cli({QStringLiteral("demo")}).exitCode == 0);
    CHECK(home.dataFiles() == QStringList{QStringLiteral("data/Hamkori/hamkori.sqlite")});
    CHECK(teamsIn(home) == 12);
    CHECK(teamsIn(home, {QStringLiteral("--database"), home.usualFile()}) == 12);
}

TEST_CASE("a data file at the window's former location is used, never orphaned", "[cli][datafile]")
{
    Home home;
    REQUIRE(
        home.cli({QStringLiteral("--database"), home.formerWindowFile(), QStringLiteral("demo")}).exitCode ==
        0);
    CHECK(teamsIn(home) == 12); // found without --database
    CHECK_FALSE(QFileInfo::exists(home.usualFile()));
    // The window opens it too, and makes no second file.
    REQUIRE(home.window({QStringLiteral("--quit-after-show"), QStringLiteral("--lang"), QStringLiteral("en")})
                .exitCode == 0);
    CHECK(home.dataFiles() == QStringList{QStringLiteral("data/Hamkori/Hamkori/hamkori.sqlite")});
}

TEST_CASE("with files at both old locations, the one written last is opened", "[cli][datafile]")
{
    Home home;
    REQUIRE(home.cli({QStringLiteral("--database"), home.usualFile(), QStringLiteral("init")}).exitCode == 0);
    QFile usual(home.usualFile());
    REQUIRE(usual.open(QIODevice::ReadWrite)); // setFileTime needs an open file
    REQUIRE(usual.setFileTime(QDateTime::currentDateTime().addDays(-30), QFileDevice::FileModificationTime));
    usual.close();
    REQUIRE(
        home.cli({QStringLiteral("--database"), home.formerWindowFile(), QStringLiteral("demo")}).exitCode ==
        0);
    CHECK(teamsIn(home) == 12);
}

TEST_CASE("the console opens the data file chosen in the window's Settings", "[cli][datafile]")
{
    Home home;
    const QString chosen = home.dir.filePath(QStringLiteral("stick/team.sqlite"));
    REQUIRE(home.cli({QStringLiteral("--database"), chosen, QStringLiteral("demo")}).exitCode == 0);
    home.chooseInSettings(chosen);
    CHECK(teamsIn(home) == 12);
    const Run init = home.cli({QStringLiteral("init")});
    CHECK(init.out.contains(QDir::toNativeSeparators(chosen)));
    CHECK_FALSE(QFileInfo::exists(home.usualFile()));
}

TEST_CASE("every command that reads refuses a missing data file and creates nothing", "[cli][datafile]")
{
    Home home;
    const QString missing = home.dir.filePath(QStringLiteral("mistyped/hamkori.sqlite"));
    const QString out = home.dir.filePath(QStringLiteral("out"));
    QDir().mkpath(out);
    QFile csv(out + QStringLiteral("/in.csv"));
    REQUIRE(csv.open(QIODevice::WriteOnly));
    csv.write("code,title\n");
    csv.close();
    const QList<QStringList> commands = {
        {QStringLiteral("stats")},
        {QStringLiteral("check")},
        {QStringLiteral("export-plan"), QStringLiteral("--plan"), QStringLiteral("ISF-P1"),
         QStringLiteral("--lang"), QStringLiteral("en"), QStringLiteral("--output"),
         out + QStringLiteral("/plan.pdf")},
        {QStringLiteral("export-minutes"), QStringLiteral("--meeting"), QStringLiteral("ISF-M1"),
         QStringLiteral("--lang"), QStringLiteral("en"), QStringLiteral("--output"),
         out + QStringLiteral("/m.pdf")},
        {QStringLiteral("report"), QStringLiteral("--from"), QStringLiteral("2026-01-01"),
         QStringLiteral("--to"), QStringLiteral("2026-06-30"), QStringLiteral("--lang"), QStringLiteral("en"),
         QStringLiteral("--output"), out + QStringLiteral("/r.pdf")},
        {QStringLiteral("export-csv"), QStringLiteral("--kind"), QStringLiteral("concerns"),
         QStringLiteral("--output"), out + QStringLiteral("/c.csv")},
        {QStringLiteral("import-csv"), QStringLiteral("--kind"), QStringLiteral("concerns"),
         QStringLiteral("--input"), out + QStringLiteral("/in.csv")},
        {QStringLiteral("export-bundle"), QStringLiteral("--output"), out},
        {QStringLiteral("import-bundle"), out},
        {QStringLiteral("conflicts")},
        {QStringLiteral("devices")},
    };
    for (const QStringList& command : commands) {
        for (const QString& database : {missing, QString()}) { // a mistyped --database, and the usual file
            INFO(command.join(u' ').toStdString() << " --database " << database.toStdString());
            const QStringList where =
                database.isEmpty() ? QStringList() : QStringList{QStringLiteral("--database"), database};
            const Run run = home.cli(where + command);
            CHECK(run.exitCode == 1);
            const QString expectedPath =
                QDir::toNativeSeparators(database.isEmpty() ? home.usualFile() : missing);
            CHECK(run.err.contains(QStringLiteral("No data file at %1").arg(expectedPath)));
            CHECK(run.err.contains(QStringLiteral("hamkori-cli init")));
        }
        CHECK(home.dataFiles().isEmpty());
        CHECK_FALSE(QFileInfo::exists(home.dir.filePath(QStringLiteral("mistyped"))));
        CHECK_FALSE(QFileInfo::exists(home.data()));
    }
}

TEST_CASE("an empty file is no data file: reading commands leave it as it is", "[cli][datafile]")
{
    Home home;
    const QString empty = home.dir.filePath(QStringLiteral("empty.sqlite"));
    QFile file(empty);
    REQUIRE(file.open(QIODevice::WriteOnly));
    file.close();
    const Run run = home.cli({QStringLiteral("--database"), empty, QStringLiteral("stats")});
    CHECK(run.exitCode == 1);
    CHECK(run.err.contains(QStringLiteral("No data file at")));
    CHECK(QFileInfo(empty).size() == 0);
    // init makes it a data file.
    CHECK(home.cli({QStringLiteral("--database"), empty, QStringLiteral("init")}).exitCode == 0);
    CHECK(teamsIn(home, {QStringLiteral("--database"), empty}) == 0);
}

TEST_CASE("both programs print their version and help without a display", "[cli][datafile]")
{
    Home home;
    QProcessEnvironment headless = home.environment();
    for (const char* name : {"DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM"})
        headless.remove(QString::fromLatin1(name));
    const QString version = QStringLiteral(HAMKORI_VERSION);
    const Run window =
        runProgram(QStringLiteral(HAMKORI_GUI_PATH), {QStringLiteral("--version")}, 30000, headless);
    CHECK(window.exitCode == 0);
    CHECK(window.out.trimmed() == QStringLiteral("Hamkori ") + version);
    const Run help =
        runProgram(QStringLiteral(HAMKORI_GUI_PATH), {QStringLiteral("--help")}, 30000, headless);
    CHECK(help.exitCode == 0);
    CHECK(help.out.contains(QStringLiteral("--database <path>")));
    CHECK(help.out.contains(QStringLiteral("--quit-after-show")));
    const Run russianHelp = runProgram(
        QStringLiteral(HAMKORI_GUI_PATH),
        {QStringLiteral("--help"), QStringLiteral("--lang"), QStringLiteral("ru")}, 30000, headless);
    CHECK(russianHelp.out.contains(QStringLiteral("файл данных")));
    // Qt's own words of the help (Usage, Options) are in Tajik too (translations/qt_tg.ts).
    const Run tajikHelp = runProgram(
        QStringLiteral(HAMKORI_GUI_PATH),
        {QStringLiteral("--help"), QStringLiteral("--lang"), QStringLiteral("tg")}, 30000, headless);
    CHECK(tajikHelp.exitCode == 0);
    CHECK_FALSE(tajikHelp.out.contains(QStringLiteral("Usage:")));
    CHECK_FALSE(tajikHelp.out.contains(QStringLiteral("Options:")));
    CHECK(tajikHelp.out.contains(QStringLiteral("--database")));
    // A mistyped option is told as such, not as a missing display; asking for the window says what to do.
    const Run mistyped =
        runProgram(QStringLiteral(HAMKORI_GUI_PATH), {QStringLiteral("--datbase")}, 30000, headless);
    CHECK(mistyped.exitCode != 0);
    CHECK(mistyped.err.contains(QStringLiteral("datbase")));
    CHECK_FALSE(mistyped.err.contains(QStringLiteral("no display")));
    const Run noDisplay = runProgram(QStringLiteral(HAMKORI_GUI_PATH),
                                     {QStringLiteral("--lang"), QStringLiteral("ru")}, 30000, headless);
    CHECK(noDisplay.exitCode == 1);
    CHECK(noDisplay.err.contains(QStringLiteral("xvfb-run")));
    CHECK_FALSE(noDisplay.err.contains(QStringLiteral("no display"))); // in Russian
    const Run console =
        runProgram(QStringLiteral(HAMKORI_CLI_PATH), {QStringLiteral("--version")}, 30000, headless);
    CHECK(console.exitCode == 0);
    CHECK(console.out.trimmed() == QStringLiteral("hamkori-cli ") + version);
    CHECK(home.dataFiles().isEmpty());
}
