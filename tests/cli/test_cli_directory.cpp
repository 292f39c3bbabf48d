// "hamkori-cli directory" as a process: export (contact details only with --contacts), import (the mapping
// guessed, each bad row reported, nothing saved until the file is right, a second import creating nothing)
// and matrix (a PDF read back with pdftotext, in the language of --lang, one district with --district).
#include "CliRun.h"
#include "support/TestSupport.h"
#include <QFile>
#include <QTemporaryDir>

namespace {

using hamkori::clitest::cli;
using hamkori::clitest::Run;
using hamkori::clitest::runProgram;

QString readText(const QString& path)
{
    QFile file(path);
    REQUIRE(file.open(QIODevice::ReadOnly));
    return QString::fromUtf8(file.readAll());
}

void writeText(const QString& path, const QString& text)
{
    QFile file(path);
    REQUIRE(file.open(QIODevice::WriteOnly));
    file.write(text.toUtf8());
}

QString fixture(const char* name)
{
    return QStringLiteral(HAMKORI_FIXTURES_DIR "/") + QLatin1String(name);
}

} // namespace

TEST_CASE("directory import, export and matrix from the console", "[cli-directory]")
{
    QTemporaryDir dir;
    const QString database = dir.filePath(QStringLiteral("hamkori.sqlite"));
    REQUIRE(cli({QStringLiteral("--database"), database, QStringLiteral("init")}).exitCode == 0);
    const QString csv = dir.filePath(QStringLiteral("matrix.csv"));
    writeText(
        csv, QStringLiteral("Organisation;Districts;Fields of expertise;Services;Phone\r\n"
                            "Ташкилоти ҷамъиятии «Ҳамдилӣ»;\"Ноҳияи Рашт; Isfara\";Work with youth;Legal aid;"
                            "+992 90 111 22 33\r\n"
                            "Маркази «Ҷавонон»;Atlantis;Work with youth;;\r\n"));

    // A bad row: reported with its number, and nothing saved.
    const Run refused = cli({QStringLiteral("--database"), database, QStringLiteral("directory"),
                             QStringLiteral("import"), QStringLiteral("--csv"), csv});
    CHECK(refused.exitCode == 1);
    CHECK(refused.out.contains(QStringLiteral("Row 3, column \"Districts\": No district or city called "
                                              "\"Atlantis\"")));
    CHECK(
        refused.err.contains(QStringLiteral("hamkori-cli: 1 row"))); // "has errors", once the plurals are in

    const Run imported =
        cli({QStringLiteral("--database"), database, QStringLiteral("directory"), QStringLiteral("import"),
             QStringLiteral("--csv"), csv, QStringLiteral("--skip-bad-rows")});
    INFO(imported.err.toStdString());
    REQUIRE(imported.exitCode == 0);
    CHECK(imported.out.contains(QStringLiteral("Created: 1, updated: 0, unchanged: 0, skipped: 1.")));
    const Run again =
        cli({QStringLiteral("--database"), database, QStringLiteral("directory"), QStringLiteral("import"),
             QStringLiteral("--csv"), csv, QStringLiteral("--skip-bad-rows")});
    CHECK(again.out.contains(QStringLiteral("Created: 0, updated: 0, unchanged: 1, skipped: 1.")));

    // A Russian file in Windows-1251, the organisation's name column mapped by hand.
    const Run russian =
        cli({QStringLiteral("--database"), database, QStringLiteral("directory"), QStringLiteral("import"),
             QStringLiteral("--csv"), fixture("directory-ru-cp1251.csv"), QStringLiteral("--add-expertise"),
             QStringLiteral("--map"), QStringLiteral("Услуги=")});
    INFO(russian.out.toStdString());
    REQUIRE(russian.exitCode == 0);
    CHECK(russian.out.contains(QStringLiteral("The file was read as Windows-1251.")));
    CHECK(russian.out.contains(QStringLiteral("Created: 2,")));

    const QString plain = dir.filePath(QStringLiteral("out.csv"));
    const Run exported = cli({QStringLiteral("--database"), database, QStringLiteral("directory"),
                              QStringLiteral("export"), QStringLiteral("--csv"), plain});
    REQUIRE(exported.exitCode == 0);
    CHECK(exported.out.startsWith(QStringLiteral("Wrote 3 organisation")));
    CHECK(readText(plain).contains(QStringLiteral("«Ҳамдилӣ»")));
    CHECK_FALSE(readText(plain).contains(QStringLiteral("111 22 33")));
    const QString full = dir.filePath(QStringLiteral("full.csv"));
    REQUIRE(cli({QStringLiteral("--database"), database, QStringLiteral("directory"),
                 QStringLiteral("export"), QStringLiteral("--csv"), full, QStringLiteral("--contacts")})
                .exitCode == 0);
    CHECK(readText(full).contains(QStringLiteral("+992 90 111 22 33")));

    const QString pdf = dir.filePath(QStringLiteral("matrix.pdf"));
    const Run matrix =
        cli({QStringLiteral("--database"), database, QStringLiteral("--lang"), QStringLiteral("tg"),
             QStringLiteral("directory"), QStringLiteral("matrix"), QStringLiteral("--pdf"), pdf,
             QStringLiteral("--district"), QStringLiteral("Рашт")});
    INFO(matrix.err.toStdString());
    REQUIRE(matrix.exitCode == 0);
    const QString text =
        runProgram(QStringLiteral("pdftotext"), {QStringLiteral("-layout"), pdf, QStringLiteral("-")})
            .out.simplified();
    CHECK(text.contains(QStringLiteral("Ноҳияи Рашт")));
    CHECK(text.contains(QStringLiteral("«Ҳамдилӣ»")));
    CHECK(text.contains(QStringLiteral("«Нур»")));
    CHECK_FALSE(text.contains(QStringLiteral("Иштирок"))); // in Isfara only
    CHECK_FALSE(text.contains(QStringLiteral("+992")));

    const Run unknown =
        cli({QStringLiteral("--database"), database, QStringLiteral("directory"), QStringLiteral("matrix"),
             QStringLiteral("--pdf"), pdf, QStringLiteral("--expertise"), QStringLiteral("Beekeeping")});
    CHECK(unknown.exitCode == 2);
    CHECK(unknown.err.contains(QStringLiteral("Unknown field of expertise")));
    CHECK(cli({QStringLiteral("directory"), QStringLiteral("sideways")}).exitCode == 2);
}
