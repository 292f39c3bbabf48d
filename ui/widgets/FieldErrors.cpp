#include "FieldErrors.h"
#include <QLabel>
#include <QVBoxLayout>
#include <QWidget>

namespace hamkori {

namespace {
const char* const kInvalidProperty = "hamkoriInvalid";
}

FieldErrors::FieldErrors(QLabel* general, QObject* parent) : QObject(parent), m_general(general)
{
    if (m_general)
        m_general->hide();
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

void FieldErrors::bind(const QString& field, QWidget* editor, QLabel* message)
{
    m_bindings.insert(field, {editor, message});
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
        it->editor->setProperty(kInvalidProperty, true);
        it->editor->setStyleSheet(QStringLiteral("border: 1px solid #b00020;"));
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
        if (binding.message) {
            binding.message->clear();
            binding.message->hide();
        }
        if (binding.editor && binding.editor->property(kInvalidProperty).toBool()) {
            binding.editor->setProperty(kInvalidProperty, false);
            binding.editor->setStyleSheet(QString());
        }
    }
}

QString FieldErrors::messageFor(const QString& field) const
{
    const auto it = m_bindings.constFind(field);
    if (it == m_bindings.cend() || !it->message || it->message->isHidden())
        return {};
    return it->message->text();
}

} // namespace hamkori
