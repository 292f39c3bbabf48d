// Backups (core/storage/Backups): verified snapshots with what they held, rotation by day and week, damaged
// files refused, a restore that keeps the current file and gives the restored one a new identity, and the
// encrypted copy for a stick.
#include "Builders.h"
#include "core/storage/Backups.h"
#include "core/storage/IdentityLedger.h"
#include "core/sync/EncryptedCopy.h"
#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSignalSpy>

using namespace hamkori;
using namespace hamkori::coretest;
using hamkori::test::TempDatabase;

namespace {

int concernsIn(Database& db)
{
    return queryValue(db, u"SELECT COUNT(*) FROM concerns WHERE deleted = 0"_s).toInt();
}

/// A backup made at `made`, as the folder would hold it: a copy of `file` and its note.
void plantBackup(const QString& folder, const QString& file, const QDateTime& made)
{
    QDir().mkpath(folder);
    const QString target =
        QDir(folder).filePath(u"hamkori-%1-daily.sqlite"_s.arg(made.toString(u"yyyy-MM-dd'T'HH-mm-ss"_s)));
    REQUIRE(QFile::copy(file, target));
    QFile note(target + u".json"_s);
    REQUIRE(note.open(QIODevice::WriteOnly));
    note.write(QJsonDocument(QJsonObject{{u"made"_s, made.toUTC().toString(Qt::ISODateWithMs)},
                                         {u"reason"_s, u"daily"_s}})
                   .toJson());
}

QStringList madeTimes(const Backups& backups)
{
    auto list = backups.list();
    REQUIRE(list.ok());
    QStringList times;
    for (const BackupInfo& info : *list)
        times << info.made.toString(u"MM-dd HH:mm"_s);
    return times;
}

} // namespace

TEST_CASE("A backup is a checked snapshot that says what the file held, listed newest first", "[backups]")
{
    TempDatabase db;
    const QString team = test::makeTeam(*db);
    makeConcern(*db, team, u"Драки у школы"_s, QDate(2026, 1, 10));
    Backups backups(db->backupFolder());
    auto first = backups.make(*db, BackupReason::Manual);
    INFO(first.errorMessage().toStdString());
    REQUIRE(first.ok());
    CHECK(QFileInfo(first->file).dir().absolutePath() == QDir(db->backupFolder()).absolutePath());
    CHECK(first->teams == 1);
    CHECK(first->concerns == 1);
    CHECK(first->plans == 0);
    CHECK(first->deviceId == db->identity().id());
    CHECK(first->size == QFileInfo(first->file).size());
    CHECK_FALSE(QFileInfo::exists(first->file + u".part"_s));

    makeConcern(*db, team, u"Кражи скота"_s, QDate(2026, 2, 1), u"theft"_s);
    auto changed = backups.changedSince(*db);
    REQUIRE(changed.ok());
    CHECK(*changed);
    auto second = backups.make(*db, BackupReason::BeforeCsvImport);
    REQUIRE(second.ok());
    auto list = backups.list();
    REQUIRE(list.ok());
    REQUIRE(list->size() == 2);
    CHECK(list->at(0).file == second->file); // newest first
    CHECK(list->at(0).concerns == 2);
    CHECK(list->at(0).reasonText() == u"before a CSV import"_s);
    CHECK(list->at(1).concerns == 1);
    changed = backups.changedSince(*db);
    REQUIRE(changed.ok());
    CHECK_FALSE(*changed);
    // The snapshot is a data file of its own, whole.
    auto checked = Backups::inspect(second->file);
    REQUIRE(checked.ok());
    CHECK(checked->concerns == 2);
}

TEST_CASE("A backup is listed with its reason from the moment it has its name, even if its note is lost",
          "[backups]")
{
    TempDatabase db;
    test::makeTeam(*db);
    Backups backups(db->backupFolder());
    // The note is written before the backup takes its name (the Backups tab and the daily backup list the
    // folder while one is made); without it the name still says why.
    auto made = backups.make(*db, BackupReason::BeforeBundleImport);
    REQUIRE(made.ok());
    CHECK(QFileInfo::exists(made->file + u".json"_s));
    QFile::remove(made->file + u".json"_s);
    auto list = backups.list();
    REQUIRE(list.ok());
    REQUIRE(list->size() == 1);
    CHECK(list->first().reason == BackupReason::BeforeBundleImport);
    CHECK(list->first().reasonText() == u"before a bundle import"_s);
}

TEST_CASE("Rotation keeps the last day's backups and the newest of each of the last days and weeks",
          "[backups]")
{
    TempDatabase db;
    test::makeTeam(*db);
    const QString sample = db.dir.filePath(u"sample.sqlite"_s);
    db.copyFileTo(sample);
    QTemporaryDir folder;
    const QDateTime now(QDate(2026, 12, 5), QTime(12, 0)); // a Saturday, in ISO week 49
    plantBackup(folder.path(), sample, now.addSecs(-3600));
    plantBackup(folder.path(), sample, now.addSecs(-7200));
    for (int day = 1; day <= 20; ++day)
        plantBackup(folder.path(), sample, now.addDays(-day));
    Backups backups(folder.path());
    CHECK(backups.rotate(BackupPolicy{7, 4}, now) == 12);
    // Today's two, the newest of each of the 7 days with backups (today and six before), and the newest of
    // the weeks before (Sunday 29 November closes week 48; 22 and 15 November close weeks 47 and 46).
    CHECK(madeTimes(backups) == QStringList{u"12-05 11:00"_s, u"12-05 10:00"_s, u"12-04 12:00"_s,
                                            u"12-03 12:00"_s, u"12-02 12:00"_s, u"12-01 12:00"_s,
                                            u"11-30 12:00"_s, u"11-29 12:00"_s, u"11-22 12:00"_s,
                                            u"11-15 12:00"_s});
    // Their notes went with them.
    CHECK(QDir(folder.path()).entryList({u"*.json"_s}, QDir::Files).size() == 10);
}

TEST_CASE("A damaged file is refused as a backup with a message, and a failed backup keeps nothing",
          "[backups]")
{
    TempDatabase db;
    const QString team = test::makeTeam(*db);
    for (int i = 0; i < 40; ++i)
        makeConcern(*db, team, u"Мушкилот %1"_s.arg(i), QDate(2026, 1, 10));
    const QString copy = db.dir.filePath(u"copy.sqlite"_s);
    db.copyFileTo(copy);
    {
        QFile file(copy);
        REQUIRE(file.open(QIODevice::ReadWrite));
        REQUIRE(file.size() > 8 * 4096);
        file.seek(2 * 4096); // the headers of pages 3 to 6: tables and indexes that no longer parse
        file.write(QByteArray(4 * 4096, '\xA5'));
    }
    auto inspected = Backups::inspect(copy);
    REQUIRE_FALSE(inspected.ok());
    CHECK(inspected.errorMessage().contains(u"damaged"_s));

    // A folder that cannot be made: the failure is told and nothing is left behind.
    QFile blocker(db.dir.filePath(u"blocked"_s));
    REQUIRE(blocker.open(QIODevice::WriteOnly));
    blocker.close();
    Backups nowhere(db.dir.filePath(u"blocked/backups"_s));
    auto made = nowhere.make(*db, BackupReason::Manual);
    REQUIRE_FALSE(made.ok());
    CHECK(made.errorMessage().contains(u"could not be written"_s));
}

TEST_CASE(
    "A restore keeps the current file as a backup, puts the backup in place, and the restored file takes "
    "a new identity",
    "[backups][guarantee-11]")
{
    TempDatabase db;
    const QString team = test::makeTeam(*db);
    makeConcern(*db, team, u"Драки у школы"_s, QDate(2026, 1, 10));
    Backups backups(db->backupFolder());
    auto old = backups.make(*db, BackupReason::Manual);
    REQUIRE(old.ok());
    makeConcern(*db, team, u"Кражи скота"_s, QDate(2026, 2, 1), u"theft"_s);
    makeConcern(*db, team, u"Освещение улиц"_s, QDate(2026, 2, 2));
    const QString identity = db->identity().id();
    db.db.reset(); // the window closed the file

    auto kept = Backups::restore(db.path(), old->file, backups, db.ledger());
    INFO(kept.errorMessage().toStdString());
    REQUIRE(kept.ok());
    CHECK(kept->concerns == 3);
    auto keptFile = Backups::inspect(kept->file);
    REQUIRE(keptFile.ok());
    CHECK(keptFile->concerns == 3); // what was made since the backup is not lost
    CHECK(kept->reason == BackupReason::BeforeRestore);

    db.reopen();
    CHECK(concernsIn(*db) == 1);
    QSignalSpy renewed(&*db, &Database::identityRenewed);
    makeConcern(*db, team, u"Зӯроварии оилавӣ"_s, QDate(2026, 3, 1));
    REQUIRE(renewed.size() == 1);
    CHECK(renewed.first().first().value<IdentityRenewal>().reason == IdentityLedger::Verdict::RolledBack);
    CHECK(db->identity().id() != identity);
}

TEST_CASE("A damaged backup is not restored and the data file stays as it was", "[backups]")
{
    TempDatabase db;
    test::makeTeam(*db);
    const QString before = test::dumpDatabase(*db);
    QTemporaryDir folder;
    const QString junk = folder.filePath(u"junk.sqlite"_s);
    QFile file(junk);
    REQUIRE(file.open(QIODevice::WriteOnly));
    file.write(QByteArray(10000, 'x'));
    file.close();
    db.db.reset();
    Backups keep(folder.filePath(u"kept"_s));
    auto restored = Backups::restore(db.path(), junk, keep, db.ledger());
    REQUIRE_FALSE(restored.ok());
    CHECK(restored.errorMessage().contains(u"junk.sqlite is damaged"_s));
    db.reopen();
    CHECK(test::dumpDatabase(*db) == before);
}

TEST_CASE("An encrypted copy for a stick opens only with its passphrase and restores like a backup",
          "[backups]")
{
    TempDatabase db;
    const QString team = test::makeTeam(*db);
    makeConcern(*db, team, u"Драки у школы"_s, QDate(2026, 1, 10));
    QTemporaryDir stick;
    auto written = sync::EncryptedCopy::write(*db, stick.path(), u"correct horse battery staple"_s,
                                              sync::KeyDerivation::minimum());
    INFO(written.errorMessage().toStdString());
    REQUIRE(written.ok());
    CHECK(sync::EncryptedCopy::isEncryptedCopy(*written));
    CHECK(written->endsWith(u".hkcopy"_s));
    // Nothing readable of the records on the stick.
    QFile sealed(*written);
    REQUIRE(sealed.open(QIODevice::ReadOnly));
    const QByteArray bytes = sealed.readAll();
    CHECK_FALSE(bytes.contains(u"Драки у школы"_s.toUtf8()));
    CHECK_FALSE(bytes.contains("SQLite format 3"));

    const QString plain = stick.filePath(u"plain.sqlite"_s);
    auto wrong = sync::EncryptedCopy::decrypt(*written, u"wrong horse battery staple"_s, plain);
    REQUIRE_FALSE(wrong.ok());
    CHECK(wrong.errorMessage().contains(u"different exchange passphrase"_s));
    CHECK_FALSE(QFileInfo::exists(plain));
    REQUIRE(sync::EncryptedCopy::decrypt(*written, u"correct horse battery staple"_s, plain).ok());
    auto copy = Backups::inspect(plain);
    REQUIRE(copy.ok());
    CHECK(copy->concerns == 1);
    // A stick that is not there.
    auto missing = sync::EncryptedCopy::write(
        *db, stick.filePath(u"gone"_s), u"correct horse battery staple"_s, sync::KeyDerivation::minimum());
    REQUIRE_FALSE(missing.ok());
    CHECK(missing.errorMessage().contains(u"does not exist"_s));
}
