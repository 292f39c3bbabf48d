#pragma once
// The open data file: where it is, how big, its data version, this laptop's device fingerprint (what another
// team's laptop shows when they exchange data), its folder, and choosing another file for the next start.
#include <QGroupBox>
#include <functional>

class QLabel;
class QPushButton;

namespace hamkori {
class Session;
}

namespace hamkori::settings {

class DataFileBox : public QGroupBox
{
    Q_OBJECT
public:
    DataFileBox(Session& session, QWidget* parent = nullptr);

    /// Asks for a data file to use (the file dialog); returns an empty path when cancelled. Tests replace it.
    using FileChooser = std::function<QString(const QString& startFolder)>;
    void setFileChooser(FileChooser chooser) { m_chooseFile = std::move(chooser); }
    /// Shows a folder in the file manager. Tests replace it.
    using FolderOpener = std::function<void(const QString& folder)>;
    void setFolderOpener(FolderOpener opener) { m_openFolder = std::move(opener); }

    /// Reads the size and the chosen next file again.
    void refresh();

protected:
    void changeEvent(QEvent* event) override;
    void showEvent(QShowEvent* event) override;

private:
    void retranslate();
    void chooseAnother();
    void keepThisOne();

    Session& m_session;
    QLabel* m_pathLabel;
    QLabel* m_path;
    QLabel* m_sizeLabel;
    QLabel* m_size;
    QLabel* m_versionLabel;
    QLabel* m_version;
    QLabel* m_fingerprintLabel;
    QLabel* m_fingerprint;
    QLabel* m_fingerprintHint;
    QPushButton* m_openFolderButton;
    QPushButton* m_useAnotherButton;
    QLabel* m_nextStart;
    QPushButton* m_keepButton;
    FileChooser m_chooseFile;
    FolderOpener m_openFolder;
};

} // namespace hamkori::settings
