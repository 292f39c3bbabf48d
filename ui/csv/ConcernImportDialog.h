#pragma once
// Importing concerns from a spreadsheet into the current team, in the order people need it: the file, then
// which of its columns feeds which field (guessed from the column names in Tajik, Russian or English, and
// remembered in QSettings "csv/mapping"), a preview of the first rows, the check row by row, the rows whose
// code belongs to a deleted concern (restore it or skip the row, skipped unless chosen), and Import —
// disabled while rows have errors unless "skip the bad rows" is ticked. The import is ONE undo command.
// Tests call loadFile() and importNow() instead of the file dialog and the button.
#include "core/csv/ConcernImport.h"
#include "core/csv/CsvTable.h"
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

class DeletedRowsPanel;

class ConcernImportDialog : public QDialog
{
    Q_OBJECT
public:
    static constexpr int kPreviewRows = 50;
    static constexpr auto kSettingsKey = "csv/mapping";

    ConcernImportDialog(Session& session, QString teamUuid, QWidget* parent = nullptr);

    /// Reads the file, maps its columns and checks every row. False (with the message shown) when the file
    /// cannot be read.
    bool loadFile(const QString& path);
    /// The field chooser of a column of the file (the mapping table's second column).
    QComboBox* fieldChooser(int column) const;
    const ColumnMapping& mapping() const { return m_mapping; }
    const ImportPreview& preview() const { return m_preview; }
    /// Imports (one undo command); the dialog stays open and says what was done.
    Result<void> importNow();
    QString message() const;

    QTabWidget* tabs() const { return m_tabs; }
    QTableWidget* mappingTable() const { return m_mappingTable; }
    QTableWidget* previewTable() const { return m_previewTable; }
    QTableWidget* reportTable() const { return m_reportTable; }
    DeletedRowsPanel* deletedRows() const { return m_deleted; }
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
    QString m_team;
    CsvTable m_table;
    bool m_loaded = false;
    bool m_imported = false;
    ColumnMapping m_mapping;
    ImportPreview m_preview;
    QLineEdit* m_file;
    QLabel* m_fileInfo;
    QTabWidget* m_tabs;
    QTableWidget* m_mappingTable;
    QTableWidget* m_previewTable;
    QTableWidget* m_reportTable;
    DeletedRowsPanel* m_deleted;
    QLabel* m_summary;
    QLabel* m_error;
    QCheckBox* m_skip;
    QPushButton* m_import;
    QPushButton* m_close;
};

} // namespace hamkori::csv
