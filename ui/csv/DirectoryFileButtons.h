#pragma once
// The directory's files, as three buttons the Directory page carries: import the coordinator's spreadsheet
// (CSV), export the directory to CSV, and print the mapping matrix (PDF). Dialogs open without blocking
// (QDialog::open) and delete themselves when closed; the open…() functions return them for tests.
#include <QWidget>

class QPushButton;

namespace hamkori {
class Session;
}

namespace hamkori::csv {

class CsvExportDialog;
class DirectoryImportDialog;
class DirectoryMatrixDialog;

class DirectoryFileButtons : public QWidget
{
    Q_OBJECT
public:
    explicit DirectoryFileButtons(Session& session, QWidget* parent = nullptr);

    DirectoryImportDialog* openImport();
    CsvExportDialog* openExport();
    DirectoryMatrixDialog* openMatrix();

    QPushButton* importButton() const { return m_import; }
    QPushButton* exportButton() const { return m_export; }
    QPushButton* matrixButton() const { return m_matrix; }

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslate();

    Session& m_session;
    QPushButton* m_import;
    QPushButton* m_export;
    QPushButton* m_matrix;
};

} // namespace hamkori::csv
