#include "DirectoryFileButtons.h"
#include "CsvExportDialog.h"
#include "DirectoryImportDialog.h"
#include "DirectoryMatrixDialog.h"
#include <QEvent>
#include <QHBoxLayout>
#include <QPushButton>

namespace hamkori::csv {

DirectoryFileButtons::DirectoryFileButtons(Session& session, QWidget* parent)
    : QWidget(parent), m_session(session), m_import(new QPushButton(this)), m_export(new QPushButton(this)),
      m_matrix(new QPushButton(this))
{
    setObjectName(QStringLiteral("directoryFileButtons"));
    m_import->setObjectName(QStringLiteral("importDirectoryCsv"));
    m_export->setObjectName(QStringLiteral("exportDirectoryCsv"));
    m_matrix->setObjectName(QStringLiteral("printDirectoryMatrix"));
    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_import);
    layout->addWidget(m_export);
    layout->addWidget(m_matrix);
    connect(m_import, &QPushButton::clicked, this, [this] { openImport(); });
    connect(m_export, &QPushButton::clicked, this, [this] { openExport(); });
    connect(m_matrix, &QPushButton::clicked, this, [this] { openMatrix(); });
    retranslate();
}

DirectoryImportDialog* DirectoryFileButtons::openImport()
{
    auto* dialog = new DirectoryImportDialog(m_session, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
    return dialog;
}

CsvExportDialog* DirectoryFileButtons::openExport()
{
    auto* dialog = new CsvExportDialog(m_session, CsvExportDialog::Kind::Directory, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
    return dialog;
}

DirectoryMatrixDialog* DirectoryFileButtons::openMatrix()
{
    auto* dialog = new DirectoryMatrixDialog(m_session, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
    return dialog;
}

void DirectoryFileButtons::changeEvent(QEvent* event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::LanguageChange)
        retranslate();
}

void DirectoryFileButtons::retranslate()
{
    m_import->setText(tr("&Import CSV…"));
    m_import->setToolTip(tr("Read organisations from a spreadsheet saved as CSV (the mapping matrix)"));
    m_export->setText(tr("E&xport CSV…"));
    m_export->setToolTip(tr("Write the directory to a CSV file that Excel and LibreOffice open"));
    m_matrix->setText(tr("Print &matrix (PDF)…"));
    m_matrix->setToolTip(
        tr("The mapping matrix by district and field of expertise, to print or save as PDF"));
}

} // namespace hamkori::csv
