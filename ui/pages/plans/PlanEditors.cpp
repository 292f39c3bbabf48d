#include "PlanEditors.h"
#include <QCalendarWidget>

namespace hamkori::plans {

namespace {
const QDate kNoDate(2000, 1, 1);
}

PlanDateEdit::PlanDateEdit(QWidget* parent, bool optional) : QDateEdit(parent), m_optional(optional)
{
    setDisplayFormat(QStringLiteral("dd.MM.yyyy"));
    setCalendarPopup(true);
    if (m_optional) {
        setMinimumDate(kNoDate);
        setSpecialValueText(QStringLiteral(" "));
    }
    connect(this, &QDateEdit::editingFinished, this, &PlanDateEdit::committed);
    // A day picked in the popup sets the date without finishing the edit; count it as done.
    connect(calendarWidget(), &QCalendarWidget::clicked, this, &PlanDateEdit::committed);
    connect(calendarWidget(), &QCalendarWidget::activated, this, &PlanDateEdit::committed);
}

void PlanDateEdit::setOptionalDate(QDate date)
{
    if (!date.isValid() && m_optional)
        setDate(kNoDate);
    else
        setDate(date.isValid() ? date : QDate::currentDate());
}

QDate PlanDateEdit::optionalDate() const
{
    return m_optional && date() == kNoDate ? QDate() : date();
}

PlanTextEdit::PlanTextEdit(QWidget* parent) : QPlainTextEdit(parent)
{
    setTabChangesFocus(true);
}

void PlanTextEdit::setStoredText(const QString& text)
{
    m_stored = text;
    if (toPlainText() != text)
        setPlainText(text);
}

void PlanTextEdit::focusOutEvent(QFocusEvent* event)
{
    QPlainTextEdit::focusOutEvent(event);
    if (toPlainText() != m_stored)
        Q_EMIT committed();
}

} // namespace hamkori::plans
