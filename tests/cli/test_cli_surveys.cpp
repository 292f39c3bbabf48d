// hamkori-cli's commands for perception surveys (issue 21) run as a process on a data file holding the rounds
// of tests/support/SurveyDocsFixture.h: the list with the key indicators, the indicators as CSV, the sheets
// only with --sensitive (without it: a sentence, exit code 1 and no file), and the one-page summary read back
// with pdftotext and pdfinfo.
#include "CliRun.h"
#include "support/SurveyDocsFixture.h"
#include <QFile>
#include <QRegularExpression>
#include <catch2/catch.hpp>

using namespace hamkori;
using namespace Qt::StringLiterals;
using hamkori::clitest::Run;
using hamkori::clitest::runProgram;
using hamkori::test::SurveyDocsFixture;

namespace {

struct SurveyFile
{
    test::TempDatabase db;
    SurveyDocsFixture fixture{*db};

    Run cli(const QStringList& arguments) const
    {
        return clitest::cli(QStringList{u"--database"_s, db.path()} + arguments);
    }
    QString file(const QString& name) const { return db.dir.filePath(name); }
};

QString fileText(const QString& path)
{
    QFile file(path);
    REQUIRE(file.open(QIODevice::ReadOnly));
    return QString::fromUtf8(file.readAll());
}

} // namespace

TEST_CASE("surveys: the rounds listed with their sheets and key indicators, newest first", "[cli][surveys]")
{
    SurveyFile data;
    const Run list = data.cli({u"surveys"_s, u"--team"_s, u"ISF"_s});
    INFO(list.err.toStdString());
    REQUIRE(list.exitCode == 0);
    const QStringList rows = list.out.split(u'\n', Qt::SkipEmptyParts);
    REQUIRE(rows.size() == 4);
    CHECK(
        rows[0].simplified().startsWith(u"Code Group Kind First day Last day Sheets Tallied Safe by day"_s));
    CHECK(rows[1].startsWith(data.fixture.endline.code));
    // Trust in the police: 28 of 36 at the endline, 9 of 26 at the baseline; the midline has no sheet.
    CHECK(rows[1].contains(u"78 % of 36"_s));
    CHECK(rows[3].startsWith(data.fixture.baseline.code));
    CHECK(rows[3].contains(u"35 % of 26"_s));
    CHECK(rows[2].contains(u"too few (0)"_s));
    CHECK_FALSE(list.out.contains(u"Ғафуров"_s));

    const Run none = data.cli({u"surveys"_s, u"--from"_s, u"01.01.2025"_s, u"--to"_s, u"31.12.2025"_s});
    CHECK(none.exitCode == 0);
    CHECK(none.out.trimmed() == u"No survey round is recorded."_s);
}

TEST_CASE("surveys export writes the indicators, and the sheets only with --sensitive", "[cli][surveys]")
{
    SurveyFile data;
    const QString indicators = data.file(u"indicators.csv"_s);
    const Run exported = data.cli({u"surveys"_s, u"export"_s, indicators, u"--team"_s, u"ISF"_s});
    INFO(exported.err.toStdString());
    REQUIRE(exported.exitCode == 0);
    CHECK(exported.out.contains(u"Wrote 168 row"_s));
    CHECK(fileText(indicators).contains(u"Trust the local police"_s));
    CHECK_FALSE(fileText(indicators).contains(u"Ғафуров"_s));

    const QString sheets = data.file(u"sheets.csv"_s);
    const Run refused = data.cli({u"surveys"_s, u"sheets"_s, data.fixture.baseline.code, sheets});
    CHECK(refused.exitCode == 1);
    CHECK(refused.err.contains(u"--sensitive"_s));
    CHECK_FALSE(QFile::exists(sheets));

    const Run written =
        data.cli({u"surveys"_s, u"sheets"_s, data.fixture.baseline.code, sheets, u"--sensitive"_s});
    INFO(written.err.toStdString());
    REQUIRE(written.exitCode == 0);
    CHECK(written.out.contains(u"Wrote 26 survey sheet"_s));
    const QString text = fileText(sheets);
    CHECK(text.contains(u"Q1 "_s));
    CHECK_FALSE(text.contains(u"Ғафуров"_s));
    CHECK_FALSE(text.contains(u"Қодирова"_s));

    CHECK(data.cli({u"surveys"_s, u"export"_s}).exitCode == 2);
    CHECK(data.cli({u"surveys"_s, u"sheets"_s, data.fixture.baseline.code}).exitCode == 2);
    const Run unknown = data.cli({u"surveys"_s, u"sheets"_s, u"ISF-S-2030-99"_s, sheets, u"--sensitive"_s});
    CHECK(unknown.exitCode == 1);
    CHECK_FALSE(unknown.err.isEmpty());
    const Run help = data.cli({u"surveys"_s, u"--help"_s});
    CHECK(help.exitCode == 0);
    CHECK(help.out.contains(u"--sensitive"_s));
}

TEST_CASE("survey-summary writes one page in the language of --lang", "[cli][surveys]")
{
    SurveyFile data;
    const QString pdf = data.file(u"summary.pdf"_s);
    const Run written = data.cli({u"--lang"_s, u"ru"_s, u"survey-summary"_s, data.fixture.endline.code, pdf});
    INFO(written.err.toStdString());
    REQUIRE(written.exitCode == 0);
    const Run text = runProgram(u"pdftotext"_s, {u"-layout"_s, pdf, u"-"_s});
    REQUIRE(text.exitCode == 0);
    CHECK(text.out.contains(data.fixture.endline.code));
    CHECK(text.out.contains(SurveyDocsFixture::kArea));
    CHECK_FALSE(text.out.contains(u"Ғафуров"_s));
    static const QRegularExpression pages(u"^Pages:\\s+(\\d+)"_s, QRegularExpression::MultilineOption);
    CHECK(pages.match(runProgram(u"pdfinfo"_s, {pdf}).out).captured(1).toInt() == 1);

    const QString odt = data.file(u"summary.odt"_s);
    CHECK(data.cli({u"survey-summary"_s, data.fixture.baseline.code, odt}).exitCode == 0);
    CHECK(QFile::exists(odt));

    CHECK(data.cli({u"survey-summary"_s, data.fixture.endline.code}).exitCode == 2);
    const Run unknown = data.cli({u"survey-summary"_s, u"ISF-S-2030-99"_s, data.file(u"none.pdf"_s)});
    CHECK(unknown.exitCode == 1);
    CHECK_FALSE(QFile::exists(data.file(u"none.pdf"_s)));
}
