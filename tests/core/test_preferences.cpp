// The preferences both programs read: which data file is "the usual one" when two releases kept it in two
// places, a choice made in Settings, and the typed values round-tripping through QSettings.
#include "core/settings/Preferences.h"
#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSettings>
#include <catch2/catch.hpp>

using namespace hamkori;

namespace {

/// A name of this test's own, so that its data folder is empty and no other test process shares it; the
/// test executable's names come back afterwards.
struct OwnApplicationName
{
    OwnApplicationName()
        : organisation(QCoreApplication::organizationName()), application(QCoreApplication::applicationName())
    {
        const QString name = QStringLiteral("HamkoriPreferences%1").arg(QCoreApplication::applicationPid());
        QCoreApplication::setOrganizationName(name);
        QCoreApplication::setApplicationName(name);
        QDir(Preferences::dataFolder()).removeRecursively();
        QSettings().clear();
    }
    ~OwnApplicationName()
    {
        QDir(Preferences::dataFolder()).removeRecursively();
        QSettings().clear();
        QCoreApplication::setOrganizationName(organisation);
        QCoreApplication::setApplicationName(application);
    }
    QString organisation;
    QString application;
};

void writeFile(const QString& path, const QDateTime& modified)
{
    QDir().mkpath(QFileInfo(path).absolutePath());
    QFile file(path);
    REQUIRE(file.open(QIODevice::WriteOnly));
    file.write("SQLite format 3");
    file.flush();
    REQUIRE(file.setFileTime(modified, QFileDevice::FileModificationTime));
    file.close();
}

} // namespace

TEST_CASE("the usual data file is in the organisation's folder, where the console always kept it",
          "[preferences]")
{
    OwnApplicationName names;
    const QString folder = Preferences::dataFolder();
    CHECK(QDir(folder).dirName() == QCoreApplication::organizationName());
    CHECK(Preferences::defaultDataFile() == folder + QStringLiteral("/hamkori.sqlite"));
    CHECK(Preferences::formerWindowDataFile() == folder + QLatin1Char('/') +
                                                     QCoreApplication::applicationName() +
                                                     QStringLiteral("/hamkori.sqlite"));
    CHECK(Preferences::dataFile() == Preferences::defaultDataFile());
}

TEST_CASE("a file only at the window's former location is the default, with both the one written last",
          "[preferences]")
{
    OwnApplicationName names;
    const QString usual = Preferences::dataFolder() + QStringLiteral("/hamkori.sqlite");
    const QString former = Preferences::formerWindowDataFile();
    const QDateTime now = QDateTime::currentDateTime();

    writeFile(former, now.addDays(-2));
    CHECK(Preferences::defaultDataFile() == former);

    writeFile(usual, now.addDays(-5)); // older than the former window's file
    CHECK(Preferences::defaultDataFile() == former);
    writeFile(usual, now.addDays(-1)); // written since
    CHECK(Preferences::defaultDataFile() == usual);
    // The newest writes may still sit in the write-ahead log beside the file.
    writeFile(former + QStringLiteral("-wal"), now);
    CHECK(Preferences::defaultDataFile() == former);

    // An empty file holds nothing to keep.
    QDir(Preferences::dataFolder()).removeRecursively();
    writeFile(usual, now.addDays(-3));
    QDir().mkpath(QFileInfo(former).absolutePath());
    QFile empty(former);
    REQUIRE(empty.open(QIODevice::WriteOnly));
    empty.close();
    CHECK(Preferences::defaultDataFile() == usual);
}

TEST_CASE("a data file chosen in Settings is opened until the usual one is chosen again", "[preferences]")
{
    OwnApplicationName names;
    const QString chosen = QDir::tempPath() + QStringLiteral("/elsewhere/../team.sqlite");
    Preferences::chooseDataFile(chosen);
    CHECK(Preferences::chosenDataFile() ==
          QDir::cleanPath(QDir::tempPath() + QStringLiteral("/team.sqlite")));
    CHECK(Preferences::dataFile() == Preferences::chosenDataFile());
    Preferences::chooseDataFile(Preferences::defaultDataFile());
    CHECK(Preferences::chosenDataFile().isEmpty());
    CHECK_FALSE(QSettings().contains(QStringLiteral("data/path")));
    Preferences::chooseDataFile(chosen);
    Preferences::chooseDataFile(QString());
    CHECK(Preferences::dataFile() == Preferences::defaultDataFile());
}

TEST_CASE("language, exchange folder and passphrase verifier are kept under the keys older releases wrote",
          "[preferences]")
{
    OwnApplicationName names;
    CHECK(Preferences::language().isEmpty());
    Preferences::setLanguage(QStringLiteral("tg"));
    Preferences::setExchangeFolder(QStringLiteral("/media/stick"));
    Preferences::setPassphraseVerifier(QStringLiteral("$argon2id$v=19$example"));
    QSettings settings;
    CHECK(settings.value(QStringLiteral("ui/language")).toString() == QStringLiteral("tg"));
    CHECK(settings.value(QStringLiteral("exchange/lastFolder")).toString() == QStringLiteral("/media/stick"));
    CHECK(settings.value(QStringLiteral("exchange/passphraseVerifier")).toString() ==
          QStringLiteral("$argon2id$v=19$example"));
    CHECK(Preferences::language() == QStringLiteral("tg"));
    CHECK(Preferences::exchangeFolder() == QStringLiteral("/media/stick"));
    Preferences::setLanguage(QString());
    CHECK_FALSE(settings.contains(QStringLiteral("ui/language")));
}
