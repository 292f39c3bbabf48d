// export-bundle: the changes of the chosen teams (default: every team here) as one encrypted, signed bundle
// in a folder (the USB stick), read back and opened again before the user is told to remove the stick.
#include "CommandLine.h"
#include "ExchangeCommands.h"
#include "ExchangePassphrase.h"
#include "core/storage/SyncRepository.h"
#include "core/storage/TeamRepository.h"
#include "core/sync/Export.h"
#include "core/sync/KeyLock.h"
#include "core/sync/Passphrase.h"
#include <QDir>
#include <QSysInfo>

namespace hamkori::cli {

namespace {

class Text
{
    Q_DECLARE_TR_FUNCTIONS(Cli)
};

/// The laptop named by --for: its device id, the start of it, its fingerprint or its name.
Result<QString> receiverNamed(Database& db, const QString& name)
{
    auto devices = SyncRepository(db).knownDevices();
    if (!devices)
        return devices.error();
    QStringList matches;
    const QString wanted = name.trimmed();
    for (const KnownDevice& device : *devices)
        if (device.id == wanted || (wanted.size() >= 8 && device.id.startsWith(wanted)) ||
            device.fingerprint().compare(wanted, Qt::CaseInsensitive) == 0 ||
            device.name.compare(wanted, Qt::CaseInsensitive) == 0)
            matches << device.id;
    if (matches.size() == 1)
        return matches.first();
    if (matches.isEmpty())
        return Error{Text::tr("No laptop named %1 has sent a bundle here, so what it lacks is not known. "
                              "\"hamkori-cli devices\" lists the laptops known here; without --for the "
                              "bundle carries everything.")
                         .arg(wanted),
                     {}};
    return Error{
        Text::tr("Several laptops match %1 (%2): give the device id.").arg(wanted, matches.join(u", ")), {}};
}

} // namespace

int runExportBundle(const QStringList& arguments)
{
    CommandLine line(
        QStringLiteral("export-bundle"),
        Text::tr("Write the changes of this laptop's teams into one exchange bundle (a .hkx file) "
                 "for another laptop. The bundle is encrypted with the team network's exchange "
                 "passphrase and signed by this laptop; its name says nothing of the team or "
                 "district."),
        arguments);
    const QCommandLineOption output(QStringLiteral("output"),
                                    Text::tr("The folder to write the bundle into (the USB stick)."),
                                    Text::tr("folder"));
    const QCommandLineOption team(QStringLiteral("team"),
                                  Text::tr("Only this team (its code, or its name or id when two teams share "
                                           "the code); repeat for several teams. Default: every team on this "
                                           "laptop."),
                                  Text::tr("team"));
    const QCommandLineOption receiver(
        QStringLiteral("for"),
        Text::tr("Only what this laptop lacks (its device id, fingerprint or name, as \"devices\" lists "
                 "it), judged by the last bundle it sent here. Default: everything, for any laptop."),
        Text::tr("laptop"));
    const QCommandLineOption earlier(
        QStringLiteral("earlier-passphrase-file"),
        Text::tr("When the team network changed its exchange passphrase: a file holding the earlier one, "
                 "which this data file's signing key was locked with. The key is then locked with the "
                 "current passphrase."),
        Text::tr("file"));
    const QCommandLineOption passphraseFile = passphraseFileOption();
    for (const auto* option : {&output, &team, &receiver, &earlier, &passphraseFile})
        line.parser().addOption(*option);
    if (int done = line.parse(); done >= 0)
        return done;
    const QString folder = line.parser().value(output);
    if (folder.isEmpty())
        return line.usageError(Text::tr("Name the folder to write the bundle into with --output FOLDER."));
    auto passphrase = readPassphrase(line.parser(), passphraseFile);
    if (!passphrase)
        return CommandLine::fail(passphrase.errorMessage());
    // A weak passphrase would leave a lost stick readable: refuse it before anything is written.
    if (auto strong = sync::Passphrase::checkStrength(*passphrase); !strong)
        return CommandLine::fail(strong.errorMessage());

    auto db = line.openDatabase();
    if (!db)
        return Failure;
    QStringList teamUuids;
    TeamRepository teams(*db);
    for (const QString& code : line.parser().values(team)) {
        auto found = teams.findTeam(code); // a code two teams share is refused, naming both
        if (!found)
            return line.usageError(found.errorMessage());
        teamUuids << found->meta.uuid;
    }

    sync::ExportRequest request;
    request.folder = folder;
    request.teamUuids = teamUuids;
    request.passphrase = *passphrase;
    // The name travels encrypted; the receiver sees it in its list of devices.
    request.deviceName = QSysInfo::machineHostName();
    if (line.parser().isSet(receiver)) {
        auto named = receiverNamed(*db, line.parser().value(receiver));
        if (!named)
            return line.usageError(named.errorMessage());
        request.receiver = *named;
    }
    if (line.parser().isSet(earlier)) {
        auto previous = readPassphraseFile(line.parser().value(earlier));
        if (!previous)
            return CommandLine::fail(previous.errorMessage());
        if (auto relocked = sync::relockKeys(*db, *previous, *passphrase); !relocked)
            return CommandLine::fail(relocked.errorMessage());
    }
    auto done = sync::Export::run(*db, request);
    if (!done)
        return CommandLine::fail(done.errorMessage());
    out() << Text::tr("Wrote %n change(s) to %1.", nullptr, done->changes)
                 .arg(QDir::toNativeSeparators(done->path))
          << Qt::endl;
    out() << Text::tr("This laptop's fingerprint: %1.").arg(db->identity().fingerprint()) << Qt::endl;
    out() << Text::tr("It is safe to remove the stick.") << Qt::endl;
    return Success;
}

} // namespace hamkori::cli
