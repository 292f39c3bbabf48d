#pragma once
// The one application identity and the preferences both programs read. The window and the console set the
// same organisation and application name here, so that they share one QSettings store and one data folder:
// without --database, hamkori-cli opens the file the window would open.
#include <QString>

namespace hamkori {

class Preferences
{
public:
    /// Sets the organisation and application name and the version (CMake's project version). Both programs
    /// call it before anything reads QSettings or QStandardPaths.
    static void applyIdentity();

    /// The folder Hamkori keeps its data in: ~/.local/share/Hamkori on Linux, %APPDATA%\Hamkori on Windows.
    static QString dataFolder();
    /// Where the data file lives when nobody chose another: dataFolder()/hamkori.sqlite, unless only an
    /// older version's location holds a file (the window used to keep it one folder deeper); when both do,
    /// the one written last, so that nobody's data is left behind.
    static QString defaultDataFile();
    /// The older window's location, dataFolder()/Hamkori/hamkori.sqlite: still opened where it holds the
    /// data.
    static QString formerWindowDataFile();

    /// The data file to open: the one chosen in Settings, else defaultDataFile().
    static QString dataFile();
    /// The file chosen in Settings; empty when none was chosen.
    static QString chosenDataFile();
    /// Chooses the data file for the next start; an empty path or the default file forgets the choice.
    static void chooseDataFile(const QString& path);

    /// The language chosen by the user ("tg", "ru", "en"); empty when none was chosen yet.
    static QString language();
    static void setLanguage(const QString& language);

    /// The last folder an exchange bundle was written to (a USB stick); empty when none.
    static QString exchangeFolder();
    static void setExchangeFolder(const QString& folder);

    /// The verifier of the exchange passphrase (never the passphrase itself); empty when none was set.
    static QString passphraseVerifier();
    static void setPassphraseVerifier(const QString& verifier);

    /// How many automatic backups to keep: the newest of each of the last N days and weeks (Backups).
    static int backupDays();
    static int backupWeeks();
    static void setBackupsKept(int days, int weeks);
};

} // namespace hamkori
