#include "ConcernEdits.h"
#include "core/storage/ConcernRepository.h"
#include "core/storage/RecordEdits.h"
#include "ui/Session.h"
#include "ui/undo/Undo.h"
#include "ui/widgets/FieldErrors.h"

namespace hamkori {

ConcernEdits::ConcernEdits(Session& session, FieldErrors* errors, QObject* parent)
    : QObject(parent), m_session(session), m_errors(errors)
{
}

bool ConcernEdits::save(const QString& text, const std::function<void(Concern&)>& change)
{
    Database& db = m_session.db();
    auto stored = ConcernRepository(db).concern(uuid());
    if (!stored) {
        showError(stored.error());
        return false;
    }
    Concern after = *stored;
    change(after);
    // Only this edit's fields: undo and redo leave other edits (made since, on another page) as they are.
    const FieldPatch patch = RecordEdits::patch(*stored, after);
    if (patch.isEmpty()) {
        clearErrors();
        return true;
    }
    auto done = undo::edit(m_session, text, patch);
    if (!done) {
        showError(done.error());
        return false;
    }
    clearErrors();
    return true;
}

void ConcernEdits::showError(const Error& error)
{
    if (m_errors)
        m_errors->show(error);
}

void ConcernEdits::clearErrors()
{
    if (m_errors)
        m_errors->clear();
}

} // namespace hamkori
