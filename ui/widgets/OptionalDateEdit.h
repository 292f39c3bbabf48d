#pragma once
// The date field of the whole program: a line to type a date in (dd.mm.yyyy, with dots, slashes or dashes, or
// digits alone — see core's readTypedDate) and a calendar button. An optional field may be left empty for "no
// date"; its empty text (e.g. "not known") is shown greyed and is simply typed over.
//
// Why not QDateEdit: it edits a date section by section, so "15.08.2027" typed with dots, or typed over a
// selection, turned into another date without a word (issue 18). Here what is typed is read only when the
// user is done — Enter, leaving the field, or a day picked in the calendar — and either becomes the date or
// is refused with a message that says what is wrong; the text stays as typed, the date stays what it was, and
// the focus stays wherever the user put it.
//
// Pages save every edit at once: committed() fires when the user finished an edit that reads as a date (or
// "no date"), and never for what the page loads with setOptionalDate().
#include <QDate>
#include <QLineEdit>
#include <QPointer>
#include <memory>

class QCalendarWidget;
class QLabel;

namespace hamkori {

class OptionalDateEdit : public QLineEdit
{
    Q_OBJECT
public:
    /// An optional field starts empty; a required one starts at today.
    explicit OptionalDateEdit(QWidget* parent = nullptr, bool optional = true);
    ~OptionalDateEdit() override;

    bool isOptional() const { return m_optional; }
    /// The words shown greyed for "no date" (call again from retranslate()); ignored by a required field.
    void setEmptyText(const QString& text);

    /// Shows `date` without committing; an invalid date shows "no date" (today in a required field). Leaves
    /// alone what the user is typing in the field.
    void setOptionalDate(QDate date);
    /// The date the field holds: the last one typed that was read, picked or loaded; invalid for "no date".
    QDate optionalDate() const { return m_date; }
    QDate date() const { return m_date; }
    /// Sets a date as the user would pick it: committed() fires when it changes the field's date.
    void setDate(QDate date);

    /// Reads what is typed now, as leaving the field would (without committing): false, with the message
    /// shown, when it is not a date. A dialog calls it before it accepts.
    bool readTyped();
    /// Why the text typed was refused, in the current language; empty when it was not.
    QString message() const { return m_message; }
    /// Messages are shown in this label (hidden while there is none) as well as in the field's tooltip.
    void showMessagesIn(QLabel* label);

    /// The calendar popup, made on first use.
    QCalendarWidget* calendarWidget();
    /// Opens the calendar under the field at the field's date (at this month when there is none).
    void openCalendar();

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

Q_SIGNALS:
    /// The user finished an edit that reads as a date; read optionalDate().
    void committed();
    /// The message shown changed (empty: none is shown any more).
    void messageChanged(const QString& message);

protected:
    void keyPressEvent(QKeyEvent* event) override;
    void focusOutEvent(QFocusEvent* event) override;
    void changeEvent(QEvent* event) override;

private:
    /// Reads the text; on success takes the date and writes it back in the one way dates are shown.
    bool read();
    void finishEdit();
    void pick(QDate date);
    void showDate();
    void setMessage(const QString& message);

    bool m_optional;
    QDate m_date;
    bool m_typing = false; // edited since the last load, read or pick
    QString m_message;
    QPointer<QLabel> m_messageLabel;
    QAction* m_calendarAction;
    // A window of its own (not a child), so that the field's error style never reaches it.
    std::unique_ptr<QCalendarWidget> m_calendar;
};

} // namespace hamkori
