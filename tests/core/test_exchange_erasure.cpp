// Issue 16, finding 9: "Erase from history". A survivor's name typed by mistake into a concern and then
// removed is erased from the journal here, never leaves in a bundle again, and is erased on every laptop that
// has it or receives it later, in any order; the signatures of the erased changes still prove their author.
#include "Builders.h"
#include "core/storage/ConcernRepository.h"
#include "core/storage/SyncRepository.h"
#include "core/sync/BundleReader.h"
#include "core/sync/BundleWriter.h"
#include "core/sync/Erasure.h"
#include "core/sync/Merge.h"
#include <QFile>
#include <QSqlQuery>

using namespace hamkori;
using namespace hamkori::coretest;
using hamkori::test::TempDatabase;

namespace {

const QString kName = u"Зарина Қодирова"_s;

sync::MergeReport importInto(Database& to, const sync::Bundle& bundle)
{
    auto report = sync::applyBundle(to, bundle, {.dryRun = false, .trustNewSender = true});
    INFO(report.errorMessage().toStdString());
    REQUIRE(report.ok());
    return *report;
}

sync::Bundle exported(Database& from)
{
    auto bundle = test::exportable(from);
    INFO(bundle.errorMessage().toStdString());
    REQUIRE(bundle.ok());
    return *bundle;
}

void setVictim(Database& db, const QString& uuid, const QString& victim)
{
    auto concern = ConcernRepository(db).concern(uuid);
    REQUIRE(concern.ok());
    concern->triangle.victim = victim;
    auto updated = ConcernRepository(db).updateConcern(*concern);
    INFO(updated.errorMessage().toStdString());
    REQUIRE(updated.ok());
}

QString victimOf(Database& db, const QString& uuid)
{
    auto concern = ConcernRepository(db).concern(uuid);
    REQUIRE(concern.ok());
    return concern->triangle.victim;
}

/// Whether any value of the journal (creations decompressed) or of the entries kept aside holds the text.
bool historyHolds(Database& db, const QString& text)
{
    for (const QString& table : {u"journal"_s, u"sync_quarantine"_s}) {
        QSqlQuery query(db.connection());
        REQUIRE(query.exec(u"SELECT value FROM "_s + table));
        while (query.next()) {
            const QVariant value = query.value(0);
            const QString shown = value.typeId() == QMetaType::QByteArray
                                      ? QString::fromUtf8(qUncompress(value.toByteArray()))
                                      : value.toString();
            if (shown.contains(text))
                return true;
        }
    }
    return false;
}

bool bundleHolds(const sync::Bundle& bundle, const QString& text)
{
    for (const JournalEntry& entry : bundle.entries) {
        const QString shown = entry.value.typeId() == QMetaType::QByteArray
                                  ? QString::fromUtf8(qUncompress(entry.value.toByteArray()))
                                  : entry.value.toString();
        if (shown.contains(text))
            return true;
    }
    return false;
}

} // namespace

TEST_CASE("Finding 9: a name erased from a concern's history is gone here, from every bundle, and from every "
          "laptop that has it or receives it later",
          "[sync][hostile]")
{
    TempDatabase a, b, early, late;
    const QString team = test::makeTeam(*a, u"ISF"_s);
    const Concern concern = makeConcern(*a, team, u"Зӯроварӣ дар оила"_s, QDate(2026, 2, 1));
    setVictim(*a, concern.meta.uuid, kName); // typed by mistake…
    importInto(*b, exported(*a));
    const sync::Bundle beforeErasure = exported(*b);     // a stick made before: it still holds the name
    setVictim(*a, concern.meta.uuid, u"Зани 34-сола"_s); // …then removed
    REQUIRE(historyHolds(*a, kName));

    auto count = sync::Erasure::earlierValues(*a, concern.meta.uuid, u"victim"_s);
    REQUIRE(count.ok());
    CHECK(*count == 1);
    auto erased = sync::Erasure::eraseFromHistory(*a, u"concern"_s, concern.meta.uuid, u"victim"_s);
    INFO(erased.errorMessage().toStdString());
    REQUIRE(erased.ok());
    CHECK(*erased == 1);
    CHECK_FALSE(historyHolds(*a, kName));
    CHECK(victimOf(*a, concern.meta.uuid) == u"Зани 34-сола"_s); // the value shown now stays
    // Nothing left to erase: said so, nothing changed.
    const QString dump = test::dumpDatabase(*a);
    CHECK_FALSE(sync::Erasure::eraseFromHistory(*a, u"concern"_s, concern.meta.uuid, u"victim"_s).ok());
    CHECK(test::dumpDatabase(*a) == dump);
    // Not in the data file's bytes either (free pages are zeroed, the log emptied).
    for (const QString& path : QStringList{a.path(), a.path() + u"-wal"_s}) {
        QFile file(path);
        if (file.open(QIODevice::ReadOnly)) {
            INFO(path.toStdString());
            CHECK_FALSE(file.readAll().contains(kName.toUtf8()));
        }
    }

    // The next bundle carries no trace of the name, only the instruction; B erases it too.
    const sync::Bundle afterErasure = exported(*a);
    CHECK_FALSE(bundleHolds(afterErasure, kName));
    const sync::MergeReport atB = importInto(*b, afterErasure);
    CHECK(atB.erased == 1);
    CHECK(atB.totals().refused == 0);
    CHECK_FALSE(historyHolds(*b, kName));
    CHECK(victimOf(*b, concern.meta.uuid) == u"Зани 34-сола"_s);
    CHECK_FALSE(bundleHolds(exported(*b), kName));

    // A laptop that got the old stick first, and one that gets it after the erasure: both end without it.
    importInto(*early, beforeErasure);
    REQUIRE(historyHolds(*early, kName));
    importInto(*early, exported(*b)); // relayed by B: the erased changes still prove A as their author
    CHECK_FALSE(historyHolds(*early, kName));
    importInto(*late, exported(*b));
    importInto(*late, beforeErasure);
    CHECK_FALSE(historyHolds(*late, kName));
    CHECK(victimOf(*late, concern.meta.uuid) == u"Зани 34-сола"_s);
    CHECK(recordsDump(*late) == recordsDump(*early));
}

TEST_CASE("Finding 9: only text fields of concerns and fields that can name a person can be erased",
          "[sync][hostile]")
{
    CHECK(sync::Erasure::erasable(u"concern"_s, u"victim"_s));
    CHECK(sync::Erasure::erasable(u"concern"_s, u"title"_s));
    CHECK(sync::Erasure::erasable(u"member"_s, u"name"_s));
    CHECK(sync::Erasure::erasable(u"member"_s, u"phone"_s));
    CHECK_FALSE(sync::Erasure::erasable(u"concern"_s, u"status"_s));
    CHECK_FALSE(sync::Erasure::erasable(u"team"_s, u"code"_s));
    TempDatabase db;
    const QString team = test::makeTeam(*db, u"ISF"_s);
    auto refused = sync::Erasure::eraseFromHistory(*db, u"team"_s, team, u"code"_s);
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.errorMessage().contains(u"cannot be erased"_s));
}
