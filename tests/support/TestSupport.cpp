#include "TestSupport.h"
#include "core/model/Team.h"
#include "core/storage/ConcernRepository.h"
#include "core/storage/PlanRepository.h"
#include "core/storage/ReferenceRepository.h"
#include "core/storage/TeamRepository.h"
#include "core/sync/Export.h"
#include "core/sync/KeyLock.h"
#include "translations/Translations.h"
#include <QFile>
#include <QSqlQuery>
#include <QSqlRecord>
#include <catch2/catch.hpp>

namespace hamkori::test {

QString keyPassphrase()
{
    return QStringLiteral("кӯҳи сабз дар баҳор");
}

Result<sync::Bundle> exportable(Database& from, const QStringList& teams, const QHash<QString, qint64>& knows)
{
    auto sealed = sync::prepareBundle(from, keyPassphrase(), teams, knows, sync::KeyDerivation::minimum());
    if (!sealed)
        return sealed.error();
    return sealed->bundle;
}

sync::SigningKey deviceKey(Database& db)
{
    auto key = sync::unlockForExport(db, keyPassphrase(), sync::KeyDerivation::minimum());
    INFO(key.errorMessage().toStdString());
    REQUIRE(key.ok());
    return *key;
}

TempDatabase::TempDatabase()
{
    REQUIRE(dir.isValid());
    reopen();
}

void TempDatabase::reopen()
{
    db.reset();
    Database::Options options;
    options.wallClock = &clock;
    options.identityLedger = ledger();
    options.backupFolder = dir.filePath(QStringLiteral("backups"));
    auto opened = Database::open(path(), options);
    INFO(opened.errorMessage().toStdString());
    REQUIRE(opened.ok());
    db = std::move(opened).value();
}

void TempDatabase::replaceFileWith(const QString& source)
{
    db.reset();
    for (const QString& suffix : {QString(), QStringLiteral("-wal"), QStringLiteral("-shm")})
        QFile::remove(path() + suffix);
    REQUIRE(QFile::copy(source, path()));
    REQUIRE(QFile(path()).setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner));
    reopen();
}

void TempDatabase::copyFileTo(const QString& target)
{
    db.reset(); // the last connection folds the write-ahead log into the file
    QFile::remove(target);
    REQUIRE(QFile::copy(path(), target));
    reopen();
}

QString makeTeam(Database& db, const QString& code)
{
    ReferenceRepository places(db);
    auto isfara = places.findPlace(QStringLiteral("Isfara"));
    REQUIRE(isfara.ok());
    Team team;
    team.name = QStringLiteral("Гурӯҳи ҳамкории ") + code;
    team.code = code;
    team.districtUuid = isfara->meta.uuid;
    team.jamoat = QStringLiteral("Чоркӯҳ");
    team.established = QDate(2019, 3, 15);
    auto created = TeamRepository(db).createTeam(team);
    INFO(created.errorMessage().toStdString());
    REQUIRE(created.ok());
    return created->meta.uuid;
}

QString makeConcern(Database& db, const QString& team, const QString& title)
{
    Concern concern;
    concern.teamUuid = team;
    concern.title = title;
    concern.categoryUuid = categoryUuid(db);
    concern.firstRaised = QDate(2026, 2, 1);
    auto made = ConcernRepository(db).createConcern(concern);
    INFO(made.errorMessage().toStdString());
    REQUIRE(made.ok());
    return made->meta.uuid;
}

QString referenceUuid(Database& db, const QString& list, const QString& code)
{
    auto item = ReferenceRepository(db).itemByCode(*enumFromCode<ReferenceList>(list), code);
    REQUIRE(item.ok());
    return item->meta.uuid;
}

PlannedActivity makePlannedActivity(Database& db, const QString& team, Activity work)
{
    PlanRepository plans(db);
    ActionPlan draft;
    draft.teamUuid = team;
    draft.title = QStringLiteral("Нақша");
    draft.periodStart = QDate(2026, 1, 1);
    draft.periodEnd = QDate(2026, 12, 31);
    auto plan = plans.createPlan(draft);
    REQUIRE(plan.ok());
    work.planUuid = plan->meta.uuid;
    work.leadBodyUuid = referenceUuid(db, QStringLiteral("lead_body"), QStringLiteral("police"));
    auto activity = plans.createActivity(work);
    REQUIRE(activity.ok());
    return {*plan, *activity};
}

QString categoryUuid(Database& db, const QString& code)
{
    return referenceUuid(db, QStringLiteral("category"), code);
}

QString dumpDatabase(Database& db)
{
    QString dump;
    QSqlQuery tables(db.connection());
    tables.exec(
        QStringLiteral("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' "
                       "AND name NOT LIKE 'concern_search_%' ORDER BY name"));
    QStringList names;
    while (tables.next())
        names << tables.value(0).toString();
    for (const QString& table : names) {
        dump += QStringLiteral("== ") + table + QLatin1Char('\n');
        QSqlQuery rows(db.connection());
        rows.exec(QStringLiteral("SELECT * FROM ") + table + QStringLiteral(" ORDER BY 1, 2"));
        QStringList lines;
        while (rows.next()) {
            QStringList cells;
            for (int i = 0; i < rows.record().count(); ++i)
                cells << rows.value(i).toString();
            lines << cells.join(QLatin1Char('|'));
        }
        dump += lines.join(QLatin1Char('\n')) + QLatin1Char('\n');
    }
    return dump;
}

LanguageScope::LanguageScope(const QString& language)
{
    REQUIRE(Translations::install(language));
}

LanguageScope::~LanguageScope()
{
    Translations::install(QStringLiteral("en"));
}

} // namespace hamkori::test
