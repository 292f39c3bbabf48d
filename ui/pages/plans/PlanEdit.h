#pragma once
// One undoable edit of an action plan's header or of the concerns it addresses. Adopting a plan moves the
// concerns it addresses into "in plan" (PlanRepository::updatePlan); undo writes the plan back AND moves
// those concerns back to the status they had, with a dated entry in their history, so that undo restores what
// the user saw before.
#include "core/Result.h"
#include "core/model/ActionPlan.h"

namespace hamkori {
class Session;
}

namespace hamkori::plans {

Result<void> updatePlanUndoably(Session& session, const QString& undoText, const ActionPlan& before,
                                const ActionPlan& after);

} // namespace hamkori::plans
