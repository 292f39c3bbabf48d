#pragma once
#include "../model/ActionPlan.h"
#include "Repository.h"
#include <optional>

namespace hamkori {

class PlanRepository : public Repository
{
    Q_DECLARE_TR_FUNCTIONS(PlanRepository)
public:
    using Repository::Repository;

    /// Makes the code (ISF-AP-2026-01) when the plan has none.
    Result<ActionPlan> createPlan(ActionPlan plan);
    /// Writes the plan. When it is adopted, the concerns it addresses that are still raised, analysed or
    /// prioritised move to "in plan" with a dated entry in their history: on adoption all of them, later
    /// only those added to it.
    Result<void> updatePlan(const ActionPlan& plan);
    Result<QList<RecordRef>> deletePlan(const QString& uuid);
    Result<ActionPlan> plan(const QString& uuid);
    Result<ActionPlan> planByCode(const QString& code);
    Result<QList<ActionPlan>> plans(const QString& teamUuid);
    /// The team's most recently created plan; none when the team has none. A new plan takes its signatories
    /// from it: the same officials sign a team's plans year after year.
    Result<std::optional<ActionPlan>> latestPlan(const QString& teamUuid);

    /// Appends the activity at the end of the plan when its position is 0.
    Result<Activity> createActivity(Activity activity);
    Result<void> updateActivity(const Activity& activity);
    Result<QList<RecordRef>> deleteActivity(const QString& uuid);
    Result<Activity> activity(const QString& uuid);
    Result<QList<Activity>> activities(const QString& planUuid);

    /// Records progress; the activity takes the status of its latest update. So do updating, deleting and
    /// restoring an update (the rule "status follows the latest progress update" holds after each).
    Result<ProgressUpdate> addProgress(ProgressUpdate update);
    Result<void> updateProgress(const ProgressUpdate& update);
    /// Deletes an update; its activity then follows the latest update left. With none left the activity keeps
    /// its status, or takes `statusWithoutProgress` when given (the status it had before its first update,
    /// which the undo of adding that update knows). Returns what was deleted, for restoreProgress().
    Result<QList<RecordRef>> deleteProgress(const QString& uuid,
                                            std::optional<ActivityStatus> statusWithoutProgress = {});
    /// Brings back the updates a delete took, in one transaction; their activities follow the latest again.
    Result<void> restoreProgress(const QList<RecordRef>& records);
    Result<QList<ProgressUpdate>> progress(const QString& activityUuid);

    Result<IndicatorReading> addReading(IndicatorReading reading);
    Result<QList<RecordRef>> deleteReading(const QString& uuid);
    Result<QList<IndicatorReading>> readings(const QString& activityUuid);

    // The fields as the journal and a FieldPatch see them, and a record read back from them (RecordEdits).
    static Fields fieldsOf(const ActionPlan& record);
    static ActionPlan planFromRow(const QSqlRecord& row);
    static Fields fieldsOf(const Activity& record);
    static Activity activityFromRow(const QSqlRecord& row);

private:
    Result<void> validate(const ActionPlan& plan);
    Result<void> validate(const Activity& activity);
    Result<void> validate(const ProgressUpdate& update);
    Result<void> writeConcerns(const ActionPlan& plan);
    Result<void> moveConcernsIntoPlan(const ActionPlan& before, const ActionPlan& after);
    /// Gives the activity the status of its latest live update; false when it has none (status untouched).
    Result<bool> followLatestProgress(const QString& activityUuid);
    Result<bool> isReference(const QString& uuid, ReferenceList list);
};

} // namespace hamkori
