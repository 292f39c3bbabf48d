#pragma once
// A meeting's attendance: the checklist of the team's members (ticking saves at once) above the guest counts
// by sex and age band with their totals.
#include "core/model/Meeting.h"
#include <QWidget>

class QLabel;
class QListView;

namespace hamkori {

class AttendanceModel;
class FieldErrors;
class GuestCountsGrid;
class Session;

class AttendancePanel : public QWidget
{
    Q_OBJECT
public:
    explicit AttendancePanel(Session& session, QWidget* parent = nullptr);

    /// Shows the stored meeting (its uuid empty: nothing).
    void setMeeting(const Meeting& meeting);
    AttendanceModel* model() const { return m_model; }
    GuestCountsGrid* grid() const { return m_grid; }
    FieldErrors* errors() const { return m_errors; }
    /// Everyone present: members and guests.
    int total() const;
    void retranslate();

private:
    void saveGuests();
    void updateTotals();
    void updateTitles();

    Session& m_session;
    Meeting m_meeting;
    AttendanceModel* m_model;
    QListView* m_members;
    GuestCountsGrid* m_grid;
    QLabel* m_membersTitle;
    QLabel* m_guestsTitle;
    QLabel* m_emptyHint;
    FieldErrors* m_errors;
};

} // namespace hamkori
