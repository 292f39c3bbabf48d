// Issue 16, findings 2, 7 and 8: every change is proven its author's wherever it travels, a lost stick tells
// only that it is a Hamkori bundle, and a copied data file cannot sign. Real files, real libsodium, bundles
// written and read by the real code; the hostile ones made in the test.
#include "Builders.h"
#include "HostileBundles.h"
#include "core/storage/ConcernRepository.h"
#include "core/storage/HybridClock.h"
#include "core/storage/JournalSignature.h"
#include "core/storage/JournalWriter.h"
#include "core/storage/SyncRepository.h"
#include "core/sync/Export.h"
#include "core/sync/KeyLock.h"
#include "core/sync/Merge.h"
#include <QDir>
#include <QFile>
#include <QSqlQuery>

using namespace hamkori;
using namespace hamkori::coretest;
using hamkori::test::TempDatabase;

namespace {

sync::MergeReport importInto(Database& to, const sync::Bundle& bundle)
{
    auto report = sync::applyBundle(to, bundle, {.dryRun = false, .trustNewSender = true});
    INFO(report.errorMessage().toStdString());
    REQUIRE(report.ok());
    return *report;
}

sync::Bundle exported(Database& from, const QHash<QString, qint64>& knows = {})
{
    auto bundle = test::exportable(from, {}, knows);
    INFO(bundle.errorMessage().toStdString());
    REQUIRE(bundle.ok());
    return *bundle;
}

void retitle(Database& db, const QString& uuid, const QString& title)
{
    auto concern = ConcernRepository(db).concern(uuid);
    REQUIRE(concern.ok());
    concern->title = title;
    REQUIRE(ConcernRepository(db).updateConcern(*concern).ok());
}

QString titleOf(Database& db, const QString& uuid)
{
    auto concern = ConcernRepository(db).concern(uuid);
    REQUIRE(concern.ok());
    return concern->title;
}

bool journalHolds(Database& db, const QString& device, qint64 seq)
{
    return queryValue(db, u"SELECT COUNT(*) FROM journal WHERE device = ? AND seq = ?"_s, {device, seq})
               .toInt() == 1;
}

int unsignedEntries(Database& db, const QString& device)
{
    return queryValue(db, u"SELECT COUNT(*) FROM journal WHERE device = ? AND signature IS NULL"_s, {device})
        .toInt();
}

} // namespace

TEST_CASE("Finding 2: a change written in another laptop's name with its next number is refused, and the "
          "genuine change with that number still arrives",
          "[sync][hostile]")
{
    TempDatabase genuine, hostile, receiver;
    const QString team = test::makeTeam(*genuine, u"ISF"_s);
    const Concern concern = makeConcern(*genuine, team, u"Кӯчаҳои торик"_s, QDate(2026, 2, 1));
    importInto(*hostile, exported(*genuine));
    importInto(*receiver, exported(*genuine));
    importInto(*receiver, exported(*hostile)); // the hostile laptop is trusted: it exchanged before

    // The hostile laptop writes a change in the genuine one's name with its next number, signed with its own
    // key, and sends it among its own changes.
    const QString author = genuine->identity().id();
    const qint64 next = genuine->journal().lastOwnSeq() + 1;
    sync::Bundle forged = exported(*hostile);
    auto last = genuine->records().journalFor(concern.meta.uuid);
    REQUIRE(last.ok());
    JournalEntry entry{author,
                       next,
                       HlcStamp{1767225600000 + 30LL * 86400000, 0, author}.toString(),
                       u"concern"_s,
                       concern.meta.uuid,
                       u"title"_s,
                       u"Номи дурӯғин"_s,
                       last->last().hlc};
    entry.signature = test::deviceKey(*hostile).sign(journal::signedMessage(entry));
    forged.entries << entry;
    const sync::MergeReport report = importInto(*receiver, forged);
    CHECK(report.totals().refused == 1);
    REQUIRE(report.setAside.size() == 1);
    CHECK(report.setAside.first().code == u"unverified"_s);
    CHECK_FALSE(journalHolds(*receiver, author, next));        // never recorded
    CHECK(SyncRepository(*receiver).quarantined()->isEmpty()); // nor kept aside
    CHECK(titleOf(*receiver, concern.meta.uuid) == u"Кӯчаҳои торик"_s);
    // Unsigned, it is refused the same way: only the sender's own changes are proven by the bundle alone.
    entry.signature.clear();
    forged.entries.last() = entry;
    CHECK(importInto(*receiver, forged).totals().refused == 1);

    // The genuine change with that number arrives and is shown.
    retitle(*genuine, concern.meta.uuid, u"Чароғҳо дар кӯча нестанд"_s);
    REQUIRE(genuine->journal().lastOwnSeq() == next);
    const sync::MergeReport arrived = importInto(*receiver, exported(*genuine));
    CHECK(arrived.totals().refused == 0);
    CHECK(arrived.totals().quarantined == 0);
    CHECK(journalHolds(*receiver, author, next));
    CHECK(titleOf(*receiver, concern.meta.uuid) == u"Чароғҳо дар кӯча нестанд"_s);
}

TEST_CASE("Finding 2: a relayed change is proven by its author's signature, and an altered one is refused",
          "[sync][hostile]")
{
    TempDatabase author, relay, receiver;
    const QString team = test::makeTeam(*author, u"ISF"_s);
    const Concern concern = makeConcern(*author, team, u"Кӯчаҳои торик"_s, QDate(2026, 2, 1));
    importInto(*relay, exported(*author));

    // The receiver never met the author: the relay's bundle gives the author's key, its signatures hold.
    sync::Bundle relayed = exported(*relay);
    REQUIRE(relayed.keys.value(author->identity().id()) == author->identity().publicKey());
    SECTION("passed on as it is, it applies and the author's key is kept")
    {
        const sync::MergeReport report = importInto(*receiver, relayed);
        CHECK(report.totals().refused == 0);
        CHECK(titleOf(*receiver, concern.meta.uuid) == u"Кӯчаҳои торик"_s);
        auto keys = SyncRepository(*receiver).relayedKeys();
        REQUIRE(keys.ok());
        CHECK(keys->value(author->identity().id()) == author->identity().publicKey());
        CHECK(unsignedEntries(*receiver, author->identity().id()) == 0); // signatures kept, to relay on
    }
    SECTION("a value changed on the way is refused")
    {
        for (JournalEntry& entry : relayed.entries)
            if (entry.record == concern.meta.uuid && entry.field.isEmpty())
                entry.value = entry.value.toString().replace(u"Кӯчаҳои торик"_s, u"Номи дигар"_s);
        const sync::MergeReport report = importInto(*receiver, relayed);
        CHECK(report.totals().refused >= 1);
        CHECK_FALSE(ConcernRepository(*receiver).concern(concern.meta.uuid).ok());
    }
    SECTION("a key the receiver already holds for the author cannot be replaced by a relay")
    {
        importInto(*receiver, exported(*author));
        const sync::SigningKey stranger = sync::SigningKey::generate();
        retitle(*author, concern.meta.uuid, u"Нав"_s);
        sync::Bundle again = exported(*author);
        importInto(*relay, again);
        sync::Bundle lying = exported(*relay);
        lying.keys.insert(author->identity().id(), stranger.publicKey);
        for (JournalEntry& entry : lying.entries)
            if (entry.device == author->identity().id())
                entry.signature = stranger.sign(journal::signedMessage(entry));
        const sync::MergeReport report = importInto(*receiver, lying);
        CHECK(report.totals().refused >= 1);
        CHECK(titleOf(*receiver, concern.meta.uuid) == u"Кӯчаҳои торик"_s);
    }
}

TEST_CASE("Finding 2: changes held unsigned (from an older Hamkori) take their author's signature when it "
          "arrives, and are relayed with it",
          "[sync][hostile]")
{
    TempDatabase author, holder, receiver;
    const QString team = test::makeTeam(*author, u"ISF"_s);
    const Concern concern = makeConcern(*author, team, u"Кӯчаҳои торик"_s, QDate(2026, 2, 1));
    // The holder got the author's changes from a Hamkori that did not sign (format 2: proven by the bundle).
    sync::Bundle old = exported(*author);
    for (JournalEntry& entry : old.entries)
        entry.signature.clear();
    importInto(*holder, old);
    REQUIRE(unsignedEntries(*holder, author->identity().id()) > 0);
    // Relayed unsigned, they cannot be proven: refused, not kept.
    sync::Bundle unsignedRelay = exported(*holder);
    const sync::MergeReport refused = importInto(*receiver, unsignedRelay);
    CHECK(refused.totals().refused > 0);
    CHECK_FALSE(ConcernRepository(*receiver).concern(concern.meta.uuid).ok());

    // The author's signed bundle reaches the holder: nothing new, but the signatures are kept…
    const sync::MergeReport signedCopy = importInto(*holder, exported(*author));
    CHECK(signedCopy.applied == 0);
    CHECK(unsignedEntries(*holder, author->identity().id()) == 0);
    // …and the holder's next bundle proves them to the receiver.
    const sync::MergeReport relayed = importInto(*receiver, exported(*holder));
    CHECK(relayed.totals().refused == 0);
    CHECK(titleOf(*receiver, concern.meta.uuid) == u"Кӯчаҳои торик"_s);
}

TEST_CASE("Finding 7: an export for one laptop carries only what it lacks", "[sync][hostile]")
{
    TempDatabase a, b;
    const QString team = test::makeTeam(*a, u"ISF"_s);
    const Concern concern = makeConcern(*a, team, u"Кӯчаҳои торик"_s, QDate(2026, 2, 1));
    importInto(*b, exported(*a));
    importInto(*a, exported(*b)); // A now knows what B holds
    retitle(*a, concern.meta.uuid, u"Чароғҳо дар кӯча нестанд"_s);

    QTemporaryDir stick;
    sync::ExportRequest request;
    request.folder = stick.path();
    request.passphrase = test::keyPassphrase();
    request.write = {sync::KeyDerivation::minimum()};
    request.lockCost = sync::KeyDerivation::minimum();
    auto everything = sync::Export::run(*a, request);
    REQUIRE(everything.ok());
    request.receiver = b->identity().id();
    auto forB = sync::Export::run(*a, request);
    INFO(forB.errorMessage().toStdString());
    REQUIRE(forB.ok());
    CHECK(forB->changes == 1);                  // the new title alone
    CHECK(everything->changes > forB->changes); // the team, the concern and its history too
    auto bytes = sync::readBundleFile(forB->path);
    REQUIRE(bytes.ok());
    auto bundle = sync::decodeBundle(*bytes, test::keyPassphrase());
    REQUIRE(bundle.ok());
    importInto(*b, *bundle);
    CHECK(titleOf(*b, concern.meta.uuid) == u"Чароғҳо дар кӯча нестанд"_s);

    // A laptop never heard from: what it lacks is unknown, and the user is told to export for any laptop.
    request.receiver = u"0a9b8c7d-6e5f-4a3b-8c2d-1e0f9a8b7c6d"_s;
    auto unknown = sync::Export::run(*a, request);
    REQUIRE_FALSE(unknown.ok());
    CHECK(unknown.errorMessage().contains(u"Export for any laptop instead"_s));
}

TEST_CASE("Finding 8: after an export, a copied data file cannot sign without the exchange passphrase",
          "[sync][hostile]")
{
    TempDatabase laptop;
    const QString team = test::makeTeam(*laptop, u"ISF"_s);
    makeConcern(*laptop, team, u"Кӯчаҳои торик"_s, QDate(2026, 2, 1));
    const QByteArray secret = queryValue(*laptop, u"SELECT secret_key FROM device_identity"_s).toByteArray();
    REQUIRE(secret.size() == 64);
    CHECK_FALSE(laptop->identity().sign("x"_ba).isEmpty()); // a new file signs with its plain key…

    exported(*laptop); // …until its first export locks it under the passphrase
    CHECK(laptop->identity().sign("x"_ba).isEmpty());
    CHECK(queryValue(*laptop, u"SELECT length(secret_key) FROM device_identity"_s).toInt() == 0);
    CHECK(queryValue(*laptop, u"SELECT length(locked_key) FROM device_identity"_s).toInt() > 64);
    CHECK(unsignedEntries(*laptop, laptop->identity().id()) == 0); // every change it made is signed

    // Neither the file nor its write-ahead log holds the plain key any more.
    const QString copy = laptop.dir.filePath(u"stolen.sqlite"_s);
    laptop.copyFileTo(copy);
    for (const QString& path : QStringList{copy, laptop.path(), laptop.path() + u"-wal"_s}) {
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly))
            continue;
        INFO(path.toStdString());
        CHECK_FALSE(file.readAll().contains(secret));
    }

    // The copy opened elsewhere: the key opens only with the passphrase.
    TempDatabase thief;
    thief.replaceFileWith(copy);
    auto wrong = sync::unlockForExport(*thief, u"ин калид нест, дуздам"_s, sync::KeyDerivation::minimum());
    REQUIRE_FALSE(wrong.ok());
    CHECK(wrong.errorMessage() == sync::KeyLock::lockedWithAnotherPassphrase());
    CHECK(sync::unlockForExport(*thief, test::keyPassphrase(), sync::KeyDerivation::minimum()).ok());
}

TEST_CASE("Finding 8: a renewed identity's introduction waits for the passphrase and is signed at the next "
          "export, and a new passphrase locks the keys again",
          "[sync][hostile]")
{
    TempDatabase first, second, receiver;
    const QString team = test::makeTeam(*first, u"ISF"_s);
    const Concern concern = makeConcern(*first, team, u"Кӯчаҳои торик"_s, QDate(2026, 2, 1));
    importInto(*receiver, exported(*first)); // locks the key and makes the laptop known
    const QString copy = first.dir.filePath(u"copy.sqlite"_s);
    first.copyFileTo(copy);
    second.replaceFileWith(copy);
    retitle(*second, concern.meta.uuid, u"Дар нусха"_s); // the copy's first write renews its identity
    REQUIRE(second->identity().id() != first->identity().id());
    CHECK(second->identity().introductions()->isEmpty()); // the former key is locked: the link waits

    const sync::Bundle bundle = exported(*second);
    REQUIRE(bundle.header.introductions.size() == 1);
    const sync::MergeReport report = importInto(*receiver, bundle);
    CHECK_FALSE(report.introduction.isEmpty()); // trusted because the known laptop vouched for it
    CHECK(titleOf(*receiver, concern.meta.uuid) == u"Дар нусха"_s);

    REQUIRE(sync::relockKeys(*second, test::keyPassphrase(), u"гули сурх дар тирамоҳ"_s,
                             sync::KeyDerivation::minimum())
                .ok());
    CHECK_FALSE(sync::unlockForExport(*second, test::keyPassphrase(), sync::KeyDerivation::minimum()).ok());
    CHECK(sync::unlockForExport(*second, u"гули сурх дар тирамоҳ"_s, sync::KeyDerivation::minimum()).ok());
    auto wrongOld =
        sync::relockKeys(*second, u"ғалат"_s, test::keyPassphrase(), sync::KeyDerivation::minimum());
    CHECK_FALSE(wrongOld.ok());
}
