#include "PlanRepository.h"
#include "../model/Formats.h"
#include "../model/StatusNotes.h"
#include "Codes.h"
#include "ConcernRepository.h"
#include "Rows.h"
#include "Uuids.h"

namespace hamkori {

namespace {

Fields planFields(const ActionPlan& p)
{
    return {{QStringLiteral("team"), p.teamUuid},
            {QStringLiteral("code"), p.code.trimmed()},
            {QStringLiteral("title"), p.title.trimmed()},
            {QStringLiteral("period_start"), p.periodStart},
            {QStringLiteral("period_end"), p.periodEnd},
            {QStringLiteral("objective"), p.objective.trimmed()},
            {QStringLiteral("adopted_meeting"), rows::reference(p.adoptedMeetingUuid)},
            {QStringLiteral("adopted_minutes"), p.adoptedMinutesNumber.trimmed()},
            {QStringLiteral("approver_name"), p.approverName.trimmed()},
            {QStringLiteral("approver_post"), p.approverPost.trimmed()},
            {QStringLiteral("status"), codeOf(p.status)},
            {QStringLiteral("agreer_name"), p.agreerName.trimmed()},
            {QStringLiteral("agreer_post"), p.agreerPost.trimmed()},
            {QStringLiteral("outgoing_number"), p.outgoingNumber.trimmed()},
            {QStringLiteral("ordinance_number"), p.ordinanceNumber.trimmed()},
            {QStringLiteral("ordinance_date"), p.ordinanceDate}};
}

ActionPlan readPlan(const QSqlRecord& row)
{
    ActionPlan p;
    p.meta = rows::meta(row);
    p.teamUuid = rows::text(row, "team");
    p.code = rows::text(row, "code");
    p.title = rows::text(row, "title");
    p.periodStart = rows::date(row, "period_start");
    p.periodEnd = rows::date(row, "period_end");
    p.objective = rows::text(row, "objective");
    p.adoptedMeetingUuid = rows::text(row, "adopted_meeting");
    p.adoptedMinutesNumber = rows::text(row, "adopted_minutes");
    p.approverName = rows::text(row, "approver_name");
    p.approverPost = rows::text(row, "approver_post");
    p.status = rows::enumValue(row, "status", PlanStatus::Draft);
    p.agreerName = rows::text(row, "agreer_name");
    p.agreerPost = rows::text(row, "agreer_post");
    p.outgoingNumber = rows::text(row, "outgoing_number");
    p.ordinanceNumber = rows::text(row, "ordinance_number");
    p.ordinanceDate = rows::date(row, "ordinance_date");
    return p;
}

Fields activityFields(const Activity& a)
{
    return {{QStringLiteral("plan"), a.planUuid},
            {QStringLiteral("position"), a.position},
            {QStringLiteral("measure"), a.measure.trimmed()},
            {QStringLiteral("lead_body"), a.leadBodyUuid},
            {QStringLiteral("partners"), a.partners.trimmed()},
            {QStringLiteral("start_date"), a.start},
            {QStringLiteral("deadline"), a.deadline},
            {QStringLiteral("resources"), a.resources.trimmed()},
            {QStringLiteral("funding_source"), rows::reference(a.fundingSourceUuid)},
            {QStringLiteral("amount"), a.amountSomoni},
            {QStringLiteral("output_indicator"), a.outputIndicator.trimmed()},
            {QStringLiteral("outcome_indicator"), a.outcomeIndicator.trimmed()},
            {QStringLiteral("outcome_baseline"), rows::optionalNumber(a.outcomeBaseline)},
            {QStringLiteral("outcome_target"), rows::optionalNumber(a.outcomeTarget)},
            {QStringLiteral("verification"), a.verification.trimmed()},
            {QStringLiteral("risks"), a.risks.trimmed()},
            {QStringLiteral("notes"), a.genderConflictNotes.trimmed()},
            {QStringLiteral("status"), codeOf(a.status)},
            {QStringLiteral("lead_organisation"), rows::reference(a.leadOrganisationUuid)}};
}

Activity readActivity(const QSqlRecord& row)
{
    Activity a;
    a.meta = rows::meta(row);
    a.planUuid = rows::text(row, "plan");
    a.position = row.value(QStringLiteral("position")).toInt();
    a.measure = rows::text(row, "measure");
    a.leadBodyUuid = rows::text(row, "lead_body");
    a.partners = rows::text(row, "partners");
    a.start = rows::date(row, "start_date");
    a.deadline = rows::date(row, "deadline");
    a.resources = rows::text(row, "resources");
    a.fundingSourceUuid = rows::text(row, "funding_source");
    a.amountSomoni = row.value(QStringLiteral("amount")).toDouble();
    a.outputIndicator = rows::text(row, "output_indicator");
    a.outcomeIndicator = rows::text(row, "outcome_indicator");
    a.outcomeBaseline = rows::optionalNumber(row, "outcome_baseline");
    a.outcomeTarget = rows::optionalNumber(row, "outcome_target");
    a.verification = rows::text(row, "verification");
    a.risks = rows::text(row, "risks");
    a.genderConflictNotes = rows::text(row, "notes");
    a.status = rows::enumValue(row, "status", ActivityStatus::Planned);
    a.leadOrganisationUuid = rows::text(row, "lead_organisation");
    return a;
}

Fields progressFields(const ProgressUpdate& u)
{
    Fields fields{{QStringLiteral("activity"), u.activityUuid},
                  {QStringLiteral("date"), u.date},
                  {QStringLiteral("status"), codeOf(u.status)},
                  {QStringLiteral("note"), u.note.trimmed()}};
    rows::appendCounts(fields, "reached_", u.reached);
    fields.append({QStringLiteral("reached_indirect"), u.reachedIndirectly});
    fields.append({QStringLiteral("spent"), u.spentSomoni});
    fields.append({QStringLiteral("event"), rows::reference(u.eventUuid)});
    fields.append({QStringLiteral("campaign"), rows::reference(u.campaignUuid)});
    return fields;
}

ProgressUpdate readProgress(const QSqlRecord& row)
{
    ProgressUpdate u;
    u.meta = rows::meta(row);
    u.activityUuid = rows::text(row, "activity");
    u.date = rows::date(row, "date");
    u.status = rows::enumValue(row, "status", ActivityStatus::InProgress);
    u.note = rows::text(row, "note");
    u.reached = rows::counts(row, "reached_");
    u.reachedIndirectly = row.value(QStringLiteral("reached_indirect")).toInt();
    u.spentSomoni = row.value(QStringLiteral("spent")).toDouble();
    u.eventUuid = rows::text(row, "event");
    u.campaignUuid = rows::text(row, "campaign");
    return u;
}

IndicatorReading readReading(const QSqlRecord& row)
{
    IndicatorReading r;
    r.meta = rows::meta(row);
    r.activityUuid = rows::text(row, "activity");
    r.date = rows::date(row, "date");
    r.value = row.value(QStringLiteral("value")).toDouble();
    r.note = rows::text(row, "note");
    return r;
}

} // namespace

Result<bool> PlanRepository::isReference(const QString& uuid, ReferenceList list)
{
    auto item = store().fetch(QStringLiteral("reference_item"), uuid);
    if (!item)
        return item.error();
    return !item->isEmpty() && item->value(QStringLiteral("deleted")).toInt() == 0 &&
           rows::text(*item, "list") == codeOf(list);
}

Result<void> PlanRepository::validate(const ActionPlan& plan)
{
    if (!exists("team", plan.teamUuid))
        return fieldError(QStringLiteral("team"), tr("Choose the team whose action plan this is."));
    if (plan.title.trimmed().isEmpty())
        return fieldError(QStringLiteral("title"), tr("Enter the title of the action plan."));
    if (plan.periodStart.isValid() && plan.periodEnd.isValid() && plan.periodEnd < plan.periodStart)
        return fieldError(QStringLiteral("period_end"),
                          tr("The plan period ends (%1) before it starts (%2).")
                              .arg(Formats::date(plan.periodEnd), Formats::date(plan.periodStart)));
    if (!plan.adoptedMeetingUuid.isEmpty() && !isMeetingOfTeam(plan.adoptedMeetingUuid, plan.teamUuid))
        return fieldError(QStringLiteral("meeting"),
                          tr("The plan must be adopted at a meeting of the same team."));
    if (auto free = checkCodeFree("plans", plan.code, plan.teamUuid, plan.meta.uuid); !free)
        return free;
    for (const QString& concern : plan.concernUuids) {
        auto row = store().fetch(QStringLiteral("concern"), concern);
        if (!row)
            return row.error();
        if (row->isEmpty() || row->value(QStringLiteral("deleted")).toInt() != 0 ||
            rows::text(*row, "team") != plan.teamUuid)
            return fieldError(QStringLiteral("concerns"),
                              tr("A plan can address only concerns of its own team."));
    }
    return {};
}

Result<void> PlanRepository::writeConcerns(const ActionPlan& plan)
{
    return syncAssociations(QStringLiteral("plan_concern"), QStringLiteral("plan_concerns"),
                            QStringLiteral("plan"), plan.meta.uuid, QStringLiteral("concern"),
                            plan.concernUuids, [&](int i) {
                                return Fields{{QStringLiteral("plan"), plan.meta.uuid},
                                              {QStringLiteral("concern"), plan.concernUuids[i]},
                                              {QStringLiteral("position"), i}};
                            });
}

Result<ActionPlan> PlanRepository::createPlan(ActionPlan plan)
{
    if (auto valid = validate(plan); !valid)
        return valid.error();
    plan.meta.uuid = newUuid();
    auto done = inTransaction([&]() -> Result<void> {
        if (plan.code.trimmed().isEmpty()) {
            auto team = store().fetch(QStringLiteral("team"), plan.teamUuid);
            if (!team)
                return team.error();
            const int year =
                plan.periodStart.isValid() ? plan.periodStart.year() : QDate::currentDate().year();
            auto code = codes::next(m_db.connection(), QStringLiteral("plans"), plan.teamUuid,
                                    codes::planPrefix(rows::text(*team, "code"), year), 2);
            if (!code)
                return code.error();
            plan.code = *code;
        }
        if (auto inserted = store().insert(QStringLiteral("plan"), plan.meta.uuid, planFields(plan));
            !inserted)
            return inserted;
        return writeConcerns(plan);
    });
    if (!done)
        return done.error();
    return this->plan(plan.meta.uuid);
}

Result<void> PlanRepository::updatePlan(const ActionPlan& plan)
{
    if (!exists("plan", plan.meta.uuid))
        return Error{tr("This action plan no longer exists; it may have been deleted."), {}};
    if (auto valid = validate(plan); !valid)
        return valid;
    auto before = this->plan(plan.meta.uuid);
    if (!before)
        return before.error();
    return inTransaction([&]() -> Result<void> {
        if (auto changed = store().update(QStringLiteral("plan"), plan.meta.uuid, planFields(plan)); !changed)
            return changed.error();
        if (auto written = writeConcerns(plan); !written)
            return written;
        return moveConcernsIntoPlan(*before, plan);
    });
}

Result<void> PlanRepository::moveConcernsIntoPlan(const ActionPlan& before, const ActionPlan& after)
{
    if (after.status != PlanStatus::Adopted)
        return {};
    // Adopting the plan moves every concern it addresses; an adopted plan moves only the concerns added
    // to it, so that a concern a person moved back by hand stays where they put it when the plan is edited.
    const bool adoptedNow = before.status != PlanStatus::Adopted;
    ConcernRepository concerns(m_db);
    for (const QString& uuid : after.concernUuids) {
        if (!adoptedNow && before.concernUuids.contains(uuid))
            continue;
        auto concern = concerns.concern(uuid);
        if (!concern)
            return concern.error();
        if (concern->status != ConcernStatus::Raised && concern->status != ConcernStatus::Analysed &&
            concern->status != ConcernStatus::Prioritised)
            continue; // already in a plan, resolved, closed or dropped
        if (auto moved =
                concerns.changeStatus(uuid, ConcernStatus::InPlan, QDate::currentDate(),
                                      statusnotes::write(statusnotes::Kind::AddressedByPlan, after.code));
            !moved)
            return moved;
    }
    return {};
}

Result<QList<RecordRef>> PlanRepository::deletePlan(const QString& uuid)
{
    return deleteRecord("plan", uuid, tr("This action plan no longer exists; it may have been deleted."));
}

Result<ActionPlan> PlanRepository::plan(const QString& uuid)
{
    auto plan = readOne<ActionPlan>("plan", uuid, readPlan,
                                    tr("This action plan no longer exists; it may have been deleted."));
    if (!plan)
        return plan;
    auto concerns =
        sql::run(m_db.connection(),
                 QStringLiteral("SELECT pc.concern FROM plan_concerns pc JOIN concerns c ON c.uuid = "
                                "pc.concern WHERE pc.plan = ? AND pc.deleted = 0 AND c.deleted = 0 "
                                "ORDER BY pc.position"),
                 {uuid});
    if (!concerns)
        return concerns.error();
    while (concerns->next())
        plan.value().concernUuids << concerns->value(0).toString();
    return plan;
}

Result<ActionPlan> PlanRepository::planByCode(const QString& code)
{
    // Two teams that share a code (made on two laptops) can have plans with one code: the code then names
    // neither, and the plan's id does.
    auto found = readList<std::pair<QString, QString>>(
        QStringLiteral(
            "SELECT p.uuid, t.name FROM plans p JOIN teams t ON t.uuid = p.team WHERE (p.code = ? OR "
            "p.uuid = ?) AND p.deleted = 0 ORDER BY t.name, p.uuid"),
        {code, code}, [](const QSqlRecord& row) {
            return std::pair{rows::text(row, "uuid"), rows::text(row, "name")};
        });
    if (!found)
        return found.error();
    if (found->isEmpty())
        return Error{tr("There is no action plan with the code %1.").arg(code), {}};
    if (found->size() > 1) {
        QStringList plans;
        for (const auto& [uuid, team] : *found)
            plans << tr("«%1», id %2").arg(team, uuid);
        return Error{
            tr("%n action plans have the code %1 (their teams share a code): %2. Name the plan by its "
               "id instead.",
               nullptr, int(found->size()))
                .arg(code, plans.join(QStringLiteral("; "))),
            {}};
    }
    return plan(found->first().first);
}

Result<std::optional<ActionPlan>> PlanRepository::latestPlan(const QString& teamUuid)
{
    // The creation stamp orders plans as they were made, on this laptop or another: the hybrid clock's text
    // sorts as its time.
    auto latest = readList<QString>(
        QStringLiteral(
            "SELECT uuid FROM plans WHERE team = ? AND deleted = 0 ORDER BY created_hlc DESC LIMIT 1"),
        {teamUuid}, [](const QSqlRecord& row) { return rows::text(row, "uuid"); });
    if (!latest)
        return latest.error();
    if (latest->isEmpty())
        return std::optional<ActionPlan>();
    auto found = plan(latest->first());
    if (!found)
        return found.error();
    return std::optional<ActionPlan>(*found);
}

Result<QList<ActionPlan>> PlanRepository::plans(const QString& teamUuid)
{
    auto headers = readList<QString>(
        QStringLiteral(
            "SELECT uuid FROM plans WHERE team = ? AND deleted = 0 ORDER BY period_start DESC, code DESC"),
        {teamUuid}, [](const QSqlRecord& row) { return rows::text(row, "uuid"); });
    if (!headers)
        return headers.error();
    QList<ActionPlan> full;
    for (const QString& uuid : *headers) {
        auto one = plan(uuid);
        if (!one)
            return one.error();
        full << *one;
    }
    return full;
}

Result<void> PlanRepository::validate(const Activity& activity)
{
    if (!exists("plan", activity.planUuid))
        return fieldError(QStringLiteral("plan"),
                          tr("This action plan no longer exists; it may have been deleted."));
    if (activity.measure.trimmed().isEmpty())
        return fieldError(QStringLiteral("measure"), tr("Describe the measure to be carried out."));
    auto lead = isReference(activity.leadBodyUuid, ReferenceList::LeadBody);
    if (!lead)
        return lead.error();
    if (!*lead)
        return fieldError(QStringLiteral("lead_body"), tr("Choose the lead body from the list."));
    if (!activity.fundingSourceUuid.isEmpty()) {
        auto funding = isReference(activity.fundingSourceUuid, ReferenceList::FundingSource);
        if (!funding)
            return funding.error();
        if (!*funding)
            return fieldError(QStringLiteral("funding_source"),
                              tr("Choose the funding source from the list."));
    }
    if (activity.start.isValid() && activity.deadline.isValid() && activity.deadline < activity.start)
        return fieldError(QStringLiteral("deadline"),
                          tr("The deadline (%1) is before the start (%2).")
                              .arg(Formats::date(activity.deadline), Formats::date(activity.start)));
    if (activity.amountSomoni < 0)
        return fieldError(QStringLiteral("amount"), tr("The amount in somoni cannot be negative."));
    if (!activity.leadOrganisationUuid.isEmpty() && !exists("organisation", activity.leadOrganisationUuid))
        return fieldError(QStringLiteral("lead_organisation"),
                          tr("The organisation chosen is no longer in the directory. Choose another one."));
    return {};
}

Result<Activity> PlanRepository::createActivity(Activity activity)
{
    if (auto valid = validate(activity); !valid)
        return valid.error();
    activity.meta.uuid = newUuid();
    auto done = inTransaction([&]() -> Result<void> {
        if (activity.position <= 0) {
            auto last = sql::scalar(
                m_db.connection(),
                QStringLiteral("SELECT MAX(position) FROM activities WHERE plan = ? AND deleted = 0"),
                {activity.planUuid});
            if (!last)
                return last.error();
            activity.position = last->toInt() + 1;
        }
        return store().insert(QStringLiteral("activity"), activity.meta.uuid, activityFields(activity));
    });
    if (!done)
        return done.error();
    return this->activity(activity.meta.uuid);
}

Result<void> PlanRepository::updateActivity(const Activity& activity)
{
    if (auto valid = validate(activity); !valid)
        return valid;
    return updateRecord("activity", activity.meta.uuid, activityFields(activity),
                        tr("This activity no longer exists; it may have been deleted."));
}

Result<QList<RecordRef>> PlanRepository::deleteActivity(const QString& uuid)
{
    return deleteRecord("activity", uuid, tr("This activity no longer exists; it may have been deleted."));
}

Result<Activity> PlanRepository::activity(const QString& uuid)
{
    return readOne<Activity>("activity", uuid, readActivity,
                             tr("This activity no longer exists; it may have been deleted."));
}

Result<QList<Activity>> PlanRepository::activities(const QString& planUuid)
{
    return readList<Activity>(
        QStringLiteral(
            "SELECT * FROM activities WHERE plan = ? AND deleted = 0 ORDER BY position, created_hlc"),
        {planUuid}, readActivity);
}

Result<void> PlanRepository::validate(const ProgressUpdate& update)
{
    if (!exists("activity", update.activityUuid))
        return fieldError(QStringLiteral("activity"),
                          tr("This activity no longer exists; it may have been deleted."));
    if (!update.date.isValid())
        return fieldError(QStringLiteral("date"), tr("Enter the date of the progress update as dd.MM.yyyy."));
    for (int i = 0; i < SexAgeCounts::kCells; ++i)
        if (update.reached.cell(i) < 0)
            return fieldError(QStringLiteral("reached"),
                              tr("The number of people reached cannot be negative."));
    if (update.reachedIndirectly < 0)
        return fieldError(QStringLiteral("reached_indirect"),
                          tr("The number of people reached cannot be negative."));
    if (update.spentSomoni < 0)
        return fieldError(QStringLiteral("spent"), tr("The money spent cannot be negative."));
    if (!update.eventUuid.isEmpty() && !update.campaignUuid.isEmpty())
        return fieldError(QStringLiteral("campaign"),
                          tr("A progress update is carried out by one event or one campaign, not both. "
                             "Choose one of them."));
    // The event or campaign must be the same team's: it travels in the team's bundles with the update.
    for (const auto& [column, uuid] : {std::pair{QStringLiteral("event"), update.eventUuid},
                                       std::pair{QStringLiteral("campaign"), update.campaignUuid}}) {
        if (uuid.isEmpty())
            continue;
        auto sameTeam = sql::scalar(
            m_db.connection(),
            QStringLiteral(
                "SELECT 1 FROM %1s x JOIN plans p ON p.team = x.team JOIN activities a ON a.plan = "
                "p.uuid WHERE x.uuid = ? AND x.deleted = 0 AND a.uuid = ?")
                .arg(column),
            {uuid, update.activityUuid});
        if (!sameTeam)
            return sameTeam.error();
        if (!sameTeam->isValid())
            return fieldError(column, column == u"event"
                                          ? tr("The event chosen is not one of this team's, or no longer "
                                               "exists. Choose another one.")
                                          : tr("The campaign chosen is not one of this team's, or no longer "
                                               "exists. Choose another one."));
    }
    return {};
}

Result<bool> PlanRepository::followLatestProgress(const QString& activityUuid)
{
    auto latest =
        sql::scalar(m_db.connection(),
                    QStringLiteral("SELECT status FROM progress_updates WHERE activity = ? AND deleted = 0 "
                                   "ORDER BY date DESC, created_hlc DESC LIMIT 1"),
                    {activityUuid});
    if (!latest)
        return latest.error();
    if (!latest->isValid())
        return false;
    auto changed =
        store().update(QStringLiteral("activity"), activityUuid, {{QStringLiteral("status"), *latest}});
    if (!changed)
        return changed.error();
    return true;
}

Result<ProgressUpdate> PlanRepository::addProgress(ProgressUpdate update)
{
    if (auto valid = validate(update); !valid)
        return valid.error();
    update.meta.uuid = newUuid();
    auto done = inTransaction([&]() -> Result<void> {
        if (auto inserted =
                store().insert(QStringLiteral("progress_update"), update.meta.uuid, progressFields(update));
            !inserted)
            return inserted;
        auto followed = followLatestProgress(update.activityUuid);
        return followed ? Result<void>() : Result<void>(followed.error());
    });
    if (!done)
        return done.error();
    return readOne<ProgressUpdate>("progress_update", update.meta.uuid, readProgress,
                                   tr("This progress update no longer exists; it may have been deleted."));
}

Result<void> PlanRepository::updateProgress(const ProgressUpdate& update)
{
    if (!exists("progress_update", update.meta.uuid))
        return Error{tr("This progress update no longer exists; it may have been deleted."), {}};
    if (auto valid = validate(update); !valid)
        return valid;
    return inTransaction([&]() -> Result<void> {
        if (auto changed =
                store().update(QStringLiteral("progress_update"), update.meta.uuid, progressFields(update));
            !changed)
            return changed.error();
        auto followed = followLatestProgress(update.activityUuid);
        return followed ? Result<void>() : Result<void>(followed.error());
    });
}

Result<QList<RecordRef>> PlanRepository::deleteProgress(const QString& uuid,
                                                        std::optional<ActivityStatus> statusWithoutProgress)
{
    auto row = store().fetch(QStringLiteral("progress_update"), uuid);
    if (!row)
        return row.error();
    if (row->isEmpty() || row->value(QStringLiteral("deleted")).toInt() != 0)
        return Error{tr("This progress update no longer exists; it may have been deleted."), {}};
    const QString activityUuid = rows::text(*row, "activity");
    QList<RecordRef> deleted;
    auto done = inTransaction([&]() -> Result<void> {
        auto removed = store().deleteWithDependents(QStringLiteral("progress_update"), uuid);
        if (!removed)
            return removed.error();
        deleted = *removed;
        auto followed = followLatestProgress(activityUuid);
        if (!followed)
            return followed.error();
        if (*followed || !statusWithoutProgress)
            return {};
        auto changed = store().update(QStringLiteral("activity"), activityUuid,
                                      {{QStringLiteral("status"), codeOf(*statusWithoutProgress)}});
        return changed ? Result<void>() : Result<void>(changed.error());
    });
    if (!done)
        return done.error();
    return deleted;
}

Result<void> PlanRepository::restoreProgress(const QList<RecordRef>& records)
{
    return inTransaction([&]() -> Result<void> {
        if (auto restored = store().restore(records); !restored)
            return restored;
        QStringList activities;
        for (const RecordRef& record : records) {
            if (record.kind != u"progress_update")
                continue;
            auto row = store().fetch(record.kind, record.uuid);
            if (!row)
                return row.error();
            const QString activityUuid = rows::text(*row, "activity");
            if (!activityUuid.isEmpty() && !activities.contains(activityUuid))
                activities.append(activityUuid);
        }
        for (const QString& activityUuid : activities)
            if (auto followed = followLatestProgress(activityUuid); !followed)
                return followed.error();
        return {};
    });
}

Result<QList<ProgressUpdate>> PlanRepository::progress(const QString& activityUuid)
{
    return readList<ProgressUpdate>(
        QStringLiteral(
            "SELECT * FROM progress_updates WHERE activity = ? AND deleted = 0 ORDER BY date, created_hlc"),
        {activityUuid}, readProgress);
}

Result<IndicatorReading> PlanRepository::addReading(IndicatorReading reading)
{
    if (!exists("activity", reading.activityUuid))
        return fieldError(QStringLiteral("activity"),
                          tr("This activity no longer exists; it may have been deleted."));
    if (!reading.date.isValid())
        return fieldError(QStringLiteral("date"), tr("Enter the date of the reading as dd.MM.yyyy."));
    reading.meta.uuid = newUuid();
    auto done = inTransaction([&] {
        return store().insert(QStringLiteral("indicator_reading"), reading.meta.uuid,
                              {{QStringLiteral("activity"), reading.activityUuid},
                               {QStringLiteral("date"), reading.date},
                               {QStringLiteral("value"), reading.value},
                               {QStringLiteral("note"), reading.note.trimmed()}});
    });
    if (!done)
        return done.error();
    return readOne<IndicatorReading>(
        "indicator_reading", reading.meta.uuid, readReading,
        tr("This indicator reading no longer exists; it may have been deleted."));
}

Result<QList<RecordRef>> PlanRepository::deleteReading(const QString& uuid)
{
    return deleteRecord("indicator_reading", uuid,
                        tr("This indicator reading no longer exists; it may have been deleted."));
}

Result<QList<IndicatorReading>> PlanRepository::readings(const QString& activityUuid)
{
    return readList<IndicatorReading>(
        QStringLiteral(
            "SELECT * FROM indicator_readings WHERE activity = ? AND deleted = 0 ORDER BY date, created_hlc"),
        {activityUuid}, readReading);
}

Fields PlanRepository::fieldsOf(const ActionPlan& record)
{
    return planFields(record);
}

ActionPlan PlanRepository::planFromRow(const QSqlRecord& row)
{
    return readPlan(row);
}

Fields PlanRepository::fieldsOf(const Activity& record)
{
    return activityFields(record);
}

Activity PlanRepository::activityFromRow(const QSqlRecord& row)
{
    return readActivity(row);
}

} // namespace hamkori
