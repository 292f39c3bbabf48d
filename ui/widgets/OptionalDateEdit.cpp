#include "OptionalDateEdit.h"
#include "FieldErrors.h"
#include "PaintedIcon.h"
#include "core/model/Formats.h"
#include "core/model/TypedDate.h"
#include <QAction>
#include <QCalendarWidget>
#include <QCoreApplication>
#include <QEvent>
#include <QKeyEvent>
#include <QLabel>
#include <QPainter>
#include <QScreen>

namespace hamkori {

namespace {

QIcon calendarIcon()
{
    return paintedIcon(
        QStringLiteral("hamkori-calendar"), [](QPainter& painter, const QRectF& rect, QIcon::Mode mode) {
            const QColor ink = mode == QIcon::Disabled ? QColor(0x9e, 0x9e, 0x9e) : QColor(0x44, 0x4c, 0x56);
            const qreal unit = rect.width() / 16.0;
            const QRectF page = rect.adjusted(unit * 1.5, unit * 2.5, -unit * 1.5, -unit * 1.5);
            painter.setPen(QPen(ink, unit * 1.2));
            painter.setBrush(Qt::NoBrush);
            painter.drawRoundedRect(page, unit, unit);
            painter.fillRect(QRectF(page.left(), page.top(), page.width(), unit * 3), ink);
            painter.drawLine(QPointF(page.left() + unit * 3, rect.top() + unit),
                             QPointF(page.left() + unit * 3, page.top() + unit));
            painter.drawLine(QPointF(page.right() - unit * 3, rect.top() + unit),
                             QPointF(page.right() - unit * 3, page.top() + unit));
            painter.setPen(Qt::NoPen);
            painter.setBrush(ink);
            for (int row = 0; row < 2; ++row)
                for (int column = 0; column < 3; ++column)
                    painter.drawRect(QRectF(page.left() + unit * (2 + column * 3.5),
                                            page.top() + unit * (5 + row * 3), unit * 2, unit * 2));
        });
}

} // namespace

OptionalDateEdit::OptionalDateEdit(QWidget* parent, bool optional)
    : QLineEdit(parent), m_optional(optional), m_date(optional ? QDate() : QDate::currentDate()),
      m_calendarAction(addAction(calendarIcon(), QLineEdit::TrailingPosition))
{
    m_calendarAction->setObjectName(QStringLiteral("openCalendar"));
    // As wide as a date, not stretched across a form like a line of text.
    setSizePolicy(QSizePolicy::Fixed, QSizePolicy::Fixed);
    m_calendarAction->setToolTip(
        QCoreApplication::translate("hamkori::OptionalDateEdit", "Calendar (Alt+Down)"));
    connect(m_calendarAction, &QAction::triggered, this, &OptionalDateEdit::openCalendar);
    connect(this, &QLineEdit::textEdited, this, [this] {
        m_typing = true;
        // A refusal no longer applies once the text reads as a date; it is not repeated while typing.
        if (!m_message.isEmpty() && readTypedDate(text()).ok())
            setMessage({});
    });
    showDate();
}

OptionalDateEdit::~OptionalDateEdit() = default;

void OptionalDateEdit::setEmptyText(const QString& text)
{
    if (m_optional)
        setPlaceholderText(text);
}

void OptionalDateEdit::setOptionalDate(QDate date)
{
    if (m_typing && hasFocus())
        return;
    m_typing = false;
    m_date = date.isValid() || m_optional ? date : QDate::currentDate();
    setMessage({});
    showDate();
}

void OptionalDateEdit::setDate(QDate date)
{
    if (!date.isValid() && !m_optional)
        return;
    m_typing = false;
    setMessage({});
    const bool changed = date != m_date;
    m_date = date;
    showDate();
    if (changed)
        Q_EMIT committed();
}

bool OptionalDateEdit::readTyped()
{
    return read();
}

bool OptionalDateEdit::read()
{
    const Result<QDate> typed = readTypedDate(text());
    if (!typed) {
        setMessage(typed.errorMessage());
        return false;
    }
    if (!typed->isValid() && !m_optional) {
        setMessage(missingDateMessage());
        return false;
    }
    m_typing = false;
    m_date = *typed;
    setMessage({});
    showDate();
    return true;
}

void OptionalDateEdit::finishEdit()
{
    // Nothing typed since the last read: nothing to commit, and nothing new to refuse.
    if (!m_typing && m_message.isEmpty())
        return;
    if (read())
        Q_EMIT committed();
}

void OptionalDateEdit::pick(QDate date)
{
    if (m_calendar)
        m_calendar->hide();
    setFocus(Qt::PopupFocusReason);
    m_typing = false;
    setMessage({});
    m_date = date;
    showDate();
    Q_EMIT committed();
}

void OptionalDateEdit::showDate()
{
    setText(Formats::date(m_date));
}

void OptionalDateEdit::setMessage(const QString& message)
{
    if (message == m_message)
        return;
    m_message = message;
    setToolTip(message);
    FieldErrors::mark(this, !message.isEmpty());
    if (m_messageLabel) {
        m_messageLabel->setText(message);
        m_messageLabel->setVisible(!message.isEmpty());
    }
    Q_EMIT messageChanged(message);
}

void OptionalDateEdit::showMessagesIn(QLabel* label)
{
    m_messageLabel = label;
}

QCalendarWidget* OptionalDateEdit::calendarWidget()
{
    if (!m_calendar) {
        m_calendar = std::make_unique<QCalendarWidget>();
        m_calendar->setWindowFlags(Qt::Popup);
        m_calendar->setObjectName(QStringLiteral("dateCalendar"));
        m_calendar->setGridVisible(true);
        m_calendar->setVerticalHeaderFormat(QCalendarWidget::NoVerticalHeader);
        m_calendar->setLocale(locale());
        connect(m_calendar.get(), &QCalendarWidget::clicked, this, &OptionalDateEdit::pick);
        connect(m_calendar.get(), &QCalendarWidget::activated, this, &OptionalDateEdit::pick);
    }
    return m_calendar.get();
}

void OptionalDateEdit::openCalendar()
{
    QCalendarWidget* calendar = calendarWidget();
    // The date typed, when it reads; else the field's date; else this month, nothing chosen.
    const Result<QDate> typed = readTypedDate(text());
    const QDate shown = typed && typed->isValid() ? *typed : m_date;
    const QDate page = shown.isValid() ? shown : QDate::currentDate();
    {
        const QSignalBlocker blocker(calendar);
        calendar->setLocale(locale());
        if (shown.isValid())
            calendar->setSelectedDate(shown);
        calendar->setCurrentPage(page.year(), page.month());
    }
    calendar->adjustSize();
    QPoint below = mapToGlobal(QPoint(0, height()));
    if (const QScreen* screen = this->screen()) {
        const QRect available = screen->availableGeometry();
        const QSize size = calendar->sizeHint();
        if (below.y() + size.height() > available.bottom())
            below.setY(mapToGlobal(QPoint(0, 0)).y() - size.height());
        below.setX(std::clamp(below.x(), available.left(),
                              std::max(available.left(), available.right() - size.width())));
    }
    calendar->move(below);
    calendar->show();
    calendar->setFocus(Qt::PopupFocusReason);
}

QSize OptionalDateEdit::sizeHint() const
{
    // Room for a date and the empty text, the frame, and the calendar button; not QLineEdit's 17 characters.
    const QFontMetrics metrics = fontMetrics();
    const int text = std::max(metrics.horizontalAdvance(QStringLiteral("00.00.00000")),
                              metrics.horizontalAdvance(placeholderText() + QStringLiteral("  ")));
    const QSize base = QLineEdit::sizeHint();
    return {text + base.height() + 16, base.height()};
}

QSize OptionalDateEdit::minimumSizeHint() const
{
    return sizeHint();
}

void OptionalDateEdit::keyPressEvent(QKeyEvent* event)
{
    if ((event->key() == Qt::Key_Down && event->modifiers() & Qt::AltModifier) ||
        event->key() == Qt::Key_F4) {
        openCalendar();
        return;
    }
    if (event->key() == Qt::Key_Return || event->key() == Qt::Key_Enter) {
        finishEdit();
        // Not accepted: in a dialog, Enter also presses the default button, which reads the field again.
        event->ignore();
        return;
    }
    QLineEdit::keyPressEvent(event);
}

void OptionalDateEdit::focusOutEvent(QFocusEvent* event)
{
    QLineEdit::focusOutEvent(event);
    // Opening the calendar takes the focus for a moment: that is not the end of an edit.
    if (event->reason() != Qt::PopupFocusReason)
        finishEdit();
}

void OptionalDateEdit::changeEvent(QEvent* event)
{
    QLineEdit::changeEvent(event);
    // A refusal follows a change of language: read the same text again in the new one.
    if (event->type() == QEvent::LanguageChange) {
        m_calendarAction->setToolTip(
            QCoreApplication::translate("hamkori::OptionalDateEdit", "Calendar (Alt+Down)"));
        if (!m_message.isEmpty()) {
            const Result<QDate> typed = readTypedDate(text());
            setMessage(typed ? missingDateMessage() : typed.errorMessage());
        }
        updateGeometry();
    } else if (event->type() == QEvent::LocaleChange && m_calendar) {
        m_calendar->setLocale(locale());
    }
}

} // namespace hamkori
