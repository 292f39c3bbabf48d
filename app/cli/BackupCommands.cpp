// backup, backups, restore: verified snapshots of the data file in the user's data folder, an encrypted copy
// for a stick, and putting a backup (or such a copy) back in place of the data file.
#include "BackupCommands.h"
#include "CommandLine.h"
#include "ExchangePassphrase.h"
#include "ExchangeShared.h"
#include "core/model/Formats.h"
#include "core/storage/BackupFolder.h"
#include "core/storage/Backups.h"
#include "core/storage/Database.h"
#include "core/sync/EncryptedCopy.h"
#include <QDir>
#include <QFileInfo>
#include <QJsonArray>
#include <QTemporaryDir>

namespace hamkori::cli {

namespace {

class Text
{
    Q_DECLARE_TR_FUNCTIONS(Cli)
public:
    static QString contents(const BackupInfo& info)
    {
        return tr("teams %1, concerns %2, action plans %3")
            .arg(Formats::number(info.teams), Formats::number(info.concerns), Formats::number(info.plans));
    }
};

QJsonObject backupJson(const BackupInfo& info)
{
    return QJsonObject{{QStringLiteral("file"), QDir::toNativeSeparators(info.file)},
                       {QStringLiteral("made"), jsonTime(info.made)},
                       {QStringLiteral("reason"), info.reasonText()},
                       {QStringLiteral("size"), double(info.size)},
                       {QStringLiteral("teams"), info.teams},
                       {QStringLiteral("concerns"), info.concerns},
                       {QStringLiteral("plans"), info.plans},
                       {QStringLiteral("changes"), double(info.changes)}};
}

} // namespace

int runBackup(const QStringList& arguments)
{
    CommandLine line(QStringLiteral("backup"),
                     Text::tr("Make a verified backup of the data file now, among the automatic ones in the "
                              "user's data folder; or, with --output, an encrypted copy on a stick."),
                     arguments);
    const QCommandLineOption output(
        QStringLiteral("output"),
        Text::tr("Write an encrypted copy (locked with the exchange passphrase) into <folder>, a stick for "
                 "example."),
        Text::tr("folder"));
    const QCommandLineOption passphraseFile = passphraseFileOption();
    line.parser().addOption(output);
    line.parser().addOption(passphraseFile);
    if (int done = line.parse(); done >= 0)
        return done;
    if (!line.parser().positionalArguments().isEmpty())
        return line.usageError(Text::tr("\"backup\" takes no arguments."));
    QString passphrase;
    if (line.parser().isSet(output)) {
        auto read = readPassphrase(line.parser(), passphraseFile);
        if (!read)
            return CommandLine::fail(read.errorMessage());
        passphrase = *read;
    }
    auto db = line.openDatabase();
    if (!db)
        return Failure;
    if (line.parser().isSet(output)) {
        auto written = sync::EncryptedCopy::write(*db, line.parser().value(output), passphrase);
        if (!written)
            return CommandLine::fail(written.errorMessage());
        out() << Text::tr(
                     "Written and checked: %1. The copy is locked with the exchange passphrase; it is safe "
                     "to remove the stick.")
                     .arg(QDir::toNativeSeparators(*written))
              << Qt::endl;
        return Success;
    }
    Backups backups(db->backupFolder());
    auto made = backups.make(*db, BackupReason::Manual);
    if (!made)
        return CommandLine::fail(made.errorMessage());
    out() << Text::tr("Backup made and checked: %1 (%2; %3).")
                 .arg(QDir::toNativeSeparators(made->file), Formats::fileSize(made->size),
                      Text::contents(*made))
          << Qt::endl;
    return Success;
}

int runBackups(const QStringList& arguments)
{
    CommandLine line(QStringLiteral("backups"), Text::tr("List the backups of the data file, newest first."),
                     arguments);
    const QCommandLineOption json(QStringLiteral("json"),
                                  Text::tr("Print the list as JSON (for other programs)."));
    line.parser().addOption(json);
    if (int done = line.parse(); done >= 0)
        return done;
    if (!line.parser().positionalArguments().isEmpty())
        return line.usageError(Text::tr("\"backups\" takes no arguments."));
    auto db = line.openDatabase();
    if (!db)
        return Failure;
    auto list = Backups(db->backupFolder()).list();
    if (!list)
        return CommandLine::fail(list.errorMessage());
    if (line.parser().isSet(json)) {
        QJsonArray items;
        for (const BackupInfo& info : *list)
            items.append(backupJson(info));
        printJson(QJsonObject{{QStringLiteral("folder"), QDir::toNativeSeparators(db->backupFolder())},
                              {QStringLiteral("backups"), items}});
        return Success;
    }
    out() << Text::tr("Backups in %1:").arg(QDir::toNativeSeparators(db->backupFolder())) << Qt::endl;
    if (list->isEmpty())
        out() << Text::tr("None yet. Make one with \"hamkori-cli backup\".") << Qt::endl;
    for (const BackupInfo& info : *list)
        out() << "  " << shownTime(info.made) << "  " << info.reasonText() << "  "
              << Formats::fileSize(info.size) << "  " << Text::contents(info) << "  "
              << QFileInfo(info.file).fileName() << Qt::endl;
    return Success;
}

int runRestore(const QStringList& arguments)
{
    CommandLine line(
        QStringLiteral("restore"),
        Text::tr(
            "Put a backup (or an encrypted copy from a stick) in place of the data file. The data file as "
            "it is now is kept as a backup first. Close the window before you run it."),
        arguments);
    line.parser().addPositionalArgument(QStringLiteral("file"), Text::tr("The backup or copy to restore."),
                                        Text::tr("FILE"));
    const QCommandLineOption passphraseFile = passphraseFileOption();
    line.parser().addOption(passphraseFile);
    if (int done = line.parse(); done >= 0)
        return done;
    const QStringList files = line.parser().positionalArguments();
    if (files.size() != 1)
        return line.usageError(Text::tr("Name the one backup file to restore."));
    QString backup = files.first();
    const QString dataFile = line.databasePath();

    // An encrypted copy is opened with the passphrase into a plain file first.
    QTemporaryDir scratch;
    if (sync::EncryptedCopy::isEncryptedCopy(backup)) {
        auto passphrase = readPassphrase(line.parser(), passphraseFile);
        if (!passphrase)
            return CommandLine::fail(passphrase.errorMessage());
        const QString plain = scratch.filePath(QStringLiteral("copy.sqlite"));
        if (auto opened = sync::EncryptedCopy::decrypt(backup, *passphrase, plain); !opened)
            return CommandLine::fail(opened.errorMessage());
        backup = plain;
    }
    auto chosen = Backups::inspect(backup);
    if (!chosen)
        return CommandLine::fail(chosen.errorMessage());
    auto current =
        QFileInfo::exists(dataFile) ? Backups::inspect(dataFile) : Result<BackupInfo>(BackupInfo{});
    if (current)
        out() << Text::tr("Now: %1. The backup: %2.").arg(Text::contents(*current), Text::contents(*chosen))
              << Qt::endl;

    // The same folder and ledger the window uses for this file (an installation's own).
    Database::Options defaults;
    Backups keep(backupFolderFor(dataFile));
    auto kept = Backups::restore(dataFile, backup, keep, defaults.identityLedger);
    if (!kept)
        return CommandLine::fail(kept.errorMessage());
    out() << Text::tr("Restored %1 from the backup.")
                 .arg(QDir::toNativeSeparators(QFileInfo(dataFile).absoluteFilePath()))
          << Qt::endl;
    if (!kept->file.isEmpty())
        out() << Text::tr("The data file as it was is kept as a backup: %1")
                     .arg(QDir::toNativeSeparators(kept->file))
              << Qt::endl;
    out() << Text::tr("It will write under a new identity from its next change, so that exchanges stay safe. "
                      "Import the latest bundles from the other laptops to get back what was made since that "
                      "backup.")
          << Qt::endl;
    return Success;
}

} // namespace hamkori::cli
