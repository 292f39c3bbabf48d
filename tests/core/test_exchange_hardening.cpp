// The findings of the adversarial test of the USB exchange (issue 16), one test each, named after it. Every
// hostile bundle is made in the test (HostileBundles.h) and goes through the real writer, reader and merge.
#include "Builders.h"
#include "HostileBundles.h"
#include "core/storage/JournalWriter.h"
#include "core/storage/SyncRepository.h"
#include "core/sync/Merge.h"
#include <QSqlRecord>

using namespace hamkori;
using namespace hamkori::coretest;
using hamkori::test::TempDatabase;

namespace {

/// Every record table, every column: what the user's data is.
QString recordsDump(Database& db)
{
    QString dump;
    for (const QString& kind : RecordStore::kinds()) {
        QSqlQuery rows(db.connection());
        REQUIRE(rows.exec(u"SELECT * FROM %1 ORDER BY uuid"_s.arg(RecordStore::tableOf(kind))));
        while (rows.next()) {
            const QSqlRecord record = rows.record();
            for (int i = 0; i < record.count(); ++i)
                dump += record.value(i).toString() + u'|';
            dump += u'\n';
        }
    }
    return dump;
}

qint64 journalRows(Database& db)
{
    return queryValue(db, u"SELECT COUNT(*) FROM journal"_s).toLongLong();
}

} // namespace

TEST_CASE("Finding 1: a bundle that claims the receiver's own device id is refused", "[sync][hostile]")
{
    TempDatabase receiver;
    const QString team = test::makeTeam(*receiver, u"ISF"_s);
    const Concern concern = makeConcern(*receiver, team, u"Кӯчаҳои торик"_s, QDate(2026, 2, 1));
    const QString own = receiver->identity().id();
    const qint64 next = receiver->journal().lastOwnSeq() + 1;
    const QString dump = recordsDump(*receiver);
    const qint64 journal = journalRows(*receiver);

    // Someone with the passphrase put this laptop's id into their own data file and exported.
    HostileBundle hostile = HostileBundle::claiming(own);
    hostile.change(
        own, next,
        u"%1.000000.%2"_s.arg(QDateTime::currentMSecsSinceEpoch() + 1000, 18, 10, QLatin1Char('0')).arg(own),
        u"concern"_s, concern.meta.uuid, u"title"_s, u"Injected"_s, concern.meta.modifiedHlc);

    for (const bool trustNew : {false, true}) {
        INFO("trusting new laptops: " << trustNew);
        auto imported = hostile.importInto(*receiver, trustNew);
        REQUIRE_FALSE(imported.ok());
        CHECK(imported.errorMessage().contains(u"signed with another key"_s));
        CHECK(recordsDump(*receiver) == dump);
        CHECK(journalRows(*receiver) == journal);
    }
    // Its own bundles (its id and its key) are still its own.
    auto ownBundle = sync::collectForExchange(*receiver, {}, {});
    REQUIRE(ownBundle.ok());
    auto again = sync::applyBundle(*receiver, *ownBundle, {});
    INFO(again.errorMessage().toStdString());
    CHECK(again.ok());
}
