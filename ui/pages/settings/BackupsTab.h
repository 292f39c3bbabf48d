#pragma once
// Settings → Backups: the verified backups Hamkori makes by itself (when it closes, once a day while open,
// before imports and restores), how many to keep, "Back up now", "Save a copy to…" (encrypted with the
// exchange passphrase, for a stick) and "Restore…", which says what changed since the backup and asks; then
// the window closes the file, keeps it as a backup and puts the backup in its place (Session::requestRestore,
// app/main).
#include "ui/widgets/Confirmation.h"
#include <QWidget>
#include <functional>

class QLabel;
class QPushButton;
class QSpinBox;
class QTableView;

namespace hamkori {
class Session;
}

namespace hamkori::settings {

class BackupListModel;

class BackupsTab : public QWidget
{
    Q_OBJECT
public:
    BackupsTab(Session& session, QWidget* parent = nullptr);

    BackupListModel* model() const { return m_model; }
    /// What a person would choose or type; tests replace them. Empty answers cancel.
    using Chooser = std::function<QString(const QString& startFolder)>;
    void setFolderChooser(Chooser chooser) { m_chooseFolder = std::move(chooser); }
    void setFileChooser(Chooser chooser) { m_chooseFile = std::move(chooser); }
    using PassphraseAsker = std::function<QString()>;
    void setPassphraseAsker(PassphraseAsker asker) { m_askPassphrase = std::move(asker); }
    Confirmation& restoreQuestion() { return m_confirm; }

    /// The last message shown under the list (what a button did, or why it failed).
    QString message() const;
    void backUpNow();
    void saveCopy();
    /// Restores the backup of the list's row (what "Restore…" does with the selected row).
    void restoreRow(int row);
    void restoreFromFile();

protected:
    void changeEvent(QEvent* event) override;
    void showEvent(QShowEvent* event) override;

private:
    void retranslate();
    void refresh();
    void confirmRestore(const QString& plainBackup, const QString& shownName);
    void show(const QString& message, bool problem);
    QString passphrase();

    Session& m_session;
    BackupListModel* m_model;
    QLabel* m_about;
    QLabel* m_keepLabel;
    QSpinBox* m_days;
    QLabel* m_daysLabel;
    QSpinBox* m_weeks;
    QLabel* m_weeksLabel;
    QTableView* m_view;
    QPushButton* m_backUp;
    QPushButton* m_copy;
    QPushButton* m_restore;
    QPushButton* m_restoreFile;
    QLabel* m_message;
    Confirmation m_confirm;
    Chooser m_chooseFolder;
    Chooser m_chooseFile;
    PassphraseAsker m_askPassphrase;
};

} // namespace hamkori::settings
