#include "Undo.h"
#include "core/storage/RecordEdits.h"
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

/// The undo command of a field edit: it holds the patches, never a whole record.
class PatchCommand : public QUndoCommand
{
public:
    PatchCommand(Session& session, const QString& text, QList<FieldPatch> patches, Action also,
                 Action alsoOnUndo, bool typing = false)
        : QUndoCommand(text), m_session(session), m_patches(std::move(patches)), m_also(std::move(also)),
          m_alsoOnUndo(std::move(alsoOnUndo)), m_typing(typing)
    {
    }

    static constexpr int kId = 0x4650; // "FP"
    // Only saves made while typing merge: any other edit is a step the user took and undoes on its own.
    int id() const override
    {
        return m_typing && m_patches.size() == 1 && !m_also && !m_alsoOnUndo ? kId : -1;
    }

    bool mergeWith(const QUndoCommand* command) override
    {
        const auto* other = static_cast<const PatchCommand*>(command);
        if (other->id() != kId)
            return false;
        FieldPatch& mine = m_patches.first();
        const FieldPatch& theirs = other->m_patches.first();
        if (mine.kind != theirs.kind || mine.record != theirs.record ||
            mine.changes.size() != theirs.changes.size())
            return false;
        for (qsizetype i = 0; i < mine.changes.size(); ++i)
            if (mine.changes[i].column != theirs.changes[i].column)
                return false;
        bool back = true;
        for (qsizetype i = 0; i < mine.changes.size(); ++i) {
            mine.changes[i].to = theirs.changes[i].to;
            back = back && FieldPatch::sameValue(mine.changes[i].from, mine.changes[i].to);
        }
        setObsolete(back); // typed back to where it began: nothing to undo
        return true;
    }

    void redo() override
    {
        if (m_firstRedo) {
            m_firstRedo = false;
            return;
        }
        report(RecordEdits(m_session.db()).apply(m_patches, m_also));
    }

    void undo() override
    {
        QList<FieldPatch> back;
        for (auto it = m_patches.crbegin(); it != m_patches.crend(); ++it)
            back << it->inverse();
        report(RecordEdits(m_session.db()).apply(back, m_alsoOnUndo));
    }

private:
    void report(const Result<void>& done)
    {
        if (!done) {
            setObsolete(true);
            m_session.reportError(done.errorMessage());
        }
    }

    Session& m_session;
    QList<FieldPatch> m_patches;
    Action m_also;
    Action m_alsoOnUndo;
    bool m_typing;
    bool m_firstRedo = true;
};

} // namespace

namespace {

/// Applies the patches that change something (and `also`) in one transaction; when that succeeded, pushes
/// the command that undoes them.
Result<void> applyAndPush(Session& session, const QString& text, const QList<FieldPatch>& patches,
                          const Action& also, const Action& alsoOnUndo, bool typing)
{
    QList<FieldPatch> changing;
    for (const FieldPatch& patch : patches)
        if (!patch.isEmpty())
            changing << patch;
    if (changing.isEmpty() && !also)
        return {};
    if (auto done = RecordEdits(session.db()).apply(changing, also); !done)
        return done;
    session.undoStack()->push(new PatchCommand(session, text, changing, also, alsoOnUndo, typing));
    return {};
}

} // namespace

Result<void> edit(Session& session, const QString& text, const QList<FieldPatch>& patches, const Action& also,
                  const Action& alsoOnUndo)
{
    return applyAndPush(session, text, patches, also, alsoOnUndo, false);
}

Result<void> editWhileTyping(Session& session, const QString& text, const FieldPatch& patch)
{
    return applyAndPush(session, text, {patch}, {}, {}, true);
}

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
