#pragma once
// "Export for exchange": the teams to send (all teams on this laptop by default), the laptop it is for (any,
// or one that sent bundles here: then only what it lacks), the folder of the USB stick (the last one is
// remembered), then one bundle written, read back and opened before the user is told that the stick may be
// removed. Encryption runs in the background behind an indeterminate progress bar.
#include "core/sync/Crypto.h"
#include <QWidget>
#include <functional>
#include <optional>

class QComboBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QProgressBar;
class QPushButton;

namespace hamkori {
class Session;
}

namespace hamkori::exchange {

class PassphraseBar;

class ExportPanel : public QWidget
{
    Q_OBJECT
public:
    ExportPanel(Session& session, PassphraseBar& passphrase, QWidget* parent = nullptr);

    /// Asks for the folder (the folder dialog); empty when cancelled. Tests replace it.
    using FolderChooser = std::function<QString(const QString& startFolder)>;
    void setFolderChooser(FolderChooser chooser) { m_chooseFolder = std::move(chooser); }
    /// Asks for the passphrase this data file's keys were locked with, when it is not the current one (the
    /// team network changed its passphrase); empty when cancelled. Tests replace it.
    using EarlierPassphrase = std::function<QString()>;
    void setEarlierPassphraseAsker(EarlierPassphrase asker) { m_askEarlier = std::move(asker); }

    /// The chosen teams' uuids; empty when every team is chosen (deleted teams' deletions travel too).
    QStringList chosenTeams() const;
    /// The laptop the stick is for (a device id), empty for any laptop.
    QString chosenReceiver() const;
    void chooseReceiver(const QString& device);
    /// The Argon2id cost of locking this file's keys; tests pass KeyDerivation::minimum().
    void setKeyLockCost(const sync::KeyDerivation& cost) { m_lockCost = cost; }
    bool isBusy() const { return m_busy; }
    /// The path of the last bundle written and checked, empty before the first or after a failure.
    QString writtenFile() const { return m_written; }

    void reloadTeams();
    /// The laptops this one received bundles from, to export only what one of them lacks.
    void reloadReceivers();

Q_SIGNALS:
    void finished(bool ok);

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslate();
    void chooseFolder();
    void start();
    void done(const QString& path, const QString& error);
    void setBusy(bool busy);

    Session& m_session;
    PassphraseBar& m_passphrase;
    QLabel* m_teamsLabel;
    QListWidget* m_teams;
    QLabel* m_receiverLabel;
    QComboBox* m_receiver;
    QLabel* m_folderLabel;
    QLineEdit* m_folder;
    QPushButton* m_browse;
    QPushButton* m_export;
    QProgressBar* m_progress;
    QLabel* m_result;
    QPushButton* m_all;
    QPushButton* m_none;
    FolderChooser m_chooseFolder;
    EarlierPassphrase m_askEarlier;
    /// Locks the keys under the current passphrase after asking for the earlier one; whether it did.
    bool relockWithEarlierPassphrase();
    bool m_busy = false;
    QString m_written;
    std::optional<sync::KeyDerivation> m_lockCost;
};

} // namespace hamkori::exchange
