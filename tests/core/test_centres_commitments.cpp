// Community policing centres and requests and recommendations (issue 19) in core: round trips, refusals that
// write nothing, the use of centres and the counts of commitments worked out by hand, overdue on a fixed
// day, codes, and both as the period report prints them (read back with pdftotext).
#include "core/report/DocumentWriter.h"
#include "core/report/PeriodReportDocument.h"
#include "core/storage/CentreRepository.h"
#include "core/storage/CommitmentRepository.h"
#include "core/storage/MeetingRepository.h"
#include "core/storage/ReferenceRepository.h"
#include "core/storage/StatisticsRepository.h"
#include "support/TestSupport.h"
#include <QProcess>

using namespace hamkori;
using hamkori::test::TempDatabase;

namespace {

QString isfara(Database& db)
{
    auto place = ReferenceRepository(db).findPlace(QStringLiteral("Isfara"));
    REQUIRE(place.ok());
    return place->meta.uuid;
}

Centre makeCentre(Database& db, const QString& name, const QStringList& teams)
{
    Centre centre;
    centre.name = name;
    centre.districtUuid = isfara(db);
    centre.jamoat = QStringLiteral("Чоркӯҳ");
    centre.opened = QDate(2024, 5, 1);
    centre.teamUuids = teams;
    auto made = CentreRepository(db).createCentre(centre);
    INFO(made.errorMessage().toStdString());
    REQUIRE(made.ok());
    return *made;
}

CentreVisit visit(const QString& centre, QDate date, int women, int men)
{
    CentreVisit v;
    v.centreUuid = centre;
    v.date = date;
    v.visitors.set(Sex::Female, AgeBand::From30To49, women);
    v.visitors.set(Sex::Male, AgeBand::From18To29, men);
    return v;
}

Commitment commitment(const QString& team, CommitmentKind kind, QDate made, QDate due,
                      CommitmentStatus status)
{
    Commitment c;
    c.teamUuid = team;
    c.kind = kind;
    c.text = QStringLiteral("Равшан кардани кӯча дар назди мактаби № 5");
    c.addressedTo = QStringLiteral("Ҳукумати шаҳри Исфара");
    c.made = made;
    c.due = due;
    c.status = status;
    return c;
}

QString pdfText(const QString& pdf)
{
    QProcess process;
    process.start(QStringLiteral("pdftotext"), {QStringLiteral("-layout"), pdf, QStringLiteral("-")});
    REQUIRE(process.waitForFinished(60000));
    REQUIRE(process.exitCode() == 0);
    return QString::fromUtf8(process.readAllStandardOutput());
}

} // namespace

TEST_CASE("a centre with its groups, equipment and reception days comes back as stored", "[centres]")
{
    TempDatabase db;
    const QString team = test::makeTeam(*db, QStringLiteral("ISF"));
    const QString other = test::makeTeam(*db, QStringLiteral("KNB"));
    CentreRepository centres(*db);
    const Centre made = makeCentre(*db, QStringLiteral("Маркази ҳамкории Чоркӯҳ"), {team, other});
    auto read = centres.centre(made.meta.uuid);
    REQUIRE(read.ok());
    CHECK(read->name == QStringLiteral("Маркази ҳамкории Чоркӯҳ"));
    CHECK(read->jamoat == QStringLiteral("Чоркӯҳ"));
    CHECK(read->opened == QDate(2024, 5, 1));
    CHECK_FALSE(read->renovated.isValid());
    CHECK(read->teamUuids.size() == 2);
    CHECK(read->teamUuids.contains(team));

    // Only the centres where a team meets are its own.
    makeCentre(*db, QStringLiteral("Маркази дигар"), {other});
    CHECK(centres.centresOf({team})->size() == 1);
    CHECK(centres.centresOf({other})->size() == 2);
    CHECK(centres.centres()->size() == 2);

    Equipment computer;
    computer.centreUuid = made.meta.uuid;
    computer.item = QStringLiteral("Компютер");
    computer.quantity = 2;
    computer.condition = EquipmentCondition::NeedsRepair;
    auto item = centres.createEquipment(computer);
    REQUIRE(item.ok());
    CHECK(centres.equipmentOf(made.meta.uuid)->first().condition == EquipmentCondition::NeedsRepair);
    CHECK(centres.equipmentOf(made.meta.uuid)->first().quantity == 2);

    auto day = centres.createVisit(visit(made.meta.uuid, QDate(2026, 3, 5), 7, 4));
    REQUIRE(day.ok());
    CHECK(centres.visits(made.meta.uuid)->first().visitors.total(Sex::Female) == 7);

    // Deleting the centre takes its equipment and reception days with it.
    auto deleted = centres.deleteCentre(made.meta.uuid);
    REQUIRE(deleted.ok());
    CHECK(centres.equipmentOf(made.meta.uuid)->isEmpty());
    CHECK(centres.visits(made.meta.uuid)->isEmpty());
}

TEST_CASE("a refused centre, item or reception day writes nothing", "[centres]")
{
    TempDatabase db;
    const QString team = test::makeTeam(*db);
    const Centre centre = makeCentre(*db, QStringLiteral("Маркази Ворух"), {team});
    CentreRepository centres(*db);
    const QString before = test::dumpDatabase(*db);

    Centre nameless;
    nameless.districtUuid = isfara(*db);
    auto refused = centres.createCentre(nameless);
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.error().field == QStringLiteral("name"));

    Centre backwards = centre;
    backwards.opened = QDate(2025, 1, 1);
    backwards.renovated = QDate(2024, 1, 1);
    auto update = centres.updateCentre(backwards);
    REQUIRE_FALSE(update.ok());
    CHECK(update.error().field == QStringLiteral("renovated"));

    Equipment unnamed;
    unnamed.centreUuid = centre.meta.uuid;
    auto item = centres.createEquipment(unnamed);
    REQUIRE_FALSE(item.ok());
    CHECK(item.error().field == QStringLiteral("item"));

    CentreVisit undated;
    undated.centreUuid = centre.meta.uuid;
    auto day = centres.createVisit(undated);
    REQUIRE_FALSE(day.ok());
    CHECK(day.error().field == QStringLiteral("date"));

    CHECK(test::dumpDatabase(*db) == before);
}

TEST_CASE("the use of a centre counts its reception days, visitors, meetings and repairs of a period",
          "[centres]")
{
    TempDatabase db;
    const QString team = test::makeTeam(*db, QStringLiteral("ISF"));
    const QString other = test::makeTeam(*db, QStringLiteral("KNB"));
    const Centre centre = makeCentre(*db, QStringLiteral("Маркази Чоркӯҳ"), {team, other});
    CentreRepository centres(*db);
    // Two reception days in the first half of 2026 (7+4 and 3+5 visitors), one before and one after it.
    REQUIRE(centres.createVisit(visit(centre.meta.uuid, QDate(2026, 1, 10), 7, 4)).ok());
    REQUIRE(centres.createVisit(visit(centre.meta.uuid, QDate(2026, 6, 30), 3, 5)).ok());
    REQUIRE(centres.createVisit(visit(centre.meta.uuid, QDate(2025, 12, 31), 100, 100)).ok());
    REQUIRE(centres.createVisit(visit(centre.meta.uuid, QDate(2026, 7, 1), 100, 100)).ok());
    // Items: one good, one needing repair, one out of order.
    for (EquipmentCondition condition :
         {EquipmentCondition::Good, EquipmentCondition::NeedsRepair, EquipmentCondition::OutOfOrder}) {
        Equipment item;
        item.centreUuid = centre.meta.uuid;
        item.item = QStringLiteral("Курсӣ");
        item.condition = condition;
        REQUIRE(centres.createEquipment(item).ok());
    }
    // Meetings held there: two of the team and one of the other team in the period, one of the team after.
    MeetingRepository meetings(*db);
    for (const auto& [owner, date] :
         {std::pair{team, QDate(2026, 2, 1)}, std::pair{team, QDate(2026, 3, 1)},
          std::pair{other, QDate(2026, 4, 1)}, std::pair{team, QDate(2026, 8, 1)}}) {
        Meeting meeting;
        meeting.teamUuid = owner;
        meeting.date = date;
        meeting.centreUuid = centre.meta.uuid;
        auto made = meetings.createMeeting(meeting);
        INFO(made.errorMessage().toStdString());
        REQUIRE(made.ok());
    }

    auto use = centres.use(QDate(2026, 1, 1), QDate(2026, 6, 30), {team});
    REQUIRE(use.ok());
    REQUIRE(use->size() == 1);
    CHECK(use->first().receptionDays == 2);
    CHECK(use->first().visitors.total(Sex::Female) == 10);
    CHECK(use->first().visitors.total(Sex::Male) == 9);
    CHECK(use->first().meetings == 2); // the team's own
    CHECK(use->first().equipmentNeedingRepair == 2);
    auto everyone = centres.use(QDate(2026, 1, 1), QDate(2026, 6, 30));
    REQUIRE(everyone.ok());
    CHECK(everyone->first().meetings == 3);

    // A meeting cannot be held at a centre that is not there.
    Meeting nowhere;
    nowhere.teamUuid = team;
    nowhere.date = QDate(2026, 2, 2);
    nowhere.centreUuid = QStringLiteral("00000000-0000-0000-0000-000000000000");
    auto refused = meetings.createMeeting(nowhere);
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.error().field == QStringLiteral("centre"));
}

TEST_CASE("requests and recommendations get codes, come back as stored and are refused without text or "
          "addressee",
          "[commitments]")
{
    TempDatabase db;
    const QString team = test::makeTeam(*db, QStringLiteral("ISF"));
    CommitmentRepository commitments(*db);
    Commitment first = commitment(team, CommitmentKind::Request, QDate(2026, 3, 1), QDate(2026, 4, 1),
                                  CommitmentStatus::Waiting);
    first.pledged = 1500.5;
    auto made = commitments.createCommitment(first);
    INFO(made.errorMessage().toStdString());
    REQUIRE(made.ok());
    CHECK(made->code == QStringLiteral("ISF-R-2026-01"));
    auto second = commitments.createCommitment(
        commitment(team, CommitmentKind::Recommendation, QDate(2026, 3, 2), {}, CommitmentStatus::Waiting));
    REQUIRE(second.ok());
    CHECK(second->code == QStringLiteral("ISF-R-2026-02"));

    auto read = commitments.commitment(made->meta.uuid);
    REQUIRE(read.ok());
    CHECK(read->text == QStringLiteral("Равшан кардани кӯча дар назди мактаби № 5"));
    CHECK(read->addressedTo == QStringLiteral("Ҳукумати шаҳри Исфара"));
    CHECK(read->due == QDate(2026, 4, 1));
    CHECK(read->pledged == 1500.5);
    auto listed = commitments.commitments({team});
    REQUIRE(listed.ok());
    REQUIRE(listed->size() == 2);
    CHECK(listed->first().commitment.code == QStringLiteral("ISF-R-2026-02")); // newest first
    CHECK(listed->last().addressee == QStringLiteral("Ҳукумати шаҳри Исфара"));

    const QString before = test::dumpDatabase(*db);
    Commitment blank =
        commitment(team, CommitmentKind::Request, QDate(2026, 3, 1), {}, CommitmentStatus::Waiting);
    blank.text = QStringLiteral("  ");
    auto noText = commitments.createCommitment(blank);
    REQUIRE_FALSE(noText.ok());
    CHECK(noText.error().field == QStringLiteral("text"));
    Commitment nobody =
        commitment(team, CommitmentKind::Request, QDate(2026, 3, 1), {}, CommitmentStatus::Waiting);
    nobody.addressedTo.clear();
    auto noAddressee = commitments.createCommitment(nobody);
    REQUIRE_FALSE(noAddressee.ok());
    CHECK(noAddressee.error().field == QStringLiteral("organisation"));
    Commitment early = *read;
    early.due = QDate(2026, 2, 1);
    auto dueBefore = commitments.updateCommitment(early);
    REQUIRE_FALSE(dueBefore.ok());
    CHECK(dueBefore.error().field == QStringLiteral("due"));
    CHECK(test::dumpDatabase(*db) == before);
}

TEST_CASE("overdue requests on a fixed day and the counts of a period, worked out by hand", "[commitments]")
{
    TempDatabase db;
    const QString team = test::makeTeam(*db, QStringLiteral("ISF"));
    const QString other = test::makeTeam(*db, QStringLiteral("KNB"));
    CommitmentRepository commitments(*db);
    const auto add = [&](const QString& owner, CommitmentKind kind, QDate made, QDate due,
                         CommitmentStatus status, double pledged = 0, double delivered = 0) {
        Commitment c = commitment(owner, kind, made, due, status);
        c.pledged = pledged;
        c.delivered = delivered;
        auto created = commitments.createCommitment(c);
        INFO(created.errorMessage().toStdString());
        REQUIRE(created.ok());
        return created->code;
    };
    // Made in the first half of 2026 by the team:
    const QString late = add(team, CommitmentKind::Request, QDate(2026, 1, 10), QDate(2026, 2, 1),
                             CommitmentStatus::Waiting); // overdue on 01.06
    const QString partly = add(team, CommitmentKind::Request, QDate(2026, 2, 10), QDate(2026, 5, 1),
                               CommitmentStatus::Partly, 1000, 400); // overdue on 01.06
    add(team, CommitmentKind::Recommendation, QDate(2026, 3, 1), QDate(2026, 4, 1), CommitmentStatus::Done,
        500, 500); // done: not overdue
    add(team, CommitmentKind::Recommendation, QDate(2026, 3, 2), QDate(2026, 4, 1),
        CommitmentStatus::Refused); // refused: not overdue
    add(team, CommitmentKind::Recommendation, QDate(2026, 4, 1), QDate(2026, 6, 2),
        CommitmentStatus::Accepted);                                                      // due after 01.06
    add(team, CommitmentKind::Request, QDate(2026, 4, 2), {}, CommitmentStatus::Waiting); // no due date
    // Outside the period, and another team's.
    add(team, CommitmentKind::Request, QDate(2025, 12, 1), QDate(2025, 12, 20), CommitmentStatus::Waiting);
    add(other, CommitmentKind::Request, QDate(2026, 1, 5), QDate(2026, 1, 20), CommitmentStatus::Waiting);

    auto overdue = commitments.overdue({team}, QDate(2026, 6, 1));
    REQUIRE(overdue.ok());
    QStringList codes;
    for (const CommitmentSummary& row : *overdue)
        codes << row.commitment.code;
    // Oldest due first; the one of December 2025 is overdue too.
    CHECK(codes == QStringList{QStringLiteral("ISF-R-2025-01"), late, partly});
    CHECK(commitments.overdue({}, QDate(2026, 6, 1))->size() == 4);

    auto counts = commitments.counts({team}, QDate(2026, 1, 1), QDate(2026, 6, 30), QDate(2026, 6, 1));
    REQUIRE(counts.ok());
    CHECK(counts->requests == 3);
    CHECK(counts->recommendations == 3);
    CHECK(counts->recommendationsAdopted == 2); // done and accepted, not refused
    CHECK(counts->answered == 4);               // all but the two waiting
    CHECK(counts->done == 1);
    CHECK(counts->overdue == 2);
    CHECK(counts->pledged == 1500);
    CHECK(counts->delivered == 900);
}

TEST_CASE("the period report prints the use of centres and the requests and recommendations", "[centres]")
{
    TempDatabase db;
    const QString team = test::makeTeam(*db, QStringLiteral("ISF"));
    const Centre centre = makeCentre(*db, QStringLiteral("Маркази Чоркӯҳ"), {team});
    CentreRepository centres(*db);
    REQUIRE(centres.createVisit(visit(centre.meta.uuid, QDate(2026, 2, 10), 17, 13)).ok());
    REQUIRE(centres.createVisit(visit(centre.meta.uuid, QDate(2026, 3, 10), 6, 2)).ok());
    Equipment broken;
    broken.centreUuid = centre.meta.uuid;
    broken.item = QStringLiteral("Проектор");
    broken.condition = EquipmentCondition::OutOfOrder;
    REQUIRE(centres.createEquipment(broken).ok());
    CommitmentRepository commitments(*db);
    Commitment asked = commitment(team, CommitmentKind::Request, QDate(2026, 2, 1), QDate(2026, 3, 1),
                                  CommitmentStatus::Waiting);
    asked.pledged = 2500;
    REQUIRE(commitments.createCommitment(asked).ok());
    REQUIRE(commitments
                .createCommitment(commitment(team, CommitmentKind::Recommendation, QDate(2026, 2, 2), {},
                                             CommitmentStatus::Accepted))
                .ok());

    auto stats = StatisticsRepository(*db).period(team, QDate(2026, 1, 1), QDate(2026, 6, 30));
    REQUIRE(stats.ok());
    REQUIRE(stats->centres.size() == 1);
    CHECK(stats->centres.first().receptionDays == 2);
    CHECK(stats->centres.first().visitors.total(Sex::Female) == 23);
    CHECK(stats->centres.first().visitors.total(Sex::Male) == 15);
    CHECK(stats->requestsMade == 1);
    CHECK(stats->recommendationsAdopted == 1);
    CHECK(stats->commitmentsOverdue == 1);

    report::DocumentOptions options;
    options.language = QStringLiteral("en");
    auto document =
        report::PeriodReportDocument::build(*db, team, QDate(2026, 1, 1), QDate(2026, 6, 30), options);
    REQUIRE(document.ok());
    const QString path = db.dir.filePath(QStringLiteral("period.pdf"));
    REQUIRE(report::DocumentWriter::writePdf(*document, path).ok());
    const QString text = pdfText(path).simplified();
    CHECK(text.contains(QStringLiteral("7. Community policing centres")));
    // Name, reception days, women, men, meetings, items needing repair.
    CHECK(text.contains(QStringLiteral("Маркази Чоркӯҳ 2 23 15 0 1")));
    CHECK(text.contains(QStringLiteral("8. Requests and recommendations")));
    CHECK(text.contains(QStringLiteral("Requests made: 1")));
    CHECK(text.contains(QStringLiteral("Recommendations adopted: 1")));
    CHECK(text.contains(QStringLiteral("Overdue at the end of the period: 1")));
    CHECK(text.contains(QStringLiteral("Money pledged: 2")));
}
