#include "ConcernEdits.h"
#include "core/storage/ConcernRepository.h"
#include "ui/Session.h"
#include "ui/undo/Undo.h"
#include "ui/widgets/FieldErrors.h"

namespace hamkori {

namespace {

// Every field updateConcern() writes (status is written only by changeStatus()).
#define HAMKORI_CONCERN_FIELDS(X)                                                                            \
    X(code)                                                                                                  \
    X(title)                                                                                                 \
    X(description)                                                                                           \
    X(categoryUuid)                                                                                          \
    X(place)                                                                                                 \
    X(raisedBy)                                                                                              \
    X(firstMeetingUuid)                                                                                      \
    X(firstRaised)                                                                                           \
    X(source)                                                                                                \
    X(frequency)                                                                                             \
    X(restricted)                                                                                            \
    X(causes)                                                                                                \
    X(effects)                                                                                               \
    X(triangle.offender)                                                                                     \
    X(triangle.victim)                                                                                       \
    X(triangle.place)                                                                                        \
    X(triangle.handler)                                                                                      \
    X(triangle.guardian)                                                                                     \
    X(triangle.manager)                                                                                      \
    X(genderNotes)                                                                                           \
    X(conflictRisk)                                                                                          \
    X(conflictMitigation)                                                                                    \
    X(baselineValue)                                                                                         \
    X(baselineDescription)                                                                                   \
    X(baselineDate)

bool sameFields(const Concern& a, const Concern& b)
{
#define HAMKORI_SAME(field)                                                                                  \
    if (!(a.field == b.field))                                                                               \
        return false;
    HAMKORI_CONCERN_FIELDS(HAMKORI_SAME)
#undef HAMKORI_SAME
    return true;
}

/// Carries into `target` exactly the fields that differ between `from` and `to`, with their `to` values.
void carryChanges(Concern& target, const Concern& from, const Concern& to)
{
#define HAMKORI_CARRY(field)                                                                                 \
    if (!(from.field == to.field))                                                                           \
        target.field = to.field;
    HAMKORI_CONCERN_FIELDS(HAMKORI_CARRY)
#undef HAMKORI_CARRY
}

} // namespace

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
    const Concern before = *stored;
    Concern after = before;
    change(after);
    if (sameFields(before, after)) {
        clearErrors();
        return true;
    }
    // Each direction re-reads the concern and carries only this edit's fields, so that undo and redo
    // leave other edits (made since, on another page) as they are.
    const auto write = [&db, uuid = before.meta.uuid](const Concern& from, const Concern& to) {
        return [&db, uuid, from, to]() -> Result<void> {
            ConcernRepository concerns(db);
            auto current = concerns.concern(uuid);
            if (!current)
                return current.error();
            Concern next = *current;
            carryChanges(next, from, to);
            return concerns.updateConcern(next);
        };
    };
    auto done = undo::perform(m_session, text, write(before, after), write(after, before));
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
