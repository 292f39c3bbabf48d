// The merge side of the USB exchange (SYNC.md): what a bundle carries, how received changes merge, the
// conflict inbox, known devices and the report. One test per guarantee, named after it. Bundles are passed
// as decoded structures here: the file format, encryption and signatures are tested in test_sync_bundle.
#include "Builders.h"
#include "core/demo/DemoLoader.h"
#include "core/model/RecordCatalogue.h"
#include "core/storage/JournalVersions.h"
#include "core/storage/ReferenceRepository.h"
#include "core/storage/SyncRepository.h"
#include "core/sync/BundleReader.h"
#include "core/sync/BundleWriter.h"
#include "core/sync/Merge.h"
#include "core/sync/MergeConflicts.h"
#include "translations/Translations.h"
#include <QElapsedTimer>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlRecord>
#include <QUuid>
#include <functional>

using namespace hamkori;
using namespace hamkori::coretest;
using hamkori::test::TempDatabase;

namespace {

constexpr qint64 kDay = 24 * 3600 * 1000;

sync::Bundle bundleOf(Database& from, const QStringList& teams = {}, const QHash<QString, qint64>& knows = {})
{
    auto bundle = test::exportable(from, teams, knows);
    INFO(bundle.errorMessage().toStdString());
    REQUIRE(bundle.ok());
    return *bundle;
}

sync::MergeReport apply(Database& to, const sync::Bundle& bundle, bool dryRun = false)
{
    auto report = sync::applyBundle(to, bundle, {.dryRun = dryRun, .trustNewSender = true});
    INFO(report.errorMessage().toStdString());
    REQUIRE(report.ok());
    return *report;
}

sync::MergeReport exchange(Database& from, Database& to, const QStringList& teams = {})
{
    return apply(to, bundleOf(from, teams));
}

QStringList conflictList(Database& db)
{
    auto found = sync::conflicts(db);
    REQUIRE(found.ok());
    QStringList lines;
    for (const sync::Conflict& conflict : *found) {
        QStringList values;
        for (const sync::ConflictVersion& version : conflict.versions)
            values << version.field + u'=' + version.value.toString() + u'@' + version.hlc;
        lines << conflict.record + u' ' + conflict.field + u": "_s + values.join(u", "_s);
    }
    return lines;
}

Concern concernOf(Database& db, const QString& uuid)
{
    auto read = ConcernRepository(db).concern(uuid);
    REQUIRE(read.ok());
    return *read;
}

void retitle(Database& db, const QString& uuid, const QString& title)
{
    Concern concern = concernOf(db, uuid);
    concern.title = title;
    auto updated = ConcernRepository(db).updateConcern(concern);
    INFO(updated.errorMessage().toStdString());
    REQUIRE(updated.ok());
}

void replace(Database& db, const QString& uuid, const QString& place)
{
    Concern concern = concernOf(db, uuid);
    concern.place = place;
    REQUIRE(ConcernRepository(db).updateConcern(concern).ok());
}

int liveConcerns(Database& db)
{
    return queryValue(db, u"SELECT COUNT(*) FROM concerns WHERE deleted = 0"_s).toInt();
}

/// Two laptops of one team: A made the team and a concern, B received them.
struct TwoLaptops
{
    TwoLaptops()
    {
        b.clock.advance(kDay); // B's clock is a day ahead of A's: stamps must not care
        team = test::makeTeam(*a, u"ISF"_s);
        concern = makeConcern(*a, team, u"Драки у школы"_s, QDate(2026, 1, 10), u"youth_crime"_s).meta.uuid;
        exchange(*a, *b);
        REQUIRE(recordsDump(*a) == recordsDump(*b));
    }
    TempDatabase a;
    TempDatabase b;
    QString team;
    QString concern;
};

} // namespace

TEST_CASE("Guarantee 1 Convergence: laptops that saw the same changes hold the same data in any order",
          "[sync]")
{
    TwoLaptops pair;
    TempDatabase c;
    exchange(*pair.a, *c);
    const QString other = makeConcern(*pair.a, pair.team, u"Кражи скота"_s, QDate(2026, 1, 12)).meta.uuid;
    exchange(*pair.a, *pair.b);
    exchange(*pair.a, *c);

    // Concurrent changes on three laptops: two titles of one concern (a conflict), a place, a deletion.
    retitle(*pair.a, pair.concern, u"Драки подростков"_s);
    retitle(*pair.b, pair.concern, u"Драки у школы №3"_s);
    replace(*c, pair.concern, u"Чоркӯҳ"_s);
    REQUIRE(ConcernRepository(*c).deleteConcern(other).ok());
    makeMember(*pair.b, pair.team, u"Мавҷуда Раҳимова"_s);

    const sync::Bundle fromA = bundleOf(*pair.a);
    const sync::Bundle fromB = bundleOf(*pair.b);
    const sync::Bundle fromC = bundleOf(*c);
    const QList<QList<const sync::Bundle*>> orders = {{&fromA, &fromB, &fromC},
                                                      {&fromC, &fromB, &fromA},
                                                      {&fromB, &fromC, &fromA, &fromB},
                                                      {&fromC, &fromA, &fromC, &fromB}};
    QStringList dumps;
    QList<QStringList> inboxes;
    for (const auto& order : orders) {
        TempDatabase fresh;
        fresh.clock.advance(-365 * kDay); // a laptop whose clock is a year behind
        for (const sync::Bundle* bundle : order)
            apply(*fresh, *bundle);
        dumps << recordsDump(*fresh);
        inboxes << conflictList(*fresh);
    }
    // The three laptops exchange with each other too, in their own order.
    exchange(*c, *pair.b);
    exchange(*pair.b, *pair.a);
    exchange(*pair.a, *c);
    exchange(*pair.a, *pair.b);
    for (Database* laptop : {&*pair.a, &*pair.b, &*c}) {
        dumps << recordsDump(*laptop);
        inboxes << conflictList(*laptop);
    }
    for (qsizetype i = 1; i < dumps.size(); ++i) {
        INFO("laptop " << i);
        CHECK(dumps[i] == dumps[0]);
        CHECK(inboxes[i] == inboxes[0]);
    }
    CHECK(inboxes[0].size() == 1); // the two titles
    const Concern merged = concernOf(*pair.a, pair.concern);
    CHECK(merged.place == u"Чоркӯҳ"_s);
    // The later stamp wins the display on every laptop (B's clock is a day ahead).
    CHECK(merged.title == u"Драки у школы №3"_s);
    CHECK(deletedFlag(*pair.b, u"concern"_s, other) == 1);
    CHECK(TeamRepository(*c).members(pair.team)->size() == 1);
}

TEST_CASE("Guarantee 2 Idempotence: importing the same bundle again changes nothing and says so", "[sync]")
{
    TwoLaptops pair;
    retitle(*pair.a, pair.concern, u"Драки подростков"_s);
    const sync::Bundle bundle = bundleOf(*pair.a);
    const sync::MergeReport first = apply(*pair.b, bundle);
    CHECK_FALSE(first.changedNothing());
    CHECK(first.kinds.value(u"concern"_s).updated == 1);
    const QString after = test::dumpDatabase(*pair.b);

    const sync::MergeReport again = apply(*pair.b, bundle);
    CHECK(test::dumpDatabase(*pair.b) == after);
    CHECK(again.changedNothing());
    CHECK(again.applied == 0);
    CHECK(again.totals().skipped == int(bundle.entries.size()));
    CHECK(again.totals().added + again.totals().updated + again.totals().deleted == 0);
    REQUIRE_FALSE(again.describe().isEmpty());
    CHECK(again.describe().first().contains(u"already"_s));

    // The same changes arriving through a third laptop are recognised too.
    TempDatabase relay;
    exchange(*pair.a, *relay);
    const QString state = recordsDump(*pair.b);
    const sync::MergeReport relayed = exchange(*relay, *pair.b);
    CHECK(relayed.changedNothing());
    CHECK(recordsDump(*pair.b) == state); // only the relay laptop is new among the known devices
}

TEST_CASE("Guarantee 3 Atomicity: a dry run or a refused import leaves the file byte for byte unchanged",
          "[sync]")
{
    TwoLaptops pair;
    retitle(*pair.a, pair.concern, u"Драки подростков"_s);
    makeConcern(*pair.a, pair.team, u"Кражи скота"_s, QDate(2026, 1, 12));
    retitle(*pair.b, pair.concern, u"Драки у школы №3"_s); // a conflict in the dry run's report
    const sync::Bundle bundle = bundleOf(*pair.a);
    const QString before = test::dumpDatabase(*pair.b);
    const qint64 journalBefore = pair.b->records().journalSize();

    const sync::MergeReport trial = apply(*pair.b, bundle, true);
    CHECK(test::dumpDatabase(*pair.b) == before);
    CHECK(pair.b->records().journalSize() == journalBefore);
    CHECK(trial.dryRun);
    CHECK(trial.describe().first() == u"Trial import: nothing was saved."_s);

    // Another laptop that claims to be A, with another key: refused, nothing written.
    sync::Bundle impostor = bundle;
    impostor.header.publicKey = QByteArray(32, 'x');
    auto refused = sync::applyBundle(*pair.b, impostor, {.trustNewSender = true});
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.errorMessage().contains(u"different key"_s));
    CHECK(test::dumpDatabase(*pair.b) == before);

    // The real import reports exactly what the trial said.
    const sync::MergeReport real = apply(*pair.b, bundle);
    CHECK(real.kinds == trial.kinds);
    CHECK(real.applied == trial.applied);
    CHECK(real.kinds.value(u"concern"_s).added == 1);
    CHECK(real.kinds.value(u"concern"_s).conflicts == 1);
    CHECK(test::dumpDatabase(*pair.b) != before);
}

TEST_CASE("Guarantee 3 Atomicity: one malformed entry is quarantined and reported while the rest applies",
          "[sync]")
{
    TwoLaptops pair;
    retitle(*pair.a, pair.concern, u"Драки подростков"_s);
    const QString fresh = makeConcern(*pair.a, pair.team, u"Кражи скота"_s, QDate(2026, 1, 12)).meta.uuid;
    sync::Bundle bundle = bundleOf(*pair.a);
    JournalEntry unknownField = bundle.entries.last();
    unknownField.signature.clear(); // the sender's own, proven by the bundle's signature
    unknownField.seq = 9000;
    unknownField.field = u"secret_column"_s;
    JournalEntry badKind = unknownField;
    badKind.seq = 9001;
    badKind.kind = u"spaceship"_s;
    JournalEntry badJson = unknownField;
    badJson.seq = 9002;
    badJson.field.clear();
    badJson.value = u"{not json"_s;
    bundle.entries << unknownField << badKind << badJson;

    const sync::MergeReport report = apply(*pair.b, bundle);
    CHECK(report.totals().quarantined == 3);
    CHECK(report.quarantineMessages.size() == 3);
    CHECK(report.quarantineMessages.join(u' ').contains(u"secret_column"_s));
    CHECK(report.quarantineMessages.join(u' ').contains(u"spaceship"_s));
    CHECK(concernOf(*pair.b, pair.concern).title == u"Драки подростков"_s);
    CHECK(concernOf(*pair.b, fresh).title == u"Кражи скота"_s);
    auto kept = SyncRepository(*pair.b).quarantined();
    REQUIRE(kept.ok());
    REQUIRE(kept->size() == 3);
    CHECK(kept->first().entry.field == u"secret_column"_s);
    CHECK(kept->first().sender == pair.a->identity().id());

    // Again: nothing new, the quarantine is not filled twice.
    const QString after = test::dumpDatabase(*pair.b);
    apply(*pair.b, bundle);
    CHECK(test::dumpDatabase(*pair.b) == after);
}

TEST_CASE("Guarantee 3 Atomicity: a record whose parent is missing is kept aside and applies once it arrives",
          "[sync]")
{
    TempDatabase a;
    const QString team = test::makeTeam(*a, u"ISF"_s);
    const QString concern = makeConcern(*a, team, u"Драки у школы"_s, QDate(2026, 1, 10)).meta.uuid;
    sync::Bundle withoutTeam = bundleOf(*a);
    withoutTeam.entries.removeIf([&](const JournalEntry& entry) { return entry.record == team; });

    TempDatabase b;
    const sync::MergeReport report = apply(*b, withoutTeam);
    CHECK(report.kinds.value(u"concern"_s).quarantined == 1);
    CHECK(report.kinds.value(u"status_change"_s).quarantined == 1); // its parent was put aside too
    CHECK(report.applied == 0);
    CHECK(rowCount(*b, u"concerns"_s) == 0);
    CHECK(rowCount(*b, u"journal"_s) == 0); // nothing half-applied
    CHECK(rowCount(*b, u"sync_quarantine"_s) == 2);

    // The full bundle later: B's version vector has nothing of A, so everything comes and applies.
    const sync::MergeReport later = apply(*b, bundleOf(*a, {}, *sync::knows(*b)));
    CHECK(later.totals().quarantined == 0);
    CHECK(later.kinds.value(u"concern"_s).added == 1);
    CHECK(concernOf(*b, concern).title == u"Драки у школы"_s);
    CHECK(recordsDump(*a) == recordsDump(*b));
}

TEST_CASE("Guarantee 3 Atomicity: a record in the middle of a bundle that its table refuses is kept aside "
          "alone while the records before and after it apply",
          "[sync]")
{
    TempDatabase a;
    const QString team = test::makeTeam(*a, u"ISF"_s);
    const QString first = makeConcern(*a, team, u"Драки у школы"_s, QDate(2026, 1, 10)).meta.uuid;
    const QString middle = makeConcern(*a, team, u"Кражи скота"_s, QDate(2026, 1, 11)).meta.uuid;
    const QString last = makeConcern(*a, team, u"Шум по ночам"_s, QDate(2026, 1, 12)).meta.uuid;
    sync::Bundle bundle = bundleOf(*a);
    // The middle concern's creation names a team no laptop has: its row cannot be stored.
    int middleEntries = 0;
    for (JournalEntry& entry : bundle.entries) {
        if (entry.record != middle)
            continue;
        ++middleEntries;
        if (!entry.field.isEmpty())
            continue;
        QJsonObject fields = RecordStore::creationFields(entry.value);
        REQUIRE(fields.contains(u"team"_s));
        fields.insert(u"team"_s, QUuid::createUuid().toString(QUuid::WithoutBraces));
        entry.value = QString::fromUtf8(QJsonDocument(fields).toJson(QJsonDocument::Compact));
        entry.signature.clear(); // the sender's own, proven by the bundle's signature
    }
    REQUIRE(middleEntries >= 1);

    TempDatabase b;
    const sync::MergeReport report = apply(*b, bundle);
    CHECK(report.kinds.value(u"concern"_s).added == 2);
    CHECK(report.kinds.value(u"concern"_s).quarantined == middleEntries);
    CHECK(report.kinds.value(u"status_change"_s).quarantined >= 1); // the middle concern's history
    CHECK(report.applied + report.totals().quarantined == int(bundle.entries.size()));
    CHECK(concernOf(*b, first).title == u"Драки у школы"_s);
    CHECK(concernOf(*b, last).title == u"Шум по ночам"_s);
    CHECK(queryValue(*b, u"SELECT COUNT(*) FROM concerns WHERE uuid = ?"_s, {middle}).toInt() == 0);
    CHECK(queryValue(*b, u"SELECT COUNT(*) FROM journal WHERE record = ?"_s, {middle}).toInt() == 0);
    CHECK(rowCount(*b, u"journal"_s) == report.applied);
    CHECK(rowCount(*b, u"sync_quarantine"_s) == report.totals().quarantined);

    // The same bundle without the damage, later: the middle concern and its history apply too.
    const sync::MergeReport later = apply(*b, bundleOf(*a, {}, *sync::knows(*b)));
    CHECK(later.totals().quarantined == 0);
    CHECK(concernOf(*b, middle).title == u"Кражи скота"_s);
    CHECK(recordsDump(*a) == recordsDump(*b));
}

TEST_CASE("Guarantee 4 Nothing silently lost: two edits of one field are a conflict until a person chooses",
          "[sync]")
{
    TwoLaptops pair;
    retitle(*pair.a, pair.concern, u"Драки подростков"_s);
    pair.a.clock.advance(2 * kDay); // A's edit is the later one this time
    replace(*pair.a, pair.concern, u"Ворух"_s);
    retitle(*pair.b, pair.concern, u"Драки у школы №3"_s);
    exchange(*pair.a, *pair.b);
    exchange(*pair.b, *pair.a);

    for (Database* laptop : {&*pair.a, &*pair.b}) {
        auto inbox = sync::conflicts(*laptop);
        REQUIRE(inbox.ok());
        REQUIRE(inbox->size() == 1);
        const sync::Conflict& conflict = inbox->first();
        CHECK(conflict.kind == u"concern"_s);
        CHECK(conflict.field == u"title"_s);
        CHECK(conflict.label == u"ISF-2026-001"_s);
        CHECK_FALSE(conflict.againstDeletion);
        REQUIRE(conflict.versions.size() == 2);
        CHECK(conflict.versions[0].shown);
        CHECK(conflict.versions[0].value.toString() == u"Драки у школы №3"_s); // B's clock is a day ahead
        CHECK(conflict.versions[0].device == pair.b->identity().id());
        CHECK(conflict.versions[1].value.toString() == u"Драки подростков"_s);
        CHECK(conflict.versions[1].device == pair.a->identity().id());
        CHECK(conflict.versions[1].time().date() == QDate(2026, 1, 1));
        CHECK(concernOf(*laptop, pair.concern).title == u"Драки у школы №3"_s);
        CHECK(concernOf(*laptop, pair.concern).place == u"Ворух"_s); // another field: no conflict
    }

    // A normal edit does not close the conflict: the other value still waits.
    replace(*pair.b, pair.concern, u"Ворух, мактаби 3"_s);
    CHECK(conflictList(*pair.b).size() == 1);

    // The resolution on A travels to B (and through a relay) and closes the conflict there too.
    REQUIRE(sync::resolveConflict(*pair.a, pair.concern, u"title"_s, u"Драки подростков у школы №3"_s).ok());
    CHECK(conflictList(*pair.a).isEmpty());
    CHECK(concernOf(*pair.a, pair.concern).title == u"Драки подростков у школы №3"_s);
    TempDatabase relay;
    exchange(*pair.a, *relay);
    exchange(*relay, *pair.b);
    CHECK(conflictList(*pair.b).isEmpty());
    CHECK(concernOf(*pair.b, pair.concern).title == u"Драки подростков у школы №3"_s);
    exchange(*pair.b, *pair.a);
    CHECK(recordsDump(*pair.a) == recordsDump(*pair.b));

    // Resolving again is refused: there is nothing left to choose.
    CHECK_FALSE(sync::resolveConflict(*pair.b, pair.concern, u"title"_s, u"x"_s).ok());
}

TEST_CASE("Guarantee 4 Nothing silently lost: two laptops that fill different signatory fields of one plan "
          "and one meeting keep both",
          "[sync]")
{
    TwoLaptops pair;
    const QString plan =
        makePlan(*pair.a, pair.team, u"Нақшаи чорабиниҳо"_s, QDate(2026, 1, 1), QDate(2026, 12, 31))
            .meta.uuid;
    const QString meeting = makeMeeting(*pair.a, pair.team, QDate(2026, 2, 3)).meta.uuid;
    exchange(*pair.a, *pair.b);
    auto editPlan = [&](Database& db, const std::function<void(ActionPlan&)>& change) {
        auto current = PlanRepository(db).plan(plan);
        REQUIRE(current.ok());
        ActionPlan next = *current;
        change(next);
        REQUIRE(PlanRepository(db).updatePlan(next).ok());
    };
    auto editMeeting = [&](Database& db, const std::function<void(Meeting&)>& change) {
        auto current = MeetingRepository(db).meeting(meeting);
        REQUIRE(current.ok());
        Meeting next = *current;
        change(next);
        REQUIRE(MeetingRepository(db).updateMeeting(next).ok());
    };
    // A fills the agreer; B, without having seen it, the ordinance and the outgoing number.
    editPlan(*pair.a, [](ActionPlan& p) {
        p.agreerName = u"Ҷ. А. Раҳимзода"_s;
        p.agreerPost = u"Сардори ШВКД дар шаҳри Исфара"_s;
    });
    editPlan(*pair.b, [](ActionPlan& p) {
        p.ordinanceNumber = u"145"_s;
        p.ordinanceDate = QDate(2026, 2, 27);
        p.outgoingNumber = u"12/04"_s;
    });
    editMeeting(*pair.a, [](Meeting& m) { m.chair = u"Раҳимова Мавлуда"_s; });
    editMeeting(*pair.b, [](Meeting& m) { m.secretary = u"Ҷӯраев Фаррух"_s; });
    exchange(*pair.a, *pair.b);
    exchange(*pair.b, *pair.a);

    for (Database* laptop : {&*pair.a, &*pair.b}) {
        CHECK(conflictList(*laptop).isEmpty());
        auto read = PlanRepository(*laptop).plan(plan);
        REQUIRE(read.ok());
        CHECK(read->agreerName == u"Ҷ. А. Раҳимзода"_s);
        CHECK(read->agreerPost == u"Сардори ШВКД дар шаҳри Исфара"_s);
        CHECK(read->ordinanceNumber == u"145"_s);
        CHECK(read->ordinanceDate == QDate(2026, 2, 27));
        CHECK(read->outgoingNumber == u"12/04"_s);
        auto minutes = MeetingRepository(*laptop).meeting(meeting);
        REQUIRE(minutes.ok());
        CHECK(minutes->chair == u"Раҳимова Мавлуда"_s);
        CHECK(minutes->secretary == u"Ҷӯраев Фаррух"_s);
    }
    CHECK(recordsDump(*pair.a) == recordsDump(*pair.b));

    // The same new field written differently on both is a conflict the inbox names by the catalogue's label.
    editPlan(*pair.a, [](ActionPlan& p) { p.agreerName = u"Ф. Раҳимов"_s; });
    editPlan(*pair.b, [](ActionPlan& p) { p.agreerName = u"Ҷ. Раҳимзода"_s; });
    exchange(*pair.a, *pair.b);
    auto inbox = sync::conflicts(*pair.b);
    REQUIRE(inbox.ok());
    REQUIRE(inbox->size() == 1);
    CHECK(inbox->first().field == u"agreer_name"_s);
    CHECK(catalogue::fieldLabel(u"plan"_s, u"agreer_name"_s) == u"name of the one who agreed it"_s);
    REQUIRE(sync::resolveConflict(*pair.b, plan, u"agreer_name"_s, u"Ф. Раҳимов"_s).ok());
    exchange(*pair.b, *pair.a);
    CHECK(conflictList(*pair.a).isEmpty());
    CHECK(PlanRepository(*pair.a).plan(plan)->agreerName == u"Ф. Раҳимов"_s);
}

TEST_CASE("Guarantee 4 Nothing silently lost: the same value written on two laptops is no conflict", "[sync]")
{
    TwoLaptops pair;
    retitle(*pair.a, pair.concern, u"Драки подростков"_s);
    retitle(*pair.b, pair.concern, u"Драки подростков"_s);
    exchange(*pair.a, *pair.b);
    exchange(*pair.b, *pair.a);
    CHECK(conflictList(*pair.a).isEmpty());
    // Editing it afterwards replaces both agreeing versions: still no conflict anywhere.
    retitle(*pair.a, pair.concern, u"Драки у школы"_s);
    exchange(*pair.a, *pair.b);
    CHECK(conflictList(*pair.b).isEmpty());
    CHECK(concernOf(*pair.b, pair.concern).title == u"Драки у школы"_s);
}

TEST_CASE("Guarantee 4 Nothing silently lost: an edit against a deletion is a conflict and stays deleted",
          "[sync]")
{
    TwoLaptops pair;
    retitle(*pair.a, pair.concern, u"Драки подростков"_s); // seen by A's deletion: no conflict
    REQUIRE(ConcernRepository(*pair.a).deleteConcern(pair.concern).ok());
    replace(*pair.b, pair.concern, u"Ворух"_s); // B never saw the deletion
    exchange(*pair.a, *pair.b);
    exchange(*pair.b, *pair.a);

    for (Database* laptop : {&*pair.a, &*pair.b}) {
        CHECK(deletedFlag(*laptop, u"concern"_s, pair.concern) == 1); // no silent resurrection
        auto inbox = sync::conflicts(*laptop);
        REQUIRE(inbox.ok());
        REQUIRE(inbox->size() == 1);
        const sync::Conflict& conflict = inbox->first();
        CHECK(conflict.field == u"deleted"_s);
        CHECK(conflict.againstDeletion);
        REQUIRE(conflict.versions.size() == 2);
        CHECK(conflict.versions[0].value.toInt() == 1);
        CHECK(conflict.versions[0].device == pair.a->identity().id());
        CHECK(conflict.versions[1].field == u"place"_s); // the edit is kept, not lost
        CHECK(conflict.versions[1].value.toString() == u"Ворух"_s);
        CHECK(queryValue(*laptop, u"SELECT place FROM concerns WHERE uuid = ?"_s, {pair.concern}) ==
              u"Ворух"_s);
    }

    // B brings the record back with its edit; the choice travels to A.
    REQUIRE(sync::resolveConflict(*pair.b, pair.concern, u"deleted"_s, false).ok());
    CHECK(deletedFlag(*pair.b, u"concern"_s, pair.concern) == 0);
    exchange(*pair.b, *pair.a);
    CHECK(conflictList(*pair.a).isEmpty());
    CHECK(deletedFlag(*pair.a, u"concern"_s, pair.concern) == 0);
    const Concern back = concernOf(*pair.a, pair.concern);
    CHECK(back.title == u"Драки подростков"_s);
    CHECK(back.place == u"Ворух"_s);
    // What A's deletion took with the concern (its status history) came back with it.
    CHECK(ConcernRepository(*pair.a).statusHistory(pair.concern)->size() == 1);
    CHECK(recordsDump(*pair.a) == recordsDump(*pair.b));
}

TEST_CASE(
    "Guarantee 4 Nothing silently lost: what is added to a record deleted elsewhere waits as a conflict",
    "[sync]")
{
    TwoLaptops pair;
    REQUIRE(ConcernRepository(*pair.a).deleteConcern(pair.concern).ok());
    // B, not knowing, records that the concern was analysed: a new status change and the concern's status.
    REQUIRE(ConcernRepository(*pair.b)
                .changeStatus(pair.concern, ConcernStatus::Analysed, QDate(2026, 1, 20), u"Таҳлил шуд"_s)
                .ok());
    const QString change =
        queryValue(*pair.b, u"SELECT uuid FROM concern_status_history WHERE status = 'analysed'"_s)
            .toString();
    exchange(*pair.a, *pair.b);
    exchange(*pair.b, *pair.a);

    for (Database* laptop : {&*pair.a, &*pair.b}) {
        CHECK(deletedFlag(*laptop, u"concern"_s, pair.concern) == 1);
        auto inbox = sync::conflicts(*laptop);
        REQUIRE(inbox.ok());
        REQUIRE(inbox->size() == 2);
        QHash<QString, sync::Conflict> byRecord;
        for (const sync::Conflict& conflict : *inbox)
            byRecord.insert(conflict.record, conflict);
        REQUIRE(byRecord.contains(change));
        const sync::Conflict& orphan = byRecord.value(change);
        CHECK(orphan.kind == u"status_change"_s);
        CHECK(orphan.againstDeletion);
        REQUIRE(orphan.deletedParents.size() == 1);
        CHECK(orphan.deletedParents.first().uuid == pair.concern);
        CHECK(orphan.versions.first().device == pair.a->identity().id()); // the concern's deletion, shown
        CHECK(byRecord.value(pair.concern).versions.last().field == u"status"_s);
    }
    CHECK(conflictList(*pair.a) == conflictList(*pair.b));

    // A keeps the status change: the concern comes back with it, and both conflicts close everywhere.
    REQUIRE(sync::resolveConflict(*pair.a, change, u"deleted"_s, false).ok());
    CHECK(conflictList(*pair.a).isEmpty());
    exchange(*pair.a, *pair.b);
    CHECK(conflictList(*pair.b).isEmpty());
    CHECK(deletedFlag(*pair.b, u"concern"_s, pair.concern) == 0);
    CHECK(concernOf(*pair.b, pair.concern).status == ConcernStatus::Analysed);
    // The status change B added, and the first one, which A deleted together with the concern, came back too.
    CHECK(ConcernRepository(*pair.b).statusHistory(pair.concern)->size() == 2);
    CHECK(recordsDump(*pair.a) == recordsDump(*pair.b));
}

TEST_CASE("Guarantee 5 No duplicates: records are matched by their UUID, never by name or time", "[sync]")
{
    TempDatabase a;
    TempDatabase b;
    // The same team entered by hand on two laptops: two records, as far as the program can know.
    const QString onA = test::makeTeam(*a, u"ISF"_s);
    const QString onB = test::makeTeam(*b, u"ISF"_s);
    exchange(*a, *b);
    exchange(*b, *a);
    CHECK(rowCount(*a, u"teams"_s) == 2);
    CHECK(TeamRepository(*a).team(onB).ok());
    CHECK(TeamRepository(*b).team(onA).ok());

    // A concern that reaches B directly and through two other laptops is one concern.
    const QString concern = makeConcern(*a, onA, u"Драки"_s, QDate(2026, 2, 1)).meta.uuid;
    TempDatabase c;
    TempDatabase d;
    exchange(*a, *c);
    exchange(*c, *d);
    exchange(*d, *b);
    exchange(*a, *b);
    exchange(*c, *b);
    CHECK(queryValue(*b, u"SELECT COUNT(*) FROM concerns WHERE uuid = ?"_s, {concern}).toInt() == 1);
    CHECK(liveConcerns(*b) == 1);
    CHECK(recordsDump(*a) == recordsDump(*b));
}

TEST_CASE("Guarantee 9 Scoped: a bundle carries the chosen teams and every reference list", "[sync]")
{
    TempDatabase coordinator;
    const QString isfara = test::makeTeam(*coordinator, u"ISF"_s);
    const QString khujand = test::makeTeam(*coordinator, u"KHJ"_s);
    ReferenceItem category;
    category.list = ReferenceList::Category;
    category.nameEn = u"Livestock theft"_s;
    category.nameTg = u"Дуздии чорво"_s;
    auto added = ReferenceRepository(*coordinator).addItem(category);
    REQUIRE(added.ok());
    Concern theft;
    theft.teamUuid = isfara;
    theft.title = u"Кражи скота"_s;
    theft.firstRaised = QDate(2026, 1, 12);
    theft.categoryUuid = added->meta.uuid;
    auto created = ConcernRepository(*coordinator).createConcern(theft);
    REQUIRE(created.ok());
    const QString plan =
        makePlan(*coordinator, isfara, u"Нақша"_s, QDate(2026, 1, 1), QDate(2026, 6, 30)).meta.uuid;
    makeActivity(*coordinator, plan, u"Посбонии шабона"_s);
    const QString other = makeConcern(*coordinator, khujand, u"Драки"_s, QDate(2026, 1, 20)).meta.uuid;
    const QString otherMeeting = makeMeeting(*coordinator, khujand, QDate(2026, 1, 21)).meta.uuid;

    const sync::Bundle bundle = bundleOf(*coordinator, {isfara});
    CHECK(bundle.header.teams == QStringList{isfara});
    QSet<QString> kinds;
    for (const JournalEntry& entry : bundle.entries) {
        kinds.insert(entry.kind);
        CHECK(entry.record != khujand);
        CHECK(entry.record != other);
        CHECK(entry.record != otherMeeting);
    }
    CHECK(kinds.contains(u"reference_item"_s));
    CHECK(kinds.contains(u"activity"_s));
    CHECK(bundle.entries.first().kind == u"reference_item"_s); // before the concern that uses it

    TempDatabase district;
    apply(*district, bundle);
    CHECK(rowCount(*district, u"teams"_s) == 1);
    CHECK(concernOf(*district, created->meta.uuid).categoryUuid == added->meta.uuid);
    CHECK(PlanRepository(*district).activities(plan)->size() == 1);
    CHECK_FALSE(ConcernRepository(*district).concern(other).ok());

    // The district laptop knows only part of the coordinator's numbers: a later bundle for every team,
    // made from what the district laptop says it knows, still brings the rest.
    auto knows = sync::knows(*district);
    REQUIRE(knows.ok());
    CHECK(knows->value(coordinator->identity().id()) <
          sync::knows(*coordinator)->value(coordinator->identity().id()));
    const sync::MergeReport rest = apply(*district, bundleOf(*coordinator, {}, *knows));
    CHECK(rest.kinds.value(u"team"_s).added == 1);
    CHECK(rest.kinds.value(u"concern"_s).added == 1);
    CHECK(recordsDump(*district) == recordsDump(*coordinator));
}

TEST_CASE("Guarantee 10 Explained: the report counts new, updated, deleted, known and conflicting records",
          "[sync]")
{
    TwoLaptops pair;
    const QString second = makeConcern(*pair.a, pair.team, u"Кражи скота"_s, QDate(2026, 1, 12)).meta.uuid;
    exchange(*pair.a, *pair.b);
    makeConcern(*pair.a, pair.team, u"Драки у рынка"_s, QDate(2026, 1, 13)); // new
    retitle(*pair.a, pair.concern, u"Драки подростков"_s);                   // a conflict with B
    replace(*pair.a, pair.concern, u"Ворух"_s);                              // updated
    retitle(*pair.b, pair.concern, u"Драки у школы №3"_s);
    REQUIRE(ConcernRepository(*pair.a).deleteConcern(second).ok()); // deleted, with its status history
    makeMember(*pair.a, pair.team, u"Мавҷуда Раҳимова"_s);

    const sync::MergeReport report = exchange(*pair.a, *pair.b);
    const sync::KindTally concerns = report.kinds.value(u"concern"_s);
    CHECK(concerns.added == 1);
    CHECK(concerns.updated == 1);
    CHECK(concerns.deleted == 1);
    CHECK(concerns.conflicts == 1);
    CHECK(concerns.quarantined == 0);
    CHECK(concerns.skipped == 2); // the two creations B already had
    CHECK(report.kinds.value(u"member"_s).added == 1);
    CHECK(report.kinds.value(u"status_change"_s).added == 1);
    CHECK(report.kinds.value(u"status_change"_s).deleted == 1);
    CHECK(report.sender == pair.a->identity().id());

    // In English as the program shows it: with the English plural forms installed.
    REQUIRE(Translations::install(u"en"_s));
    const QStringList lines = report.describe();
    CHECK(lines.contains(
        u"Concerns: new 1, updated 1, deleted 1, already known 2, conflicts 1, not applied 0."_s));
    CHECK(lines.contains(u"1 conflict waits in the conflict inbox for you to choose a value."_s));
    const QJsonObject json = report.toJson();
    CHECK(json.value(u"kinds"_s).toObject().value(u"concern"_s).toObject().value(u"added"_s).toInt() == 1);
    CHECK(json.value(u"totals"_s).toObject().value(u"conflicts"_s).toInt() == 1);
    CHECK(json.value(u"changedNothing"_s).toBool() == false);
}

TEST_CASE("Known devices are remembered with their key and what they know, and an impersonator is refused",
          "[sync]")
{
    TwoLaptops pair;
    SyncRepository repository(*pair.b);
    auto devices = repository.knownDevices();
    REQUIRE(devices.ok());
    REQUIRE(devices->size() == 1);
    const KnownDevice& a = devices->first();
    CHECK(a.id == pair.a->identity().id());
    CHECK(a.publicKey == pair.a->identity().publicKey());
    CHECK(a.fingerprint() == pair.a->identity().fingerprint());
    CHECK(a.lastBundle.isValid());
    CHECK(a.knows.value(pair.a->identity().id()) == pair.a->records().journalSize());
    CHECK(repository.isKnownDevice(pair.a->identity().id(), pair.a->identity().publicKey()));
    CHECK_FALSE(repository.isKnownDevice(pair.a->identity().id(), QByteArray(32, 'x')));
    CHECK_FALSE(repository.isKnownDevice(pair.b->identity().id(), pair.b->identity().publicKey()));

    Transaction transaction(*pair.b);
    CHECK_FALSE(
        repository.trustDevice(pair.a->identity().id(), QByteArray(32, 'x'), u"Ноутбуки Исфара"_s).ok());
    const QString other = newUuid();
    REQUIRE(repository.trustDevice(other, QByteArray(32, 'y'), u"Ноутбуки Хуҷанд"_s).ok());
    REQUIRE(transaction.commit().ok());
    CHECK(repository.isKnownDevice(other, QByteArray(32, 'y')));
    CHECK(repository.knownDevices()->size() == 2);
}

TEST_CASE("Guarantee 6 Attributable: core refuses a bundle from an unknown laptop unless the user trusted it",
          "[sync][exchange-gui]")
{
    TempDatabase a;
    TempDatabase b;
    const QString team = test::makeTeam(*a, u"ISF"_s);
    const sync::Bundle bundle = bundleOf(*a);
    const QString before = test::dumpDatabase(*b);

    // Not trusted (nor a dry run of it): refused with the message that says what to do, nothing written.
    for (const bool dryRun : {false, true}) {
        auto refused = sync::applyBundle(*b, bundle, {.dryRun = dryRun});
        REQUIRE_FALSE(refused.ok());
        CHECK(refused.errorMessage().startsWith(u"This bundle comes from a laptop not yet trusted here"_s));
        CHECK(refused.errorMessage().contains(a->identity().fingerprint()));
        CHECK(test::dumpDatabase(*b) == before);
    }
    CHECK_FALSE(SyncRepository(*b).isKnownDevice(a->identity().id(), a->identity().publicKey()));
    CHECK_FALSE(TeamRepository(*b).team(team).ok());

    // Trusted: applied, and the laptop is known from now on, so its next bundle needs no trust.
    auto trusted = sync::applyBundle(*b, bundle, {.trustNewSender = true});
    INFO(trusted.errorMessage().toStdString());
    REQUIRE(trusted.ok());
    CHECK(trusted->kinds.value(u"team"_s).added == 1);
    CHECK(TeamRepository(*b).team(team)->code == u"ISF"_s);
    CHECK(SyncRepository(*b).isKnownDevice(a->identity().id(), a->identity().publicKey()));
    test::makeTeam(*a, u"KHJ"_s);
    auto next = sync::applyBundle(*b, bundleOf(*a), {});
    INFO(next.errorMessage().toStdString());
    REQUIRE(next.ok());
    CHECK(next->kinds.value(u"team"_s).added == 1);
}

TEST_CASE("The version vector counts each device's entries up to its first gap", "[sync]")
{
    TwoLaptops pair;
    auto knows = sync::knows(*pair.b);
    REQUIRE(knows.ok());
    CHECK(knows->value(pair.a->identity().id()) == pair.a->records().journalSize());
    CHECK_FALSE(knows->contains(pair.b->identity().id())); // B has written nothing yet

    // A bundle only of what B lacks: nothing when B knows everything.
    CHECK(bundleOf(*pair.a, {}, *knows).entries.isEmpty());
    retitle(*pair.a, pair.concern, u"Драки подростков"_s);
    const sync::Bundle delta = bundleOf(*pair.a, {}, *knows);
    REQUIRE(delta.entries.size() == 1);
    CHECK(delta.entries.first().field == u"title"_s);
}

TEST_CASE("A local deletion names every version it saw, a local edit the version it replaced", "[sync]")
{
    TwoLaptops pair;
    retitle(*pair.a, pair.concern, u"Драки подростков"_s);
    const QString titleStamp = concernOf(*pair.a, pair.concern).meta.modifiedHlc;
    const QString created = concernOf(*pair.a, pair.concern).meta.createdHlc;
    REQUIRE(ConcernRepository(*pair.a).deleteConcern(pair.concern).ok());
    auto journal = pair.a->records().journalFor(pair.concern);
    REQUIRE(journal.ok());
    const JournalEntry deletion = journal->last();
    CHECK(deletion.field == u"deleted"_s);
    CHECK(journal::splitStamps(deletion.prevHlc) == QStringList{created, titleStamp});
    CHECK((*journal)[journal->size() - 2].prevHlc == created); // the title replaced the created one
}

TEST_CASE("The demo's ten teams travel whole to an empty laptop", "[sync]")
{
    TempDatabase a;
    auto loaded = demo::loadDemo(*a);
    REQUIRE(loaded.ok());
    QElapsedTimer timer;
    timer.start();
    const sync::Bundle bundle = bundleOf(*a);
    const qint64 collected = timer.restart();
    TempDatabase b;
    timer.restart();
    const sync::MergeReport report = apply(*b, bundle);
    const qint64 applied = timer.elapsed();
    INFO(bundle.entries.size() << " entries: collected in " << collected << " ms, applied in " << applied
                               << " ms");
    CHECK(report.totals().quarantined == 0);
    CHECK(report.kinds.value(u"team"_s).added == 12);
    CHECK(recordsDump(*a) == recordsDump(*b));
    CHECK(conflictList(*b).isEmpty());
}

TEST_CASE("A bundle that went through the encrypted file applies exactly like the one it was made from",
          "[sync]")
{
    TwoLaptops pair;
    retitle(*pair.a, pair.concern, u"Драки подростков"_s);
    const QString other = makeConcern(*pair.a, pair.team, u"Кражи скота"_s, QDate(2026, 1, 12)).meta.uuid;
    REQUIRE(ConcernRepository(*pair.a).deleteConcern(other).ok());
    const sync::Bundle made = bundleOf(*pair.a, {pair.team}, *sync::knows(*pair.b));
    sync::BundleWriteOptions options;
    options.keyDerivation = sync::KeyDerivation::minimum();
    const QString passphrase = u"кӯҳи сабз дар баҳор"_s;
    auto file = sync::encodeBundle(made, passphrase, test::deviceKey(*pair.a), options);
    INFO(file.errorMessage().toStdString());
    REQUIRE(file.ok());
    auto read = sync::decodeBundle(*file, passphrase);
    INFO(read.errorMessage().toStdString());
    REQUIRE(read.ok());
    REQUIRE(read->entries.size() == made.entries.size());

    TempDatabase c;
    exchange(*pair.b, *c); // C is where B was
    const sync::MergeReport fromFile = apply(*pair.b, *read);
    const sync::MergeReport fromMemory = apply(*c, made);
    CHECK(fromFile.kinds == fromMemory.kinds);
    CHECK(recordsDump(*pair.b) == recordsDump(*pair.a));
    CHECK(recordsDump(*c) == recordsDump(*pair.a));
}

TEST_CASE("Applying a bundle tells how far it is, from the first record to the last", "[sync]")
{
    TwoLaptops pair;
    for (int i = 0; i < 600; ++i)
        makeConcern(*pair.a, pair.team, u"Ҷанҷол %1"_s.arg(i), QDate(2026, 1, 1).addDays(i % 300));
    auto bundle = test::exportable(*pair.a, {}, {});
    REQUIRE(bundle.ok());
    QList<std::pair<int, int>> told;
    sync::ApplyOptions options;
    options.trustNewSender = true;
    options.progress = [&](int done, int total) { told.append({done, total}); };
    auto report = sync::applyBundle(*pair.b, *bundle, options);
    INFO(report.errorMessage().toStdString());
    REQUIRE(report.ok());
    REQUIRE(told.size() >= 3);
    const int total = told.first().second;
    CHECK(total >= 600); // every new record of the bundle: at least the 600 concerns
    CHECK(told.first().first == 0);
    CHECK(told.last() == std::pair(total, total));
    for (int i = 1; i < told.size(); ++i) {
        CHECK(told[i].second == total);
        CHECK(told[i].first >= told[i - 1].first);
    }
}
