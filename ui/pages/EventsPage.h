#pragma once
// The Events page: the trainings, round tables, visits, conferences, information sessions, reporting days
// and awareness events of the current team, newest first, narrowed by kind or a word of the title; beside the
// list the chosen event in tabs: its details, who took part (named and counted), its trainers, its test and
// feedback sheets, and its follow-ups.
#include "Page.h"
#include "ui/widgets/Confirmation.h"
#include "ui/widgets/PageIcons.h"

class QComboBox;
class QHBoxLayout;
class QLabel;
class QLineEdit;
class QPushButton;
class QTabWidget;
class QTableView;

namespace hamkori {

namespace csv {
class EventFileButtons;
}

class EventDetailsForm;
class EventListModel;
class FollowUpsPanel;
class ParticipantsPanel;
class SheetsPanel;
class TrainersPanel;

class EventsPage : public Page
{
    Q_OBJECT
public:
    explicit EventsPage(Session& session, QWidget* parent = nullptr);
    static QString pageTitle() { return tr("Events"); }
    static constexpr PageIcon kIcon = PageIcon::Events;
    QString title() const override { return pageTitle(); }
    /// "event" shows it (switching to its team when needed); with an empty UUID, a form for a new one.
    bool openRecord(const QString& kind, const QString& uuid) override;

    /// The event shown, empty while a new one is being filled in.
    QString currentEvent() const;
    void setConfirm(Confirmation::Answer answer) { m_confirm.setAnswer(std::move(answer)); }
    /// The row of the list's buttons, where buttons that act on the chosen event belong (documents, export).
    QHBoxLayout* listButtons() const { return m_listButtons; }
    QTabWidget* tabs() const { return m_tabs; }
    ParticipantsPanel* participants() const { return m_participants; }
    SheetsPanel* sheets() const { return m_sheets; }

protected:
    void retranslate() override;

private:
    void showRecord(const QString& uuid);
    void newEvent();
    void deleteEvent();
    void teamChanged(const QString& teamUuid);
    void selectInList(const QString& uuid);
    void updateCount();

    Confirmation m_confirm{this};
    EventListModel* m_model;
    QTableView* m_list;
    QHBoxLayout* m_listButtons;
    QPushButton* m_new;
    QPushButton* m_delete;
    QLabel* m_kindLabel;
    QComboBox* m_kind;
    QLineEdit* m_search;
    QLabel* m_count;
    QTabWidget* m_tabs;
    EventDetailsForm* m_form;
    ParticipantsPanel* m_participants;
    TrainersPanel* m_trainers;
    SheetsPanel* m_sheets;
    FollowUpsPanel* m_followUps;
    csv::EventFileButtons* m_files = nullptr;
};

} // namespace hamkori
