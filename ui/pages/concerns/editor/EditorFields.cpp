#include "EditorFields.h"
#include <QCalendarWidget>
#include <QDateEdit>
#include <QLineEdit>
#include <QTimer>

namespace hamkori {

namespace {
// An optional date editor shows its special value text at this date, which stands for "no date".
const QDate kNoDate(1900, 1, 1);
} // namespace

PlainTextField::PlainTextField(QWidget* parent) : QPlainTextEdit(parent)
{
    setTabChangesFocus(true);
}

void PlainTextField::load(const QString& text)
{
    if (hasFocus() && document()->isModified())
        return;
    if (toPlainText() != text)
        setPlainText(text);
    document()->setModified(false);
}

void PlainTextField::focusOutEvent(QFocusEvent* event)
{
    QPlainTextEdit::focusOutEvent(event);
    if (document()->isModified())
        Q_EMIT editingFinished();
}

namespace fields {

QDateEdit* makeDateEdit(QWidget* parent, bool optional)
{
    auto* edit = new QDateEdit(parent);
    edit->setDisplayFormat(QStringLiteral("dd.MM.yyyy"));
    edit->setCalendarPopup(true);
    if (optional) {
        edit->setMinimumDate(kNoDate);
        edit->setDate(kNoDate);
    }
    return edit;
}

void setEmptyText(QDateEdit* edit, const QString& emptyText)
{
    if (edit->minimumDate() == kNoDate)
        edit->setSpecialValueText(emptyText);
}

QDate dateOf(const QDateEdit* edit)
{
    const QDate date = edit->date();
    return edit->minimumDate() == kNoDate && date == kNoDate ? QDate() : date;
}

void setDate(QDateEdit* edit, QDate date)
{
    if (edit->hasFocus() && dateOf(edit) != date && edit->property("hamkoriTyping").toBool())
        return;
    const QSignalBlocker blocker(edit);
    if (!date.isValid() && edit->minimumDate() == kNoDate)
        edit->setDate(kNoDate);
    else if (date.isValid())
        edit->setDate(date);
    edit->setProperty("hamkoriTyping", false);
}

void onDateFinished(QDateEdit* edit, QObject* context, const std::function<void()>& finished)
{
    // Typing changes the date segment by segment: mark it, and save only when editing ends.
    QObject::connect(edit, &QDateEdit::dateChanged, context,
                     [edit] { edit->setProperty("hamkoriTyping", true); });
    QObject::connect(edit, &QDateEdit::editingFinished, context, [edit, finished] {
        edit->setProperty("hamkoriTyping", false);
        finished();
    });
    // A day picked in the calendar popup: the editor takes the date first, then we save.
    QObject::connect(edit->calendarWidget(), &QCalendarWidget::clicked, context, [edit, context, finished] {
        QTimer::singleShot(0, context, [edit, finished] {
            edit->setProperty("hamkoriTyping", false);
            finished();
        });
    });
}

void load(QLineEdit* edit, const QString& text)
{
    if (edit->hasFocus() && edit->isModified())
        return;
    if (edit->text() != text) {
        edit->setText(text);
        edit->setCursorPosition(0); // a long title shows its beginning, not its end
    }
    edit->setModified(false);
}

void select(QComboBox* combo, const QVariant& value)
{
    const QSignalBlocker blocker(combo);
    combo->setCurrentIndex(combo->findData(value));
}

} // namespace fields
} // namespace hamkori
