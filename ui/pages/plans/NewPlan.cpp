#include "NewPlan.h"
#include "core/storage/ConcernRepository.h"
#include "core/storage/PlanRepository.h"
#include "core/storage/PrioritisationRepository.h"
#include "ui/Session.h"
#include "ui/undo/Undo.h"
#include <QCoreApplication>

namespace hamkori::plans {

Result<QString> createPlan(Session& session, const QString& teamUuid, const QStringList& concerns)
{
    ActionPlan plan;
    plan.teamUuid = teamUuid;
    // The Plans page's words, as before this was shared with the Prioritisation page: translated once.
    plan.title = QCoreApplication::translate("hamkori::PlansPage", "New action plan");
    // A plan is made to start now: a year from today (issue 18), not the calendar year half gone.
    const QDate today = QDate::currentDate();
    plan.periodStart = today;
    plan.periodEnd = today.addYears(1).addDays(-1);
    plan.concernUuids = concerns;
    // The officials who signed the team's last plan sign the next one too: that is how the choice is kept
    // per team. Should the last plan not be read, the new one simply starts without signatories.
    if (auto latest = PlanRepository(session.db()).latestPlan(teamUuid); latest && latest->has_value())
        plan.copySignatoriesFrom(**latest);
    Database* db = &session.db();
    return undo::create(session, QCoreApplication::translate("hamkori::PlansPage", "create an action plan"),
                        QStringLiteral("plan"), [db, plan]() -> Result<QString> {
                            auto made = PlanRepository(*db).createPlan(plan);
                            if (!made)
                                return made.error();
                            return made->meta.uuid;
                        });
}

QStringList latestPriorities(Database& db, const QString& teamUuid)
{
    auto rounds = PrioritisationRepository(db).rounds(teamUuid); // the newest first
    if (!rounds)
        return {};
    ConcernRepository concerns(db);
    for (const PrioritisationRound& round : *rounds)
        if (round.decided) {
            QStringList live;
            for (const QString& uuid : round.chosenConcernUuids)
                if (concerns.concern(uuid))
                    live << uuid;
            return live;
        }
    return {};
}

} // namespace hamkori::plans
