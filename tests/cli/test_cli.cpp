// hamkori-cli run as a process, as a person or a script would: exit codes, messages, stats --json.
#include "CliRun.h"
#include "core/storage/ConcernRepository.h"
#include "core/storage/Database.h"
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <catch2/catch.hpp>

namespace {

using hamkori::clitest::cli;
using hamkori::clitest::Run;

QJsonObject stats(const QString& database)
{
    const Run run =
        cli({QStringLiteral("--database"), database, QStringLiteral("stats"), QStringLiteral("--json")});
    INFO(run.err.toStdString());
    REQUIRE(run.exitCode == 0);
    return QJsonDocument::fromJson(run.out.toUtf8()).object();
}

struct Folder
{
    QTemporaryDir dir;
    QString file(const char* name) const { return dir.filePath(QString::fromLatin1(name)); }
};

} // namespace

TEST_CASE("init creates the data file and is harmless the second time", "[cli]")
{
    Folder folder;
    const QString db = folder.file("new/hamkori.sqlite"); // the folder does not exist yet
    const Run first = cli({QStringLiteral("--database"), db, QStringLiteral("init")});
    INFO(first.err.toStdString());
    CHECK(first.exitCode == 0);
    CHECK(QFile::exists(db));
    CHECK(first.out.contains(QStringLiteral("data version 10")));
    const Run second = cli({QStringLiteral("init"), QStringLiteral("--database"), db});
    CHECK(second.exitCode == 0);
    CHECK(second.out == first.out); // same file, same device fingerprint
}

TEST_CASE("stats --json has every key, zero on an empty file", "[cli]")
{
    Folder folder;
    REQUIRE(cli({QStringLiteral("--database"), folder.file("h.sqlite"), QStringLiteral("init")}).exitCode ==
            0);
    const QJsonObject counts = stats(folder.file("h.sqlite"));
    for (const char* key : {"teams", "members", "meetings", "concerns", "rounds", "plans", "activities",
                            "updates", "journal"}) {
        INFO(key);
        REQUIRE(counts.contains(QLatin1String(key)));
        CHECK(counts.value(QLatin1String(key)).toInt() == 0);
    }
}

TEST_CASE("demo loads its twelve groups once, loading it again adds nothing", "[cli]")
{
    Folder folder;
    const QString db = folder.file("demo.sqlite");
    const Run first = cli({QStringLiteral("--database"), db, QStringLiteral("demo")});
    INFO(first.err.toStdString());
    REQUIRE(first.exitCode == 0);
    const QJsonObject afterFirst = stats(db);
    CHECK(afterFirst.value(QStringLiteral("teams")).toInt() == 12);
    CHECK(afterFirst.value(QStringLiteral("concerns")).toInt() >= 120);
    CHECK(afterFirst.value(QStringLiteral("rounds")).toInt() == 10);
    CHECK(afterFirst.value(QStringLiteral("plans")).toInt() == 10);
    CHECK(afterFirst.value(QStringLiteral("updates")).toInt() > 0);
    CHECK(afterFirst.value(QStringLiteral("journal")).toInt() > 0);

    const Run second = cli({QStringLiteral("--database"), db, QStringLiteral("demo")});
    CHECK(second.exitCode == 0);
    CHECK(second.out.contains(QStringLiteral("ISF")));
    CHECK(stats(db) == afterFirst);
}

TEST_CASE("generate --scale district adds one team over three years, the same for the same seed", "[cli]")
{
    Folder folder;
    const QString a = folder.file("a.sqlite"), b = folder.file("b.sqlite");
    for (const QString& db : {a, b}) {
        const Run run =
            cli({QStringLiteral("--database"), db, QStringLiteral("generate"), QStringLiteral("--scale"),
                 QStringLiteral("district"), QStringLiteral("--seed"), QStringLiteral("7")});
        INFO(run.err.toStdString());
        REQUIRE(run.exitCode == 0);
        CHECK(run.err.contains(QStringLiteral("100%"))); // progress goes to stderr
        // A baseline and an endline each year (issue 21).
        CHECK(run.out.contains(QStringLiteral("6 survey round")));
    }
    const QJsonObject counts = stats(a);
    CHECK(counts.value(QStringLiteral("teams")).toInt() == 1);
    CHECK(counts.value(QStringLiteral("members")).toInt() == 14);
    CHECK(counts.value(QStringLiteral("meetings")).toInt() == 36);
    CHECK(counts.value(QStringLiteral("concerns")).toInt() == 120);
    CHECK(counts.value(QStringLiteral("rounds")).toInt() == 3);
    CHECK(counts.value(QStringLiteral("plans")).toInt() == 12);
    CHECK(counts.value(QStringLiteral("activities")).toInt() == 60);
    // Three updates a year per activity, and each year one more that reports the year's campaign (issue 20).
    CHECK(counts.value(QStringLiteral("updates")).toInt() == 183);
    CHECK(stats(b) == counts);

    // Same seed, same content: the concern register reads the same in both files.
    auto listOf = [](const QString& path) {
        auto db = hamkori::Database::open(path);
        REQUIRE(db.ok());
        hamkori::ConcernFilter filter;
        filter.sort = hamkori::ConcernFilter::Sort::Code;
        filter.descending = false;
        auto page = hamkori::ConcernRepository(*db.value()).page(filter, 0, 1000);
        REQUIRE(page.ok());
        QStringList lines;
        for (const auto& row : *page)
            lines << row.code + QLatin1Char(' ') + row.title + QLatin1Char(' ') + row.place;
        return lines;
    };
    const QStringList first = listOf(a);
    CHECK(first.size() == 120);
    CHECK(first == listOf(b));

    // A second generated team gets a code of its own.
    const Run again =
        cli({QStringLiteral("--database"), a, QStringLiteral("generate"), QStringLiteral("--scale"),
             QStringLiteral("district"), QStringLiteral("--seed"), QStringLiteral("7")});
    CHECK(again.exitCode == 0);
    CHECK(stats(a).value(QStringLiteral("teams")).toInt() == 2);
}

TEST_CASE("wrong usage exits 2 and says what to do", "[cli]")
{
    Folder folder;
    const QString db = folder.file("u.sqlite");
    const Run nothing = cli({});
    CHECK(nothing.exitCode == 2);
    CHECK(nothing.err.contains(QStringLiteral("Usage")));
    const Run unknown = cli({QStringLiteral("--database"), db, QStringLiteral("frobnicate")});
    CHECK(unknown.exitCode == 2);
    CHECK(unknown.err.contains(QStringLiteral("frobnicate")));
    const Run badScale = cli({QStringLiteral("--database"), db, QStringLiteral("generate"),
                              QStringLiteral("--scale"), QStringLiteral("huge")});
    CHECK(badScale.exitCode == 2);
    CHECK(badScale.err.contains(QStringLiteral("--scale district")));
    const Run badSeed =
        cli({QStringLiteral("--database"), db, QStringLiteral("generate"), QStringLiteral("--scale"),
             QStringLiteral("district"), QStringLiteral("--seed"), QStringLiteral("-3")});
    CHECK(badSeed.exitCode == 2);
    const Run badOption =
        cli({QStringLiteral("--database"), db, QStringLiteral("stats"), QStringLiteral("--bogus")});
    CHECK(badOption.exitCode == 2);
    CHECK(badOption.err.contains(QStringLiteral("stats --help")));
    const Run badLanguage = cli({QStringLiteral("--lang"), QStringLiteral("fr"), QStringLiteral("stats")});
    CHECK(badLanguage.exitCode == 2);
    CHECK_FALSE(QFile::exists(db)); // nothing was created by a wrong command line
}

TEST_CASE("every command has --help", "[cli]")
{
    for (const char* command : {"init", "demo", "generate", "stats", "check"}) {
        INFO(command);
        const Run help = cli({QString::fromLatin1(command), QStringLiteral("--help")});
        CHECK(help.exitCode == 0);
        CHECK(help.out.contains(QStringLiteral("--database")));
    }
    const Run overview = cli({QStringLiteral("--help")});
    CHECK(overview.exitCode == 0);
    CHECK(overview.out.contains(QStringLiteral("generate")));
}

TEST_CASE("a damaged data file fails with one clear line and is left as it was", "[cli]")
{
    Folder folder;
    const QString db = folder.file("damaged.sqlite");
    QFile file(db);
    REQUIRE(file.open(QIODevice::WriteOnly));
    QByteArray garbage(64 * 1024, '\0');
    for (int i = 0; i < garbage.size(); ++i)
        garbage[i] = char((i * 7919) % 251);
    file.write(garbage);
    file.close();

    const Run check = cli({QStringLiteral("--database"), db, QStringLiteral("check")});
    CHECK(check.exitCode == 1);
    CHECK(check.err.startsWith(QStringLiteral("hamkori-cli: ")));
    CHECK(check.err.contains(QStringLiteral("damaged")));
    CHECK(check.err.trimmed().count(QLatin1Char('\n')) == 0); // one line
    REQUIRE(file.open(QIODevice::ReadOnly));
    CHECK(file.readAll() == garbage);
}

TEST_CASE("a data file that cannot be created fails with exit code 1", "[cli]")
{
    Folder folder;
    QFile blocker(folder.file("not-a-folder"));
    REQUIRE(blocker.open(QIODevice::WriteOnly));
    blocker.close();
    const Run run =
        cli({QStringLiteral("--database"), folder.file("not-a-folder/h.sqlite"), QStringLiteral("init")});
    CHECK(run.exitCode == 1);
    CHECK(run.err.contains(QStringLiteral("not-a-folder")));
}

TEST_CASE("check reports integrity and the data version", "[cli]")
{
    Folder folder;
    const QString db = folder.file("c.sqlite");
    REQUIRE(cli({QStringLiteral("--database"), db, QStringLiteral("init")}).exitCode == 0);
    const Run check = cli({QStringLiteral("--database"), db, QStringLiteral("check")});
    CHECK(check.exitCode == 0);
    CHECK(check.out.contains(QStringLiteral("the data file is sound")));
    CHECK(check.out.contains(QStringLiteral("Data version: %1").arg(hamkori::Database::kSchemaVersion)));
}
