// hamkori-cli centres and commitments run as a process: the use of a team's centre in a year, and the
// requests and recommendations of a team, all or only the overdue ones on a given day.
#include "CliRun.h"
#include "core/storage/CentreRepository.h"
#include "core/storage/CommitmentRepository.h"
#include "core/storage/ReferenceRepository.h"
#include "support/TestSupport.h"
#include <catch2/catch.hpp>

using namespace hamkori;
using hamkori::clitest::cli;
using hamkori::clitest::Run;

TEST_CASE("the console lists a team's centres with their use and its overdue requests", "[cli][centres]")
{
    test::TempDatabase db;
    const QString team = test::makeTeam(*db, QStringLiteral("ISF"));
    test::makeTeam(*db, QStringLiteral("KNB"));
    Centre centre;
    centre.name = QStringLiteral("Маркази Чоркӯҳ");
    centre.districtUuid = ReferenceRepository(*db).findPlace(QStringLiteral("Isfara"))->meta.uuid;
    centre.teamUuids = {team};
    auto made = CentreRepository(*db).createCentre(centre);
    REQUIRE(made.ok());
    CentreVisit day;
    day.centreUuid = made->meta.uuid;
    day.date = QDate(2026, 4, 2);
    day.visitors.set(Sex::Female, AgeBand::From30To49, 12);
    day.visitors.set(Sex::Male, AgeBand::From50, 5);
    REQUIRE(CentreRepository(*db).createVisit(day).ok());
    for (const auto& [text, due] : {std::pair{QStringLiteral("Равшан кардани кӯча"), QDate(2026, 3, 1)},
                                    std::pair{QStringLiteral("Таъмири роҳ"), QDate(2026, 9, 1)}}) {
        Commitment c;
        c.teamUuid = team;
        c.text = text;
        c.addressedTo = QStringLiteral("Ҳукумати шаҳри Исфара");
        c.made = QDate(2026, 2, 1);
        c.due = due;
        REQUIRE(CommitmentRepository(*db).createCommitment(c).ok());
    }

    const Run centres =
        cli({QStringLiteral("--database"), db.path(), QStringLiteral("centres"), QStringLiteral("--team"),
             QStringLiteral("ISF"), QStringLiteral("--year"), QStringLiteral("2026")});
    INFO(centres.err.toStdString());
    REQUIRE(centres.exitCode == 0);
    const QStringList lines = centres.out.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    REQUIRE(lines.size() == 2);
    CHECK(lines[1].simplified() == QStringLiteral("Маркази Чоркӯҳ Isfara 1 12 5 0 0"));
    const Run other = cli({QStringLiteral("--database"), db.path(), QStringLiteral("centres"),
                           QStringLiteral("--team"), QStringLiteral("KNB")});
    REQUIRE(other.exitCode == 0);
    CHECK(other.out.trimmed() == QStringLiteral("No community policing centre is recorded."));

    const Run all =
        cli({QStringLiteral("--database"), db.path(), QStringLiteral("commitments"), QStringLiteral("--team"),
             QStringLiteral("ISF"), QStringLiteral("--on"), QStringLiteral("01.06.2026")});
    INFO(all.err.toStdString());
    REQUIRE(all.exitCode == 0);
    CHECK(all.out.split(QLatin1Char('\n'), Qt::SkipEmptyParts).size() == 3);
    CHECK(all.out.contains(QStringLiteral("Waiting for an answer, overdue")));
    const Run overdue = cli({QStringLiteral("--database"), db.path(), QStringLiteral("commitments"),
                             QStringLiteral("--team"), QStringLiteral("ISF"), QStringLiteral("--overdue"),
                             QStringLiteral("--on"), QStringLiteral("01.06.2026")});
    REQUIRE(overdue.exitCode == 0);
    const QStringList rows = overdue.out.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    REQUIRE(rows.size() == 2);
    CHECK(rows[1].startsWith(QStringLiteral("ISF-R-2026-01")));
    CHECK(rows[1].contains(QStringLiteral("Равшан кардани кӯча")));
    CHECK(rows[1].contains(QStringLiteral("Ҳукумати шаҳри Исфара")));
    const Run wrongDay = cli({QStringLiteral("--database"), db.path(), QStringLiteral("commitments"),
                              QStringLiteral("--on"), QStringLiteral("31.02.2026")});
    CHECK(wrongDay.exitCode == 2);
}
