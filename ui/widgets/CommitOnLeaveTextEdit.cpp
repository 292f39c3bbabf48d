#include "CommitOnLeaveTextEdit.h"

namespace hamkori {

CommitOnLeaveTextEdit::CommitOnLeaveTextEdit(QWidget* parent) : QPlainTextEdit(parent)
{
    setTabChangesFocus(true);
}

void CommitOnLeaveTextEdit::load(const QString& text)
{
    if (hasFocus() && toPlainText() != m_stored)
        return;
    m_stored = text;
    if (toPlainText() != text)
        setPlainText(text);
    document()->setModified(false);
}

void CommitOnLeaveTextEdit::focusOutEvent(QFocusEvent* event)
{
    QPlainTextEdit::focusOutEvent(event);
    // Compared with what was loaded, not with isModified(): a refused save leaves the text unsaved, and the
    // next time the user leaves the field it is offered again.
    if (toPlainText() != m_stored)
        Q_EMIT committed();
}

} // namespace hamkori
