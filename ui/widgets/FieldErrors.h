#pragma once
// Shows a refused edit's translated message next to the field it is about (core's Error::field) and marks the
// field. Nothing is saved when core refuses, so the form keeps what was typed.
//
// The focus moves to the field only when the user is not in another field: a form saves a field when the user
// leaves it, and taking the focus back then made the next thing typed land in the refused field (issue 18). A
// message goes when the user changes its field, and one left on screen through a change of language is
// replaced by a sentence in the new language (core wrote it in the old one).
#include "core/Result.h"
#include <QHash>
#include <QObject>
#include <QPointer>

class QLabel;
class QWidget;

namespace hamkori {

class FieldErrors : public QObject
{
    Q_OBJECT
public:
    /// `general` shows messages that are about no bound field.
    FieldErrors(QLabel* general, QObject* parent);

    /// `message` is a label placed next to (usually under) `editor`; it is hidden while there is no error. A
    /// date field also shows there why what was typed is not a date.
    void bind(const QString& field, QWidget* editor, QLabel* message);
    /// Shows the error at its field; returns false (for `if (!errors.show(result)) …` style) .
    bool show(const Error& error);
    void clear();
    /// The message currently shown for a field (empty when none), for tests.
    QString messageFor(const QString& field) const;

    /// Marks an editor as holding a refused value (a red frame), or takes the mark away.
    static void mark(QWidget* editor, bool invalid);

    /// A label styled for error messages, hidden until used.
    static QLabel* makeMessageLabel(QWidget* parent);
    /// A field with its message label under it, as one widget for a form row.
    static QWidget* withMessage(QWidget* editor, QLabel* message, QWidget* parent);

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void hideMessage(QLabel* message, QWidget* editor);
    void watchForChange(QWidget* editor, QLabel* message);

    struct Binding
    {
        QPointer<QWidget> editor;
        QPointer<QLabel> message;
    };
    QPointer<QLabel> m_general;
    QHash<QString, Binding> m_bindings;
};

} // namespace hamkori
