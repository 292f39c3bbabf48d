#pragma once
// The details of one meeting: kind, date, code, place, facilitator, who chaired it and who kept the minutes
// (a member present, chosen from a list, or any name typed), minutes number, the community policing centre it
// was held at (if any), agenda, minutes and decisions.
// Each change is saved at once through the undo layer (single-line fields when Enter or Tab confirms them,
// multi-line fields when they lose the focus or after a pause in typing); a refused change is shown next to
// its field and the field keeps what was typed.
#include "core/Result.h"
#include "core/model/Meeting.h"
#include <QWidget>

class QComboBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QTimer;

namespace hamkori {

class OptionalDateEdit;

class FieldErrors;
class Session;

class MeetingDetailsForm : public QWidget
{
    Q_OBJECT
public:
    explicit MeetingDetailsForm(Session& session, QWidget* parent = nullptr);

    /// Shows the stored meeting. Fields that hold a refused or unsaved edit keep what the user typed.
    void setMeeting(const Meeting& meeting);
    /// Forgets unsaved and refused edits (another meeting is being shown).
    void clear();
    /// Saves the multi-line fields now if they were edited (before another meeting is shown).
    void saveTexts();
    /// Moves the keyboard focus to the first field (Enter on the list of meetings).
    void focusFirstField();
    FieldErrors* errors() const { return m_errors; }
    void retranslate();

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    enum Field
    {
        Kind,
        Date,
        Code,
        Place,
        Facilitator,
        MinutesNumber,
        Chair,
        Secretary,
        Agenda,
        Minutes,
        Decisions,
        Centre,
        FieldCount
    };

    void save(Field field);
    QString undoText(Field field) const;
    void setTextIfChanged(QLineEdit* edit, Field field, const QString& text);
    void setTextIfChanged(QPlainTextEdit* edit, Field field, const QString& text);
    void setTextIfChanged(QComboBox* combo, Field field, const QString& text);
    /// Offers the members present at the meeting as its chair and secretary; what is typed stays.
    void offerPresentMembers();
    /// Offers the centres where the meeting's team meets first, then every other centre; none is the default.
    void offerCentres();
    /// Warns of a date far ahead, or after the concerns first raised at the meeting (saved all the same).
    void updateDateWarning();

    Session& m_session;
    Meeting m_meeting;
    QComboBox* m_kind;
    OptionalDateEdit* m_date;
    QLineEdit* m_code;
    QLineEdit* m_place;
    QLineEdit* m_facilitator;
    QLineEdit* m_minutesNumber;
    QComboBox* m_chair;
    QComboBox* m_secretary;
    QPlainTextEdit* m_agenda;
    QPlainTextEdit* m_minutes;
    QPlainTextEdit* m_decisions;
    QComboBox* m_centre;     // held at this community policing centre (none: elsewhere)
    QList<QLabel*> m_labels; // in Field order: the labels of the fields
    QTimer* m_pause;
    FieldErrors* m_errors;
    QLabel* m_dateWarning;
    QList<bool> m_dirty; // a multi-line field typed in and not yet saved
    int m_refused = -1;  // the field whose last edit core refused, -1 for none
};

} // namespace hamkori
