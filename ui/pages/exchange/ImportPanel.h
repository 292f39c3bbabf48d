#pragma once
// "Import": one bundle file or every *.hkx in a folder, one after the other. Each is read and checked, then
// decrypted in the background; a laptop seen for the first time is shown with its name and fingerprint and
// must be trusted before anything of it is applied; then the merge applies it in one transaction, on a worker
// thread with its own connection to the data file (BundleApplier), so that the window keeps painting. The
// merge report adds up in a table per kind of record, and each bundle gets a line saying what became of it
// (a refused bundle's message: the data file is untouched by it).
//
// While a merge runs, nothing else may write to the file (the main connection would wait for the worker's
// lock, then fail): a window-modal progress dialog covers the whole window, so no page, menu, shortcut or
// undo can start an edit, and the import buttons are disabled. Reading (painting the pages) goes on.
#include "ui/widgets/Confirmation.h"
#include <QWidget>
#include <functional>

class QLabel;
class QListWidget;
class QProgressBar;
class QProgressDialog;
class QPushButton;
class QTableView;

namespace hamkori {
class Session;
}
namespace hamkori::sync {
struct Bundle;
}

namespace hamkori::exchange {

class MergeReportModel;
class PassphraseBar;

class ImportPanel : public QWidget
{
    Q_OBJECT
public:
    ImportPanel(Session& session, PassphraseBar& passphrase, QWidget* parent = nullptr);

    /// Ask for a bundle file / a folder of bundles (file dialogs); empty when cancelled. Tests replace them.
    using PathChooser = std::function<QString(const QString& startFolder)>;
    void setFileChooser(PathChooser chooser) { m_chooseFile = std::move(chooser); }
    void setFolderChooser(PathChooser chooser) { m_chooseFolder = std::move(chooser); }
    /// Asks whether to trust a laptop seen for the first time; tests answer it (Confirmation::setAnswer).
    Confirmation& trustQuestion() { return m_trust; }

    /// Imports these files one after the other (what the buttons do after choosing).
    void importFiles(const QStringList& paths);
    bool isBusy() const { return !m_queue.isEmpty() || m_busy; }
    /// Whether a merge is running on the worker thread now.
    bool isApplying() const { return m_applying != nullptr; }
    MergeReportModel* reportModel() const { return m_model; }
    /// One line per bundle (and per change not applied), as shown.
    QStringList messages() const;

Q_SIGNALS:
    /// After the last file of an import.
    void finished();
    /// An import set changes aside: the list of them is to be read again.
    void setAsideChanged();

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslate();
    void chooseFile();
    void chooseFolder();
    void next();
    /// After the trust question (when the sender is new), hands the bundle to the worker thread.
    void decoded(const QString& path, sync::Bundle bundle);
    void setApplying(const QString& path, bool applying);
    void note(const QString& path, const QString& message);
    void setBusy(bool busy);

    Session& m_session;
    PassphraseBar& m_passphrase;
    QPushButton* m_file;
    QPushButton* m_folder;
    QProgressBar* m_progress;
    QLabel* m_reportLabel;
    QTableView* m_table;
    MergeReportModel* m_model;
    QLabel* m_messagesLabel;
    QListWidget* m_messages;
    Confirmation m_trust;
    PathChooser m_chooseFile;
    PathChooser m_chooseFolder;
    QProgressDialog* m_applying = nullptr; // while a merge runs: blocks the window (see above)
    QStringList m_queue;
    int m_total = 0;
    bool m_busy = false;
};

} // namespace hamkori::exchange
