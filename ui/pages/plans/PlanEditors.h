#pragma once
// Small editors of the action-plan page: a date editor that can be empty, and a multi-line text editor that
// saves when the focus leaves it. Every edit on the page is saved at once, so these report "the user is done".
#include <QDateEdit>
#include <QPlainTextEdit>

namespace hamkori::plans {

/// A QDateEdit (dd.MM.yyyy, calendar popup) whose lowest date stands for "no date" and shows as empty.
/// committed() fires when the user finished an edit: Enter, focus out, or a day picked in the calendar.
class PlanDateEdit : public QDateEdit
{
    Q_OBJECT
public:
    explicit PlanDateEdit(QWidget* parent = nullptr, bool optional = true);

    /// An invalid date shows the empty value (when optional).
    void setOptionalDate(QDate date);
    QDate optionalDate() const;

Q_SIGNALS:
    void committed();

private:
    bool m_optional;
};

/// A QPlainTextEdit that emits committed() when it loses the focus after a change.
class PlanTextEdit : public QPlainTextEdit
{
    Q_OBJECT
public:
    explicit PlanTextEdit(QWidget* parent = nullptr);
    /// Replaces the text without counting it as the user's change.
    void setStoredText(const QString& text);

Q_SIGNALS:
    void committed();

protected:
    void focusOutEvent(QFocusEvent* event) override;

private:
    QString m_stored;
};

} // namespace hamkori::plans
