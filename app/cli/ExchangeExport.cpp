// export-bundle: the changes of the chosen teams (default: every team here) as one encrypted, signed bundle
// in a folder (the USB stick), read back and opened again before the user is told to remove the stick.
#include "CommandLine.h"
#include "ExchangeCommands.h"
#include "ExchangePassphrase.h"
#include "core/storage/TeamRepository.h"
#include "core/sync/BundleReader.h"
#include "core/sync/BundleWriter.h"
#include "core/sync/Merge.h"
#include "core/sync/Passphrase.h"
#include <QDir>
#include <QSysInfo>

namespace hamkori::cli {

namespace {

class Text
{
    Q_DECLARE_TR_FUNCTIONS(Cli)
};

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
    const QCommandLineOption passphraseFile = passphraseFileOption();
    for (const auto* option : {&output, &team, &passphraseFile})
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

    auto bundle = sync::collectForExchange(*db, teamUuids, {});
    if (!bundle)
        return CommandLine::fail(bundle.errorMessage());
    // The name travels encrypted; the receiver sees it in its list of devices.
    bundle->header.deviceName = QSysInfo::machineHostName();
    auto written = sync::writeBundleFile(folder, *bundle, *passphrase, sync::SigningKey::ofDevice(*db), {});
    if (!written)
        return CommandLine::fail(written.errorMessage());

    // writeBundleFile compared the bytes and checked the signatures; opening the file with the passphrase
    // proves that the receiver will be able to read every change.
    const QString shownPath = QDir::toNativeSeparators(*written);
    auto bytes = sync::readBundleFile(*written);
    auto reopened = bytes ? sync::decodeBundle(*bytes, *passphrase) : Result<sync::Bundle>(bytes.error());
    if (!reopened || reopened->entries.size() != bundle->entries.size()) {
        QFile::remove(*written);
        return CommandLine::fail(
            Text::tr("The bundle written to %1 could not be read back; it was removed. Check the stick and "
                     "export again.")
                .arg(shownPath) +
            (reopened ? QString() : QLatin1Char(' ') + reopened.errorMessage()));
    }
    out() << Text::tr("Wrote %n change(s) to %1.", nullptr, int(bundle->entries.size())).arg(shownPath)
          << Qt::endl;
    out() << Text::tr("This laptop's fingerprint: %1.").arg(db->identity().fingerprint()) << Qt::endl;
    out() << Text::tr("It is safe to remove the stick.") << Qt::endl;
    return Success;
}

} // namespace hamkori::cli
