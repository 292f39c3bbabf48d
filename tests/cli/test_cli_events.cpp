// hamkori-cli's commands for events and campaigns (issue 20) run as a process on a data file holding the
// events of tests/support/EventFixture.h: the lists (by team and period), the CSV exports, the attendance
// sheet and the certificates read back with pdftotext; a code that names no event is a sentence and exit
// code 1, a wrong option exit code 2.
#include "CliRun.h"
#include "support/EventFixture.h"
#include <QFile>
#include <QRegularExpression>
#include <catch2/catch.hpp>

using namespace hamkori;
using namespace Qt::StringLiterals;
using hamkori::clitest::Run;
using hamkori::clitest::runProgram;
using hamkori::test::EventFixture;

namespace {

struct EventFile
{
    test::TempDatabase db;
    EventFixture fixture{*db};

    Run cli(const QStringList& arguments) const
    {
        return clitest::cli(QStringList{u"--database"_s, db.path()} + arguments);
    }
    QString file(const QString& name) const { return db.dir.filePath(name); }
};

QString pdfText(const QString& pdf)
{
    const Run text = runProgram(u"pdftotext"_s, {u"-layout"_s, pdf, u"-"_s});
    REQUIRE(text.exitCode == 0);
    return text.out;
}

int pdfPages(const QString& pdf)
{
    static const QRegularExpression pages(u"^Pages:\\s+(\\d+)"_s, QRegularExpression::MultilineOption);
    return pages.match(runProgram(u"pdfinfo"_s, {pdf}).out).captured(1).toInt();
}

QStringList lines(const QString& text)
{
    return text.split(u'\n', Qt::SkipEmptyParts);
}

} // namespace

TEST_CASE("events and campaigns: listed by team and period, and written to CSV without names",
          "[cli][events]")
{
    EventFile data;
    const Run all = data.cli({u"events"_s, u"--team"_s, u"ISF"_s});
    INFO(all.err.toStdString());
    REQUIRE(all.exitCode == 0);
    const QStringList rows = lines(all.out);
    REQUIRE(rows.size() == 3);
    CHECK(rows[0].simplified() == u"Code Group Kind First day Last day Participants Title"_s);
    CHECK(rows[1].simplified() ==
          u"%1 Исфара Round table 02.04.2026 02.04.2026 5 Мизи мудаввар оид ба бехатарии мактабҳо"_s.arg(
              data.fixture.roundTable.code));
    CHECK(rows[2].simplified() ==
          u"%1 Исфара Training 12.03.2026 14.03.2026 9 Пешгирии зӯроварӣ дар оила"_s.arg(
              data.fixture.training.code));
    const Run march = data.cli({u"events"_s, u"--from"_s, u"01.03.2026"_s, u"--to"_s, u"31.03.2026"_s});
    REQUIRE(march.exitCode == 0);
    CHECK(lines(march.out).size() == 2);
    CHECK(march.out.contains(data.fixture.training.code));
    const Run none = data.cli({u"events"_s, u"--from"_s, u"01.01.2025"_s, u"--to"_s, u"31.12.2025"_s});
    REQUIRE(none.exitCode == 0);
    CHECK(none.out.trimmed() == u"No event is recorded."_s);

    const QString csv = data.file(u"events.csv"_s);
    const Run exported = data.cli({u"--lang"_s, u"en"_s, u"events"_s, u"export"_s, csv});
    INFO(exported.err.toStdString());
    REQUIRE(exported.exitCode == 0);
    // "event(s)" until the English plural forms (translations/hamkori_en.ts) have the string.
    CHECK(exported.out.startsWith(u"Wrote 2 event"_s));
    CHECK(exported.out.contains(csv));
    QFile file(csv);
    REQUIRE(file.open(QIODevice::ReadOnly));
    const QString written = QString::fromUtf8(file.readAll());
    CHECK(written.contains(data.fixture.training.code));
    for (const QString& name : EventFixture::kNames + QStringList{EventFixture::kTrainer})
        CHECK_FALSE(written.contains(name));

    const Run campaigns = data.cli({u"campaigns"_s, u"--team"_s, u"ISF"_s});
    REQUIRE(campaigns.exitCode == 0);
    REQUIRE(lines(campaigns.out).size() == 2);
    CHECK(lines(campaigns.out)[1].simplified() ==
          u"%1 Исфара 01.05.2026 30.06.2026 230 1,500 Маъракаи «Хонаи бехатар»"_s.arg(
              data.fixture.campaign.code));
    const QString campaignCsv = data.file(u"campaigns.csv"_s);
    const Run campaignsOut = data.cli({u"campaigns"_s, u"export"_s, campaignCsv});
    REQUIRE(campaignsOut.exitCode == 0);
    CHECK(campaignsOut.out.startsWith(u"Wrote 1 campaign"_s));
    CHECK(QFile::exists(campaignCsv));

    // Mistakes: a word the command does not know, export without a file, half a period, an unknown team.
    CHECK(data.cli({u"events"_s, u"print"_s}).exitCode == 2);
    CHECK(data.cli({u"events"_s, u"export"_s}).exitCode == 2);
    CHECK(data.cli({u"campaigns"_s, u"--from"_s, u"01.01.2026"_s}).exitCode == 2);
    const Run unknownTeam = data.cli({u"events"_s, u"--team"_s, u"XYZ"_s});
    CHECK(unknownTeam.exitCode == 1);
    CHECK_FALSE(unknownTeam.err.isEmpty());
}

TEST_CASE("the attendance sheet and the certificates from the console", "[cli][events]")
{
    EventFile data;
    const QString code = data.fixture.training.code;
    const QString sheet = data.file(u"sheet.pdf"_s);
    const Run written =
        data.cli({u"--lang"_s, u"ru"_s, u"attendance-sheet"_s, code, sheet, u"--blank-rows"_s, u"5"_s});
    INFO(written.err.toStdString());
    REQUIRE(written.exitCode == 0);
    const QString text = pdfText(sheet);
    for (const QString& name : EventFixture::kNames)
        CHECK(text.contains(name));
    CHECK(text.simplified().contains(u"12.03.2026 – 14.03.2026"_s));
    CHECK(text.contains(u"Мужчина"_s)); // sex in Russian
    static const QRegularExpression numberAlone(u"^\\s*\\d+\\s*$"_s, QRegularExpression::MultilineOption);
    int blank = 0;
    for (auto it = numberAlone.globalMatch(text); it.hasNext(); it.next())
        ++blank;
    CHECK(blank == 5);

    const QString certificates = data.file(u"certificates.pdf"_s);
    const Run made =
        data.cli({u"certificates"_s, code, certificates, u"--signatory"_s, u"Раҳимзода Ҷ. А."_s});
    INFO(made.err.toStdString());
    REQUIRE(made.exitCode == 0);
    CHECK(pdfPages(certificates) == 3);
    CHECK(pdfText(certificates).contains(u"Раҳимзода Ҷ. А."_s));

    SECTION("a code that names no event: a sentence, exit code 1 and no file")
    {
        const QString missing = data.file(u"missing.pdf"_s);
        for (const QString& command : {u"attendance-sheet"_s, u"certificates"_s}) {
            const Run wrong = data.cli({command, u"ISF-E-2026-99"_s, missing});
            CHECK(wrong.exitCode == 1);
            CHECK(wrong.err.contains(u"There is no event with the code ISF-E-2026-99."_s));
            const Run inTajik = data.cli({u"--lang"_s, u"tg"_s, command, u"ISF-E-2026-99"_s, missing});
            CHECK(inTajik.exitCode == 1);
            CHECK(inTajik.err.contains(u"ISF-E-2026-99"_s));
        }
        CHECK_FALSE(QFile::exists(missing));
    }
    SECTION("no one named, a wrong number of rows, a missing file name")
    {
        const Run nobody = data.cli({u"certificates"_s, data.fixture.roundTable.code, data.file(u"x.pdf"_s)});
        CHECK(nobody.exitCode == 1);
        CHECK(nobody.err.contains(u"Add the participants by name first."_s));
        CHECK(data.cli({u"attendance-sheet"_s, code, sheet, u"--blank-rows"_s, u"many"_s}).exitCode == 2);
        CHECK(data.cli({u"attendance-sheet"_s, code}).exitCode == 2);
    }
}
