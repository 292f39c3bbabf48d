#include "Undo.h"
#include "core/storage/RecordLifecycle.h"
#include "ui/Session.h"
#include <QUndoCommand>
#include <QUndoStack>

namespace hamkori::undo {

namespace {

/// A command whose first redo() is skipped: the edit was already carried out (and could fail) before it was
/// pushed. A later undo or redo that fails is reported and makes the command obsolete, so that the stack
/// never pretends to a state the data file is not in.
class ActionCommand : public QUndoCommand
{
public:
    ActionCommand(Session& session, const QString& text, Action apply, Action revert)
        : QUndoCommand(text), m_session(session), m_apply(std::move(apply)), m_revert(std::move(revert))
    {
    }

    void redo() override
    {
        if (m_firstRedo) {
            m_firstRedo = false;
            return;
        }
        run(m_apply);
    }
    void undo() override { run(m_revert); }

private:
    void run(const Action& action)
    {
        if (auto done = action(); !done) {
            setObsolete(true);
            m_session.reportError(done.errorMessage());
        }
    }

    Session& m_session;
    Action m_apply;
    Action m_revert;
    bool m_firstRedo = true;
};

} // namespace

Result<void> perform(Session& session, const QString& text, const Action& apply, const Action& revert)
{
    if (auto done = apply(); !done)
        return done;
    session.undoStack()->push(new ActionCommand(session, text, apply, revert));
    return {};
}

Result<QString> create(Session& session, const QString& text, const QString& kind,
                       const std::function<Result<QString>()>& create)
{
    auto created = create();
    if (!created)
        return created;
    const QString uuid = *created;
    // Shared between undo and redo: what the undo deleted is what the redo brings back.
    auto taken = std::make_shared<QList<RecordRef>>();
    Database& db = session.db();
    const Action redo = [&db, taken]() -> Result<void> { return RecordLifecycle(db).restore(*taken); };
    const Action undo = [&db, taken, kind, uuid]() -> Result<void> {
        auto removed = RecordLifecycle(db).remove(kind, uuid);
        if (!removed)
            return removed.error();
        *taken = *removed;
        return {};
    };
    session.undoStack()->push(new ActionCommand(session, text, redo, undo));
    return uuid;
}

Result<void> remove(Session& session, const QString& text, const QString& kind, const QString& uuid)
{
    auto taken = std::make_shared<QList<RecordRef>>();
    Database& db = session.db();
    const Action apply = [&db, taken, kind, uuid]() -> Result<void> {
        auto removed = RecordLifecycle(db).remove(kind, uuid);
        if (!removed)
            return removed.error();
        *taken = *removed;
        return {};
    };
    const Action revert = [&db, taken]() -> Result<void> { return RecordLifecycle(db).restore(*taken); };
    return perform(session, text, apply, revert);
}

} // namespace hamkori::undo
