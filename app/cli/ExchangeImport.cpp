// import-bundle: applies exchange bundles (files, or every .hkx in a folder, oldest first), each on its own:
// a damaged bundle or one locked with another passphrase changes nothing and the others still import. A
// laptop never seen before is shown with its fingerprint and its changes wait for --trust-new-devices.
#include "CommandLine.h"
#include "ExchangeCommands.h"
#include "ExchangePassphrase.h"
#include "ExchangeShared.h"
#include "core/storage/Fingerprint.h"
#include "core/storage/SyncRepository.h"
#include "core/sync/BundleReader.h"
#include "core/sync/Crypto.h"
#include "core/sync/Merge.h"
#include "core/sync/SenderTrust.h"
#include <QDir>
#include <QFileInfo>
#include <QJsonArray>
#include <algorithm>

namespace hamkori::cli {

namespace {

class Text
{
    Q_DECLARE_TR_FUNCTIONS(Cli)
};

struct Options
{
    bool dryRun = false;
    bool json = false;
    bool trustNewDevices = false;
};

/// The bundle files named: a file as it is, a folder as every *.hkx in it, oldest first (the order they were
/// written in, so that a later bundle's edits apply after an earlier one's). Errors for names that are
/// neither.
QStringList bundleFiles(const QStringList& paths, QStringList* errors)
{
    QStringList files;
    for (const QString& path : paths) {
        const QFileInfo info(path);
        if (info.isFile()) {
            files << path;
        } else if (info.isDir()) {
            QFileInfoList found = QDir(path).entryInfoList({QStringLiteral("*.hkx")}, QDir::Files);
            std::stable_sort(found.begin(), found.end(), [](const QFileInfo& a, const QFileInfo& b) {
                return a.lastModified() != b.lastModified() ? a.lastModified() < b.lastModified()
                                                            : a.fileName() < b.fileName();
            });
            if (found.isEmpty())
                *errors << Text::tr("There is no bundle (*.hkx) in the folder %1.")
                               .arg(QDir::toNativeSeparators(path));
            for (const QFileInfo& file : found)
                files << file.filePath();
        } else {
            *errors << Text::tr("There is no file or folder %1.").arg(QDir::toNativeSeparators(path));
        }
    }
    return files;
}

/// The merge report as a table: one row per kind of record, then the totals and why entries were put aside.
void printReport(const sync::MergeReport& report)
{
    const QStringList header{Text::tr("Records"),    Text::tr("New"),           Text::tr("Updated"),
                             Text::tr("Deleted"),    Text::tr("Already known"), Text::tr("Conflicts"),
                             Text::tr("Not applied")};
    auto cells = [](const QString& name, const sync::KindTally& tally) {
        return QStringList{name,
                           QString::number(tally.added),
                           QString::number(tally.updated),
                           QString::number(tally.deleted),
                           QString::number(tally.skipped),
                           QString::number(tally.conflicts),
                           QString::number(tally.quarantined)};
    };
    QList<QStringList> rows{header};
    for (auto it = report.kinds.constBegin(); it != report.kinds.constEnd(); ++it)
        if (!(*it == sync::KindTally()))
            rows << cells(sync::MergeReport::kindName(it.key()), *it);
    rows << cells(Text::tr("Total"), report.totals());
    QList<qsizetype> widths(header.size(), 0);
    for (const QStringList& row : rows)
        for (qsizetype column = 0; column < row.size(); ++column)
            widths[column] = std::max(widths[column], row[column].size());
    for (const QStringList& row : rows) {
        QString text = row[0].leftJustified(widths[0]);
        for (qsizetype column = 1; column < row.size(); ++column)
            text += QStringLiteral("  ") + row[column].rightJustified(widths[column]);
        out() << "  " << text << Qt::endl;
    }
    const sync::KindTally total = report.totals();
    if (report.changedNothing())
        out() << Text::tr("Everything in this bundle was already here: nothing changed.") << Qt::endl;
    if (total.conflicts > 0)
        out() << Text::tr("%n conflict(s) wait for a choice: see \"hamkori-cli conflicts\".", nullptr,
                          total.conflicts)
              << Qt::endl;
    if (report.erased > 0)
        out() << Text::tr("%n earlier value(s) erased from history, as another laptop asked.", nullptr,
                          report.erased)
              << Qt::endl;
    // Codes two laptops gave alike: the later record's new code, which people quote from now on, and team
    // codes two teams now share, for people to settle.
    for (const sync::CodeChange& change : report.renumbered)
        out() << sync::MergeReport::describe(change) << Qt::endl;
    for (const sync::SharedTeamCode& shared : report.sharedTeamCodes)
        out() << sync::MergeReport::describe(shared) << Qt::endl;
    printSetAside(report);
    if (report.dryRun)
        out() << Text::tr("Dry run: nothing was saved.") << Qt::endl;
}

/// Imports one bundle file; fills `result` (the JSON of this file) and prints for a person unless JSON.
bool importOne(Database& db, const QString& path, const QString& passphrase, const Options& options,
               QJsonObject* result, int* setAside)
{
    const QString shownPath = QDir::toNativeSeparators(path);
    result->insert(QStringLiteral("path"), shownPath);
    auto failed = [&](const QString& status, const QString& message) {
        result->insert(QStringLiteral("status"), status);
        result->insert(QStringLiteral("message"), message);
        CommandLine::fail(QStringLiteral("%1: %2").arg(shownPath, message));
        return false;
    };
    if (!options.json)
        out() << Text::tr("Bundle %1").arg(shownPath) << Qt::endl;

    auto bytes = sync::readBundleFile(path);
    if (!bytes)
        return failed(QStringLiteral("failed"), bytes.errorMessage());
    // The sender travels encrypted (a lost stick does not tell who wrote it): it is known once the
    // passphrase opened the bundle, and shown before anything of it is trusted.
    auto bundle = sync::decodeBundle(*bytes, passphrase);
    if (!bundle)
        return failed(QStringLiteral("failed"), bundle.errorMessage());
    const sync::BundleHeader* header = &bundle->header;
    const QString fingerprint = fingerprintOf(header->publicKey);
    result->insert(QStringLiteral("device"), header->device);
    result->insert(QStringLiteral("fingerprint"), fingerprint);
    result->insert(QStringLiteral("written"), jsonTime(header->written));

    // A device seen for the first time is shown before anything of it is trusted (SYNC.md guarantee 6),
    // unless a laptop trusted here introduced it (a copied or restored data file, guarantee 11).
    auto trust = sync::senderTrust(db, *header);
    if (!trust)
        return failed(QStringLiteral("failed"), trust.errorMessage());
    if (trust->refused())
        return failed(QStringLiteral("failed"), sync::refusalMessage(*trust, header->device));
    const bool newDevice = trust->isNew();
    result->insert(QStringLiteral("newDevice"), newDevice);
    if (!options.json)
        out() << Text::tr("From device %1, fingerprint %2, written %3.")
                     .arg(header->device, fingerprint, shownTime(header->written))
              << Qt::endl;
    if (!trust->trusted() && !options.trustNewDevices)
        return failed(QStringLiteral("untrusted"),
                      Text::tr("This laptop has never received a bundle from device %1 (fingerprint %2). "
                               "Its changes were not applied. Ask the sender for the fingerprint their "
                               "laptop shows (hamkori-cli devices), and when it is the same, import again "
                               "with --trust-new-devices.")
                          .arg(header->device, fingerprint));

    auto report =
        sync::applyBundle(db, *bundle, {.dryRun = options.dryRun, .trustNewSender = options.trustNewDevices});
    if (!report)
        return failed(QStringLiteral("failed"), report.errorMessage());
    // Only now, once the passphrase opened it and it applied, is a new laptop trusted from now on.
    if (newDevice && !options.json && !options.dryRun && !trust->trusted())
        out() << Text::tr("A new device: it will be trusted from now on.") << Qt::endl;
    result->insert(QStringLiteral("status"), QStringLiteral("imported"));
    result->insert(QStringLiteral("deviceName"), bundle->header.deviceName);
    result->insert(QStringLiteral("report"), report->toJson());
    *setAside += report->totals().quarantined;
    if (!options.json) {
        if (!bundle->header.deviceName.isEmpty())
            out() << Text::tr("Sender's name: %1.").arg(bundle->header.deviceName) << Qt::endl;
        out()
            << Text::tr("%n change(s) received, %1 new here.", nullptr, report->received).arg(report->applied)
            << Qt::endl;
        printReport(*report);
    }
    return true;
}

} // namespace

int runImportBundle(const QStringList& arguments)
{
    CommandLine line(
        QStringLiteral("import-bundle"),
        Text::tr("Apply exchange bundles from other laptops: each file given, or every bundle "
                 "(*.hkx) in a folder, oldest first. Changes already here are skipped, so "
                 "importing a bundle twice is harmless. A damaged bundle changes nothing and the "
                 "others still import. A laptop never seen before is shown with its fingerprint "
                 "and its changes are applied only with --trust-new-devices."),
        arguments);
    line.parser().addPositionalArgument(QStringLiteral("paths"),
                                        Text::tr("Bundle files or folders of bundles."), Text::tr("PATH..."));
    const QCommandLineOption dryRun(QStringLiteral("dry-run"),
                                    Text::tr("Show what the import would do, but save nothing."));
    const QCommandLineOption json(QStringLiteral("json"),
                                  Text::tr("Print the merge reports as JSON (for other programs)."));
    const QCommandLineOption trust(
        QStringLiteral("trust-new-devices"),
        Text::tr("Apply the changes of laptops never seen before and trust them from now on. Compare their "
                 "fingerprints with the senders first."));
    const QCommandLineOption passphraseFile = passphraseFileOption();
    for (const auto* option : {&dryRun, &json, &trust, &passphraseFile})
        line.parser().addOption(*option);
    if (int done = line.parse(); done >= 0)
        return done;
    const QStringList paths = line.parser().positionalArguments();
    if (paths.isEmpty())
        return line.usageError(Text::tr("Name the bundle files or folders to import."));
    auto passphrase = readPassphrase(line.parser(), passphraseFile);
    if (!passphrase)
        return CommandLine::fail(passphrase.errorMessage());
    const Options options{line.parser().isSet(dryRun), line.parser().isSet(json), line.parser().isSet(trust)};

    QStringList errors;
    const QStringList files = bundleFiles(paths, &errors);
    for (const QString& error : errors)
        CommandLine::fail(error);
    auto db = line.openDatabase();
    if (!db)
        return Failure;

    if (!options.dryRun && !files.isEmpty())
        CommandLine::backUpBefore(*db, BackupReason::BeforeBundleImport);
    QJsonArray results;
    int failures = int(errors.size());
    int setAside = 0;
    for (qsizetype i = 0; i < files.size(); ++i) {
        if (i > 0 && !options.json)
            out() << Qt::endl;
        QJsonObject result;
        if (!importOne(*db, files[i], *passphrase, options, &result, &setAside))
            ++failures;
        results.append(result);
    }
    if (options.json)
        printJson(QJsonObject{{QStringLiteral("dryRun"), options.dryRun},
                              {QStringLiteral("bundles"), results},
                              {QStringLiteral("failed"), failures}});
    else if (files.size() > 1 || failures > 0)
        out() << Qt::endl
              << Text::tr("Imported %1 of %n bundle(s).", nullptr, int(files.size()) + int(errors.size()))
                     .arg(int(files.size()) + int(errors.size()) - failures)
              << Qt::endl;
    // A bundle that applied with changes set aside is not a plain success: scripts see it in the exit code.
    if (failures > 0)
        return Failure;
    return setAside > 0 ? SetAside : Success;
}

} // namespace hamkori::cli
