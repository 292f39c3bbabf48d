#pragma once
// A multi-line text field for forms that save every edit at once: like QLineEdit's editingFinished, it says
// when the user is done (the focus left it after a change), and a reload does not disturb what is being
// typed.
#include <QPlainTextEdit>

namespace hamkori {

class CommitOnLeaveTextEdit : public QPlainTextEdit
{
    Q_OBJECT
public:
    /// Tab moves on to the next field (a form's text is rarely tabbed).
    explicit CommitOnLeaveTextEdit(QWidget* parent = nullptr);

    /// Shows the stored `text`, unless the user is typing here (focus and a change not yet committed).
    void load(const QString& text);

Q_SIGNALS:
    /// The focus left the field after the text was changed; read toPlainText() and save.
    void committed();

protected:
    void focusOutEvent(QFocusEvent* event) override;

private:
    QString m_stored;
};

} // namespace hamkori
