#include "PlanEdit.h"
#include "core/storage/ConcernRepository.h"
#include "core/storage/PlanRepository.h"
#include "ui/Session.h"
#include "ui/undo/Undo.h"
#include <QCoreApplication>
#include <QHash>

namespace hamkori::plans {

namespace {

class Texts
{
    Q_DECLARE_TR_FUNCTIONS(hamkori::plans::PlanEdit)
public:
    static QString undoneNote(const QString& planCode)
    {
        return tr("The change to action plan %1 was undone").arg(planCode);
    }
};

} // namespace

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
    const QString note = Texts::undoneNote(after.code);
    auto apply = [db, after] { return PlanRepository(*db).updatePlan(after); };
    auto revert = [db, before, statuses, note]() -> Result<void> {
        Transaction transaction(*db);
        if (auto restored = PlanRepository(*db).updatePlan(before); !restored)
            return restored;
        if (auto moved =
                ConcernRepository(*db).moveBack(statuses, ConcernStatus::InPlan, QDate::currentDate(), note);
            !moved)
            return moved;
        return transaction.commit();
    };
    return undo::perform(session, undoText, apply, revert);
}

} // namespace hamkori::plans
