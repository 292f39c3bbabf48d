#pragma once
// The undo layer's face: free functions that carry out an edit through core and, when it succeeded, put it on
// the session's undo stack. Pages and item models call these and never see command classes.
//
// Who owns what: the QUndoStack (owned by the Session) owns every command; a command holds copies of the
// values it needs (never pointers to pages or models) and the Session by reference, which outlives the stack.
// Undo is a new change written through core, not a rollback: it is journaled and travels like any edit.
#include "core/Result.h"
#include "core/storage/FieldPatch.h"
#include "core/storage/RecordStore.h"
#include <functional>

namespace hamkori {

class Session;

namespace undo {

using Action = std::function<Result<void>()>;

/// The edit of fields of one or more records (RecordEdits): applied now; undo applies the inverse patches, so
/// that only these fields go back and a field changed since by someone else stays as it is. `also` runs in
/// the same transaction after the patches are applied, `alsoOnUndo` after they are undone (core operations of
/// several records, such as moving concerns into a plan and back). Each edit is its own undo step.
Result<void> edit(Session& session, const QString& text, const QList<FieldPatch>& patches,
                  const Action& also = {}, const Action& alsoOnUndo = {});
inline Result<void> edit(Session& session, const QString& text, const FieldPatch& patch)
{
    return edit(session, text, QList<FieldPatch>{patch});
}

/// A field saved while the user is still typing in it (a meeting's minutes, saved at each pause): the saves
/// of the same fields of the same record that follow one another are one undo step, and typing them back to
/// where they began leaves nothing on the stack.
Result<void> editWhileTyping(Session& session, const QString& text, const FieldPatch& patch);

/// Runs `apply`. On success, pushes a command named `text` ("change status of ISF-2026-014") whose undo runs
/// `revert` and whose redo runs `apply` again. On failure nothing is pushed and the error is returned.
Result<void> perform(Session& session, const QString& text, const Action& apply, const Action& revert);

/// Runs `create`, which makes one record of `kind` and returns its UUID. Undo deletes it (with whatever was
/// added to it since), redo brings exactly that back.
Result<QString> create(Session& session, const QString& text, const QString& kind,
                       const std::function<Result<QString>()>& create);

/// Deletes a record of `kind` with its dependents. Undo brings them all back; redo deletes them again.
Result<void> remove(Session& session, const QString& text, const QString& kind, const QString& uuid);

} // namespace undo
} // namespace hamkori
