// hamkori-cli's document commands run as a process: export-plan, export-minutes and report write PDFs that
// read back with pdftotext; a wrong code fails with a message and exit code 1, a wrong date with 2.
#include "CliRun.h"
#include <QFile>
#include <QTemporaryDir>
#include <catch2/catch.hpp>

namespace {

using namespace Qt::StringLiterals;

using hamkori::clitest::Run;

Run run(const QString& program, const QStringList& arguments)
{
    return hamkori::clitest::runProgram(program, arguments);
}

/// The demo data file, loaded once for all the tests of this file.
const QString& demoDatabase()
{
    static QTemporaryDir folder;
    static const QString path = [] {
        const QString file = folder.filePath(u"demo.sqlite"_s);
        const Run loaded = run(QStringLiteral(HAMKORI_CLI_PATH), {u"--database"_s, file, u"demo"_s});
        REQUIRE(loaded.exitCode == 0);
        return file;
    }();
    return path;
}

Run cli(QStringList arguments)
{
    arguments.prepend(demoDatabase());
    arguments.prepend(u"--database"_s);
    return run(QStringLiteral(HAMKORI_CLI_PATH), arguments);
}

QString pdfText(const QString& pdf)
{
    return run(u"pdftotext"_s, {u"-layout"_s, pdf, u"-"_s}).out.simplified();
}

} // namespace

TEST_CASE("export-plan writes the plan in the language asked for", "[cli-docs]")
{
    QTemporaryDir folder;
    const QString pdf = folder.filePath(u"plan.pdf"_s);
    const Run done =
        cli({u"--lang"_s, u"en"_s, u"export-plan"_s, u"--plan"_s, u"ISF-AP-2026-01"_s, u"--output"_s, pdf});
    INFO(done.err.toStdString());
    REQUIRE(done.exitCode == 0);
    CHECK(done.out.contains(u"Written: "_s));
    const QString text = pdfText(pdf);
    CHECK(text.contains(u"ACTION PLAN"_s));
    CHECK(text.contains(u"Action plan ISF-AP-2026-01"_s));
    CHECK(text.contains(u"Page 1 of"_s));
    CHECK(run(u"pdfinfo"_s, {pdf}).out.contains(u"595 x 842 pts"_s));

    const QString wide = folder.filePath(u"wide.pdf"_s);
    const Run landscape = cli({u"--lang"_s, u"tg"_s, u"export-plan"_s, u"--plan"_s, u"ISF-AP-2026-01"_s,
                               u"--output"_s, wide, u"--landscape"_s, u"--include-restricted"_s});
    REQUIRE(landscape.exitCode == 0);
    CHECK(run(u"pdfinfo"_s, {wide}).out.contains(u"842 x 595 pts"_s));
}

TEST_CASE("export-plan with an unknown plan code says so and exits 1", "[cli-docs]")
{
    QTemporaryDir folder;
    const QString pdf = folder.filePath(u"plan.pdf"_s);
    const Run failed =
        cli({u"--lang"_s, u"en"_s, u"export-plan"_s, u"--plan"_s, u"NOPE-AP-1"_s, u"--output"_s, pdf});
    CHECK(failed.exitCode == 1);
    CHECK(failed.err.contains(u"There is no action plan with the code NOPE-AP-1."_s));
    CHECK_FALSE(QFile::exists(pdf));

    const Run noOutput = cli({u"export-plan"_s, u"--plan"_s, u"ISF-AP-2026-01"_s});
    CHECK(noOutput.exitCode == 2);
    CHECK(noOutput.err.contains(u"--output"_s));
}

TEST_CASE("export-minutes writes a meeting's minutes, an unknown meeting exits 1", "[cli-docs]")
{
    QTemporaryDir folder;
    const QString pdf = folder.filePath(u"minutes.pdf"_s);
    const Run done = cli(
        {u"--lang"_s, u"en"_s, u"export-minutes"_s, u"--meeting"_s, u"ISF-M-2026-02"_s, u"--output"_s, pdf});
    INFO(done.err.toStdString());
    REQUIRE(done.exitCode == 0);
    const QString text = pdfText(pdf);
    CHECK(text.contains(u"MINUTES No."_s));
    CHECK(text.contains(u"Minutes ISF-M-2026-02"_s));
    CHECK(text.contains(u"Present: team members"_s));

    const Run failed = cli({u"export-minutes"_s, u"--meeting"_s, u"ISF-M-1999-01"_s, u"--output"_s,
                            folder.filePath(u"none.pdf"_s)});
    CHECK(failed.exitCode == 1);
    CHECK(failed.err.contains(u"ISF-M-1999-01"_s));
    CHECK_FALSE(QFile::exists(folder.filePath(u"none.pdf"_s)));
}

TEST_CASE("report writes the period report for one team or all, a bad date exits 2", "[cli-docs]")
{
    QTemporaryDir folder;
    const QString all = folder.filePath(u"all.pdf"_s);
    const Run done = cli({u"--lang"_s, u"en"_s, u"report"_s, u"--from"_s, u"2025-01-01"_s, u"--to"_s,
                          u"2026-12-31"_s, u"--output"_s, all});
    INFO(done.err.toStdString());
    REQUIRE(done.exitCode == 0);
    const QString text = pdfText(all);
    CHECK(text.contains(u"PERIOD REPORT"_s));
    CHECK(text.contains(u"All teams"_s));
    CHECK(text.contains(u"01.01.2025 – 31.12.2026"_s));

    const QString one = folder.filePath(u"isf.pdf"_s);
    REQUIRE(cli({u"--lang"_s, u"ru"_s, u"report"_s, u"--team"_s, u"ISF"_s, u"--from"_s, u"2026-01-01"_s,
                 u"--to"_s, u"2026-06-30"_s, u"--output"_s, one})
                .exitCode == 0);
    CHECK(pdfText(one).contains(u"01.01.2026 – 30.06.2026"_s));

    const QString bad = folder.filePath(u"bad.pdf"_s);
    const Run badDate = cli({u"--lang"_s, u"en"_s, u"report"_s, u"--from"_s, u"2026-13-01"_s, u"--to"_s,
                             u"2026-12-31"_s, u"--output"_s, bad});
    CHECK(badDate.exitCode == 2);
    CHECK(badDate.err.contains(u"2026-01-31"_s));
    const Run backwards = cli({u"--lang"_s, u"en"_s, u"report"_s, u"--from"_s, u"2026-12-31"_s, u"--to"_s,
                               u"2026-01-01"_s, u"--output"_s, bad});
    CHECK(backwards.exitCode == 2);
    const Run noTeam = cli({u"--lang"_s, u"en"_s, u"report"_s, u"--team"_s, u"XYZ"_s, u"--from"_s,
                            u"2026-01-01"_s, u"--to"_s, u"2026-12-31"_s, u"--output"_s, bad});
    CHECK(noTeam.exitCode == 1);
    CHECK(noTeam.err.contains(u"There is no team with the code, name or id XYZ."_s));
    CHECK_FALSE(QFile::exists(bad));
}

TEST_CASE("export-plan leaves restricted concerns out unless --include-restricted", "[cli-docs]")
{
    // The demo's KUS plan addresses KUS-2026-001, a restricted concern about domestic violence.
    QTemporaryDir folder;
    const QString hidden = folder.filePath(u"hidden.pdf"_s), shown = folder.filePath(u"shown.pdf"_s);
    REQUIRE(
        cli({u"--lang"_s, u"en"_s, u"export-plan"_s, u"--plan"_s, u"KUS-AP-2026-01"_s, u"--output"_s, hidden})
            .exitCode == 0);
    const QString without = pdfText(hidden);
    CHECK(without.contains(u"KUS-2025-001"_s));
    CHECK_FALSE(without.contains(u"KUS-2026-001"_s));
    CHECK_FALSE(without.contains(u"restricted"_s, Qt::CaseInsensitive));
    REQUIRE(cli({u"--lang"_s, u"en"_s, u"export-plan"_s, u"--plan"_s, u"KUS-AP-2026-01"_s, u"--output"_s,
                 shown, u"--include-restricted"_s})
                .exitCode == 0);
    const QString with = pdfText(shown);
    CHECK(with.contains(u"KUS-2026-001"_s));
    CHECK(with.contains(u"Includes restricted details"_s));
}

TEST_CASE("export-minutes leaves out and lists texts that mention a hidden concern, keeps them when asked, "
          "and writes ODT",
          "[cli-docs]")
{
    QTemporaryDir dir;
    const QString pdf = dir.filePath(u"m.pdf"_s);
    const QString decision = u"зӯроварии хонаводагӣ ҳамчун мушкилоти маҳдуд"_s;
    const Run left = cli(
        {u"--lang"_s, u"tg"_s, u"export-minutes"_s, u"--meeting"_s, u"ISF-M-2026-01"_s, u"--output"_s, pdf});
    INFO(left.err.toStdString());
    REQUIRE(left.exitCode == 0);
    CHECK(left.err.contains(u"--keep-mentions"_s));
    CHECK(left.err.contains(decision)); // said on the console, so the user knows what is missing
    CHECK_FALSE(pdfText(pdf).contains(decision));

    const Run kept = cli({u"--lang"_s, u"tg"_s, u"export-minutes"_s, u"--meeting"_s, u"ISF-M-2026-01"_s,
                          u"--output"_s, pdf, u"--keep-mentions"_s});
    REQUIRE(kept.exitCode == 0);
    CHECK(pdfText(pdf).contains(decision));

    const QString odt = dir.filePath(u"m.odt"_s);
    const Run asOdt = cli({u"--lang"_s, u"ru"_s, u"export-minutes"_s, u"--meeting"_s, u"ISF-M-2026-01"_s,
                           u"--output"_s, odt, u"--format"_s, u"odt"_s});
    REQUIRE(asOdt.exitCode == 0);
    CHECK(run(u"unzip"_s, {u"-p"_s, odt, u"content.xml"_s}).out.contains(u"ПРОТОКОЛ"_s));

    const Run wrong = cli({u"export-minutes"_s, u"--meeting"_s, u"ISF-M-2026-01"_s, u"--output"_s, odt,
                           u"--format"_s, u"docx"_s});
    CHECK(wrong.exitCode == 2);
    CHECK(wrong.err.contains(u"docx"_s));
}
