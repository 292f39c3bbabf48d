#include "CsvButtons.h"
#include "ConcernImportDialog.h"
#include "CsvExportDialog.h"
#include "ui/Session.h"
#include "ui/pages/concerns/register/ConcernListModel.h"
#include "ui/pages/concerns/register/ConcernRegister.h"
#include <QEvent>
#include <QMenu>

namespace hamkori::csv {

ConcernCsvButton::ConcernCsvButton(Session& session, ConcernRegister& concernRegister, QWidget* parent)
    : QToolButton(parent), m_session(session), m_register(concernRegister)
{
    setObjectName(QStringLiteral("concernCsvButton"));
    setPopupMode(QToolButton::InstantPopup);
    setToolButtonStyle(Qt::ToolButtonTextOnly);
    auto* menu = new QMenu(this);
    m_export = menu->addAction(QString(), this, [this] { openExport(); });
    m_import = menu->addAction(QString(), this, [this] { openImport(); });
    m_export->setObjectName(QStringLiteral("exportConcernsCsv"));
    m_import->setObjectName(QStringLiteral("importConcernsCsv"));
    setMenu(menu);
    connect(menu, &QMenu::aboutToShow, this,
            [this] { m_import->setEnabled(!m_session.currentTeam().isEmpty()); });
    retranslate();
}

CsvExportDialog* ConcernCsvButton::openExport()
{
    auto* dialog = new CsvExportDialog(m_session, CsvExportDialog::Kind::Concerns, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    // Exactly what the register shows: its team scope, filters, search and order.
    dialog->setConcernFilter(m_register.model()->filter());
    dialog->open();
    return dialog;
}

ConcernImportDialog* ConcernCsvButton::openImport()
{
    if (m_session.currentTeam().isEmpty())
        return nullptr;
    auto* dialog = new ConcernImportDialog(m_session, m_session.currentTeam(), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
    return dialog;
}

void ConcernCsvButton::changeEvent(QEvent* event)
{
    QToolButton::changeEvent(event);
    if (event->type() == QEvent::LanguageChange)
        retranslate();
}

void ConcernCsvButton::retranslate()
{
    setText(tr("CSV"));
    setToolTip(tr("Export the concerns to a spreadsheet, or import them from one"));
    m_export->setText(tr("&Export the concerns shown to CSV…"));
    m_import->setText(tr("&Import concerns from CSV…"));
}

ActivityCsvButton::ActivityCsvButton(Session& session, std::function<QString()> currentPlan, QWidget* parent)
    : QPushButton(parent), m_session(session), m_currentPlan(std::move(currentPlan))
{
    setObjectName(QStringLiteral("exportActivitiesCsv"));
    connect(this, &QPushButton::clicked, this, [this] { openExport(); });
    retranslate();
}

CsvExportDialog* ActivityCsvButton::openExport()
{
    auto* dialog = new CsvExportDialog(m_session, CsvExportDialog::Kind::Activities, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setPlan(m_session.currentTeam(), m_currentPlan());
    dialog->open();
    return dialog;
}

void ActivityCsvButton::changeEvent(QEvent* event)
{
    QPushButton::changeEvent(event);
    if (event->type() == QEvent::LanguageChange)
        retranslate();
}

void ActivityCsvButton::retranslate()
{
    setText(tr("E&xport to CSV…"));
    setToolTip(tr("Write the activities of this plan, or of every plan of the team, to a spreadsheet"));
}

} // namespace hamkori::csv
