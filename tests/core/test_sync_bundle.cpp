// The exchange file: what a bundle carries comes back unchanged, and every damaged, altered, foreign, newer
// or wrongly locked file is refused with its own clear message and nothing of it returned (SYNC.md guarantees
// 3, 6, 7 and 8 at the file level; the merge tests check that the database stays unchanged).
#include "Builders.h"
#include "core/storage/Fingerprint.h"
#include "core/storage/JournalSignature.h"
#include "core/sync/BundleFormat.h"
#include "core/sync/BundleReader.h"
#include "core/sync/BundleWriter.h"
#include "core/sync/Merge.h"
#include "core/sync/Passphrase.h"
#include <QDir>
#include <QElapsedTimer>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QtEndian>

using namespace hamkori;
using namespace hamkori::sync;
using namespace hamkori::coretest;
using Catch::Matchers::Contains;
using hamkori::test::TempDatabase;

namespace {

const QString kPassphrase = u"кӯҳи сабз дар баҳор"_s;
const QString kDevice = u"6f1c2a9e-3b7d-4e21-9a55-0c8d1e2f3a4b"_s;
const QString kOtherDevice = u"0a9b8c7d-6e5f-4a3b-8c2d-1e0f9a8b7c6d"_s;
const QString kTeam = u"3e6c0f52-8d1a-4b7e-9f30-5a2c7d4e1b98"_s;

BundleWriteOptions fast()
{
    return {KeyDerivation::minimum()};
}

/// Entries of every value type the journal holds, with text that must never be readable in the file.
QList<JournalEntry> sampleEntries(int count = 6)
{
    QList<JournalEntry> entries;
    const QVariant values[] = {
        QVariant(u"Ҷанҷол дар назди мактаби №3"_s), QVariant(qint64(42)), QVariant(2.75), QVariant(),
        QVariant(qCompress(QByteArray(400, 'x'))),  QVariant(QString())};
    for (int i = 0; i < count; ++i) {
        JournalEntry entry;
        entry.device = i % 2 ? kOtherDevice : kDevice;
        entry.seq = i + 1;
        entry.hlc = u"000001767225600%1-0000-%2"_s.arg(i, 3, 10, QLatin1Char('0')).arg(entry.device);
        entry.kind = u"concern"_s;
        entry.record = u"c0ffee00-0000-4000-8000-%1"_s.arg(i, 12, 10, QLatin1Char('0'));
        entry.field = i % 3 ? u"title"_s : QString();
        entry.value = values[i % std::size(values)];
        entry.prevHlc = i ? entries.last().hlc : QString();
        entries << entry;
    }
    return entries;
}

Bundle sampleBundle(const SigningKey& key, int entries = 6)
{
    Bundle bundle;
    bundle.header.device = kDevice;
    bundle.header.publicKey = key.publicKey;
    bundle.header.deviceName = u"Ноутбуки Исфара"_s;
    bundle.header.knows = {{kDevice, 17}, {kOtherDevice, 5}};
    bundle.header.teams = {kTeam};
    bundle.header.written = QDateTime(QDate(2026, 3, 14), QTime(9, 26, 53, 589), Qt::UTC);
    bundle.entries = sampleEntries(entries);
    const SigningKey other = SigningKey::generate();
    bundle.keys = {{kOtherDevice, other.publicKey}};
    for (JournalEntry& entry : bundle.entries)
        if (entry.device == kOtherDevice)
            entry.signature = other.sign(journal::signedMessage(entry));
    return bundle;
}

QByteArray encoded(const Bundle& bundle, const SigningKey& key, const QString& passphrase = kPassphrase)
{
    auto bytes = encodeBundle(bundle, passphrase, key, fast());
    INFO(bytes.errorMessage().toStdString());
    REQUIRE(bytes.ok());
    return *bytes;
}

void requireSameEntries(const QList<JournalEntry>& read, const QList<JournalEntry>& written)
{
    REQUIRE(read.size() == written.size());
    for (qsizetype i = 0; i < read.size(); ++i) {
        INFO("entry " << i);
        CHECK(read[i].device == written[i].device);
        CHECK(read[i].seq == written[i].seq);
        CHECK(read[i].hlc == written[i].hlc);
        CHECK(read[i].kind == written[i].kind);
        CHECK(read[i].record == written[i].record);
        CHECK(read[i].field == written[i].field);
        CHECK(read[i].value.isNull() == written[i].value.isNull());
        CHECK(read[i].value == written[i].value);
        CHECK(read[i].prevHlc == written[i].prevHlc);
    }
}

/// The message a damaged file gives; the test fails if the file is accepted.
QString refusal(const QByteArray& file, const QString& passphrase = kPassphrase)
{
    auto bundle = decodeBundle(file, passphrase);
    REQUIRE_FALSE(bundle.ok());
    REQUIRE_FALSE(bundle.errorMessage().isEmpty());
    return bundle.errorMessage();
}

QByteArray flipped(QByteArray file, qsizetype offset, int bit)
{
    file[offset] = char(file[offset] ^ (1 << bit));
    return file;
}

struct Layout
{
    qsizetype headerEnd;       // prefix + plain header JSON
    qsizetype bodyOffset;      // the secret stream
    qsizetype checksumOffset;  // BLAKE2b-256 of everything before it
    qsizetype signatureOffset; // the sender's signature
};

Layout layoutOf(const QByteArray& file)
{
    const qsizetype headerEnd = format::kPrefixBytes + qFromBigEndian<quint32>(file.constData() + 12);
    return {headerEnd, headerEnd, file.size() - format::kChecksumBytes - crypto::kSignatureBytes,
            file.size() - crypto::kSignatureBytes};
}

/// A file whose plain header JSON was changed by fn, with its checksum made again and signed again with the
/// key: a crafted bundle that is not damaged.
QByteArray resealed(const QByteArray& file, const SigningKey& key,
                    const std::function<void(QJsonObject&)>& fn,
                    const std::function<void(QByteArray&)>& prefixFn = {})
{
    const Layout layout = layoutOf(file);
    QJsonObject header =
        QJsonDocument::fromJson(file.mid(format::kPrefixBytes, layout.headerEnd - format::kPrefixBytes))
            .object();
    fn(header);
    const QByteArray json = QJsonDocument(header).toJson(QJsonDocument::Compact);
    const QByteArray body = file.mid(layout.bodyOffset, layout.checksumOffset - layout.bodyOffset);
    format::Prefix prefix = format::decodePrefix(file);
    prefix.headerBytes = json.size();
    prefix.fileBytes =
        format::kPrefixBytes + json.size() + body.size() + format::kChecksumBytes + crypto::kSignatureBytes;
    QByteArray out = format::encodePrefix(prefix);
    if (prefixFn)
        prefixFn(out);
    out += json + body;
    out += crypto::checksum(out);
    return out + key.sign(out);
}

} // namespace

TEST_CASE("A bundle brings back its header and entries unchanged", "[sync][bundle]")
{
    const SigningKey key = SigningKey::generate();
    const Bundle bundle = sampleBundle(key);
    auto read = decodeBundle(encoded(bundle, key), kPassphrase);
    INFO(read.errorMessage().toStdString());
    REQUIRE(read.ok());

    CHECK(read->header.formatVersion == 3);
    CHECK(read->header.oldestReader == 3); // format 3 moved the sender inside: older readers cannot read it
    CHECK(read->header.device == kDevice);
    CHECK(read->header.publicKey == key.publicKey);
    CHECK(read->header.deviceName == u"Ноутбуки Исфара"_s);
    CHECK(read->header.knows == QHash<QString, qint64>{{kDevice, 17}, {kOtherDevice, 5}});
    CHECK(read->header.teams == QStringList{kTeam});
    CHECK(read->header.written == bundle.header.written);
    CHECK(read->header.written.timeSpec() == Qt::UTC);
    requireSameEntries(read->entries, bundle.entries);
    CHECK(read->entries[1].value.typeId() == QMetaType::LongLong);
    CHECK(read->entries[2].value.typeId() == QMetaType::Double);
    CHECK(read->entries[3].value.isNull());
    CHECK(read->entries[4].value.typeId() == QMetaType::QByteArray);
    // Entry signatures and the keys of relayed devices travel as they are.
    CHECK(read->keys == bundle.keys);
    for (qsizetype i = 0; i < read->entries.size(); ++i)
        CHECK(read->entries[i].signature == bundle.entries[i].signature);
}

TEST_CASE("A bundle larger than one stream chunk and an empty bundle both come back whole", "[sync][bundle]")
{
    const SigningKey key = SigningKey::generate();
    Bundle big = sampleBundle(key, 0);
    // Random text does not compress: the body spans several 64 KiB chunks of the secret stream.
    QRandomGenerator random(7);
    for (int i = 0; i < 700; ++i) {
        JournalEntry entry = sampleEntries(1).first();
        entry.seq = i + 1;
        entry.field = u"description"_s;
        QByteArray noise(300, Qt::Uninitialized);
        random.fillRange(reinterpret_cast<quint32*>(noise.data()), noise.size() / 4);
        entry.value = QString::fromLatin1(noise.toBase64());
        big.entries << entry;
    }
    const QByteArray file = encoded(big, key);
    CHECK(file.size() > 2 * crypto::kChunkBytes);
    auto read = decodeBundle(file, kPassphrase);
    REQUIRE(read.ok());
    requireSameEntries(read->entries, big.entries);

    Bundle empty = sampleBundle(key, 0);
    empty.header.knows.clear();
    empty.header.teams.clear();
    auto readEmpty = decodeBundle(encoded(empty, key), kPassphrase);
    REQUIRE(readEmpty.ok());
    CHECK(readEmpty->entries.isEmpty());
    CHECK(readEmpty->header.knows.isEmpty());
    CHECK(readEmpty->header.teams.isEmpty());
}

TEST_CASE("Guarantee 3 Atomicity: a bundle truncated at every 1/16 of its length is refused as incomplete",
          "[sync][bundle]")
{
    const SigningKey key = SigningKey::generate();
    const QByteArray file = encoded(sampleBundle(key), key);
    CHECK_THAT(refusal(file.left(0)).toStdString(), Contains("The bundle file is empty"));
    for (int sixteenth = 1; sixteenth < 16; ++sixteenth) {
        const qsizetype length = file.size() * sixteenth / 16;
        INFO("cut at " << length << " of " << file.size());
        const QString message = refusal(file.left(length));
        CHECK_THAT(message.toStdString(),
                   Contains(u"only %1 of its %2 bytes"_s
                                .arg(QLocale().toString(length), QLocale().toString(file.size()))
                                .toStdString()));
        auto header = peekHeader(file.left(length));
        REQUIRE_FALSE(header.ok());
        CHECK(header.errorMessage() == message);
    }
    // One byte short, and one byte too many.
    CHECK_THAT(refusal(file.chopped(1)).toStdString(), Contains("The bundle is incomplete"));
    CHECK_THAT(refusal(file + 'x').toStdString(), Contains("extra data after its end"));
}

TEST_CASE("Guarantee 3 Atomicity: a bit flip in the header, body or signature is refused by what it hit",
          "[sync][bundle]")
{
    const SigningKey key = SigningKey::generate();
    const QByteArray file = encoded(sampleBundle(key), key);
    const Layout layout = layoutOf(file);
    const std::string damaged = "its bytes are not those that were written";
    const std::string contentAltered = "content does not match the sender's signature";

    SECTION("the header, the body and the checksum: damage, told before the passphrase is tried")
    {
        for (qsizetype offset = format::kPrefixBytes; offset < layout.signatureOffset; ++offset) {
            INFO("byte " << offset);
            CHECK_THAT(refusal(flipped(file, offset, int(offset % 8))).toStdString(), Contains(damaged));
            CHECK_FALSE(peekHeader(flipped(file, offset, int(offset % 8))).ok());
        }
    }
    SECTION("the file signature")
    {
        for (qsizetype offset = layout.signatureOffset; offset < file.size(); ++offset)
            CHECK_THAT(refusal(flipped(file, offset, 7)).toStdString(), Contains(contentAltered));
        // What opening needs is intact.
        CHECK(peekHeader(flipped(file, layout.signatureOffset + 3, 3)).ok());
    }
    SECTION("the magic")
    {
        for (qsizetype offset = 0; offset < format::kMagicBytes; ++offset)
            CHECK_THAT(refusal(flipped(file, offset, 1)).toStdString(),
                       Contains("not a Hamkori exchange bundle"));
    }
}

TEST_CASE("Guarantee 3 Atomicity: a wrong passphrase is told apart from damage", "[sync][bundle]")
{
    const SigningKey key = SigningKey::generate();
    const QByteArray file = encoded(sampleBundle(key), key);
    const std::string wrong = "This bundle was locked with a different exchange passphrase";
    CHECK_THAT(refusal(file, u"кӯҳи сабз дар тобистон"_s).toStdString(), Contains(wrong));
    CHECK_THAT(refusal(file, kPassphrase + u" "_s).toStdString(), Contains(wrong));
    CHECK_THAT(refusal(file, QString()).toStdString(), Contains(wrong));
    CHECK(decodeBundle(file, kPassphrase).ok());
}

TEST_CASE("Guarantee 3 Atomicity: an empty file and random files are refused by name", "[sync][bundle]")
{
    CHECK_THAT(refusal(QByteArray()).toStdString(), Contains("The bundle file is empty"));
    CHECK_THAT(peekHeader(QByteArray()).errorMessage().toStdString(), Contains("The bundle file is empty"));

    QRandomGenerator random(2026);
    for (const int size : {1, 7, 8, 23, 24, 100, 4096, 100000}) {
        INFO("random file of " << size << " bytes");
        QByteArray noise(size, Qt::Uninitialized);
        for (char& byte : noise)
            byte = char(random.bounded(256));
        CHECK_THAT(refusal(noise).toStdString(), Contains("not a Hamkori exchange bundle"));
        // Random bytes after a correct magic: refused too, never read as a bundle.
        noise.replace(0, std::min(size, format::kMagicBytes),
                      QByteArray(format::kMagic, format::kMagicBytes));
        (void)refusal(noise);
    }
    CHECK_THAT(refusal("concern,title\nISF-2026-001,Ҷанҷол\n"_ba).toStdString(),
               Contains("not a Hamkori exchange bundle"));
}

TEST_CASE("Guarantee 8 Versioned: a bundle that needs a newer reader is refused by name", "[sync][bundle]")
{
    const SigningKey key = SigningKey::generate();
    QByteArray file = encoded(sampleBundle(key), key);
    // What a future Hamkori writing format 4, readable from format 4 on, would put in the fixed prefix; the
    // rest of the file may then be anything.
    qToBigEndian(quint16(4), file.data() + 8);
    qToBigEndian(quint16(4), file.data() + 10);
    file.truncate(200);
    const QString message = refusal(file);
    CHECK(message == u"This bundle was made by a newer Hamkori (bundle format 4); this Hamkori reads bundle "
                     u"formats up to 3. "
                     "Install the newer Hamkori to import it. Nothing was imported."_s);
    CHECK(peekHeader(file).errorMessage() == message);

    // A newer writer whose files this reader may read (format 4, readable from 3) gets past the version
    // check; here the changed prefix no longer matches the data the body's stream was bound to.
    const QByteArray compatible = resealed(
        encoded(sampleBundle(key), key), key, [](QJsonObject&) {},
        [](QByteArray& prefix) { qToBigEndian(quint16(4), prefix.data() + 8); });
    auto read = decodeBundle(compatible, kPassphrase);
    REQUIRE_FALSE(read.ok());
    CHECK_THAT(read.errorMessage().toStdString(), Contains("different exchange passphrase"));
    auto header = peekHeader(compatible);
    REQUIRE(header.ok());
    CHECK(header->formatVersion == 4);
    CHECK(header->oldestReader == 3);
}

TEST_CASE("Issue 16 finding 7: a bundle of an older Hamkori (format 2) is still read", "[sync][bundle]")
{
    const SigningKey key = SigningKey::generate();
    Bundle bundle = sampleBundle(key);
    auto file = encodeBundle(bundle, kPassphrase, key, {KeyDerivation::minimum(), 2});
    REQUIRE(file.ok());
    auto header = peekHeader(*file);
    REQUIRE(header.ok());
    CHECK(header->formatVersion == 2);
    CHECK(header->device == kDevice); // format 2 named its sender in plain text
    auto read = decodeBundle(*file, kPassphrase);
    REQUIRE(read.ok());
    CHECK(read->header.device == kDevice);
    CHECK(read->header.deviceName == u"Ноутбуки Исфара"_s);
    requireSameEntries(read->entries, bundle.entries);
    for (const JournalEntry& entry : read->entries)
        CHECK(entry.signature.isEmpty()); // format 2 carried no entry signatures
}

TEST_CASE("Guarantee 6 Attributable: a bundle is signed by the device and its fingerprint is shown before "
          "anything is applied",
          "[sync][bundle]")
{
    TempDatabase db;
    const SigningKey deviceKey = test::deviceKey(*db);
    Bundle bundle = sampleBundle(deviceKey);
    bundle.header.device = db->identity().id();
    const QByteArray file = encoded(bundle, deviceKey);
    const Layout layout = layoutOf(file);
    CHECK(crypto::verifySignature(file.left(layout.signatureOffset), file.mid(layout.signatureOffset),
                                  db->identity().publicKey()));

    // The sender is known once the passphrase opened the file, before anything is applied.
    auto read = decodeBundle(file, kPassphrase);
    INFO(read.errorMessage().toStdString());
    REQUIRE(read.ok());
    CHECK(read->header.device == db->identity().id());
    CHECK(read->header.publicKey == db->identity().publicKey());
    CHECK(fingerprintOf(read->header.publicKey) == db->identity().fingerprint());
    CHECK(read->header.knows.value(kDevice) == 17);
    CHECK(read->header.deviceName == u"Ноутбуки Исфара"_s);

    SECTION("a stranger who signs the file again with its own key is refused")
    {
        const SigningKey stranger = SigningKey::generate();
        const QByteArray forged = resealed(file, stranger, [](QJsonObject&) {});
        CHECK_THAT(refusal(forged).toStdString(), Contains("content does not match the sender's signature"));
    }
}

TEST_CASE("Guarantee 7 Confidential: the file holds no plaintext of its entries and its name reveals nothing",
          "[sync][bundle]")
{
    TempDatabase db;
    const QString team = test::makeTeam(*db, u"ISF"_s);
    const Member member = makeMember(*db, team, u"Зарина Қодирова"_s);
    auto teamJournal = db->records().journalFor(team);
    auto memberJournal = db->records().journalFor(member.meta.uuid);
    REQUIRE(teamJournal.ok());
    REQUIRE(memberJournal.ok());

    Bundle bundle;
    bundle.header.device = db->identity().id();
    bundle.header.deviceName = u"Ноутбуки Исфара"_s;
    bundle.header.teams = {team};
    bundle.entries = *teamJournal + *memberJournal;
    QTemporaryDir stick;
    auto path = writeBundleFile(stick.path(), bundle, kPassphrase, test::deviceKey(*db), fast());
    INFO(path.errorMessage().toStdString());
    REQUIRE(path.ok());

    const QString name = QFileInfo(*path).fileName();
    CHECK(QRegularExpression(u"^hamkori-[0-9a-f]{32}\\.hkx$"_s).match(name).hasMatch());
    CHECK(QDir(stick.path()).entryList(QDir::Files) == QStringList{name}); // no temporary file left
    auto bytes = readBundleFile(*path);
    REQUIRE(bytes.ok());
    const QStringList secrets = {u"Зарина"_s,      u"Қодирова"_s, u"Исфара"_s, u"ISF"_s,   u"member"_s,
                                 member.meta.uuid, u"concern"_s,  u"name"_s,   kPassphrase};
    for (const QString& secret : secrets) {
        INFO(secret.toStdString());
        CHECK_FALSE(bytes->contains(secret.toUtf8()));
        CHECK_FALSE(
            bytes->contains(QByteArray(reinterpret_cast<const char*>(secret.utf16()), secret.size() * 2)));
        CHECK_FALSE(name.contains(secret, Qt::CaseInsensitive));
    }
    for (const JournalEntry& entry : bundle.entries)
        CHECK_FALSE(bytes->contains(entry.hlc.toUtf8()));
    // Issue 16 finding 7: who sent it, for which teams, what it knew and when are encrypted too: the plain
    // header holds only what opening needs.
    const auto header = peekHeader(*bytes);
    REQUIRE(header.ok());
    CHECK(header->device.isEmpty());
    CHECK(header->teams.isEmpty());
    for (const QByteArray& told : {db->identity().id().toUtf8(), db->identity().publicKey().toBase64(),
                                   team.toUtf8(), "knows"_ba, "written"_ba, "publicKey"_ba, "teams"_ba}) {
        INFO(told.toStdString());
        CHECK_FALSE(bytes->contains(told));
    }
    const QByteArray plainHeader =
        bytes->mid(format::kPrefixBytes, layoutOf(*bytes).headerEnd - format::kPrefixBytes);
    CHECK(QJsonDocument::fromJson(plainHeader).object().keys() == QStringList{u"kdf"_s});

    auto read = decodeBundle(*bytes, kPassphrase);
    REQUIRE(read.ok());
    requireSameEntries(read->entries, bundle.entries);

    auto second = writeBundleFile(stick.path(), bundle, kPassphrase, test::deviceKey(*db), fast());
    REQUIRE(second.ok());
    CHECK(*second != *path); // a random name each time: two bundles of a day do not overwrite each other
}

TEST_CASE("Writing a bundle to a missing folder and reading a missing file are refused with a message",
          "[sync][bundle]")
{
    const SigningKey key = SigningKey::generate();
    QTemporaryDir dir;
    const QString missing = dir.filePath(u"stick"_s);
    auto written = writeBundleFile(missing, sampleBundle(key), kPassphrase, key, fast());
    REQUIRE_FALSE(written.ok());
    CHECK_THAT(written.errorMessage().toStdString(), Contains("does not exist"));
    auto read = readBundleFile(dir.filePath(u"hamkori-0.hkx"_s));
    REQUIRE_FALSE(read.ok());
    CHECK_THAT(read.errorMessage().toStdString(), Contains("could not be read"));
    auto noPassphrase = encodeBundle(sampleBundle(key), QString(), key, fast());
    REQUIRE_FALSE(noPassphrase.ok());
    CHECK_THAT(noPassphrase.errorMessage().toStdString(), Contains("No exchange passphrase is set"));
    auto unsigned_ = encodeBundle(sampleBundle(key), kPassphrase, SigningKey{}, fast());
    REQUIRE_FALSE(unsigned_.ok());
    CHECK_THAT(unsigned_.errorMessage().toStdString(), Contains("could not be signed"));
}

TEST_CASE("The reader refuses Argon2id costs outside libsodium's MIN to MODERATE at once", "[sync][bundle]")
{
    CHECK(KeyDerivation::interactive().acceptable());
    CHECK(KeyDerivation::minimum().acceptable());
    CHECK(KeyDerivation::minimum().opsLimit < KeyDerivation::interactive().opsLimit);

    const SigningKey key = SigningKey::generate();
    const QByteArray file = encoded(sampleBundle(key), key);
    const auto withCost = [&](double ops, double mem) {
        return resealed(file, key, [&](QJsonObject& json) {
            QJsonObject kdf = json[u"kdf"_s].toObject();
            kdf[u"opsLimit"_s] = ops;
            kdf[u"memLimit"_s] = mem;
            json[u"kdf"_s] = kdf;
        });
    };
    QElapsedTimer timer;
    timer.start();
    for (const auto& [ops, mem] : {std::pair{1.0, 64.0 * 1024 * 1024 * 1024}, std::pair{1000000.0, 8192.0},
                                   std::pair{0.0, 8192.0}, std::pair{1.0, 1024.0}}) {
        INFO(ops << " " << mem);
        CHECK_THAT(refusal(withCost(ops, mem)).toStdString(),
                   Contains("key derivation cost outside the range"));
    }
    CHECK(timer.elapsed() < 2000); // refused before any key is derived
    // Within the range the cost is the writer's to choose: the same cost, signed again, still opens.
    CHECK(decodeBundle(
              withCost(double(KeyDerivation::minimum().opsLimit), double(KeyDerivation::minimum().memLimit)),
              kPassphrase)
              .ok());
    // Another cost within the range derives another key: the stream was locked with the first.
    CHECK_THAT(refusal(withCost(3.0, 16384.0)).toStdString(), Contains("different exchange passphrase"));
}

TEST_CASE("The passphrase verifier knows the passphrase without storing it", "[sync][bundle]")
{
    auto verifier = Passphrase::makeVerifier(kPassphrase, KeyDerivation::minimum());
    INFO(verifier.errorMessage().toStdString());
    REQUIRE(verifier.ok());
    CHECK(verifier->startsWith(u"$argon2id$"_s));
    CHECK_FALSE(verifier->contains(u"сабз"_s));
    CHECK(Passphrase::verify(*verifier, kPassphrase));
    CHECK_FALSE(Passphrase::verify(*verifier, u"кӯҳи сабз дар тобистон"_s));
    CHECK_FALSE(Passphrase::verify(*verifier, QString()));
    CHECK_FALSE(Passphrase::verify(u"not a verifier"_s, kPassphrase));
    CHECK_FALSE(Passphrase::verify(QString(), kPassphrase));
    auto again = Passphrase::makeVerifier(kPassphrase, KeyDerivation::minimum());
    REQUIRE(again.ok());
    CHECK(*again != *verifier); // salted

    // "ӯ" typed as one letter or as "у" and a combining breve is the same passphrase, for the verifier and
    // the bundle key alike.
    const QString decomposed = kPassphrase.normalized(QString::NormalizationForm_D);
    REQUIRE(decomposed != kPassphrase);
    CHECK(Passphrase::verify(*verifier, decomposed));
    const SigningKey key = SigningKey::generate();
    CHECK(decodeBundle(encoded(sampleBundle(key), key), decomposed).ok());
}

TEST_CASE("The passphrase strength rule refuses short and repetitive passphrases", "[sync][bundle]")
{
    CHECK(Passphrase::checkStrength(kPassphrase).ok());
    CHECK(Passphrase::checkStrength(u"қӯҳҷғабвгд"_s).ok()); // ten letters, twenty bytes
    const auto shortOne = Passphrase::checkStrength(u"қӯҳҷғабвг"_s);
    REQUIRE_FALSE(shortOne.ok());
    CHECK(shortOne.error().field == u"passphrase"_s);
    CHECK(
        shortOne.errorMessage() ==
        u"The exchange passphrase is too short: use at least 10 characters, for example three or four words."_s);
    const auto repetitive = Passphrase::checkStrength(u"1212121212121212"_s);
    REQUIRE_FALSE(repetitive.ok());
    CHECK_THAT(repetitive.errorMessage().toStdString(), Contains("repeats too few characters"));
    CHECK_FALSE(Passphrase::checkStrength(QString()).ok());
}

TEST_CASE("Thousands of random mutations of a bundle are each refused with a message", "[sync][bundle]")
{
    // A deterministic stand-in for the fuzzer: flips, cuts, insertions, deletions and splices anywhere.
    const SigningKey key = SigningKey::generate();
    const QByteArray file = encoded(sampleBundle(key), key);
    const QByteArray other = encoded(sampleBundle(key, 3), key);
    QRandomGenerator random(61);
    for (int round = 0; round < 3000; ++round) {
        QByteArray mutated = file;
        const qsizetype at = random.bounded(mutated.size());
        switch (round % 5) {
        case 0:
            mutated[at] = char(mutated[at] ^ (1 << random.bounded(8)));
            break;
        case 1:
            mutated.truncate(at);
            break;
        case 2:
            mutated.insert(at, char(random.bounded(256)));
            break;
        case 3:
            mutated.remove(at, 1 + random.bounded(32));
            break;
        case 4:
            mutated = mutated.left(at) + other.mid(std::min(at, other.size()));
            break;
        }
        if (mutated == file || mutated == other) // a splice at the start is the other, valid bundle
            continue;
        INFO("round " << round << " at " << at);
        CHECK_FALSE(refusal(mutated).isEmpty());
    }
}

TEST_CASE("The default Argon2id cost is libsodium's interactive one and opens its own bundle",
          "[sync][bundle]")
{
    const SigningKey key = SigningKey::generate();
    auto file = encodeBundle(sampleBundle(key), kPassphrase, key);
    REQUIRE(file.ok());
    const QJsonObject header =
        QJsonDocument::fromJson(
            file->mid(format::kPrefixBytes, layoutOf(*file).headerEnd - format::kPrefixBytes))
            .object();
    CHECK(header[u"kdf"_s][u"opsLimit"_s].toInteger() == 2);
    CHECK(header[u"kdf"_s][u"memLimit"_s].toInteger() == 64 * 1024 * 1024);
    CHECK(decodeBundle(*file, kPassphrase).ok());
}

TEST_CASE(
    "A bundle carries a team from one laptop to another through a file, and a damaged one carries nothing",
    "[sync][bundle]")
{
    TempDatabase sender;
    TempDatabase receiver;
    const QString team = test::makeTeam(*sender, u"ISF"_s);
    const Member member = makeMember(*sender, team, u"Зарина Қодирова"_s);
    auto collected = test::exportable(*sender, {}, {});
    INFO(collected.errorMessage().toStdString());
    REQUIRE(collected.ok());
    REQUIRE_FALSE(collected->entries.isEmpty());
    collected->header.deviceName = u"Ноутбуки Исфара"_s;

    QTemporaryDir stick;
    auto path = writeBundleFile(stick.path(), *collected, kPassphrase, test::deviceKey(*sender), fast());
    INFO(path.errorMessage().toStdString());
    REQUIRE(path.ok());
    auto bytes = readBundleFile(*path);
    REQUIRE(bytes.ok());

    // Half-copied, then with a wrong passphrase: refused before the receiver's data file is touched.
    const QString before = test::dumpDatabase(*receiver);
    CHECK_FALSE(decodeBundle(bytes->left(bytes->size() / 2), kPassphrase).ok());
    CHECK_FALSE(decodeBundle(*bytes, u"кӯҳи сабз дар тобистон"_s).ok());
    CHECK(test::dumpDatabase(*receiver) == before);

    REQUIRE(peekHeader(*bytes).ok());
    auto bundle = decodeBundle(*bytes, kPassphrase);
    REQUIRE(bundle.ok());
    CHECK(bundle->header.device == sender->identity().id());
    CHECK(fingerprintOf(bundle->header.publicKey) == sender->identity().fingerprint());
    CHECK(bundle->header.deviceName == u"Ноутбуки Исфара"_s);
    requireSameEntries(bundle->entries, collected->entries);
    auto report = applyBundle(*receiver, *bundle, {.trustNewSender = true});
    INFO(report.errorMessage().toStdString());
    REQUIRE(report.ok());
    auto arrived = TeamRepository(*receiver).member(member.meta.uuid);
    REQUIRE(arrived.ok());
    CHECK(arrived->name == u"Зарина Қодирова"_s);
    CHECK(TeamRepository(*receiver).team(team)->code == u"ISF"_s);
}

TEST_CASE("The fuzz corpus holds a valid input of each layer of the current format", "[sync][bundle]")
{
    // fuzz/corpus: the first byte chooses the layer (fuzz/BundleReaderFuzz.cpp). HAMKORI_WRITE_FUZZ_CORPUS=1
    // writes them again after a format change.
    const QDir corpus(QStringLiteral(HAMKORI_FIXTURES_DIR "/../../fuzz/corpus"));
    const SigningKey key = SigningKey::generate();
    const Bundle bundle = sampleBundle(key);
    const QHash<QString, QByteArray> inputs = {
        {u"bundle-v3"_s, '\0' + encoded(bundle, key)},
        {u"plain-header"_s,
         '\4' + format::encodePlainHeader({QByteArray(16, 'h'), KeyDerivation::minimum()})},
        {u"sealed-body"_s, '\5' + format::encodeSealedBody(bundle)},
    };
    for (auto it = inputs.cbegin(); it != inputs.cend(); ++it) {
        QFile file(corpus.filePath(it.key()));
        if (qEnvironmentVariableIsSet("HAMKORI_WRITE_FUZZ_CORPUS")) {
            REQUIRE(file.open(QIODevice::WriteOnly));
            file.write(it.value());
            file.close();
        }
        INFO(it.key().toStdString());
        REQUIRE(file.open(QIODevice::ReadOnly));
        const QByteArray input = file.readAll().mid(1);
        if (it.key() == u"bundle-v3"_s) {
            auto read = decodeBundle(input, kPassphrase);
            INFO(read.errorMessage().toStdString());
            CHECK(read.ok());
        } else if (it.key() == u"plain-header"_s) {
            CHECK(format::decodePlainHeader(input).has_value());
        } else {
            Bundle decoded;
            CHECK(format::decodeSealedBody(input, &decoded));
        }
    }
}
