#include "FieldErrors.h"
#include "OptionalDateEdit.h"
#include <QAbstractButton>
#include <QAbstractSpinBox>
#include <QApplication>
#include <QComboBox>
#include <QEvent>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QVBoxLayout>
#include <QWidget>
#include <algorithm>

namespace hamkori {

namespace {
const char* const kInvalidProperty = "hamkoriInvalid";

/// Whether the user is at work in another field of the editor's window, where the focus must stay.
bool userIsElsewhere(const QWidget* editor)
{
    const QWidget* focused = QApplication::focusWidget();
    if (!focused || focused == editor || editor->isAncestorOf(focused) ||
        focused->window() != editor->window())
        return false;
    // A button that was pressed to save (a dialog's OK) hands the focus on; a field keeps it.
    return !qobject_cast<const QAbstractButton*>(focused);
}
} // namespace

FieldErrors::FieldErrors(QLabel* general, QObject* parent) : QObject(parent), m_general(general)
{
    if (m_general) {
        m_general->hide();
        m_general->installEventFilter(this);
    }
}

QLabel* FieldErrors::makeMessageLabel(QWidget* parent)
{
    auto* label = new QLabel(parent);
    label->setWordWrap(true);
    label->setTextFormat(Qt::PlainText);
    label->setStyleSheet(QStringLiteral("color: #b00020;"));
    label->hide();
    return label;
}

QWidget* FieldErrors::withMessage(QWidget* editor, QLabel* message, QWidget* parent)
{
    auto* box = new QWidget(parent);
    auto* layout = new QVBoxLayout(box);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);
    layout->addWidget(editor);
    layout->addWidget(message);
    return box;
}

void FieldErrors::mark(QWidget* editor, bool invalid)
{
    if (!editor || editor->property(kInvalidProperty).toBool() == invalid)
        return;
    editor->setProperty(kInvalidProperty, invalid);
    editor->setStyleSheet(invalid ? QStringLiteral("border: 1px solid #b00020;") : QString());
}

void FieldErrors::bind(const QString& field, QWidget* editor, QLabel* message)
{
    m_bindings.insert(field, {editor, message});
    if (message)
        message->installEventFilter(this);
    if (auto* date = qobject_cast<OptionalDateEdit*>(editor); date && message)
        date->showMessagesIn(message);
    watchForChange(editor, message);
}

void FieldErrors::watchForChange(QWidget* editor, QLabel* message)
{
    if (!editor || !message)
        return;
    // The user changing the field is the end of its message: it is about a value no longer there. (A date
    // field takes its own message away when what is typed reads as a date.)
    auto hide = [this, message = QPointer<QLabel>(message), editor = QPointer<QWidget>(editor)] {
        if (message && editor)
            hideMessage(message, editor);
    };
    if (qobject_cast<OptionalDateEdit*>(editor))
        return;
    if (auto* line = qobject_cast<QLineEdit*>(editor))
        connect(line, &QLineEdit::textEdited, this, hide);
    else if (auto* combo = qobject_cast<QComboBox*>(editor))
        connect(combo, &QComboBox::activated, this, hide);
    else if (auto* text = qobject_cast<QPlainTextEdit*>(editor))
        connect(text, &QPlainTextEdit::textChanged, this, [text, hide] {
            if (text->hasFocus())
                hide();
        });
}

void FieldErrors::hideMessage(QLabel* message, QWidget* editor)
{
    message->clear();
    message->hide();
    mark(editor, false);
}

bool FieldErrors::show(const Error& error)
{
    clear();
    const auto it = m_bindings.constFind(error.field);
    QLabel* target = it != m_bindings.cend() && it->message ? it->message.data() : m_general.data();
    if (target) {
        target->setText(error.message);
        target->show();
    }
    if (it != m_bindings.cend() && it->editor) {
        mark(it->editor, true);
        if (!userIsElsewhere(it->editor))
            it->editor->setFocus(Qt::OtherFocusReason);
    }
    return false;
}

void FieldErrors::clear()
{
    if (m_general) {
        m_general->clear();
        m_general->hide();
    }
    for (const Binding& binding : std::as_const(m_bindings)) {
        // A date field still holding text that is not a date keeps saying so.
        if (auto* date = qobject_cast<OptionalDateEdit*>(binding.editor.data());
            date && !date->message().isEmpty()) {
            if (binding.message) {
                binding.message->setText(date->message());
                binding.message->show();
            }
            mark(date, true);
            continue;
        }
        if (binding.message) {
            binding.message->clear();
            binding.message->hide();
        }
        mark(binding.editor, false);
    }
}

bool FieldErrors::eventFilter(QObject* watched, QEvent* event)
{
    // Core wrote the message in the language of the moment; after a change only the fact can be said again.
    if (event->type() == QEvent::LanguageChange) {
        auto* label = qobject_cast<QLabel*>(watched);
        if (label && !label->isHidden() && !label->text().isEmpty()) {
            const auto date = std::find_if(m_bindings.cbegin(), m_bindings.cend(), [label](const Binding& b) {
                return b.message == label && qobject_cast<OptionalDateEdit*>(b.editor.data()) &&
                       !static_cast<OptionalDateEdit*>(b.editor.data())->message().isEmpty();
            });
            if (date == m_bindings.cend())
                label->setText(
                    tr("This was not saved. Correct it, or press Enter in the field to read why."));
        }
    }
    return QObject::eventFilter(watched, event);
}

QString FieldErrors::messageFor(const QString& field) const
{
    const auto it = m_bindings.constFind(field);
    if (it == m_bindings.cend() || !it->message || it->message->isHidden())
        return {};
    return it->message->text();
}

} // namespace hamkori
