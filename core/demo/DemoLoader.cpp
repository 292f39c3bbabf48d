#include "DemoLoader.h"
#include "../model/PersonName.h"
#include "../storage/ConcernRepository.h"
#include "../storage/MeetingRepository.h"
#include "../storage/PlanRepository.h"
#include "../storage/PrioritisationRepository.h"
#include "../storage/ReferenceRepository.h"
#include "../storage/TeamRepository.h"
#include "DirectoryLoader.h"
#include "EventsLoader.h"
#include "JsonReader.h"
#include "Signatories.h"
#include "SurveysLoader.h"
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRandomGenerator>

namespace hamkori::demo {

namespace {

// The demo's story ends just before today's date of its writing; no record is dated after it.
const QDate kLastDay(2026, 11, 20);

class Messages
{
    Q_DECLARE_TR_FUNCTIONS(Demo)
public:
    static QString missing() { return tr("The demo data is missing from the program. Reinstall Hamkori."); }
    static QString broken(const QString& detail)
    {
        return tr("The demo data in the program is damaged (%1). Reinstall Hamkori.").arg(detail);
    }
    static QString inTeam(const QString& team, const QString& detail)
    {
        return tr("The demo team %1 could not be loaded: %2").arg(team, detail);
    }
};

/// Loads one team of the demo file; every record goes through the repositories, so it is validated and
/// journaled like a user's edit.
class TeamLoader
{
public:
    TeamLoader(Database& db, const JsonReader& team, LoadReport& report)
        : m_db(db), m_json(team), m_report(report), m_references(db)
    {
    }

    Result<void> load()
    {
        for (auto step : {&TeamLoader::loadTeam, &TeamLoader::loadMembers, &TeamLoader::loadMeetings,
                          &TeamLoader::loadConcerns, &TeamLoader::loadRound, &TeamLoader::loadPlan,
                          &TeamLoader::finishStatuses})
            if (auto done = (this->*step)(); !done)
                return done;
        return {};
    }

    /// The team as loaded, for the directory file's records that name it.
    LoadedTeam loaded() const
    {
        LoadedTeam team{m_team.meta.uuid, {}, m_concerns, m_plan, m_activities};
        for (const Meeting& meeting : m_meetings)
            team.meetings << meeting.meta.uuid;
        return team;
    }

private:
    Result<QString> reference(ReferenceList list, const QString& code)
    {
        auto item = m_references.itemByCode(list, code);
        if (!item)
            return item.error();
        return item->meta.uuid;
    }

    template <typename E> E enumOf(const JsonReader& json, const char* key, E fallback)
    {
        return enumFromCode<E>(json.text(key)).value_or(fallback);
    }

    static SexAgeCounts counts(const JsonReader& json)
    {
        SexAgeCounts result;
        for (int i = 0; i < SexAgeCounts::kCells; ++i)
            result.setCell(i, json.integer(SexAgeCounts::cellCodes()[std::size_t(i)]));
        return result;
    }

    Result<void> loadTeam()
    {
        auto district = m_references.findPlace(m_json.text("district"));
        if (!district)
            return district.error();
        Team team;
        team.name = m_json.text("name");
        team.code = m_json.text("code");
        team.districtUuid = district->meta.uuid;
        team.jamoat = m_json.text("jamoat");
        team.address = m_json.text("address");
        team.established = m_json.date("established");
        team.kind = enumOf(m_json, "kind", GroupKind::PartnershipTeam);
        auto created = TeamRepository(m_db).createTeam(team);
        if (!created)
            return created.error();
        m_team = *created;
        ++m_report.teams;
        return {};
    }

    Result<void> loadMembers()
    {
        TeamRepository teams(m_db);
        for (const JsonReader& json : m_json.array("members")) {
            Member member;
            member.teamUuid = m_team.meta.uuid;
            member.name = json.text("name");
            member.category = enumOf(json, "category", MemberCategory::Other);
            member.sex = enumOf(json, "sex", Sex::Female);
            member.ageBand = enumOf(json, "age", AgeBand::From30To49);
            member.organisation = json.text("organisation");
            member.post = json.text("post");
            member.phone = json.text("phone");
            member.joined = json.date("joined");
            member.left = json.date("left");
            auto created = teams.createMember(member);
            if (!created)
                return created.error();
            m_members << created->meta.uuid;
            m_memberRecords << *created;
            ++m_report.members;
        }
        return {};
    }

    Result<void> loadMeetings()
    {
        MeetingRepository meetings(m_db);
        for (const JsonReader& json : m_json.array("meetings")) {
            Meeting meeting;
            meeting.teamUuid = m_team.meta.uuid;
            meeting.kind = enumOf(json, "kind", MeetingKind::Regular);
            meeting.date = json.date("date");
            meeting.place = json.text("place");
            meeting.facilitator = json.text("facilitator");
            meeting.minutesNumber = json.text("minutes_number");
            meeting.agenda = json.text("agenda");
            meeting.minutes = json.text("minutes");
            meeting.decisions = json.text("decisions");
            meeting.guests = counts(json.object("guests"));
            QList<Member> present;
            for (int index : json.integers("present"))
                if (index >= 0 && index < m_memberRecords.size())
                    present << m_memberRecords[index];
            const MeetingOfficers officers = meetingOfficers(present, meeting.facilitator);
            meeting.chair = officers.chair;
            meeting.secretary = officers.secretary;
            auto created = meetings.createMeeting(meeting);
            if (!created)
                return created.error();
            m_meetings << *created;
            for (int index : json.integers("present"))
                if (index >= 0 && index < m_members.size())
                    if (auto marked = meetings.setPresent(created->meta.uuid, m_members[index], true);
                        !marked)
                        return marked;
            ++m_report.meetings;
        }
        return {};
    }

    QString meetingAt(int index) const
    {
        return index >= 0 && index < m_meetings.size() ? m_meetings[index].meta.uuid : QString();
    }
    QDate meetingDate(int index) const
    {
        return index >= 0 && index < m_meetings.size() ? m_meetings[index].date : QDate();
    }

    Result<void> loadConcerns()
    {
        ConcernRepository concerns(m_db);
        for (const JsonReader& json : m_json.array("concerns")) {
            Concern concern;
            concern.teamUuid = m_team.meta.uuid;
            concern.title = json.text("title");
            concern.description = json.text("description");
            auto category = reference(ReferenceList::Category, json.text("category"));
            if (!category)
                return category.error();
            concern.categoryUuid = *category;
            concern.place = json.text("place");
            concern.raisedBy = enumOf(json, "raised_by", RaisedBy::Mixed);
            concern.firstMeetingUuid = meetingAt(json.integer("meeting", -1));
            concern.firstRaised = meetingDate(json.integer("meeting", -1));
            concern.source = enumOf(json, "source", ConcernSource::CommunityConsultation);
            concern.frequency = enumOf(json, "frequency", Frequency::Unknown);
            concern.restricted = json.boolean("restricted");
            concern.causes = json.texts("causes");
            concern.effects = json.texts("effects");
            const JsonReader triangle = json.object("triangle");
            concern.triangle = {triangle.text("offender"), triangle.text("victim"),
                                triangle.text("place"),    triangle.text("handler"),
                                triangle.text("guardian"), triangle.text("manager")};
            concern.genderNotes = json.text("gender_notes");
            concern.conflictRisk = enumOf(json, "conflict_risk", ConflictRisk::NotAssessed);
            concern.conflictMitigation = json.text("mitigation");
            if (const JsonReader baseline = json.object("baseline"); !baseline.isEmpty()) {
                concern.baselineValue = baseline.number("value");
                concern.baselineDescription = baseline.text("description");
                concern.baselineDate = baseline.date("date");
            }
            auto created = concerns.createConcern(concern);
            if (!created)
                return created.error();
            m_concerns << created->meta.uuid;
            ++m_report.concerns;

            QStringList drivers;
            for (const QString& code : json.texts("drivers")) {
                auto driver = reference(ReferenceList::Driver, code);
                if (!driver)
                    return driver.error();
                drivers << *driver;
            }
            if (auto set = concerns.setDrivers(created->meta.uuid, drivers); !set)
                return set;
            // Analysed a few weeks after it was raised; the rest of its way comes after the round and the
            // plan.
            const auto status =
                enumFromCode<ConcernStatus>(json.text("status")).value_or(ConcernStatus::Raised);
            if (status != ConcernStatus::Raised)
                if (auto moved =
                        concerns.changeStatus(created->meta.uuid, ConcernStatus::Analysed,
                                              std::min(concern.firstRaised.addDays(21), kLastDay), {});
                    !moved)
                    return moved;
            m_finalNote << json.text("status_note");
            m_finalStatus << status;
        }
        ConcernRepository links(m_db);
        for (const JsonReader& json : m_json.array("links")) {
            const int from = json.integer("from", -1), to = json.integer("to", -1);
            if (from < 0 || to < 0 || from >= m_concerns.size() || to >= m_concerns.size())
                continue;
            auto linked = links.addLink(m_concerns[from], m_concerns[to],
                                        enumOf(json, "kind", LinkKind::CoOccurs), json.text("note"));
            if (!linked)
                return linked.error();
        }
        return {};
    }

    QStringList concernsAt(const QList<int>& indices) const
    {
        QStringList uuids;
        for (int index : indices)
            if (index >= 0 && index < m_concerns.size() && !uuids.contains(m_concerns[index]))
                uuids << m_concerns[index];
        return uuids;
    }

    Result<void> loadRound()
    {
        const JsonReader json = m_json.object("round");
        if (json.isEmpty())
            return {};
        PrioritisationRepository rounds(m_db);
        PrioritisationRound round;
        round.teamUuid = m_team.meta.uuid;
        round.meetingUuid = meetingAt(json.integer("meeting", -1));
        round.date = meetingDate(json.integer("meeting", -1));
        round.title = json.text("title");
        round.concernUuids = concernsAt(json.integers("concerns"));
        auto created = rounds.createRound(round);
        if (!created)
            return created.error();
        ++m_report.rounds;

        // Believable scores: each group scores the concerns it cares about higher.
        QRandomGenerator random(qHash(m_team.code));
        const JsonReader bias = json.object("bias");
        for (const QString& concern : created->concernUuids)
            for (const RoundCriterion& criterion : created->criteria)
                for (ParticipantGroup group : {ParticipantGroup::Women, ParticipantGroup::Men,
                                               ParticipantGroup::Youth, ParticipantGroup::Authorities}) {
                    const bool favoured =
                        concernsAt(bias.integers(codeOf(group).toLatin1().constData())).contains(concern);
                    const int value = std::clamp(int(random.bounded(2, 5)) + (favoured ? 1 : 0) -
                                                     (random.bounded(4) == 0 ? 1 : 0),
                                                 1, 5);
                    if (auto scored = rounds.setScore(created->meta.uuid, concern, criterion.criterionUuid,
                                                      group, value);
                        !scored)
                        return scored;
                }
        return rounds.decide(created->meta.uuid, concernsAt(json.integers("chosen")), json.text("note"),
                             round.date);
    }

    Result<void> loadPlan()
    {
        const JsonReader json = m_json.object("plan");
        if (json.isEmpty())
            return {};
        PlanRepository plans(m_db);
        ActionPlan plan;
        plan.teamUuid = m_team.meta.uuid;
        plan.title = json.text("title");
        plan.periodStart = json.date("period_start");
        plan.periodEnd = json.date("period_end");
        plan.objective = json.text("objective");
        plan.adoptedMeetingUuid = meetingAt(json.integer("meeting", -1));
        plan.adoptedMinutesNumber = json.text("minutes_number");
        plan.approverName = json.text("approver_name");
        plan.approverPost = json.text("approver_post");
        // Agreed by the district police chief: the team's own when it has one, else the demo's.
        if (const auto chief = districtPoliceChief(m_memberRecords)) {
            plan.agreerName = initialsAndSurname(chief->name);
            plan.agreerPost = chief->post;
        } else {
            plan.agreerName = json.text("agreer_name");
            plan.agreerPost = json.text("agreer_post");
        }
        plan.outgoingNumber = json.text("outgoing_number");
        plan.ordinanceNumber = json.text("ordinance_number");
        plan.ordinanceDate = json.date("ordinance_date");
        plan.status = enumOf(json, "status", PlanStatus::Adopted);
        plan.concernUuids = concernsAt(json.integers("concerns"));
        auto created = plans.createPlan(plan);
        if (!created)
            return created.error();
        m_plan = created->meta.uuid;
        ++m_report.plans;
        if (auto moved = movePlannedConcerns(plan.concernUuids, meetingDate(json.integer("meeting", -1)));
            !moved)
            return moved;
        for (const JsonReader& item : json.array("activities"))
            if (auto added = loadActivity(created->meta.uuid, item); !added)
                return added;
        return {};
    }

    Result<void> movePlannedConcerns(const QStringList& concernUuids, QDate adopted)
    {
        ConcernRepository concerns(m_db);
        for (const QString& uuid : concernUuids) {
            auto current = concerns.concern(uuid);
            if (!current)
                return current.error();
            if (current->status == ConcernStatus::Prioritised && adopted.isValid())
                if (auto moved = concerns.changeStatus(uuid, ConcernStatus::InPlan, adopted, {}); !moved)
                    return moved;
        }
        return {};
    }

    /// Brings every concern to the status the demo gives it, dated after everything else that happened to it.
    Result<void> finishStatuses()
    {
        ConcernRepository concerns(m_db);
        for (int i = 0; i < m_concerns.size(); ++i) {
            auto current = concerns.concern(m_concerns[i]);
            if (!current)
                return current.error();
            if (current->status == m_finalStatus[i])
                continue;
            auto history = concerns.statusHistory(m_concerns[i]);
            if (!history)
                return history.error();
            const QDate last = history->isEmpty() ? current->firstRaised : history->last().date;
            if (auto moved = concerns.changeStatus(m_concerns[i], m_finalStatus[i],
                                                   std::min(last.addDays(45), kLastDay), m_finalNote[i]);
                !moved)
                return moved;
        }
        return {};
    }

    Result<void> loadActivity(const QString& planUuid, const JsonReader& json)
    {
        PlanRepository plans(m_db);
        Activity activity;
        activity.planUuid = planUuid;
        activity.measure = json.text("measure");
        auto lead = reference(ReferenceList::LeadBody, json.text("lead_body"));
        if (!lead)
            return lead.error();
        activity.leadBodyUuid = *lead;
        activity.partners = json.text("partners");
        activity.start = json.date("start");
        activity.deadline = json.date("deadline");
        activity.resources = json.text("resources");
        if (!json.text("funding_source").isEmpty()) {
            auto funding = reference(ReferenceList::FundingSource, json.text("funding_source"));
            if (!funding)
                return funding.error();
            activity.fundingSourceUuid = *funding;
        }
        activity.amountSomoni = json.number("amount").value_or(0);
        activity.outputIndicator = json.text("output_indicator");
        activity.outcomeIndicator = json.text("outcome_indicator");
        activity.outcomeBaseline = json.number("baseline");
        activity.outcomeTarget = json.number("target");
        activity.verification = json.text("verification");
        activity.risks = json.text("risks");
        activity.genderConflictNotes = json.text("notes");
        activity.status = enumOf(json, "status", ActivityStatus::Planned);
        auto created = plans.createActivity(activity);
        if (!created)
            return created.error();
        m_activities << created->meta.uuid;
        ++m_report.activities;
        for (const JsonReader& item : json.array("updates")) {
            ProgressUpdate update;
            update.activityUuid = created->meta.uuid;
            update.date = item.date("date");
            update.status = enumOf(item, "status", ActivityStatus::InProgress);
            update.note = item.text("note");
            update.reached = counts(item.object("reached"));
            update.reachedIndirectly = item.integer("indirect");
            update.spentSomoni = item.number("spent").value_or(0);
            if (auto added = plans.addProgress(update); !added)
                return added.error();
            ++m_report.updates;
        }
        // The activity's own status is the demo's word, whatever its last update said.
        if (auto reread = plans.activity(created->meta.uuid); reread && reread->status != activity.status) {
            Activity restored = *reread;
            restored.status = activity.status;
            if (auto updated = plans.updateActivity(restored); !updated)
                return updated;
        }
        for (const JsonReader& item : json.array("readings")) {
            IndicatorReading reading;
            reading.activityUuid = created->meta.uuid;
            reading.date = item.date("date");
            reading.value = item.number("value").value_or(0);
            if (auto added = plans.addReading(reading); !added)
                return added.error();
        }
        return {};
    }

    Database& m_db;
    const JsonReader& m_json;
    LoadReport& m_report;
    ReferenceRepository m_references;
    Team m_team;
    QString m_plan;
    QStringList m_activities;
    QStringList m_members;
    QList<Member> m_memberRecords; // the same members, in the same order
    QList<Meeting> m_meetings;
    QStringList m_concerns;
    QList<ConcernStatus> m_finalStatus;
    QStringList m_finalNote;
};

} // namespace

Result<LoadReport> loadDemo(Database& db, const std::function<void(int, int)>& progress)
{
    QFile file(QStringLiteral(":/hamkori/demo/demo.json"));
    if (!file.open(QIODevice::ReadOnly))
        return Error{Messages::missing(), {}};
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(file.readAll(), &parseError);
    if (document.isNull())
        return Error{Messages::broken(parseError.errorString()), {}};
    const QList<JsonReader> teams = JsonReader(document.object()).array("teams");
    if (teams.isEmpty())
        return Error{Messages::broken(QStringLiteral("no teams")), {}};

    LoadReport report;
    QHash<QString, LoadedTeam> loadedTeams;
    TeamRepository existing(db);
    for (int i = 0; i < teams.size(); ++i) {
        const QString code = teams[i].text("code");
        if (existing.teamByCode(code)) {
            report.skippedTeams << code;
            continue;
        }
        // One transaction per team: a team is loaded completely or not at all.
        Transaction transaction(db);
        TeamLoader loader(db, teams[i], report);
        if (auto loaded = loader.load(); !loaded)
            return Error{Messages::inTeam(code, loaded.errorMessage()), {}};
        loadedTeams.insert(code, loader.loaded());
        if (auto committed = transaction.commit(); !committed)
            return committed.error();
        if (progress)
            progress(i + 1, int(teams.size()));
    }
    auto directory = loadDirectory(db, loadedTeams);
    if (!directory)
        return directory.error();
    report.directory = *directory;
    auto events = loadEvents(db, loadedTeams);
    if (!events)
        return events.error();
    report.events = *events;
    auto surveys = loadSurveys(db, loadedTeams);
    if (!surveys)
        return surveys.error();
    report.surveys = *surveys;
    return report;
}

} // namespace hamkori::demo
