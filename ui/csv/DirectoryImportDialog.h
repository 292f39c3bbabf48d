#pragma once
// Importing the coordinator's spreadsheet of organisations into the directory, laid out as the concern
// import: the file, which of its columns feeds which field (guessed from the column names in Tajik, Russian
// or English, remembered in QSettings "csv/directoryMapping"), a preview, the check row by row, and Import —
// disabled while rows have errors unless "skip the bad rows" is ticked. Fields of expertise the list lacks
// are errors of their rows unless "add them to the list" is ticked. The import is ONE undo command; closing
// without importing writes nothing. Tests call loadFile() and importNow().
#include "core/csv/CsvTable.h"
#include "core/csv/DirectoryImport.h"
#include <QDialog>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QTabWidget;
class QTableWidget;

namespace hamkori {
class Session;
}

namespace hamkori::csv {

class DirectoryImportDialog : public QDialog
{
    Q_OBJECT
public:
    static constexpr int kPreviewRows = 50;
    static constexpr auto kSettingsKey = "csv/directoryMapping";

    explicit DirectoryImportDialog(Session& session, QWidget* parent = nullptr);

    bool loadFile(const QString& path);
    /// The field chooser of a column of the file (the mapping table's second column).
    QComboBox* fieldChooser(int column) const;
    const DirectoryMapping& mapping() const { return m_mapping; }
    const DirectoryPreview& preview() const { return m_preview; }
    Result<void> importNow();
    QString message() const;

    QTabWidget* tabs() const { return m_tabs; }
    QTableWidget* mappingTable() const { return m_mappingTable; }
    QTableWidget* reportTable() const { return m_reportTable; }
    QCheckBox* addUnknownExpertise() const { return m_addExpertise; }
    QCheckBox* skipBadRows() const { return m_skip; }
    QPushButton* importButton() const { return m_import; }

private:
    void browse();
    void fillMapping();
    void fillPreview();
    void recheck();
    void updateState();
    void rememberMapping();

    Session& m_session;
    CsvTable m_table;
    bool m_loaded = false;
    bool m_imported = false;
    DirectoryMapping m_mapping;
    DirectoryPreview m_preview;
    QLineEdit* m_file;
    QLabel* m_fileInfo;
    QTabWidget* m_tabs;
    QTableWidget* m_mappingTable;
    QTableWidget* m_previewTable;
    QTableWidget* m_reportTable;
    QLabel* m_summary;
    QLabel* m_error;
    QCheckBox* m_addExpertise;
    QCheckBox* m_skip;
    QPushButton* m_import;
    QPushButton* m_close;
};

} // namespace hamkori::csv
