// Issue 16, the findings about human codes after an exchange: a CSV row that matches a concern deleted on
// another laptop (6), two laptops that numbered a concern alike (4), two laptops that made the same team
// code (5). Every laptop is a real data file; bundles go through collectForExchange and applyBundle.
#include "Builders.h"
#include "core/csv/ConcernExport.h"
#include "core/csv/ConcernImport.h"
#include "core/csv/CsvReader.h"
#include "core/storage/SyncRepository.h"
#include "core/sync/Merge.h"
#include "core/sync/MergeConflicts.h"
#include <QFile>
#include <QTemporaryDir>

using namespace hamkori;
using namespace hamkori::coretest;
using hamkori::test::TempDatabase;

namespace {

/// Everything `from` holds, imported into `to` (whose user trusts `from`), sent under a laptop's name.
sync::MergeReport exchange(Database& from, Database& to, const QString& fromName)
{
    auto bundle = sync::collectForExchange(from, {}, {});
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
