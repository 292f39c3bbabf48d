#pragma once
// "Export for exchange": the teams to send (all teams on this laptop by default), the folder of the USB
// stick (the last one is remembered), then one bundle written, read back and checked before the user is told
// that the stick may be removed. Encryption runs in the background behind an indeterminate progress bar.
#include <QWidget>
#include <functional>

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

    /// The chosen teams' uuids; empty when every team is chosen (deleted teams' deletions travel too).
    QStringList chosenTeams() const;
    bool isBusy() const { return m_busy; }
    /// The path of the last bundle written and checked, empty before the first or after a failure.
    QString writtenFile() const { return m_written; }

    void reloadTeams();

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
    QLabel* m_folderLabel;
    QLineEdit* m_folder;
    QPushButton* m_browse;
    QPushButton* m_export;
    QProgressBar* m_progress;
    QLabel* m_result;
    FolderChooser m_chooseFolder;
    bool m_busy = false;
    QString m_written;
};

} // namespace hamkori::exchange
