#include "Preferences.h"
#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QFileInfo>
#include <QSettings>
#include <QStandardPaths>
#include <algorithm>

namespace hamkori {

namespace {

// The keys of the one QSettings store; older releases of the window wrote the same ones.
const char* const kDataFileKey = "data/path";
const char* const kLanguageKey = "ui/language";
const char* const kExchangeFolderKey = "exchange/lastFolder";
const char* const kPassphraseVerifierKey = "exchange/passphraseVerifier";
const char* const kFileName = "hamkori.sqlite";
const char* const kBackupDaysKey = "backups/days";
const char* const kBackupWeeksKey = "backups/weeks";

QString normalised(const QString& path)
{
    return path.isEmpty() ? QString() : QDir::cleanPath(QFileInfo(path).absoluteFilePath());
}

/// When the file (or its write-ahead log, where the last writes may still sit) last changed; invalid when
/// there is no data in it.
QDateTime lastWritten(const QString& path)
{
    const QFileInfo file(path);
    if (!file.exists() || file.size() == 0)
        return {};
    const QFileInfo log(path + QStringLiteral("-wal"));
    return log.exists() ? std::max(file.lastModified(), log.lastModified()) : file.lastModified();
}

QString text(const char* key)
{
    return QSettings().value(QLatin1String(key)).toString();
}

void setText(const char* key, const QString& value)
{
    QSettings settings;
    if (value.isEmpty())
        settings.remove(QLatin1String(key));
    else
        settings.setValue(QLatin1String(key), value);
}

} // namespace

void Preferences::applyIdentity()
{
    // Organisation and application are the same word on purpose: dataFolder() is the organisation's
    // folder, which is where the console program always kept its file.
    QCoreApplication::setOrganizationName(QStringLiteral("Hamkori"));
    QCoreApplication::setApplicationName(QStringLiteral("Hamkori"));
    QCoreApplication::setApplicationVersion(QStringLiteral(HAMKORI_VERSION));
}

QString Preferences::dataFolder()
{
    // AppDataLocation is <base>/<organisation>/<application>; its parent is <base>/Hamkori.
    QDir folder(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation));
    if (!QCoreApplication::organizationName().isEmpty())
        folder.setPath(QDir::cleanPath(folder.absoluteFilePath(QStringLiteral(".."))));
    return folder.absolutePath();
}

QString Preferences::formerWindowDataFile()
{
    return QDir(dataFolder())
        .filePath(QCoreApplication::applicationName() + QLatin1Char('/') + QLatin1String(kFileName));
}

QString Preferences::defaultDataFile()
{
    const QString usual = QDir(dataFolder()).filePath(QLatin1String(kFileName));
    const QString former = formerWindowDataFile();
    const QDateTime usualWritten = lastWritten(usual);
    const QDateTime formerWritten = lastWritten(former);
    if (formerWritten.isValid() && (!usualWritten.isValid() || formerWritten > usualWritten))
        return former;
    return usual;
}

QString Preferences::dataFile()
{
    const QString chosen = chosenDataFile();
    return chosen.isEmpty() ? defaultDataFile() : chosen;
}

QString Preferences::chosenDataFile()
{
    return normalised(text(kDataFileKey));
}

void Preferences::chooseDataFile(const QString& path)
{
    const QString wanted = normalised(path);
    setText(kDataFileKey, wanted == normalised(defaultDataFile()) ? QString() : wanted);
}

QString Preferences::language()
{
    return text(kLanguageKey);
}

void Preferences::setLanguage(const QString& language)
{
    setText(kLanguageKey, language);
}

QString Preferences::exchangeFolder()
{
    return text(kExchangeFolderKey);
}

void Preferences::setExchangeFolder(const QString& folder)
{
    setText(kExchangeFolderKey, folder);
}

QString Preferences::passphraseVerifier()
{
    return text(kPassphraseVerifierKey);
}

void Preferences::setPassphraseVerifier(const QString& verifier)
{
    setText(kPassphraseVerifierKey, verifier);
}

int Preferences::backupDays()
{
    return std::clamp(QSettings().value(QLatin1String(kBackupDaysKey), 7).toInt(), 1, 60);
}

int Preferences::backupWeeks()
{
    return std::clamp(QSettings().value(QLatin1String(kBackupWeeksKey), 4).toInt(), 0, 52);
}

void Preferences::setBackupsKept(int days, int weeks)
{
    QSettings settings;
    settings.setValue(QLatin1String(kBackupDaysKey), days);
    settings.setValue(QLatin1String(kBackupWeeksKey), weeks);
}

} // namespace hamkori
