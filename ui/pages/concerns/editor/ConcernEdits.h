#pragma once
// How the concern editor saves: every change to a concern's fields becomes one named undo command that
// touches only the fields it changed (so undoing it never undoes a later edit made elsewhere, e.g. in the
// register). A refused change is shown with FieldErrors and nothing is pushed.
#include "core/Result.h"
#include "core/model/Concern.h"
#include <QObject>
#include <functional>

namespace hamkori {

class FieldErrors;
class Session;

class ConcernEdits : public QObject
{
    Q_OBJECT
public:
    ConcernEdits(Session& session, FieldErrors* errors, QObject* parent);

    Session& session() const { return m_session; }
    FieldErrors* errors() const { return m_errors; }

    /// The concern being edited (as last loaded), empty uuid when none.
    const Concern& concern() const { return m_concern; }
    QString uuid() const { return m_concern.meta.uuid; }
    QString code() const { return m_concern.code; }
    void setConcern(const Concern& concern) { m_concern = concern; }

    /// Applies `change` to the stored concern and saves it as one undo command named `text`. True when
    /// saved or when nothing changed; false (with the message shown) when core refused it.
    bool save(const QString& text, const std::function<void(Concern&)>& change);
    /// Shows a refused edit's message (a status change, a link…) at its field.
    void showError(const Error& error);
    void clearErrors();

private:
    Session& m_session;
    FieldErrors* m_errors;
    Concern m_concern;
};

} // namespace hamkori
