#pragma once
// Shows a refused edit's translated message next to the field it is about (core's Error::field), marks the
// field, and moves the focus there. Nothing is saved when core refuses, so the form keeps what was typed.
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

    /// `message` is a label placed next to (usually under) `editor`; it is hidden while there is no error.
    void bind(const QString& field, QWidget* editor, QLabel* message);
    /// Shows the error at its field; returns false (for `if (!errors.show(result)) …` style) .
    bool show(const Error& error);
    void clear();
    /// The message currently shown for a field (empty when none), for tests.
    QString messageFor(const QString& field) const;

    /// A label styled for error messages, hidden until used.
    static QLabel* makeMessageLabel(QWidget* parent);
    /// A field with its message label under it, as one widget for a form row.
    static QWidget* withMessage(QWidget* editor, QLabel* message, QWidget* parent);

private:
    struct Binding
    {
        QPointer<QWidget> editor;
        QPointer<QLabel> message;
    };
    QPointer<QLabel> m_general;
    QHash<QString, Binding> m_bindings;
};

} // namespace hamkori
