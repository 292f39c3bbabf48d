#pragma once
// The CSV buttons the pages carry: on the Concerns page a "CSV" menu (export what the register shows,
// import from a spreadsheet), on the Action plans page an export of the activities. Dialogs open without
// blocking (QDialog::open) and delete themselves when closed; the open…() functions return them for tests.
#include <QPushButton>
#include <QToolButton>
#include <functional>

namespace hamkori {
class ConcernRegister;
class Session;
} // namespace hamkori

namespace hamkori::csv {

class ConcernImportDialog;
class CsvExportDialog;

class ConcernCsvButton : public QToolButton
{
    Q_OBJECT
public:
    ConcernCsvButton(Session& session, ConcernRegister& concernRegister, QWidget* parent = nullptr);

    CsvExportDialog* openExport();
    /// Null when no team is chosen (concerns are imported into the current team).
    ConcernImportDialog* openImport();

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslate();

    Session& m_session;
    ConcernRegister& m_register;
    QAction* m_export;
    QAction* m_import;
};

class ActivityCsvButton : public QPushButton
{
    Q_OBJECT
public:
    /// `currentPlan` gives the plan shown (empty: none).
    ActivityCsvButton(Session& session, std::function<QString()> currentPlan, QWidget* parent = nullptr);

    CsvExportDialog* openExport();

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslate();

    Session& m_session;
    std::function<QString()> m_currentPlan;
};

} // namespace hamkori::csv
