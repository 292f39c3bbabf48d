// export-csv and import-csv run as processes: exit codes, the report, the summary, the dry run, bad rows
// skipped on request, and a refused import leaving the data file as it was.
#include "CliRun.h"
#include "core/storage/ConcernRepository.h"
#include "core/storage/Database.h"
#include "support/TestSupport.h"
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>

namespace {

using hamkori::clitest::cli;
using hamkori::clitest::Run;

int concernCount(const QString& database)
{
    const Run run =
        cli({QStringLiteral("--database"), database, QStringLiteral("stats"), QStringLiteral("--json")});
    REQUIRE(run.exitCode == 0);
    return QJsonDocument::fromJson(run.out.toUtf8()).object().value(QStringLiteral("concerns")).toInt();
}

QByteArray readBytes(const QString& path)
{
    QFile file(path);
    REQUIRE(file.open(QIODevice::ReadOnly));
    return file.readAll();
}

QString readText(const QString& path)
{
    return QString::fromUtf8(readBytes(path).mid(3)); // after the BOM
}

void writeText(const QString& path, const QString& text)
{
    QFile file(path);
    REQUIRE(file.open(QIODevice::WriteOnly));
    file.write(text.toUtf8());
}

} // namespace

TEST_CASE("export-csv then import-csv into another data file gives the same concerns", "[cli-csv]")
{
    QTemporaryDir dir;
    const QString demo = dir.filePath(QStringLiteral("demo.sqlite"));
    const QString fresh = dir.filePath(QStringLiteral("fresh.sqlite"));
    const QString file = dir.filePath(QStringLiteral("isf.csv"));
    REQUIRE(cli({QStringLiteral("--database"), demo, QStringLiteral("demo")}).exitCode == 0);

    const Run exported =
        cli({QStringLiteral("--database"), demo, QStringLiteral("export-csv"), QStringLiteral("--kind"),
             QStringLiteral("concerns"), QStringLiteral("--team"), QStringLiteral("ISF"),
             QStringLiteral("--include-restricted"), QStringLiteral("--output"), file});
    INFO(exported.err.toStdString());
    REQUIRE(exported.exitCode == 0);
    CHECK(exported.out.startsWith(QStringLiteral("Wrote 12 concerns")));
    CHECK(readBytes(file).startsWith("\xEF\xBB\xBF"));

    // The fresh file needs the team: the demo makes it (and its own concerns, which import leaves alone). Its
    // ISF concerns are deleted: the file's rows bring them back with the file's values (finding 6 of issue
    // 16: a deleted concern's code never makes a second concern).
    REQUIRE(cli({QStringLiteral("--database"), fresh, QStringLiteral("demo")}).exitCode == 0);
    const QString sql = fresh;
    {
        auto db = hamkori::Database::open(sql);
        REQUIRE(db.ok());
        hamkori::ConcernFilter isf;
        isf.teamUuid =
            hamkori::ConcernRepository(**db).concernByCode(QStringLiteral("ISF-2025-001"))->teamUuid;
        auto rows = hamkori::ConcernRepository(**db).page(isf, 0, 100);
        for (const auto& row : *rows)
            REQUIRE(hamkori::ConcernRepository(**db).deleteConcern(row.uuid).ok());
    }
    const int before = concernCount(fresh);
    const Run imported =
        cli({QStringLiteral("--database"), fresh, QStringLiteral("import-csv"), QStringLiteral("--kind"),
             QStringLiteral("concerns"), QStringLiteral("--team"), QStringLiteral("ISF"),
             QStringLiteral("--input"), file, QStringLiteral("--deleted"), QStringLiteral("restore")});
    INFO(imported.out.toStdString() + imported.err.toStdString());
    REQUIRE(imported.exitCode == 0);
    CHECK(imported.out.contains(QStringLiteral("Created: 0, updated: 0, unchanged: 0, skipped: 0.")));
    CHECK(imported.out.contains(
        QStringLiteral("Rows matching a deleted concern: 12 (restored: 12, skipped: 0).")));
    CHECK(concernCount(fresh) == before + 12);

    // Exported again from the fresh file, the same bytes.
    const QString again = dir.filePath(QStringLiteral("again.csv"));
    REQUIRE(cli({QStringLiteral("--database"), fresh, QStringLiteral("export-csv"), QStringLiteral("--kind"),
                 QStringLiteral("concerns"), QStringLiteral("--team"), QStringLiteral("ISF"),
                 QStringLiteral("--include-restricted"), QStringLiteral("--output"), again})
                .exitCode == 0);
    CHECK(readText(again) == readText(file));

    // Importing the same file again changes nothing.
    const Run twice = cli({QStringLiteral("--database"), fresh, QStringLiteral("import-csv"),
                           QStringLiteral("--kind"), QStringLiteral("concerns"), QStringLiteral("--team"),
                           QStringLiteral("ISF"), QStringLiteral("--input"), file});
    CHECK(twice.exitCode == 0);
    CHECK(twice.out.contains(QStringLiteral("Created: 0, updated: 0, unchanged: 12, skipped: 0.")));
}

TEST_CASE("import-csv prints row messages, saves nothing, skips bad rows when told", "[cli-csv]")
{
    QTemporaryDir dir;
    const QString db = dir.filePath(QStringLiteral("h.sqlite"));
    const QString file = dir.filePath(QStringLiteral("bad.csv"));
    REQUIRE(cli({QStringLiteral("--database"), db, QStringLiteral("demo")}).exitCode == 0);
    writeText(file, QStringLiteral("Title;Category;First raised\n"
                                   "Кӯчаҳои торик;unsafe_spaces;12.05.2026\n"
                                   "Ҷанҷол;theft;31.02.2026\n"));
    const int before = concernCount(db);
    const QStringList base{QStringLiteral("--database"),
                           db,
                           QStringLiteral("import-csv"),
                           QStringLiteral("--kind"),
                           QStringLiteral("concerns"),
                           QStringLiteral("--team"),
                           QStringLiteral("ISF"),
                           QStringLiteral("--input"),
                           file};
    const Run refused = cli(base);
    CHECK(refused.exitCode == 1);
    CHECK(refused.out.contains(QStringLiteral(
        "Row 3, column \"First raised\": \"31.02.2026\" is not a date. Write dates as dd.MM.yyyy")));
    CHECK(refused.err.contains(QStringLiteral("1 row has errors")));
    CHECK(concernCount(db) == before);

    const Run dry = cli(base + QStringList{QStringLiteral("--dry-run"), QStringLiteral("--skip-bad-rows")});
    CHECK(dry.exitCode == 0);
    CHECK(dry.out.contains(QStringLiteral("Created: 1, updated: 0, unchanged: 0, skipped: 1.")));
    CHECK(dry.out.contains(QStringLiteral("Dry run: nothing was saved.")));
    CHECK(concernCount(db) == before);

    const Run skipped = cli(base + QStringList{QStringLiteral("--skip-bad-rows")});
    CHECK(skipped.exitCode == 0);
    CHECK(skipped.out.contains(QStringLiteral("Created: 1, updated: 0, unchanged: 0, skipped: 1.")));
    CHECK(concernCount(db) == before + 1);
}

TEST_CASE("export-csv and import-csv refuse wrong usage with exit code 2", "[cli-csv]")
{
    QTemporaryDir dir;
    const QString db = dir.filePath(QStringLiteral("h.sqlite"));
    CHECK(cli({QStringLiteral("--database"), db, QStringLiteral("export-csv"), QStringLiteral("--kind"),
               QStringLiteral("meetings"), QStringLiteral("--output"), dir.filePath(QStringLiteral("x.csv"))})
              .exitCode == 2);
    CHECK(cli({QStringLiteral("--database"), db, QStringLiteral("import-csv"), QStringLiteral("--kind"),
               QStringLiteral("concerns")})
              .exitCode == 2);
    REQUIRE(cli({QStringLiteral("--database"), db, QStringLiteral("init")}).exitCode == 0);
    const Run missing = cli({QStringLiteral("--database"), db, QStringLiteral("export-csv"),
                             QStringLiteral("--kind"), QStringLiteral("concerns"), QStringLiteral("--output"),
                             dir.filePath(QStringLiteral("no/such/folder/x.csv"))});
    CHECK(missing.exitCode == 1);
    CHECK(missing.err.contains(QStringLiteral("does not exist")));
    CHECK_FALSE(QFile::exists(dir.filePath(QStringLiteral("no/such/folder/x.csv"))));
}

TEST_CASE("export-csv writes the activities of a team", "[cli-csv]")
{
    QTemporaryDir dir;
    const QString db = dir.filePath(QStringLiteral("h.sqlite"));
    const QString file = dir.filePath(QStringLiteral("activities.csv"));
    REQUIRE(cli({QStringLiteral("--database"), db, QStringLiteral("demo")}).exitCode == 0);
    const Run run =
        cli({QStringLiteral("--database"), db, QStringLiteral("export-csv"), QStringLiteral("--kind"),
             QStringLiteral("activities"), QStringLiteral("--team"), QStringLiteral("ISF"),
             QStringLiteral("--header-language"), QStringLiteral("en"), QStringLiteral("--output"), file});
    INFO(run.err.toStdString());
    REQUIRE(run.exitCode == 0);
    CHECK(run.out.startsWith(QStringLiteral("Wrote ")));
    const QString text = readText(file);
    CHECK(readBytes(file).startsWith("\xEF\xBB\xBF"));
    CHECK(text.startsWith(QStringLiteral("Plan code,Plan,No.,Measure")));
    CHECK(text.count(QStringLiteral("ISF-AP-")) >= 1);
}

TEST_CASE("export-csv --all-teams writes every team's activities, the team and district first", "[cli-csv]")
{
    QTemporaryDir dir;
    const QString db = dir.filePath(QStringLiteral("h.sqlite"));
    const QString file = dir.filePath(QStringLiteral("all.csv"));
    REQUIRE(cli({QStringLiteral("--database"), db, QStringLiteral("demo")}).exitCode == 0);
    const Run run =
        cli({QStringLiteral("--database"), db, QStringLiteral("export-csv"), QStringLiteral("--kind"),
             QStringLiteral("activities"), QStringLiteral("--all-teams"), QStringLiteral("--header-language"),
             QStringLiteral("en"), QStringLiteral("--output"), file});
    INFO(run.err.toStdString());
    REQUIRE(run.exitCode == 0);
    const QStringList lines = readText(file).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    CHECK(lines.first().startsWith(QStringLiteral("Team,District,Plan code,Plan,No.,Measure")));
    // Every demo team's plan is there, each row under its own team.
    QSet<QString> teams;
    for (const QString& line : lines.mid(1))
        if (line.size() > 3 && line.at(3) == QLatin1Char(',')) {
            const QString code = line.left(3);
            teams.insert(code);
            CHECK(line.contains(code + QStringLiteral("-AP-")));
        }
    // (The public council and the women's initiative group have no action plan yet.)
    CHECK(teams.size() == 10);
    CHECK(lines.first().count(QLatin1Char(',')) == 20);
}

TEST_CASE(
    "Finding 6: import-csv skips a row whose code belongs to a deleted concern unless --deleted restore",
    "[cli-csv]")
{
    QTemporaryDir dir;
    const QString db = dir.filePath(QStringLiteral("h.sqlite"));
    const QString file = dir.filePath(QStringLiteral("isf.csv"));
    REQUIRE(cli({QStringLiteral("--database"), db, QStringLiteral("demo")}).exitCode == 0);
    REQUIRE(cli({QStringLiteral("--database"), db, QStringLiteral("export-csv"), QStringLiteral("--kind"),
                 QStringLiteral("concerns"), QStringLiteral("--team"), QStringLiteral("ISF"),
                 QStringLiteral("--include-restricted"), QStringLiteral("--output"), file})
                .exitCode == 0);
    const QString code = QStringLiteral("ISF-2025-001");
    {
        auto opened = hamkori::Database::open(db);
        REQUIRE(opened.ok());
        hamkori::ConcernRepository concerns(**opened);
        REQUIRE(concerns.deleteConcern(concerns.concernByCode(code)->meta.uuid).ok());
    }
    const int before = concernCount(db);
    const QStringList base{QStringLiteral("--database"),
                           db,
                           QStringLiteral("import-csv"),
                           QStringLiteral("--kind"),
                           QStringLiteral("concerns"),
                           QStringLiteral("--team"),
                           QStringLiteral("ISF"),
                           QStringLiteral("--input"),
                           file};

    const Run skipped = cli(base);
    INFO(skipped.out.toStdString() + skipped.err.toStdString());
    REQUIRE(skipped.exitCode == 0);
    CHECK(skipped.out.contains(QStringLiteral("The code %1 belongs to the concern «").arg(code)));
    CHECK(skipped.out.contains(QStringLiteral("on this laptop.")));
    CHECK(skipped.out.contains(
        QStringLiteral("The row is skipped; --deleted restore brings the concern back.")));
    CHECK(skipped.out.contains(QStringLiteral("Created: 0, updated: 0, unchanged: 11, skipped: 0.")));
    CHECK(skipped.out.contains(
        QStringLiteral("Rows matching a deleted concern: 1 (restored: 0, skipped: 1).")));
    CHECK(concernCount(db) == before);

    CHECK(cli(base + QStringList{QStringLiteral("--deleted"), QStringLiteral("perhaps")}).exitCode == 2);

    const Run restored = cli(base + QStringList{QStringLiteral("--deleted"), QStringLiteral("restore")});
    INFO(restored.out.toStdString() + restored.err.toStdString());
    REQUIRE(restored.exitCode == 0);
    CHECK(restored.out.contains(QStringLiteral("It is restored (--deleted restore).")));
    CHECK(restored.out.contains(
        QStringLiteral("Rows matching a deleted concern: 1 (restored: 1, skipped: 0).")));
    CHECK(concernCount(db) == before + 1);
    auto opened = hamkori::Database::open(db);
    REQUIRE(opened.ok());
    CHECK(hamkori::ConcernRepository(**opened).concernByCode(code).ok());

    // Nothing left to match: the same file again changes nothing.
    opened->reset();
    const Run again = cli(base);
    CHECK(again.out.contains(QStringLiteral("Created: 0, updated: 0, unchanged: 12, skipped: 0.")));
    CHECK_FALSE(again.out.contains(QStringLiteral("deleted concern")));
}
