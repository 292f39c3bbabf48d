// Issue 16, the findings about human codes after an exchange: a CSV row that matches a concern deleted on
// another laptop (6), two laptops that numbered a concern alike (4), two laptops that made the same team
// code (5). Every laptop is a real data file; bundles go through test::exportable (what an export collects) and applyBundle.
#include "Builders.h"
#include "core/csv/ConcernExport.h"
#include "core/csv/ConcernImport.h"
#include "core/csv/CsvReader.h"
#include "core/storage/ReferenceRepository.h"
#include "core/storage/SyncRepository.h"
#include "core/sync/Merge.h"
#include "core/sync/MergeConflicts.h"
#include <QFile>
#include <QJsonArray>
#include <QJsonObject>
#include <QTemporaryDir>

using namespace hamkori;
using namespace hamkori::coretest;
using hamkori::test::TempDatabase;

namespace {

/// Everything `from` holds, imported into `to` (whose user trusts `from`), sent under a laptop's name.
sync::MergeReport exchange(Database& from, Database& to, const QString& fromName)
{
    auto bundle = test::exportable(from, {}, {});
    INFO(bundle.errorMessage().toStdString());
    REQUIRE(bundle.ok());
    bundle->header.deviceName = fromName;
    auto report = sync::applyBundle(to, *bundle, {.dryRun = false, .trustNewSender = true});
    INFO(report.errorMessage().toStdString());
    REQUIRE(report.ok());
    return *report;
}

QString exportCsv(Database& db, const QString& team, const QString& path)
{
    csv::ConcernExportOptions options;
    options.filter.teamUuid = team;
    options.filter.sort = ConcernFilter::Sort::Code;
    options.filter.descending = false;
    options.includeRestricted = true;
    auto written = csv::ConcernExport(db).write(options, path);
    INFO(written.errorMessage().toStdString());
    REQUIRE(written.ok());
    return path;
}

void replaceInFile(const QString& path, const QString& from, const QString& to)
{
    QFile file(path);
    REQUIRE(file.open(QIODevice::ReadOnly));
    QString text = QString::fromUtf8(file.readAll());
    file.close();
    REQUIRE(text.contains(from));
    text.replace(from, to);
    REQUIRE(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
    file.write(text.toUtf8());
}

csv::ImportPreview checkCsv(Database& db, const QString& team, const QString& path)
{
    auto table = csv::CsvReader::readFile(path);
    INFO(table.errorMessage().toStdString());
    REQUIRE(table.ok());
    return csv::ConcernImport(db, team).check(*table, csv::ColumnMapping::guess(table->header));
}

int liveWithCode(Database& db, const QString& team, const QString& code)
{
    return queryValue(db, u"SELECT COUNT(*) FROM concerns WHERE team = ? AND code = ? AND deleted = 0"_s,
                      {team, code})
        .toInt();
}

int liveHistory(Database& db, const QString& concern)
{
    return queryValue(db, u"SELECT COUNT(*) FROM concern_status_history WHERE concern = ? AND deleted = 0"_s,
                      {concern})
        .toInt();
}

} // namespace

TEST_CASE("Finding 6: a CSV row whose code belongs to a concern deleted on another laptop restores it or is "
          "skipped, never a second concern",
          "[sync][csv]")
{
    QTemporaryDir dir;
    TempDatabase office, field;
    const QString team = test::makeTeam(*office, u"ISF"_s);
    const Concern lights = makeConcern(*office, team, u"Кӯчаҳои торик"_s, QDate(2026, 2, 1));
    REQUIRE(ConcernRepository(*office)
                .changeStatus(lights.meta.uuid, ConcernStatus::Analysed, QDate(2026, 2, 10), u"Таҳлил"_s)
                .ok());
    const QString path = exportCsv(*office, team, dir.filePath(u"isf.csv"_s));
    exchange(*office, *field, u"Office laptop"_s);

    // The field laptop deletes the concern; the deletion travels back to the office.
    field.clock.advance(3 * 24 * 3600 * 1000LL);
    REQUIRE(ConcernRepository(*field).deleteConcern(lights.meta.uuid).ok());
    exchange(*field, *office, u"Isfara field laptop"_s);
    REQUIRE(deletedFlag(*office, u"concern"_s, lights.meta.uuid) == 1);
    const QString deletedOn =
        QDateTime::fromMSecsSinceEpoch(field.clock.nowMs()).date().toString(u"dd.MM.yyyy"_s);

    // The spreadsheet kept in the office still has the row, with a corrected title.
    replaceInFile(path, u"Кӯчаҳои торик"_s, u"Кӯчаҳои торик ва хатарнок"_s);
    csv::ImportPreview preview = checkCsv(*office, team, path);
    REQUIRE(preview.rows.size() == 1);
    const csv::RowPlan& row = preview.rows.first();
    CHECK(row.action == csv::RowAction::MatchesDeleted);
    CHECK(row.concern.meta.uuid == lights.meta.uuid);
    CHECK_FALSE(row.restore); // skipping is the default
    INFO(row.deletedNote.toStdString());
    CHECK(row.deletedNote.contains(lights.code));
    CHECK(row.deletedNote.contains(u"deleted on %1 on the laptop «Isfara field laptop»"_s.arg(deletedOn)));
    CHECK(row.deletedNote.contains(u"Restore it with this row's values, or skip the row."_s));
    CHECK(preview.canApply(false));

    // Skipped: nothing is written, no second concern with the code.
    const QString before = test::dumpDatabase(*office);
    auto skipped = csv::ConcernImport(*office, team).apply(preview, false);
    REQUIRE(skipped.ok());
    CHECK(skipped->skippedDeleted == 1);
    CHECK(skipped->created.isEmpty());
    CHECK(test::dumpDatabase(*office) == before);
    CHECK(liveWithCode(*office, team, lights.code) == 0);

    // Restored: the same concern (its history too) with the row's values, and the restore travels.
    preview.restoreAllDeleted(true);
    auto restored = csv::ConcernImport(*office, team).apply(preview, false);
    INFO(restored.errorMessage().toStdString());
    REQUIRE(restored.ok());
    CHECK(restored->restored == QStringList{lights.meta.uuid});
    CHECK(restored->created.isEmpty());
    CHECK(liveWithCode(*office, team, lights.code) == 1);
    auto back = ConcernRepository(*office).concern(lights.meta.uuid);
    REQUIRE(back.ok());
    CHECK(back->title == u"Кӯчаҳои торик ва хатарнок"_s);
    CHECK(back->status == ConcernStatus::Analysed);
    CHECK(liveHistory(*office, lights.meta.uuid) == 2);
    exchange(*office, *field, u"Office laptop"_s);
    CHECK(liveWithCode(*field, team, lights.code) == 1);
    CHECK(ConcernRepository(*field).concern(lights.meta.uuid)->title == u"Кӯчаҳои торик ва хатарнок"_s);
    CHECK(liveHistory(*field, lights.meta.uuid) == 2);
    auto inbox = sync::conflicts(*field);
    REQUIRE(inbox.ok());
    CHECK(inbox->isEmpty());

    // Undo deletes it again, redo brings it back; importing the file once more changes nothing.
    auto taken = csv::ConcernImport::revert(*office, *restored);
    REQUIRE(taken.ok());
    CHECK(liveWithCode(*office, team, lights.code) == 0);
    REQUIRE(csv::ConcernImport::reapply(*office, *restored, *taken).ok());
    CHECK(liveWithCode(*office, team, lights.code) == 1);
    CHECK(liveHistory(*office, lights.meta.uuid) == 2);
    const csv::ImportPreview again = checkCsv(*office, team, path);
    CHECK(again.count(csv::RowAction::Unchanged) == 1);
}

namespace {

QString codeOf(Database& db, const QString& concern)
{
    return queryValue(db, u"SELECT code FROM concerns WHERE uuid = ?"_s, {concern}).toString();
}

sync::MergeReport applyTrusted(Database& to, const sync::Bundle& bundle)
{
    auto report = sync::applyBundle(to, bundle, {.dryRun = false, .trustNewSender = true});
    INFO(report.errorMessage().toStdString());
    REQUIRE(report.ok());
    return *report;
}

int conflictCount(Database& db)
{
    auto inbox = sync::conflicts(db);
    REQUIRE(inbox.ok());
    return int(inbox->size());
}

} // namespace

TEST_CASE("Finding 4: two laptops that number a concern alike end with one code each, the same on both, and "
          "the merge report says which changed",
          "[sync][csv]")
{
    TempDatabase a, b;
    const QString team = test::makeTeam(*a, u"ISF"_s);
    exchange(*a, *b, u"Laptop A"_s);
    // Offline, each laptop registers a concern: both take the team's next number.
    const Concern first = makeConcern(*a, team, u"Кӯчаҳои торик"_s, QDate(2026, 3, 2));
    b.clock.advance(60 * 1000);
    const Concern second = makeConcern(*b, team, u"Дуздии чорво"_s, QDate(2026, 3, 2));
    REQUIRE(first.code == u"ISF-2026-001"_s);
    REQUIRE(second.code == first.code);

    SECTION("one laptop notices; its change of the code travels")
    {
        const sync::MergeReport report = exchange(*b, *a, u"Laptop B"_s);
        REQUIRE(report.renumbered.size() == 1);
        const sync::CodeChange& change = report.renumbered.first();
        CHECK(change.kind == u"concern"_s);
        CHECK(change.record == second.meta.uuid); // the later one
        CHECK(change.team == team);
        CHECK(change.from == u"ISF-2026-001"_s);
        CHECK(change.to == u"ISF-2026-002"_s);
        CHECK(report.describe().contains(
            u"  – ISF-2026-001 was also used on another laptop: the later one is now ISF-2026-002."_s));
        const QJsonObject json = report.toJson()[u"renumbered"_s].toArray().first().toObject();
        CHECK(json[u"from"_s].toString() == u"ISF-2026-001"_s);
        CHECK(json[u"to"_s].toString() == u"ISF-2026-002"_s);
        CHECK(json[u"record"_s].toString() == second.meta.uuid);
        CHECK(exchange(*a, *b, u"Laptop A"_s).renumbered.isEmpty());
    }
    SECTION("both laptops notice at once and give the same code: no conflict")
    {
        auto fromA = test::exportable(*a, {}, {});
        auto fromB = test::exportable(*b, {}, {});
        REQUIRE(fromA.ok());
        REQUIRE(fromB.ok());
        const sync::MergeReport onA = applyTrusted(*a, *fromB);
        const sync::MergeReport onB = applyTrusted(*b, *fromA);
        REQUIRE(onA.renumbered.size() == 1);
        REQUIRE(onB.renumbered.size() == 1);
        CHECK(onA.renumbered.first() == onB.renumbered.first());
        exchange(*a, *b, u"Laptop A"_s);
        exchange(*b, *a, u"Laptop B"_s);
    }

    // Either way: one code each, the same on both laptops, nothing in the inbox.
    for (Database* laptop : {&*a, &*b}) {
        CHECK(codeOf(*laptop, first.meta.uuid) == u"ISF-2026-001"_s);
        CHECK(codeOf(*laptop, second.meta.uuid) == u"ISF-2026-002"_s);
        CHECK(conflictCount(*laptop) == 0);
    }
    CHECK(recordsDump(*a) == recordsDump(*b));

    // The CSV made on A, edited and imported on B, changes the concern of its row and no other.
    QTemporaryDir dir;
    const QString path = exportCsv(*a, team, dir.filePath(u"isf.csv"_s));
    replaceInFile(path, u"Дуздии чорво"_s, u"Дуздии чорво дар чарогоҳ"_s);
    const csv::ImportPreview preview = checkCsv(*b, team, path);
    CHECK(preview.count(csv::RowAction::Update) == 1);
    CHECK(preview.count(csv::RowAction::Unchanged) == 1);
    REQUIRE(csv::ConcernImport(*b, team).apply(preview, false).ok());
    CHECK(ConcernRepository(*b).concern(second.meta.uuid)->title == u"Дуздии чорво дар чарогоҳ"_s);
    CHECK(ConcernRepository(*b).concern(first.meta.uuid)->title == u"Кӯчаҳои торик"_s);
}

TEST_CASE("Finding 4: a CSV row whose code two concerns still share changes neither and says why",
          "[sync][csv]")
{
    // A data file merged by an older Hamkori holds two concerns with one code.
    TempDatabase db;
    const QString team = test::makeTeam(*db, u"ISF"_s);
    const Concern first = makeConcern(*db, team, u"Кӯчаҳои торик"_s, QDate(2026, 3, 2));
    const Concern second = makeConcern(*db, team, u"Дуздии чорво"_s, QDate(2026, 3, 2));
    QTemporaryDir dir;
    const QString path = exportCsv(*db, team, dir.filePath(u"isf.csv"_s));
    replaceInFile(path, second.code, first.code);
    replaceInFile(path, u"Дуздии чорво"_s, u"Дуздии чорво дар чарогоҳ"_s);
    queryValue(*db, u"UPDATE concerns SET code = ? WHERE uuid = ?"_s, {first.code, second.meta.uuid});

    const csv::ImportPreview preview = checkCsv(*db, team, path);
    CHECK(preview.count(csv::RowAction::Update) == 0);
    CHECK(preview.count(csv::RowAction::Create) == 0);
    REQUIRE_FALSE(preview.messages.isEmpty());
    CHECK(preview.messages.first().text.startsWith(
        u"Two concerns of the team have the code %1, so this row could change the wrong one."_s.arg(
            first.code)));
    const QString before = test::dumpDatabase(*db);
    CHECK(csv::ConcernImport(*db, team).apply(preview, true).ok());
    CHECK(test::dumpDatabase(*db) == before);
}

namespace {

QString makeTeamIn(Database& db, const QString& name, const QString& code, const QString& place)
{
    auto district = ReferenceRepository(db).findPlace(place);
    REQUIRE(district.ok());
    Team team;
    team.name = name;
    team.code = code;
    team.districtUuid = district->meta.uuid;
    auto created = TeamRepository(db).createTeam(team);
    INFO(created.errorMessage().toStdString());
    REQUIRE(created.ok());
    return created->meta.uuid;
}

} // namespace

TEST_CASE("Finding 5: two laptops that create the same team code are told, nothing is renamed, and a shared "
          "code never silently names one of the teams",
          "[sync]")
{
    TempDatabase a, b;
    const QString isfara = makeTeamIn(*a, u"CPPT of Isfara"_s, u"ISF"_s, u"Isfara"_s);
    b.clock.advance(60 * 1000);
    const QString khujand = makeTeamIn(*b, u"CPPT of Khujand"_s, u"ISF"_s, u"Khujand"_s);

    const sync::MergeReport report = exchange(*b, *a, u"Laptop B"_s);
    REQUIRE(report.sharedTeamCodes.size() == 1);
    const sync::SharedTeamCode& shared = report.sharedTeamCodes.first();
    CHECK(shared.code == u"ISF"_s);
    REQUIRE(shared.teams.size() == 2);
    CHECK(shared.teams[0].uuid == isfara);
    CHECK(shared.teams[1].uuid == khujand);
    const QString told = report.describe().join(u'\n');
    INFO(told.toStdString());
    CHECK(told.contains(u"teams now have the code ISF: «CPPT of Isfara» (Isfara), «CPPT of Khujand"
                        u"» (Khujand)."_s));
    CHECK(told.contains(u"Give one of them another code on its Team page"_s));
    const QJsonObject json = report.toJson()[u"sharedTeamCodes"_s].toArray().first().toObject();
    CHECK(json[u"code"_s].toString() == u"ISF"_s);
    CHECK(json[u"teams"_s].toArray().size() == 2);
    CHECK(json[u"teams"_s].toArray()[1].toObject()[u"district"_s].toString() == u"Khujand"_s);
    // Both keep the code people gave them, on both laptops; no concern of either is renamed.
    exchange(*a, *b, u"Laptop A"_s);
    for (Database* laptop : {&*a, &*b}) {
        CHECK(TeamRepository(*laptop).team(isfara)->code == u"ISF"_s);
        CHECK(TeamRepository(*laptop).team(khujand)->code == u"ISF"_s);
    }
    CHECK(exchange(*b, *a, u"Laptop B"_s).sharedTeamCodes.isEmpty()); // told once, not at every import

    // The code alone names neither: refused, with both teams listed and how to choose.
    TeamRepository teams(*a);
    auto byCode = teams.findTeam(u"ISF"_s);
    REQUIRE_FALSE(byCode.ok());
    INFO(byCode.errorMessage().toStdString());
    CHECK(byCode.errorMessage().contains(u"«CPPT of Isfara» (Isfara), id %1"_s.arg(isfara)));
    CHECK(byCode.errorMessage().contains(u"«CPPT of Khujand» (Khujand), id %1"_s.arg(khujand)));
    CHECK(byCode.errorMessage().contains(u"Name the team by its name or its id instead"_s));
    CHECK(teams.findTeam(u"cppt of khujand"_s)->meta.uuid == khujand);
    CHECK(teams.findTeam(isfara)->meta.uuid == isfara);

    // Either team stays editable, and a new code for one ends it on every laptop.
    Team renamed = *teams.team(isfara);
    renamed.name = u"CPPT of Isfara city"_s;
    auto saved = teams.updateTeam(renamed);
    INFO(saved.errorMessage().toStdString());
    REQUIRE(saved.ok());
    Team recoded = *teams.team(khujand);
    recoded.code = u"KHJ"_s;
    REQUIRE(teams.updateTeam(recoded).ok());
    CHECK(teams.findTeam(u"ISF"_s)->meta.uuid == isfara);
    exchange(*a, *b, u"Laptop A"_s);
    CHECK(TeamRepository(*b).findTeam(u"KHJ"_s)->meta.uuid == khujand);
    auto left = TeamRepository(*b).sharedCodes();
    REQUIRE(left.ok());
    CHECK(left->isEmpty());
}

TEST_CASE("Finding 5: a plan or meeting code that two teams sharing a code both have names neither, and the id "
          "still finds each",
          "[sync]")
{
    TempDatabase a, b;
    const QString isfara = makeTeamIn(*a, u"CPPT of Isfara"_s, u"ISF"_s, u"Isfara"_s);
    b.clock.advance(60 * 1000);
    const QString khujand = makeTeamIn(*b, u"CPPT of Khujand"_s, u"ISF"_s, u"Khujand"_s);
    const ActionPlan first = makePlan(*a, isfara, u"Нақшаи Исфара"_s, QDate(2026, 1, 1), QDate(2026, 12, 31));
    const ActionPlan second = makePlan(*b, khujand, u"Нақшаи Хуҷанд"_s, QDate(2026, 1, 1), QDate(2026, 12, 31));
    const Meeting meetingA = makeMeeting(*a, isfara, QDate(2026, 2, 1));
    const Meeting meetingB = makeMeeting(*b, khujand, QDate(2026, 2, 1));
    REQUIRE(first.code == second.code); // both ISF-…: made offline on two laptops
    REQUIRE(meetingA.code == meetingB.code);
    exchange(*b, *a, u"Laptop B"_s);

    auto byCode = PlanRepository(*a).planByCode(first.code);
    REQUIRE_FALSE(byCode.ok()); // before, the first found was exported or printed without a word
    INFO(byCode.errorMessage().toStdString());
    CHECK(byCode.errorMessage().contains(u"«CPPT of Isfara», id %1"_s.arg(first.meta.uuid)));
    CHECK(byCode.errorMessage().contains(u"«CPPT of Khujand», id %1"_s.arg(second.meta.uuid)));
    CHECK(PlanRepository(*a).planByCode(second.meta.uuid)->title == u"Нақшаи Хуҷанд"_s);
    auto meeting = MeetingRepository(*a).meetingByCode(meetingA.code);
    REQUIRE_FALSE(meeting.ok());
    CHECK(meeting.errorMessage().contains(meetingB.meta.uuid));
    CHECK(MeetingRepository(*a).meetingByCode(meetingA.meta.uuid)->meta.uuid == meetingA.meta.uuid);
}
