// export-bundle, import-bundle, conflicts and devices run as processes between two data files (two laptops):
// a new device is refused until trusted, the report counts, re-import and dry run change nothing, a damaged
// bundle or a wrong passphrase changes nothing while the other bundles still import, and the passphrase
// never comes from the command line.
#include "CliRun.h"
#include "core/storage/ConcernRepository.h"
#include "core/storage/Database.h"
#include "core/storage/ReferenceRepository.h"
#include "core/storage/TeamRepository.h"
#include "support/TestSupport.h"
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QTemporaryDir>

namespace {

using Catch::Matchers::Contains;
using hamkori::clitest::Run;

const QString kPassphrase = QStringLiteral("кӯҳи сабз дар баҳор");

/// hamkori-cli with the passphrase in HAMKORI_PASSPHRASE (none when empty), English messages.
Run cliWith(const QString& passphrase, const QStringList& arguments)
{
    QProcess process;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("LC_ALL"), QStringLiteral("C.UTF-8"));
    environment.insert(QStringLiteral("LANG"), QStringLiteral("C.UTF-8"));
    environment.remove(QStringLiteral("HAMKORI_PASSPHRASE"));
    if (!passphrase.isEmpty())
        environment.insert(QStringLiteral("HAMKORI_PASSPHRASE"), passphrase);
    process.setProcessEnvironment(environment);
    process.start(QStringLiteral(HAMKORI_CLI_PATH), arguments);
    REQUIRE(process.waitForFinished(120000));
    return {process.exitCode(), hamkori::clitest::outputText(process.readAllStandardOutput()),
            hamkori::clitest::outputText(process.readAllStandardError())};
}

/// One laptop: a data file that the test opens only between runs of hamkori-cli.
struct Laptop
{
    Laptop()
    {
        path = dir.filePath(QStringLiteral("hamkori.sqlite"));
        open(); // creates the file and its device identity
    }
    std::unique_ptr<hamkori::Database> open()
    {
        auto opened = hamkori::Database::open(path);
        INFO(opened.errorMessage().toStdString());
        REQUIRE(opened.ok());
        return std::move(opened).value();
    }
    QString dump() { return hamkori::test::dumpDatabase(*open()); }
    QString fingerprint() { return open()->identity().fingerprint(); }
    Run run(const QStringList& arguments, const QString& passphrase = kPassphrase)
    {
        return cliWith(passphrase, QStringList{QStringLiteral("--database"), path} + arguments);
    }
    /// Exports every team into `folder` and returns the bundle's path.
    QString exportTo(const QString& folder)
    {
        const Run exported = run({QStringLiteral("export-bundle"), QStringLiteral("--output"), folder});
        INFO(exported.err.toStdString());
        REQUIRE(exported.exitCode == 0);
        const auto match =
            QRegularExpression(QStringLiteral("to (.*hamkori-[0-9a-f]{32}\\.hkx)\\.\\n")).match(exported.out);
        REQUIRE(match.hasMatch());
        return match.captured(1);
    }
    Run importFrom(QStringList paths, const QStringList& options = {QStringLiteral("--trust-new-devices")})
    {
        return run(QStringList{QStringLiteral("import-bundle")} + paths + options);
    }

    QTemporaryDir dir;
    QString path;
};

/// A team with two concerns on laptop A; returns the first concern's uuid.
QString makeTeamWithConcerns(Laptop& laptop)
{
    auto db = laptop.open();
    const QString team = hamkori::test::makeTeam(*db, QStringLiteral("ISF"));
    QString first;
    for (const QString& title : {QStringLiteral("Драки у школы №3"), QStringLiteral("Кражи скота")}) {
        hamkori::Concern concern;
        concern.teamUuid = team;
        concern.title = title;
        concern.firstRaised = QDate(2026, 3, 2);
        concern.categoryUuid = hamkori::test::categoryUuid(*db);
        auto created = hamkori::ConcernRepository(*db).createConcern(concern);
        INFO(created.errorMessage().toStdString());
        REQUIRE(created.ok());
        if (first.isEmpty())
            first = created->meta.uuid;
    }
    return first;
}

QStringList concernTitles(Laptop& laptop)
{
    auto db = laptop.open();
    hamkori::ConcernFilter filter;
    filter.sort = hamkori::ConcernFilter::Sort::Code;
    filter.descending = false;
    auto page = hamkori::ConcernRepository(*db).page(filter, 0, 100);
    REQUIRE(page.ok());
    QStringList titles;
    for (const auto& row : *page)
        titles << row.title;
    return titles;
}

void retitle(Laptop& laptop, const QString& uuid, const QString& title)
{
    auto db = laptop.open();
    hamkori::ConcernRepository concerns(*db);
    auto concern = concerns.concern(uuid);
    REQUIRE(concern.ok());
    concern->title = title;
    auto updated = concerns.updateConcern(*concern);
    INFO(updated.errorMessage().toStdString());
    REQUIRE(updated.ok());
}

QJsonObject jsonOf(const Run& run)
{
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(run.out.toUtf8(), &error);
    INFO(run.out.toStdString());
    REQUIRE(error.error == QJsonParseError::NoError);
    REQUIRE(document.isObject());
    return document.object();
}

/// The report table's row of concerns: new, updated, deleted, already known, conflicts, not applied.
QString concernRow(const Run& run)
{
    const auto match = QRegularExpression(QStringLiteral("\\n  Concerns( +\\d+){6}\\n")).match(run.out);
    return match.hasMatch() ? match.captured(0).simplified() : QString();
}

} // namespace

TEST_CASE("export-bundle then import-bundle carries a team to another laptop that trusts the sender",
          "[cli][exchange]")
{
    Laptop a, b;
    makeTeamWithConcerns(a);
    QTemporaryDir stick;
    // The passphrase from a file, with the line break an editor leaves: the import below gives it without.
    const QString passphraseFile = a.dir.filePath(QStringLiteral("passphrase.txt"));
    {
        QFile file(passphraseFile);
        REQUIRE(file.open(QIODevice::WriteOnly));
        file.write(kPassphrase.toUtf8() + "\n");
    }
    const Run exported = a.run({QStringLiteral("export-bundle"), QStringLiteral("--output"), stick.path(),
                                QStringLiteral("--team"), QStringLiteral("ISF"),
                                QStringLiteral("--passphrase-file"), passphraseFile},
                               QString());
    INFO(exported.err.toStdString());
    REQUIRE(exported.exitCode == 0);
    CHECK_THAT(exported.out.toStdString(), Contains("It is safe to remove the stick."));
    const QStringList files = QDir(stick.path()).entryList({QStringLiteral("*.hkx")}, QDir::Files);
    REQUIRE(files.size() == 1);
    CHECK(QRegularExpression(QStringLiteral("^hamkori-[0-9a-f]{32}\\.hkx$")).match(files.first()).hasMatch());
    const QString bundle = QDir(stick.path()).filePath(files.first());

    // A laptop B never heard of: shown with its fingerprint, nothing applied.
    const QString before = b.dump();
    const Run refused = b.importFrom({bundle}, {});
    CHECK(refused.exitCode == 1);
    CHECK_THAT(refused.err.toStdString(), Contains(a.fingerprint().toStdString()));
    CHECK_THAT(refused.err.toStdString(), Contains("--trust-new-devices"));
    CHECK(b.dump() == before);
    CHECK(concernTitles(b).isEmpty());

    const Run imported = b.importFrom({bundle});
    INFO(imported.err.toStdString());
    REQUIRE(imported.exitCode == 0);
    CHECK(concernRow(imported) == QStringLiteral("Concerns 2 0 0 0 0 0"));
    CHECK(concernTitles(b) == QStringList{QStringLiteral("Драки у школы №3"), QStringLiteral("Кражи скота")});

    // B now knows A: its devices list shows A's fingerprint, and the next bundle needs no --trust.
    const Run devices = b.run({QStringLiteral("devices")});
    REQUIRE(devices.exitCode == 0);
    CHECK_THAT(devices.out.toStdString(), Contains(a.fingerprint().toStdString()));
    const QJsonObject devicesJson = jsonOf(b.run({QStringLiteral("devices"), QStringLiteral("--json")}));
    REQUIRE(devicesJson.value(QStringLiteral("devices")).toArray().size() == 1);
    const QJsonObject known = devicesJson.value(QStringLiteral("devices")).toArray().first().toObject();
    CHECK(known.value(QStringLiteral("fingerprint")).toString() == a.fingerprint());
    CHECK(known.value(QStringLiteral("id")).toString() == a.open()->identity().id());
    CHECK(devicesJson.value(QStringLiteral("thisDevice")).toObject().value(QStringLiteral("fingerprint")) ==
          b.fingerprint());
}

TEST_CASE("import-bundle of a bundle already imported skips every change and changes nothing",
          "[cli][exchange]")
{
    Laptop a, b;
    makeTeamWithConcerns(a);
    QTemporaryDir stick;
    const QString bundle = a.exportTo(stick.path());
    REQUIRE(b.importFrom({bundle}).exitCode == 0);
    const QString before = b.dump();

    const Run again = b.importFrom({stick.path()}, {}); // the folder, and no --trust: B knows A now
    INFO(again.err.toStdString());
    REQUIRE(again.exitCode == 0);
    CHECK(concernRow(again) == QStringLiteral("Concerns 0 0 0 2 0 0"));
    CHECK_THAT(again.out.toStdString(),
               Contains("Everything in this bundle was already here: nothing changed."));
    CHECK(b.dump() == before);
}

TEST_CASE("import-bundle --dry-run prints the report and saves nothing", "[cli][exchange]")
{
    Laptop a, b;
    makeTeamWithConcerns(a);
    QTemporaryDir stick;
    const QString bundle = a.exportTo(stick.path());
    const QString before = b.dump();

    const Run trial =
        b.importFrom({bundle}, {QStringLiteral("--trust-new-devices"), QStringLiteral("--dry-run")});
    INFO(trial.err.toStdString());
    REQUIRE(trial.exitCode == 0);
    CHECK(concernRow(trial) == QStringLiteral("Concerns 2 0 0 0 0 0"));
    CHECK_THAT(trial.out.toStdString(), Contains("Dry run: nothing was saved."));
    CHECK(b.dump() == before);
    CHECK(concernTitles(b).isEmpty());
    // Not even the sender was remembered: a real import still asks for trust.
    CHECK(b.importFrom({bundle}, {}).exitCode == 1);
}

TEST_CASE("A truncated bundle and a wrong passphrase each give their message and change nothing",
          "[cli][exchange]")
{
    Laptop a, b;
    makeTeamWithConcerns(a);
    QTemporaryDir stick;
    const QString bundle = a.exportTo(stick.path());
    QByteArray bytes;
    {
        QFile file(bundle);
        REQUIRE(file.open(QIODevice::ReadOnly));
        bytes = file.readAll();
    }
    QTemporaryDir damaged;
    const QString truncated = damaged.filePath(QStringLiteral("hamkori-truncated.hkx"));
    {
        QFile file(truncated);
        REQUIRE(file.open(QIODevice::WriteOnly));
        file.write(bytes.left(bytes.size() / 2));
    }
    const QString before = b.dump();

    const Run halfCopied = b.importFrom({truncated});
    CHECK(halfCopied.exitCode == 1);
    CHECK_THAT(halfCopied.err.toStdString(), Contains("The bundle is incomplete"));
    CHECK(b.dump() == before);

    const Run wrongPassphrase =
        b.run({QStringLiteral("import-bundle"), bundle, QStringLiteral("--trust-new-devices")},
              QStringLiteral("другая парольная фраза"));
    CHECK(wrongPassphrase.exitCode == 1);
    CHECK_THAT(wrongPassphrase.err.toStdString(), Contains("different exchange passphrase"));
    // Finding 10: nothing says the laptop is trusted when nothing was applied.
    CHECK_FALSE(wrongPassphrase.out.contains(QStringLiteral("trusted from now on")));
    CHECK(b.dump() == before);

    // The damaged bundle first, then the good one: the good one still imports, the exit code tells of the
    // other.
    const Run both = b.importFrom({truncated, bundle});
    CHECK(both.exitCode == 1);
    CHECK_THAT(both.err.toStdString(), Contains("The bundle is incomplete"));
    CHECK(concernRow(both) == QStringLiteral("Concerns 2 0 0 0 0 0"));
    CHECK(concernTitles(b).size() == 2);
}

TEST_CASE("import-bundle --json reports every bundle with stable keys", "[cli][exchange]")
{
    Laptop a, b;
    makeTeamWithConcerns(a);
    QTemporaryDir stick;
    const QString bundle = a.exportTo(stick.path());

    const QJsonObject untrusted = jsonOf(b.importFrom({bundle}, {QStringLiteral("--json")}));
    CHECK(untrusted.value(QStringLiteral("failed")).toInt() == 1);
    const QJsonObject refused = untrusted.value(QStringLiteral("bundles")).toArray().first().toObject();
    CHECK(refused.value(QStringLiteral("status")).toString() == QStringLiteral("untrusted"));
    CHECK(refused.value(QStringLiteral("newDevice")).toBool());
    CHECK(refused.value(QStringLiteral("fingerprint")).toString() == a.fingerprint());

    const Run run = b.importFrom({bundle}, {QStringLiteral("--trust-new-devices"), QStringLiteral("--json")});
    CHECK(run.exitCode == 0);
    const QJsonObject json = jsonOf(run);
    CHECK(json.value(QStringLiteral("failed")).toInt() == 0);
    CHECK(json.value(QStringLiteral("dryRun")).toBool() == false);
    const QJsonArray bundles = json.value(QStringLiteral("bundles")).toArray();
    REQUIRE(bundles.size() == 1);
    const QJsonObject imported = bundles.first().toObject();
    CHECK(imported.value(QStringLiteral("status")).toString() == QStringLiteral("imported"));
    CHECK(imported.value(QStringLiteral("device")).toString() == a.open()->identity().id());
    const QJsonObject report = imported.value(QStringLiteral("report")).toObject();
    const QJsonObject concerns =
        report.value(QStringLiteral("kinds")).toObject().value(QStringLiteral("concern")).toObject();
    CHECK(concerns.value(QStringLiteral("added")).toInt() == 2);
    CHECK(concerns.value(QStringLiteral("skipped")).toInt() == 0);
    CHECK(report.value(QStringLiteral("totals")).toObject().value(QStringLiteral("quarantined")).toInt() ==
          0);
    CHECK(report.value(QStringLiteral("changedNothing")).toBool() == false);
}

TEST_CASE("Without a passphrase file or HAMKORI_PASSPHRASE the exchange commands name both ways",
          "[cli][exchange]")
{
    Laptop a;
    makeTeamWithConcerns(a);
    QTemporaryDir stick;
    const Run exported =
        a.run({QStringLiteral("export-bundle"), QStringLiteral("--output"), stick.path()}, QString());
    CHECK(exported.exitCode == 1);
    CHECK_THAT(exported.err.toStdString(), Contains("--passphrase-file"));
    CHECK_THAT(exported.err.toStdString(), Contains("HAMKORI_PASSPHRASE"));
    CHECK(QDir(stick.path()).entryList(QDir::Files).isEmpty());

    const QString before = a.dump();
    const Run imported = a.run({QStringLiteral("import-bundle"), stick.path()}, QString());
    CHECK(imported.exitCode == 1);
    CHECK_THAT(imported.err.toStdString(), Contains("--passphrase-file"));
    CHECK_THAT(imported.err.toStdString(), Contains("HAMKORI_PASSPHRASE"));
    CHECK(a.dump() == before);

    const Run missingFile =
        a.run({QStringLiteral("import-bundle"), stick.path(), QStringLiteral("--passphrase-file"),
               a.dir.filePath(QStringLiteral("no-such-file.txt"))},
              QString());
    CHECK(missingFile.exitCode == 1);
    CHECK_THAT(missingFile.err.toStdString(), Contains("no-such-file.txt cannot be read"));
}

TEST_CASE("conflicts lists a field edited differently on two laptops since they last exchanged",
          "[cli][exchange]")
{
    Laptop a, b;
    const QString concern = makeTeamWithConcerns(a);
    QTemporaryDir stick;
    REQUIRE(b.importFrom({a.exportTo(stick.path())}).exitCode == 0);
    const Run none = b.run({QStringLiteral("conflicts")});
    REQUIRE(none.exitCode == 0);
    CHECK_THAT(none.out.toStdString(), Contains("No conflicts wait for a choice."));

    retitle(a, concern, QStringLiteral("Драки подростков"));
    retitle(b, concern, QStringLiteral("Драки у школы №3 и №5"));
    QTemporaryDir back;
    const Run imported = b.importFrom({a.exportTo(back.path())}, {});
    INFO(imported.err.toStdString());
    REQUIRE(imported.exitCode == 0);
    CHECK(concernRow(imported).endsWith(QStringLiteral(" 1 0"))); // one conflict, nothing put aside

    const Run listed = b.run({QStringLiteral("conflicts")});
    REQUIRE(listed.exitCode == 0);
    CHECK(listed.out.startsWith(QStringLiteral("1 conflict waits")));
    CHECK_THAT(listed.out.toStdString(), Contains("field «title»"));
    CHECK_THAT(listed.out.toStdString(), Contains("«Драки подростков»"));
    CHECK_THAT(listed.out.toStdString(), Contains("«Драки у школы №3 и №5»"));

    const QJsonArray conflicts = jsonOf(b.run({QStringLiteral("conflicts"), QStringLiteral("--json")}))
                                     .value(QStringLiteral("conflicts"))
                                     .toArray();
    REQUIRE(conflicts.size() == 1);
    const QJsonObject conflict = conflicts.first().toObject();
    CHECK(conflict.value(QStringLiteral("record")).toString() == concern);
    CHECK(conflict.value(QStringLiteral("field")).toString() == QStringLiteral("title"));
    const QJsonArray versions = conflict.value(QStringLiteral("versions")).toArray();
    REQUIRE(versions.size() == 2);
    QStringList values;
    for (const QJsonValue& version : versions)
        values << version.toObject().value(QStringLiteral("value")).toString();
    values.sort();
    CHECK(values == QStringList{QStringLiteral("Драки подростков"), QStringLiteral("Драки у школы №3 и №5")});
    CHECK(versions.first().toObject().value(QStringLiteral("shown")).toBool());

    // Finding 10: the conflict is settled from the console, and the choice travels.
    CHECK_THAT(
        listed.out.toStdString(),
        Contains(
            QStringLiteral("hamkori-cli resolve %1 title --choose N").arg(concern.left(8)).toStdString()));
    const QString second = versions.at(1).toObject().value(QStringLiteral("value")).toString();
    const Run outOfRange = b.run({QStringLiteral("resolve"), concern.left(8), QStringLiteral("title"),
                                  QStringLiteral("--choose"), QStringLiteral("3")});
    CHECK(outOfRange.exitCode == 2);
    CHECK_THAT(outOfRange.err.toStdString(), Contains("from 1 to 2"));
    const Run resolved = b.run({QStringLiteral("resolve"), concern.left(8), QStringLiteral("title"),
                                QStringLiteral("--choose"), QStringLiteral("2")});
    INFO(resolved.err.toStdString());
    REQUIRE(resolved.exitCode == 0);
    CHECK_THAT(resolved.out.toStdString(), Contains(second.toStdString()));
    CHECK_THAT(b.run({QStringLiteral("conflicts")}).out.toStdString(),
               Contains("No conflicts wait for a choice."));
    CHECK(concernTitles(b).contains(second));
    QTemporaryDir choice;
    REQUIRE(a.importFrom({b.exportTo(choice.path())}).exitCode == 0);
    CHECK(concernTitles(a).contains(second));
    CHECK_THAT(a.run({QStringLiteral("conflicts")}).out.toStdString(),
               Contains("No conflicts wait for a choice."));
}

TEST_CASE("Issue 16 findings 7 and 8: export-bundle --for sends only what that laptop lacks, and "
          "--earlier-passphrase-file opens a key locked with the network's former passphrase",
          "[cli][exchange]")
{
    QTemporaryDir stick;
    Laptop a, b;
    const QString concern = makeTeamWithConcerns(a);
    REQUIRE(b.importFrom({a.exportTo(stick.path())}).exitCode == 0);
    REQUIRE(a.importFrom({b.exportTo(stick.path())}).exitCode == 0);
    retitle(a, concern, QStringLiteral("Драки у школы №5"));

    const QString bDevice = b.open()->identity().id();
    const Run forB = a.run({QStringLiteral("export-bundle"), QStringLiteral("--output"), stick.path(),
                            QStringLiteral("--for"), b.fingerprint()});
    INFO(forB.err.toStdString());
    REQUIRE(forB.exitCode == 0);
    CHECK(forB.out.startsWith(QStringLiteral("Wrote 1 change ")));
    const Run unknown = a.run({QStringLiteral("export-bundle"), QStringLiteral("--output"), stick.path(),
                               QStringLiteral("--for"), QStringLiteral("Ноутбуки Хуҷанд")});
    CHECK(unknown.exitCode != 0);
    CHECK(unknown.err.contains(QStringLiteral("hamkori-cli devices")));

    // The network's passphrase changed: the key opens only with the earlier one, given once.
    const QString changed = QStringLiteral("обҳои зулоли кӯҳистон");
    const Run refused =
        a.run({QStringLiteral("export-bundle"), QStringLiteral("--output"), stick.path()}, changed);
    CHECK(refused.exitCode != 0);
    CHECK(refused.err.contains(QStringLiteral("locked with another exchange passphrase")));
    QFile earlier(a.dir.filePath(QStringLiteral("earlier.txt")));
    REQUIRE(earlier.open(QIODevice::WriteOnly));
    earlier.write(kPassphrase.toUtf8() + '\n');
    earlier.close();
    const Run relocked = a.run({QStringLiteral("export-bundle"), QStringLiteral("--output"), stick.path(),
                                QStringLiteral("--earlier-passphrase-file"), earlier.fileName()},
                               changed);
    INFO(relocked.err.toStdString());
    CHECK(relocked.exitCode == 0);
    CHECK(a.run({QStringLiteral("export-bundle"), QStringLiteral("--output"), stick.path()}, changed)
              .exitCode == 0);
    CHECK_FALSE(bDevice.isEmpty());
}

TEST_CASE("Finding 9: erase-history erases a concern field's earlier values, and the next bundle erases them "
          "on the other laptop",
          "[cli][exchange]")
{
    QTemporaryDir stick;
    Laptop a, b;
    const QString concern = makeTeamWithConcerns(a);
    retitle(a, concern, QStringLiteral("Зарина Қодирова зад хӯрд")); // a name typed by mistake…
    REQUIRE(b.importFrom({a.exportTo(stick.path())}).exitCode == 0);
    retitle(a, concern, QStringLiteral("Зӯроварӣ дар оила")); // …then removed
    const QString code = hamkori::ConcernRepository(*a.open()).concern(concern)->code;
    REQUIRE_FALSE(code.isEmpty());

    const Run refused = a.run({QStringLiteral("erase-history"), code, QStringLiteral("status")});
    CHECK(refused.exitCode != 0);
    CHECK(refused.err.contains(QStringLiteral("cannot be erased")));
    const Run erased = a.run({QStringLiteral("erase-history"), code, QStringLiteral("title")});
    INFO(erased.err.toStdString());
    REQUIRE(erased.exitCode == 0);
    CHECK(erased.out.contains(QStringLiteral("Erased 2 earlier values"))); // the first title and the name
    CHECK_FALSE(a.dump().contains(QStringLiteral("Зарина")));

    const Run imported = b.importFrom({a.exportTo(stick.path())});
    INFO(imported.out.toStdString());
    REQUIRE(imported.exitCode == 0);
    CHECK(imported.out.contains(QStringLiteral("erased from history")));
    CHECK_FALSE(b.dump().contains(QStringLiteral("Зарина")));
    CHECK(concernTitles(b).contains(QStringLiteral("Зӯроварӣ дар оила")));
}

namespace {

/// Concern UUID → code, every live concern of the laptop.
QMap<QString, QString> concernCodes(Laptop& laptop)
{
    auto db = laptop.open();
    auto page = hamkori::ConcernRepository(*db).page(hamkori::ConcernFilter(), 0, 100);
    REQUIRE(page.ok());
    QMap<QString, QString> codes;
    for (const auto& row : *page)
        codes.insert(row.uuid, row.code);
    return codes;
}

void addConcern(Laptop& laptop, const QString& team, const QString& title)
{
    auto db = laptop.open();
    hamkori::Concern concern;
    concern.teamUuid = team;
    concern.title = title;
    concern.firstRaised = QDate(2026, 3, 2);
    concern.categoryUuid = hamkori::test::categoryUuid(*db);
    auto created = hamkori::ConcernRepository(*db).createConcern(concern);
    INFO(created.errorMessage().toStdString());
    REQUIRE(created.ok());
    REQUIRE(created->code == QStringLiteral("ISF-2026-001"));
}

} // namespace

TEST_CASE("Finding 4: import-bundle tells which code a concern numbered alike on another laptop took",
          "[cli][exchange]")
{
    Laptop a, b;
    QString team;
    {
        auto db = a.open();
        team = hamkori::test::makeTeam(*db, QStringLiteral("ISF"));
    }
    QTemporaryDir first;
    REQUIRE(b.importFrom({a.exportTo(first.path())}).exitCode == 0);
    // Offline, both register a concern: both take ISF-2026-001.
    addConcern(a, team, QStringLiteral("Кӯчаҳои торик"));
    addConcern(b, team, QStringLiteral("Дуздии чорво"));
    QTemporaryDir fromB;
    const QString bundle = b.exportTo(fromB.path());

    // The dry run's JSON says what the import would change.
    const QJsonObject dry =
        jsonOf(a.importFrom({bundle}, {QStringLiteral("--trust-new-devices"), QStringLiteral("--dry-run"),
                                       QStringLiteral("--json")}));
    const QJsonArray renumbered = dry.value(QStringLiteral("bundles"))
                                      .toArray()
                                      .first()
                                      .toObject()
                                      .value(QStringLiteral("report"))
                                      .toObject()
                                      .value(QStringLiteral("renumbered"))
                                      .toArray();
    REQUIRE(renumbered.size() == 1);
    const QJsonObject change = renumbered.first().toObject();
    CHECK(change.value(QStringLiteral("kind")).toString() == QStringLiteral("concern"));
    CHECK(change.value(QStringLiteral("team")).toString() == team);
    CHECK(change.value(QStringLiteral("from")).toString() == QStringLiteral("ISF-2026-001"));
    CHECK(change.value(QStringLiteral("to")).toString() == QStringLiteral("ISF-2026-002"));
    CHECK(change.value(QStringLiteral("message")).toString() ==
          QStringLiteral("ISF-2026-001 was also used on another laptop: the later one is now ISF-2026-002."));
    CHECK(concernCodes(a).values() == QStringList{QStringLiteral("ISF-2026-001")});

    const Run imported = a.importFrom({bundle});
    INFO(imported.out.toStdString() + imported.err.toStdString());
    REQUIRE(imported.exitCode == 0);
    CHECK_THAT(imported.out.toStdString(),
               Contains("ISF-2026-001 was also used on another laptop: the later one is now ISF-2026-002."));
    QTemporaryDir fromA;
    REQUIRE(b.importFrom({a.exportTo(fromA.path())}).exitCode == 0);

    // One code each, the same on both laptops, and nothing waits in the inbox.
    const QMap<QString, QString> codes = concernCodes(a);
    QStringList values = codes.values();
    values.sort();
    CHECK(values == QStringList{QStringLiteral("ISF-2026-001"), QStringLiteral("ISF-2026-002")});
    CHECK(concernCodes(b) == codes);
    for (Laptop* laptop : {&a, &b})
        CHECK_THAT(laptop->run({QStringLiteral("conflicts")}).out.toStdString(),
                   Contains("No conflicts wait for a choice."));
}

namespace {

QString makeIsfTeam(Laptop& laptop, const QString& name, const QString& place)
{
    auto db = laptop.open();
    auto district = hamkori::ReferenceRepository(*db).findPlace(place);
    REQUIRE(district.ok());
    hamkori::Team team;
    team.name = name;
    team.code = QStringLiteral("ISF");
    team.districtUuid = district->meta.uuid;
    auto created = hamkori::TeamRepository(*db).createTeam(team);
    INFO(created.errorMessage().toStdString());
    REQUIRE(created.ok());
    return created->meta.uuid;
}

} // namespace

TEST_CASE("Finding 5: a team code two laptops both made is told on import, and --team refuses it naming both "
          "teams",
          "[cli][exchange]")
{
    Laptop a, b;
    const QString isfara = makeIsfTeam(a, QStringLiteral("CPPT of Isfara"), QStringLiteral("Isfara"));
    const QString khujand = makeIsfTeam(b, QStringLiteral("CPPT of Khujand"), QStringLiteral("Khujand"));
    QTemporaryDir fromB;
    const Run imported = a.importFrom({b.exportTo(fromB.path())});
    INFO(imported.out.toStdString() + imported.err.toStdString());
    REQUIRE(imported.exitCode == 0);
    CHECK_THAT(
        imported.out.toStdString(),
        Contains("teams now have the code ISF: «CPPT of Isfara» (Isfara), «CPPT of Khujand» (Khujand)."));

    QTemporaryDir fromA;
    const QJsonObject json = jsonOf(b.importFrom(
        {a.exportTo(fromA.path())}, {QStringLiteral("--trust-new-devices"), QStringLiteral("--json")}));
    const QJsonArray shared = json.value(QStringLiteral("bundles"))
                                  .toArray()
                                  .first()
                                  .toObject()
                                  .value(QStringLiteral("report"))
                                  .toObject()
                                  .value(QStringLiteral("sharedTeamCodes"))
                                  .toArray();
    REQUIRE(shared.size() == 1);
    CHECK(shared.first().toObject().value(QStringLiteral("code")).toString() == QStringLiteral("ISF"));
    CHECK(shared.first().toObject().value(QStringLiteral("teams")).toArray().size() == 2);

    // --team ISF names no team: refused, with both teams and how to choose; nothing is written.
    QTemporaryDir out;
    const QString csv = out.filePath(QStringLiteral("isf.csv"));
    const Run ambiguous =
        a.run({QStringLiteral("export-csv"), QStringLiteral("--kind"), QStringLiteral("concerns"),
               QStringLiteral("--team"), QStringLiteral("ISF"), QStringLiteral("--output"), csv});
    CHECK(ambiguous.exitCode == 2);
    CHECK_THAT(ambiguous.err.toStdString(),
               Contains(QStringLiteral("«CPPT of Isfara» (Isfara), id %1").arg(isfara).toStdString()));
    CHECK_THAT(ambiguous.err.toStdString(),
               Contains(QStringLiteral("«CPPT of Khujand» (Khujand), id %1").arg(khujand).toStdString()));
    CHECK_THAT(ambiguous.err.toStdString(), Contains("Name the team by its name or its id instead"));
    CHECK_FALSE(QFile::exists(csv));
    const Run bundle = a.run({QStringLiteral("export-bundle"), QStringLiteral("--team"),
                              QStringLiteral("ISF"), QStringLiteral("--output"), out.path()});
    CHECK(bundle.exitCode == 2);
    CHECK_THAT(bundle.err.toStdString(), Contains("2 teams have the code ISF"));
    CHECK(QDir(out.path()).entryList({QStringLiteral("*.hkx")}, QDir::Files).isEmpty());

    // By name or id it names one team.
    const Run byName =
        a.run({QStringLiteral("export-csv"), QStringLiteral("--kind"), QStringLiteral("concerns"),
               QStringLiteral("--team"), QStringLiteral("CPPT of Khujand"), QStringLiteral("--output"), csv});
    INFO(byName.err.toStdString());
    CHECK(byName.exitCode == 0);
    const Run byId = a.run({QStringLiteral("export-bundle"), QStringLiteral("--team"), isfara,
                            QStringLiteral("--output"), out.path()});
    INFO(byId.err.toStdString());
    CHECK(byId.exitCode == 0);
}
