#include "PlanEdit.h"
#include "core/model/StatusNotes.h"
#include "core/storage/ConcernRepository.h"
#include "core/storage/PlanRepository.h"
#include "core/storage/RecordEdits.h"
#include "ui/Session.h"
#include "ui/undo/Undo.h"
#include <QHash>

namespace hamkori::plans {

Result<void> updatePlanUndoably(Session& session, const QString& undoText, const ActionPlan& before,
                                const ActionPlan& after)
{
    Database* db = &session.db();
    // The statuses before the edit of every concern the edit might move into the plan.
    QHash<QString, ConcernStatus> statuses;
    ConcernRepository concerns(*db);
    for (const QString& uuid : after.concernUuids) {
        auto concern = concerns.concern(uuid);
        if (!concern)
            return concern.error();
        statuses.insert(uuid, concern->status);
    }
    const QString note = statusnotes::write(statusnotes::Kind::PlanChangeUndone, after.code);
    // Undo: the plan's fields of this edit back, and (in the same transaction) the concerns it moved.
    const undo::Action moveBack = [db, statuses, note]() -> Result<void> {
        return ConcernRepository(*db).moveBack(statuses, ConcernStatus::InPlan, QDate::currentDate(), note);
    };
    return undo::edit(session, undoText, {RecordEdits::patch(before, after)}, {}, moveBack);
}

} // namespace hamkori::plans
