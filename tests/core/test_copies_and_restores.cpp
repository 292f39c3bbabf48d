// SYNC.md guarantee 11: a data file copied to another laptop, or put back from an older copy, takes a new
// device identity before its first write, its predecessor introduces it to the other laptops, and every edit
// made anywhere arrives everywhere. Each TempDatabase is a laptop of its own (its own identity ledger).
#include "Builders.h"
#include "core/storage/IdentityLedger.h"
#include "core/storage/SyncRepository.h"
#include "core/sync/BundleReader.h"
#include "core/sync/BundleWriter.h"
#include "core/sync/Merge.h"
#include "core/sync/SenderTrust.h"
#include <QSignalSpy>
#include <QSqlRecord>

using namespace hamkori;
using namespace hamkori::coretest;
using hamkori::test::TempDatabase;

namespace {

constexpr qint64 kHour = 3600 * 1000;

sync::Bundle bundleOf(Database& from)
{
    auto bundle = test::exportable(from, {}, {});
    INFO(bundle.errorMessage().toStdString());
    REQUIRE(bundle.ok());
    return *bundle;
}

/// What a laptop's user does: import the other's bundle, trusting it only when a person would have to.
sync::MergeReport importInto(Database& to, Database& from, bool personTrusts = false)
{
    // Through the file format, so that the introductions travel as they would on a stick.
    const sync::Bundle bundle = bundleOf(from);
    auto file = sync::encodeBundle(bundle, u"correct horse battery staple"_s, test::deviceKey(from),
                                   {.keyDerivation = sync::KeyDerivation::minimum()});
    REQUIRE(file.ok());
    auto decoded = sync::decodeBundle(*file, u"correct horse battery staple"_s);
    REQUIRE(decoded.ok());
    auto report = sync::applyBundle(to, *decoded, {.trustNewSender = personTrusts});
    INFO(report.errorMessage().toStdString());
    REQUIRE(report.ok());
    return *report;
}

QStringList concernTitles(Database& db)
{
    QStringList titles;
    QSqlQuery rows(db.connection());
    REQUIRE(rows.exec(u"SELECT title FROM concerns WHERE deleted = 0 ORDER BY title"_s));
    while (rows.next())
        titles << rows.value(0).toString();
    return titles;
}

int keptAside(Database& db)
{
    return queryValue(db, u"SELECT COUNT(*) FROM sync_quarantine"_s).toInt();
}

/// Journal numbers used twice under one identity with different content: what this guarantee forbids.
int reusedNumbers(Database& db)
{
    return queryValue(db, u"SELECT COUNT(*) FROM (SELECT device, seq FROM journal GROUP BY device, seq "
                          u"HAVING COUNT(DISTINCT hlc) > 1)"_s)
        .toInt();
}

} // namespace

TEST_CASE("A file copied to a second laptop takes a new identity, both edit, a third imports both and every "
          "edit arrives",
          "[sync][guarantee-11]")
{
    TempDatabase a;
    const QString team = test::makeTeam(*a, u"ISF"_s);
    makeConcern(*a, team, u"Драки у школы"_s, QDate(2026, 1, 10), u"youth_crime"_s);
    const QString original = a->identity().id();
    const QString copy = a.dir.filePath(u"copy-for-b.sqlite"_s);
    a.copyFileTo(copy);

    TempDatabase b;
    b.clock.advance(kHour);
    b.replaceFileWith(copy);
    CHECK(b->identity().id() == original); // reading changes nothing
    QSignalSpy renewed(&*b, &Database::identityRenewed);
    makeConcern(*b, team, u"Кражи скота"_s, QDate(2026, 2, 1), u"theft"_s);
    REQUIRE(renewed.size() == 1);
    const auto renewal = renewed.first().first().value<IdentityRenewal>();
    CHECK(renewal.former == original);
    CHECK(renewal.current == b->identity().id());
    CHECK(renewal.reason == IdentityLedger::Verdict::Copied);
    CHECK(b->identity().id() != original);
    CHECK(queryValue(*b, u"SELECT MAX(seq) FROM journal WHERE device = ?"_s, {b->identity().id()}).toInt() ==
          2);
    makeConcern(*b, team, u"Освещение улиц"_s, QDate(2026, 2, 2));
    CHECK(renewed.size() == 1); // once

    // A goes on under its own identity, with the same journal numbers B would have reused before.
    makeConcern(*a, team, u"Зӯроварии оилавӣ"_s, QDate(2026, 2, 3));
    CHECK(a->identity().id() == original);

    TempDatabase c;
    importInto(*c, *a, /*personTrusts=*/true);
    // B is new to C, but A, whom C trusts, introduced it: no question to ask.
    const sync::MergeReport fromB = importInto(*c, *b);
    CHECK_FALSE(fromB.introduction.isEmpty());
    CHECK(concernTitles(*c) ==
          QStringList{u"Драки у школы"_s, u"Зӯроварии оилавӣ"_s, u"Кражи скота"_s, u"Освещение улиц"_s});
    CHECK(keptAside(*c) == 0);
    CHECK(reusedNumbers(*c) == 0);

    // A and B exchange both ways: A trusts the identity its own introduced, B its own former one. A and B
    // each numbered a concern ISF-2026-002 after the copy: C and A each gave the later one a new code
    // (finding 4 of issue 16), and C's change goes round too.
    importInto(*a, *b);
    importInto(*b, *a);
    importInto(*c, *a);
    importInto(*a, *c, /*personTrusts=*/true);
    importInto(*b, *a);
    CHECK(recordsDump(*a) == recordsDump(*b));
    CHECK(recordsDump(*a) == recordsDump(*c));
    CHECK(keptAside(*a) + keptAside(*b) + keptAside(*c) == 0);
}

TEST_CASE(
    "A laptop restored from an old copy takes a new identity, its lost edits come back and all converge",
    "[sync][guarantee-11]")
{
    TempDatabase a;
    TempDatabase b;
    const QString team = test::makeTeam(*a, u"ISF"_s);
    makeConcern(*a, team, u"Драки у школы"_s, QDate(2026, 1, 10), u"youth_crime"_s);
    const QString yesterday = a.dir.filePath(u"yesterday.sqlite"_s);
    a.copyFileTo(yesterday);
    const QString original = a->identity().id();

    // Edits after the copy, which reach B, then the disk fails and yesterday's copy is put back.
    makeConcern(*a, team, u"Кражи скота"_s, QDate(2026, 2, 1), u"theft"_s);
    makeConcern(*a, team, u"Освещение улиц"_s, QDate(2026, 2, 2));
    importInto(*b, *a, /*personTrusts=*/true);
    a.clock.advance(kHour);
    a.replaceFileWith(yesterday);
    QSignalSpy renewed(&*a, &Database::identityRenewed);
    makeConcern(*a, team, u"Зӯроварии оилавӣ"_s, QDate(2026, 2, 3));
    REQUIRE(renewed.size() == 1);
    CHECK(renewed.first().first().value<IdentityRenewal>().reason == IdentityLedger::Verdict::RolledBack);
    CHECK(a->identity().id() != original);

    // Both ways: B accepts the restored laptop (introduced by the identity B trusts), and A gets back the
    // edits it lost, which B holds under A's former identity.
    CHECK_FALSE(importInto(*b, *a).introduction.isEmpty());
    importInto(*a, *b, /*personTrusts=*/true); // B's first bundle to A

    CHECK(concernTitles(*a) ==
          QStringList{u"Драки у школы"_s, u"Зӯроварии оилавӣ"_s, u"Кражи скота"_s, u"Освещение улиц"_s});
    CHECK(recordsDump(*a) == recordsDump(*b));
    CHECK(keptAside(*a) + keptAside(*b) == 0);
    CHECK(reusedNumbers(*a) + reusedNumbers(*b) == 0);
}

TEST_CASE("The window and the console of one installation write the same file without renewing it",
          "[sync][guarantee-11]")
{
    TempDatabase a;
    const QString team = test::makeTeam(*a, u"ISF"_s);
    const QString id = a->identity().id();
    Database::Options options;
    options.identityLedger = a.ledger();
    auto console = Database::open(a.path(), options);
    REQUIRE(console.ok());
    makeConcern(**console, team, u"Из консоли"_s, QDate(2026, 1, 10));
    CHECK((*console)->identity().id() == id);
    makeConcern(*a, team, u"Из окна"_s, QDate(2026, 1, 11));
    CHECK(a->identity().id() == id);
    console->reset();
    a.reopen();
    makeConcern(*a, team, u"После перезапуска"_s, QDate(2026, 1, 12));
    CHECK(a->identity().id() == id);
    CHECK(reusedNumbers(*a) == 0);
}

TEST_CASE("A renewal inside a transaction that rolls back never happened", "[sync][guarantee-11]")
{
    TempDatabase a;
    const QString team = test::makeTeam(*a, u"ISF"_s);
    const QString copy = a.dir.filePath(u"copy.sqlite"_s);
    a.copyFileTo(copy);
    TempDatabase b;
    b.replaceFileWith(copy);
    const QString original = b->identity().id();
    QSignalSpy renewed(&*b, &Database::identityRenewed);
    {
        Transaction transaction(*b);
        REQUIRE(b->records().insert(u"concern_driver"_s, newUuid(), {}).ok() ==
                false);                        // refused by its table
        CHECK(b->identity().id() != original); // renewed inside
    }
    CHECK(b->identity().id() == original);
    CHECK(renewed.isEmpty());
    CHECK(queryValue(*b, u"SELECT COUNT(*) FROM device_identity"_s).toInt() == 1);
    makeConcern(*b, team, u"Кражи скота"_s, QDate(2026, 2, 1), u"theft"_s);
    CHECK(b->identity().id() != original);
    CHECK(renewed.size() == 1);
    CHECK(queryValue(*b, u"SELECT COUNT(*) FROM device_identity WHERE retired IS NOT NULL"_s).toInt() == 1);
}

TEST_CASE("An introduction that does not verify earns no trust", "[sync][guarantee-11]")
{
    TempDatabase a;
    const QString team = test::makeTeam(*a, u"ISF"_s);
    const QString copy = a.dir.filePath(u"copy.sqlite"_s);
    a.copyFileTo(copy);
    TempDatabase b;
    b.replaceFileWith(copy);
    makeConcern(*b, team, u"Кражи скота"_s, QDate(2026, 2, 1), u"theft"_s);
    TempDatabase c;
    importInto(*c, *a, /*personTrusts=*/true);

    sync::Bundle bundle = bundleOf(*b);
    REQUIRE(bundle.header.introductions.size() == 1);
    auto trust = sync::senderTrust(*c, bundle.header);
    REQUIRE(trust.ok());
    CHECK(trust->state == sync::SenderTrust::State::Introduced);
    CHECK(trust->introducer == a->identity().id());

    bundle.header.introductions.first().signature[5] ^= 0x01; // one bit of the signature
    trust = sync::senderTrust(*c, bundle.header);
    REQUIRE(trust.ok());
    CHECK(trust->state == sync::SenderTrust::State::Unknown);
    const QString before = test::dumpDatabase(*c);
    CHECK_FALSE(sync::applyBundle(*c, bundle, {}).ok());
    CHECK(test::dumpDatabase(*c) == before);

    // Introduced by somebody C never trusted: a person decides.
    bundle = bundleOf(*b);
    TempDatabase stranger;
    trust = sync::senderTrust(*stranger, bundle.header);
    REQUIRE(trust.ok());
    CHECK(trust->state == sync::SenderTrust::State::Unknown);
}

TEST_CASE("The ledger judges a file living, copied or rolled back", "[sync][guarantee-11]")
{
    using Verdict = IdentityLedger::Verdict;
    using Entry = IdentityLedger::Entry;
    CHECK(IdentityLedger::judge(std::nullopt, 0) == Verdict::Copied);
    CHECK(IdentityLedger::judge(Entry{10, false}, 10) == Verdict::Living);
    CHECK(IdentityLedger::judge(Entry{10, false}, 12) == Verdict::Living); // a power cut before the note
    CHECK(IdentityLedger::judge(Entry{10, false}, 9) == Verdict::RolledBack);
    CHECK(IdentityLedger::judge(Entry{10, true}, 10) == Verdict::RolledBack);

    QTemporaryDir dir;
    const IdentityLedger ledger(dir.filePath(u"ledger/identities.json"_s));
    CHECK_FALSE(ledger.find(u"a"_s).has_value());
    REQUIRE(ledger.record(u"a"_s, 5));
    REQUIRE(ledger.record(u"a"_s, 3)); // never lowered
    CHECK(ledger.find(u"a"_s)->lastSeq == 5);
    REQUIRE(ledger.retire(u"a"_s));
    CHECK(ledger.judge(u"a"_s, 5) == Verdict::RolledBack);
    CHECK(ledger.judge(u"b"_s, 0) == Verdict::Copied);
}
