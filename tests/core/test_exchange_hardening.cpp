// The findings of the adversarial test of the USB exchange (issue 16), one test each, named after it. Every
// hostile bundle is made in the test (HostileBundles.h) and goes through the real writer, reader and merge.
#include "Builders.h"
#include "HostileBundles.h"
#include "core/model/RecordCatalogue.h"
#include "core/storage/HybridClock.h"
#include "core/storage/JournalWriter.h"
#include "core/storage/SyncRepository.h"
#include "core/sync/Merge.h"
#include "core/sync/MergeConflicts.h"
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlRecord>
#include <QUuid>
#include <QtEndian>

using namespace hamkori;
using namespace hamkori::coretest;
using hamkori::test::TempDatabase;

namespace {

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
    auto ownBundle = test::exportable(*receiver, {}, {});
    REQUIRE(ownBundle.ok());
    auto again = sync::applyBundle(*receiver, *ownBundle, {});
    INFO(again.errorMessage().toStdString());
    CHECK(again.ok());
}

namespace {

QString stampAt(qint64 wallMs, const QString& device)
{
    return HlcStamp{wallMs, 0, device}.toString();
}

QString shown(Database& db, const QString& concern, const QString& column)
{
    return queryValue(db, u"SELECT %1 FROM concerns WHERE uuid = ?"_s.arg(column), {concern}).toString();
}

void editDescription(Database& db, const QString& uuid, const QString& text, bool effects = false)
{
    auto concern = ConcernRepository(db).concern(uuid);
    REQUIRE(concern.ok());
    if (effects)
        concern->effects = {text};
    else
        concern->description = text;
    auto saved = ConcernRepository(db).updateConcern(*concern);
    INFO(saved.errorMessage().toStdString());
    REQUIRE(saved.ok());
}

} // namespace

TEST_CASE(
    "Finding 3: a stamp beyond the documented skew is set aside, the clock never follows it, and laptops "
    "still agree",
    "[sync][hostile]")
{
    TempDatabase receiver;
    const QString team = test::makeTeam(*receiver, u"ISF"_s);
    const Concern concern = makeConcern(*receiver, team, u"Кӯчаҳои торик"_s, QDate(2026, 2, 1));
    editDescription(*receiver, concern.meta.uuid, u"Дар маҳалла чароғ нест."_s); // before the bundle came
    const qint64 now = receiver.clock.nowMs();
    constexpr qint64 kYear = qint64(365) * 24 * 3600 * 1000;

    const QString sender = QUuid::createUuid().toString(QUuid::WithoutBraces);
    HostileBundle bundle = HostileBundle::claiming(sender);
    const QString created = concern.meta.createdHlc;
    bundle
        .change(sender, 1, stampAt(999999999999999999, sender), u"concern"_s, concern.meta.uuid, u"title"_s,
                u"Overflow"_s, created)
        .change(sender, 2, stampAt(now + 10 * kYear, sender), u"concern"_s, concern.meta.uuid, u"place"_s,
                u"Future"_s, created)
        // A laptop whose clock is a year fast, honest: both edits count.
        .change(sender, 3, stampAt(now + kYear, sender), u"concern"_s, concern.meta.uuid, u"description"_s,
                u"Чароғҳо шикастаанд."_s, created)
        .change(sender, 4, stampAt(now + kYear + 1, sender), u"concern"_s, concern.meta.uuid, u"effects"_s,
                u"Занон шабона берун намебароянд."_s, created);
    auto report = bundle.importInto(*receiver);
    INFO(report.errorMessage().toStdString());
    REQUIRE(report.ok());
    CHECK(report->totals().quarantined == 2);
    CHECK(report->setAside.size() == 2);
    CHECK(shown(*receiver, concern.meta.uuid, u"title"_s) == u"Кӯчаҳои торик"_s);
    CHECK(shown(*receiver, concern.meta.uuid, u"place"_s).isEmpty());
    CHECK(shown(*receiver, concern.meta.uuid, u"effects"_s) == u"Занон шабона берун намебароянд."_s);

    // This laptop's clock followed only what it accepted (a year ahead at most here, never the overflow), and
    // two later edits of one field both count, in order.
    editDescription(*receiver, concern.meta.uuid, u"Якум"_s, true);
    editDescription(*receiver, concern.meta.uuid, u"Дуюм"_s, true);
    CHECK(shown(*receiver, concern.meta.uuid, u"effects"_s) == u"Дуюм"_s);
    const HlcStamp latest = HlcStamp::parse(
        queryValue(*receiver, u"SELECT modified_hlc FROM concerns WHERE uuid = ?"_s, {concern.meta.uuid})
            .toString());
    CHECK(latest.wallMs > now + kYear);
    CHECK(latest.wallMs < now + kYear + 60 * 1000);
    receiver.reopen();
    CHECK(shown(*receiver, concern.meta.uuid, u"effects"_s) == u"Дуюм"_s);

    // The year-fast edit of the description met this laptop's own: the inbox shows no date from next year.
    auto inbox = sync::conflicts(*receiver);
    REQUIRE(inbox.ok());
    REQUIRE(inbox->size() == 1);
    bool sawAhead = false;
    for (const sync::ConflictVersion& version : inbox->first().versions) {
        if (version.device == sender) {
            sawAhead = true;
            CHECK(version.clockAhead);
            CHECK_FALSE(version.time().isValid());
        } else {
            CHECK(version.time().isValid());
            CHECK(version.time().toMSecsSinceEpoch() <= receiver.clock.nowMs());
        }
    }
    CHECK(sawAhead);

    // A third laptop that gets the receiver's bundle (which relays what it accepted) and then the hostile one
    // ends as the receiver is.
    TempDatabase third;
    auto relayed = test::exportable(*receiver, {}, {});
    REQUIRE(relayed.ok());
    REQUIRE(sync::applyBundle(*third, *relayed, {.dryRun = false, .trustNewSender = true}).ok());
    REQUIRE(bundle.importInto(*third).ok());
    for (const char* column : {"title", "place", "description", "effects"})
        CHECK(shown(*third, concern.meta.uuid, QString::fromLatin1(column)) ==
              shown(*receiver, concern.meta.uuid, QString::fromLatin1(column)));
}

TEST_CASE("Finding 10: damaged length and reader-version fields are told as damage, not as a newer or cut "
          "bundle",
          "[sync][hostile]")
{
    const sync::SigningKey key = sync::SigningKey::generate();
    sync::Bundle bundle;
    bundle.header.device = QUuid::createUuid().toString(QUuid::WithoutBraces);
    bundle.header.publicKey = key.publicKey;
    bundle.header.written = QDateTime::currentDateTimeUtc();
    auto file = sync::encodeBundle(bundle, u"кӯҳи сабз дар баҳор"_s, key, {sync::KeyDerivation::minimum()});
    REQUIRE(file.ok());
    const auto refusal = [](const QByteArray& damaged) {
        auto read = sync::decodeBundle(damaged, u"кӯҳи сабз дар баҳор"_s);
        REQUIRE_FALSE(read.ok());
        return read.errorMessage();
    };

    QByteArray negativeLength = *file; // the length's top bit flipped: read as -1 before
    negativeLength[16] = char(negativeLength[16] ^ 0x80);
    CHECK(refusal(negativeLength).contains(u"the length written at its start cannot be right"_s));
    CHECK_FALSE(refusal(negativeLength).contains(u"-1"_s));
    QByteArray hugeLength = *file;
    qToBigEndian(quint64(1) << 40, hugeLength.data() + 16);
    CHECK(refusal(hugeLength).contains(u"the length written at its start cannot be right"_s));

    QByteArray readerAfterWriter = *file; // format 3 asking for a reader of format 4: no writer does that
    qToBigEndian(quint16(4), readerAfterWriter.data() + 10);
    CHECK(refusal(readerAfterWriter).contains(u"header is damaged"_s));
    CHECK_FALSE(refusal(readerAfterWriter).contains(u"newer Hamkori"_s));
}

TEST_CASE(
    "Finding 10: two different changes under one number in one bundle are set aside, not 'already known'",
    "[sync][hostile]")
{
    TempDatabase receiver;
    const QString team = test::makeTeam(*receiver, u"ISF"_s);
    const Concern concern = makeConcern(*receiver, team, u"Кӯчаҳои торик"_s, QDate(2026, 2, 1));
    const QString sender = QUuid::createUuid().toString(QUuid::WithoutBraces);
    const qint64 now = receiver.clock.nowMs();
    HostileBundle bundle = HostileBundle::claiming(sender);
    bundle
        .change(sender, 1, stampAt(now, sender), u"concern"_s, concern.meta.uuid, u"place"_s, u"Ворух"_s,
                concern.meta.createdHlc)
        .change(sender, 1, stampAt(now + 1, sender), u"concern"_s, concern.meta.uuid, u"place"_s, u"Чоркӯҳ"_s,
                concern.meta.createdHlc)
        .change(sender, 1, stampAt(now, sender), u"concern"_s, concern.meta.uuid, u"place"_s, u"Ворух"_s,
                concern.meta.createdHlc); // the very same change again: harmless
    auto report = bundle.importInto(*receiver);
    INFO(report.errorMessage().toStdString());
    REQUIRE(report.ok());
    CHECK(report->kinds.value(u"concern"_s).quarantined == 1);
    CHECK(report->kinds.value(u"concern"_s).skipped == 1);
    CHECK(report->setAside.size() == 1);
    CHECK(report->setAside.first().code == u"same_number"_s);
    CHECK(shown(*receiver, concern.meta.uuid, u"place"_s) == u"Ворух"_s);
}

TEST_CASE("Finding 10: a change whose record has not arrived says so, and does not blame the disk",
          "[sync][hostile]")
{
    TempDatabase receiver;
    test::makeTeam(*receiver, u"ISF"_s);
    const QString sender = QUuid::createUuid().toString(QUuid::WithoutBraces);
    const QString missing = QUuid::createUuid().toString(QUuid::WithoutBraces);
    const QJsonObject fields{{u"concern"_s, missing},
                             {u"status"_s, u"raised"_s},
                             {u"date"_s, u"2026-02-01"_s},
                             {u"note"_s, QString()},
                             {u"deleted"_s, 0}};
    HostileBundle bundle = HostileBundle::claiming(sender);
    bundle.change(sender, 1, stampAt(receiver.clock.nowMs(), sender), u"status_change"_s,
                  QUuid::createUuid().toString(QUuid::WithoutBraces), QString(),
                  QString::fromUtf8(QJsonDocument(fields).toJson(QJsonDocument::Compact)));
    auto report = bundle.importInto(*receiver);
    INFO(report.errorMessage().toStdString());
    REQUIRE(report.ok());
    REQUIRE(report->quarantineMessages.size() == 1);
    const QString message = report->quarantineMessages.first();
    INFO(message.toStdString());
    CHECK(message.contains(u"is not in the data file"_s));
    CHECK_FALSE(message.contains(u"disk"_s));
}

TEST_CASE("Finding 11: a change whose record has not arrived waits, and applies by itself when it does",
          "[sync][hostile]")
{
    TempDatabase a, b, late;
    const QString team = test::makeTeam(*a, u"ISF"_s);
    const Concern concern = makeConcern(*a, team, u"Кӯчаҳои торик"_s, QDate(2026, 2, 1));
    auto everything = test::exportable(*a, {}, {});
    REQUIRE(everything.ok());
    REQUIRE(sync::applyBundle(*b, *everything, {.dryRun = false, .trustNewSender = true}).ok());

    // A's next bundle is made for B: only what B lacks, the status change. The stick goes to another laptop.
    REQUIRE(ConcernRepository(*a)
                .changeStatus(concern.meta.uuid, ConcernStatus::Analysed, QDate(2026, 3, 1), u"Таҳлил шуд"_s)
                .ok());
    auto forB = sync::knows(*b);
    REQUIRE(forB.ok());
    auto stick = test::exportable(*a, {}, *forB);
    REQUIRE(stick.ok());
    auto waiting = sync::applyBundle(*late, *stick, {.dryRun = false, .trustNewSender = true});
    INFO(waiting.errorMessage().toStdString());
    REQUIRE(waiting.ok());
    REQUIRE(waiting->setAside.size() == 1);
    CHECK(waiting->setAside.first().code == u"not_applied"_s);

    // The concern arrives later, from B: the waiting status change applies with it, nobody retries anything.
    auto fromB = test::exportable(*b, {}, {});
    REQUIRE(fromB.ok());
    auto arrived = sync::applyBundle(*late, *fromB, {.dryRun = false, .trustNewSender = true});
    INFO(arrived.errorMessage().toStdString());
    REQUIRE(arrived.ok());
    auto kept = SyncRepository(*late).quarantined();
    REQUIRE(kept.ok());
    CHECK(kept->isEmpty());
    auto history = ConcernRepository(*late).statusHistory(concern.meta.uuid);
    REQUIRE(history.ok());
    CHECK(history->size() == 2);
    CHECK(shown(*late, concern.meta.uuid, u"status"_s) == shown(*a, concern.meta.uuid, u"status"_s));
}

TEST_CASE(
    "A bundle's value beyond what may be typed here is applied, so laptops agree, and named in the report",
    "[sync][hostile][limits]")
{
    TempDatabase receiver;
    const QString team = test::makeTeam(*receiver, u"ISF"_s);
    const Concern concern = makeConcern(*receiver, team, u"Кӯчаҳои торик"_s, QDate(2026, 2, 1));
    const qint64 now = receiver.clock.nowMs();
    const QString sender = QUuid::createUuid().toString(QUuid::WithoutBraces);
    HostileBundle bundle = HostileBundle::claiming(sender);
    bundle
        .change(sender, 1, stampAt(now, sender), u"concern"_s, concern.meta.uuid, u"baseline_value"_s,
                99999999999999.0, concern.meta.createdHlc)
        .change(sender, 2, stampAt(now + 1, sender), u"concern"_s, concern.meta.uuid, u"place"_s, u"Ворух"_s,
                concern.meta.createdHlc);
    const test::LanguageScope russian(u"ru"_s);
    auto report = bundle.importInto(*receiver);
    INFO(report.errorMessage().toStdString());
    REQUIRE(report.ok());
    CHECK(report->applied == 2);
    CHECK(report->unusualValues == 1);
    REQUIRE(report->unusualExamples.size() == 1);
    CHECK(report->unusualExamples.first().contains(catalogue::fieldLabel(u"concern"_s, u"baseline_value"_s)));
    CHECK(queryValue(*receiver, u"SELECT baseline_value FROM concerns"_s).toDouble() == 99999999999999.0);
    CHECK(report->describe().join(u'\n').contains(report->unusualExamples.first()));
    CHECK(report->toJson().value(u"unusualValues"_s).toInt() == 1);
}
