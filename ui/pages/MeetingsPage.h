#pragma once
// The Meetings page: the current team's meetings, newest first, and beside them the selected meeting's
// details, attendance (members ticked present, guests by sex and age band) and the concerns raised at it.
#include "Page.h"
#include "ui/widgets/Confirmation.h"
#include "ui/widgets/PageIcons.h"
#include <functional>

class QLabel;
class QPushButton;
class QSplitter;
class QStackedWidget;
class QTabWidget;
class QTableView;

namespace hamkori {

class AttendancePanel;
class FirstStep;
class MeetingDetailsForm;
class MeetingListModel;
class RaisedConcernsPanel;

class MeetingsPage : public Page
{
    Q_OBJECT
public:
    explicit MeetingsPage(Session& session, QWidget* parent = nullptr);
    static QString pageTitle() { return tr("Meetings"); }
    static constexpr PageIcon kIcon = PageIcon::Meetings;
    QString title() const override { return pageTitle(); }
    /// "meeting": shows it, switching to its team when needed; with an empty UUID, logs a new meeting.
    bool openRecord(const QString& kind, const QString& uuid) override;

    /// The meeting shown in the editor, empty when none.
    QString currentMeeting() const { return m_current; }
    /// Creates a meeting of the current team dated today and selects it; returns its UUID (empty on failure).
    QString newMeeting();
    /// Deletes the selected meeting after confirmation; returns whether it was deleted.
    bool deleteMeeting();
    /// Replaces the question asked before deleting (tests answer it without a modal dialog).
    void setConfirm(Confirmation::Answer answer) { m_confirm.setAnswer(std::move(answer)); }

    MeetingListModel* listModel() const { return m_model; }
    MeetingDetailsForm* detailsForm() const { return m_details; }
    AttendancePanel* attendancePanel() const { return m_attendance; }
    RaisedConcernsPanel* concernsPanel() const { return m_concerns; }

protected:
    void retranslate() override;

private:
    void setTeam(const QString& teamUuid);
    void selectMeeting(const QString& uuid);
    void showMeeting(const QString& uuid);
    void refreshCurrent();
    void updateHeader();
    void showError(const QString& message);
    void updateFirstStep();

    MeetingListModel* m_model;
    QTableView* m_list;
    QPushButton* m_new;
    QPushButton* m_delete;
    QPushButton* m_erase;
    QLabel* m_listTitle;
    QLabel* m_listError;
    QSplitter* m_splitter;
    QStackedWidget* m_editorStack;
    FirstStep* m_empty; // what to do first, when no meeting is shown
    QLabel* m_header;
    QTabWidget* m_tabs;
    MeetingDetailsForm* m_details;
    AttendancePanel* m_attendance;
    RaisedConcernsPanel* m_concerns;
    QString m_current;
    Confirmation m_confirm{this};
};

} // namespace hamkori
