#include "OptionalDateEdit.h"
#include <QCalendarWidget>
#include <QEvent>

namespace hamkori {

namespace {
// Shown as "no date" by an optional editor; no date the program keeps is this old.
const QDate kNoDate(1900, 1, 1);
} // namespace

OptionalDateEdit::OptionalDateEdit(QWidget* parent, bool optional) : QDateEdit(parent), m_optional(optional)
{
    setDisplayFormat(QStringLiteral("dd.MM.yyyy"));
    setCalendarPopup(true);
    m_loading = true;
    if (m_optional) {
        setMinimumDate(kNoDate);
        setSpecialValueText(QStringLiteral(" ")); // empty until the page names it
        setDate(kNoDate);
    } else {
        setDate(QDate::currentDate());
    }
    m_loading = false;
#ifdef Q_OS_WIN
    // The Windows style draws the calendar popup's button wider than QDateEdit's size hint leaves room for
    // (Qt 6.4), which cut off the last digit of the year: room for one more digit.
    setMinimumWidth(sizeHint().width() + fontMetrics().horizontalAdvance(QLatin1Char('0')));
#endif

    connect(this, &QDateEdit::dateChanged, this, [this] {
        if (m_loading)
            return;
        // Without the focus the date came from the calendar popup or from outside: that is a finished edit.
        if (hasFocus())
            m_typing = true;
        else
            commit();
    });
    connect(this, &QDateEdit::editingFinished, this, &OptionalDateEdit::commit);
    // The popup has set the date before these arrive (its own connections were made first, in
    // calendarWidget()).
    connect(calendarWidget(), &QCalendarWidget::clicked, this, &OptionalDateEdit::commit);
    connect(calendarWidget(), &QCalendarWidget::activated, this, &OptionalDateEdit::commit);
    calendarWidget()->installEventFilter(this);
}

bool OptionalDateEdit::eventFilter(QObject* watched, QEvent* event)
{
    // "No date" is the lowest date: the calendar would open in January 1900. It opens at this month instead
    // (issue 18), nothing chosen until the user picks a day.
    if (watched == calendarWidget() && event->type() == QEvent::Show && m_optional && date() == minimumDate())
        calendarWidget()->setCurrentPage(QDate::currentDate().year(), QDate::currentDate().month());
    return QDateEdit::eventFilter(watched, event);
}

void OptionalDateEdit::setEmptyText(const QString& text)
{
    if (m_optional)
        setSpecialValueText(text.isEmpty() ? QStringLiteral(" ") : text);
}

void OptionalDateEdit::setOptionalDate(QDate date)
{
    if (m_typing && hasFocus() && date != optionalDate())
        return;
    m_typing = false;
    if (!date.isValid())
        date = m_optional ? kNoDate : QDate::currentDate();
    if (this->date() == date)
        return;
    m_loading = true;
    setDate(date);
    m_loading = false;
}

QDate OptionalDateEdit::optionalDate() const
{
    const QDate shown = date();
    return m_optional && shown == kNoDate ? QDate() : shown;
}

void OptionalDateEdit::commit()
{
    m_typing = false;
    Q_EMIT committed();
}

} // namespace hamkori
