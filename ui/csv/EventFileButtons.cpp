#include "EventFileButtons.h"
#include "CsvExportDialog.h"
#include "ui/documents/EventDocumentDialog.h"
#include <QEvent>
#include <QHBoxLayout>
#include <QPushButton>

namespace hamkori::csv {

EventFileButtons::EventFileButtons(Session& session, Kind kind, std::function<QString()> team,
                                   std::function<QString()> event, QWidget* parent)
    : QWidget(parent), m_session(session), m_kind(kind), m_team(std::move(team)), m_event(std::move(event)),
      m_attendance(new QPushButton(this)), m_certificates(new QPushButton(this)),
      m_export(new QPushButton(this))
{
    setObjectName(kind == Kind::Events ? QStringLiteral("eventFileButtons")
                                       : QStringLiteral("campaignFileButtons"));
    m_attendance->setObjectName(QStringLiteral("printAttendanceSheet"));
    m_certificates->setObjectName(QStringLiteral("printCertificates"));
    m_export->setObjectName(kind == Kind::Events ? QStringLiteral("exportEventsCsv")
                                                 : QStringLiteral("exportCampaignsCsv"));
    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_attendance);
    layout->addWidget(m_certificates);
    layout->addWidget(m_export);
    m_attendance->setVisible(kind == Kind::Events);
    m_certificates->setVisible(kind == Kind::Events);
    connect(m_attendance, &QPushButton::clicked, this, [this] { openAttendanceSheet(); });
    connect(m_certificates, &QPushButton::clicked, this, [this] { openCertificates(); });
    connect(m_export, &QPushButton::clicked, this, [this] { openExport(); });
    retranslate();
    eventChanged();
}

void EventFileButtons::eventChanged()
{
    const bool chosen = m_event && !m_event().isEmpty();
    m_attendance->setEnabled(chosen);
    m_certificates->setEnabled(chosen);
}

documents::EventDocumentDialog* EventFileButtons::openAttendanceSheet()
{
    auto* dialog = new documents::EventDocumentDialog(
        m_session, documents::EventDocumentDialog::Kind::AttendanceSheet, m_event(), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
    return dialog;
}

documents::EventDocumentDialog* EventFileButtons::openCertificates()
{
    auto* dialog = new documents::EventDocumentDialog(
        m_session, documents::EventDocumentDialog::Kind::Certificates, m_event(), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
    return dialog;
}

CsvExportDialog* EventFileButtons::openExport()
{
    auto* dialog = new CsvExportDialog(
        m_session, m_kind == Kind::Events ? CsvExportDialog::Kind::Events : CsvExportDialog::Kind::Campaigns,
        this);
    dialog->setTeam(m_team ? m_team() : QString());
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
    return dialog;
}

void EventFileButtons::changeEvent(QEvent* event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::LanguageChange)
        retranslate();
}

void EventFileButtons::retranslate()
{
    m_attendance->setText(tr("&Attendance sheet (PDF)…"));
    m_attendance->setToolTip(
        tr("The list of participants to sign, with empty rows, to print before the event"));
    m_certificates->setText(tr("Cer&tificates (PDF)…"));
    m_certificates->setToolTip(tr("One certificate per named participant of the training"));
    m_export->setText(tr("E&xport CSV…"));
    m_export->setToolTip(m_kind == Kind::Events
                             ? tr("The team's events with their figures, without participants' names")
                             : tr("The team's campaigns with the people they reached"));
}

} // namespace hamkori::csv
