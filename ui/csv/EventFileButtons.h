#pragma once
// The files of the Events and Campaigns pages (issue 20): for events, the chosen event's attendance sheet and
// certificates (PDF) and the team's events as CSV; for campaigns, the team's campaigns as CSV. Dialogs open
// without blocking and delete themselves when closed; the open…() functions return them for tests.
#include <QWidget>
#include <functional>

class QPushButton;

namespace hamkori {
class Session;
namespace documents {
class EventDocumentDialog;
}
} // namespace hamkori

namespace hamkori::csv {

class CsvExportDialog;

class EventFileButtons : public QWidget
{
    Q_OBJECT
public:
    enum class Kind
    {
        Events,
        Campaigns
    };

    /// `team` and `event` say what the page shows now (the event may be empty: the paper buttons wait).
    EventFileButtons(Session& session, Kind kind, std::function<QString()> team,
                     std::function<QString()> event, QWidget* parent = nullptr);

    documents::EventDocumentDialog* openAttendanceSheet();
    documents::EventDocumentDialog* openCertificates();
    CsvExportDialog* openExport();
    /// Enables the paper buttons when an event is chosen.
    void eventChanged();

    QPushButton* attendanceButton() const { return m_attendance; }
    QPushButton* certificatesButton() const { return m_certificates; }
    QPushButton* exportButton() const { return m_export; }

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslate();

    Session& m_session;
    Kind m_kind;
    std::function<QString()> m_team;
    std::function<QString()> m_event;
    QPushButton* m_attendance;
    QPushButton* m_certificates;
    QPushButton* m_export;
};

} // namespace hamkori::csv
