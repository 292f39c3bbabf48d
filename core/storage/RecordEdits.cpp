#include "RecordEdits.h"
#include "CampaignRepository.h"
#include "CentreRepository.h"
#include "CommitmentRepository.h"
#include "ConcernRepository.h"
#include "DirectoryRepository.h"
#include "EventRepository.h"
#include "MeetingRepository.h"
#include "PlanRepository.h"
#include "PrioritisationRepository.h"
#include "ReferenceRepository.h"
#include "SurveyRepository.h"
#include "TeamRepository.h"
#include <QSqlField>

namespace hamkori {

namespace {

const QString kPlanConcerns = QStringLiteral("concerns");
const QString kRoundCriteria = QStringLiteral("criteria");
const QString kRoundConcerns = QStringLiteral("concerns");
const QString kRoundChosen = QStringLiteral("chosen");
const QString kOrganisationDistricts = QStringLiteral("districts");
const QString kOrganisationExpertise = QStringLiteral("expertise");
const QString kCentreGroups = QStringLiteral("groups");
// Not "organisers": that is the column of the organisers as written.
const QString kEventOrganisations = QStringLiteral("organisations");
const QString kEventConcerns = QStringLiteral("concerns");
const QString kCampaignChannels = QStringLiteral("channels");
const QString kCampaignConcerns = QStringLiteral("concerns");
const QString kSurveyConcerns = QStringLiteral("concerns");

QString joined(const QStringList& uuids)
{
    return uuids.join(QLatin1Char(','));
}

QStringList split(const QVariant& value)
{
    return value.toString().split(QLatin1Char(','), Qt::SkipEmptyParts);
}

QString criteriaText(const QList<RoundCriterion>& criteria)
{
    QStringList parts;
    for (const RoundCriterion& criterion : criteria)
        parts << criterion.criterionUuid + QLatin1Char('=') + QString::number(criterion.weight, 'g', 17);
    return parts.join(QLatin1Char(';'));
}

QList<RoundCriterion> criteriaFrom(const QVariant& value)
{
    QList<RoundCriterion> criteria;
    for (const QString& part : value.toString().split(QLatin1Char(';'), Qt::SkipEmptyParts))
        criteria.append({part.section(QLatin1Char('='), 0, 0), part.section(QLatin1Char('='), 1).toDouble()});
    return criteria;
}

// A record's fields, association lists included.
Fields allFields(const ActionPlan& plan)
{
    return PlanRepository::fieldsOf(plan) + Fields{{kPlanConcerns, joined(plan.concernUuids)}};
}
Fields allFields(const PrioritisationRound& round)
{
    return PrioritisationRepository::fieldsOf(round) +
           Fields{{kRoundCriteria, criteriaText(round.criteria)},
                  {kRoundConcerns, joined(round.concernUuids)},
                  {kRoundChosen, joined(round.chosenConcernUuids)}};
}
Fields allFields(const Organisation& organisation)
{
    return DirectoryRepository::fieldsOf(organisation) +
           Fields{{kOrganisationDistricts, joined(organisation.districtUuids)},
                  {kOrganisationExpertise, joined(organisation.expertiseUuids)}};
}
Fields allFields(const Centre& centre)
{
    return CentreRepository::fieldsOf(centre) + Fields{{kCentreGroups, joined(centre.teamUuids)}};
}
Fields allFields(const Event& event)
{
    return EventRepository::fieldsOf(event) + Fields{{kEventOrganisations, joined(event.organisationUuids)},
                                                     {kEventConcerns, joined(event.concernUuids)}};
}
Fields allFields(const Campaign& campaign)
{
    return CampaignRepository::fieldsOf(campaign) +
           Fields{{kCampaignChannels, joined(campaign.channels)},
                  {kCampaignConcerns, joined(campaign.concernUuids)}};
}
Fields allFields(const Survey& survey)
{
    return SurveyRepository::fieldsOf(survey) + Fields{{kSurveyConcerns, joined(survey.concernUuids)}};
}
template <class T> Fields allFields(const T& record)
{
    if constexpr (std::is_same_v<T, Service> || std::is_same_v<T, Referral>)
        return DirectoryRepository::fieldsOf(record);
    else if constexpr (std::is_same_v<T, Equipment> || std::is_same_v<T, CentreVisit>)
        return CentreRepository::fieldsOf(record);
    else if constexpr (std::is_same_v<T, Commitment>)
        return CommitmentRepository::fieldsOf(record);
    else if constexpr (std::is_same_v<T, CampaignMaterial>)
        return CampaignRepository::fieldsOf(record);
    else if constexpr (std::is_same_v<T, SurveyQuestion> || std::is_same_v<T, SurveyResponse> ||
                       std::is_same_v<T, SurveyTally>)
        return SurveyRepository::fieldsOf(record);
    else if constexpr (std::is_same_v<T, EventParticipant> || std::is_same_v<T, EventCount> ||
                       std::is_same_v<T, Trainer> || std::is_same_v<T, TestScore> ||
                       std::is_same_v<T, FeedbackSheet> || std::is_same_v<T, FollowUp>)
        return EventRepository::fieldsOf<T>(record);
    else if constexpr (std::is_same_v<T, Activity>)
        return PlanRepository::fieldsOf(record);
    else if constexpr (std::is_same_v<T, Concern>)
        return ConcernRepository::fieldsOf(record);
    else if constexpr (std::is_same_v<T, Meeting>)
        return MeetingRepository::fieldsOf(record);
    else if constexpr (std::is_same_v<T, Team> || std::is_same_v<T, Member>)
        return TeamRepository::fieldsOf(record);
    else
        return ReferenceRepository::fieldsOf(record);
}

const Fields::value_type* find(const Fields& fields, const QString& column)
{
    for (const auto& field : fields)
        if (field.first == column)
            return &field;
    return nullptr;
}

/// The row a repository reads a record from: these fields and the record's own stamps.
QSqlRecord rowOf(const Fields& fields, const RecordMeta& meta)
{
    QSqlRecord row;
    auto add = [&row](const QString& column, const QVariant& value) {
        row.append(QSqlField(column));
        row.setValue(column, value);
    };
    add(QStringLiteral("uuid"), meta.uuid);
    add(QStringLiteral("created_hlc"), meta.createdHlc);
    add(QStringLiteral("modified_hlc"), meta.modifiedHlc);
    add(QStringLiteral("device"), meta.device);
    add(QStringLiteral("deleted"), meta.deleted ? 1 : 0);
    for (const auto& [column, value] : fields)
        add(column, value);
    return row;
}

/// Re-reads, lays the patch over the stored fields, reads the record back from them and writes it.
template <class T>
Result<void> overlayAndWrite(const FieldPatch& patch, const Result<T>& current,
                             const std::function<T(const QSqlRecord&)>& fromRow,
                             const std::function<void(T& next, const Fields& fields)>& lists,
                             const std::function<Result<void>(const T&)>& write)
{
    if (!current)
        return current.error();
    Fields fields = allFields(*current);
    for (const FieldChange& change : patch.changes) {
        auto it = std::find_if(fields.begin(), fields.end(),
                               [&](const auto& field) { return field.first == change.column; });
        if (it == fields.end())
            return Error{RecordEdits::tr("A change was refused: records of this kind have no field «%1».")
                             .arg(change.column),
                         {}};
        it->second = change.to;
    }
    T next = fromRow(rowOf(fields, current->meta));
    next.meta = current->meta;
    if (lists)
        lists(next, fields);
    return write(next);
}

template <class Record> FieldPatch patchOf(const char* kind, const Record& before, const Record& after)
{
    return FieldPatch::between(QString::fromLatin1(kind), before.meta.uuid, allFields(before),
                               allFields(after));
}

} // namespace

FieldPatch RecordEdits::patch(const ActionPlan& before, const ActionPlan& after)
{
    return patchOf("plan", before, after);
}
FieldPatch RecordEdits::patch(const Activity& before, const Activity& after)
{
    return patchOf("activity", before, after);
}
FieldPatch RecordEdits::patch(const Concern& before, const Concern& after)
{
    return patchOf("concern", before, after);
}
FieldPatch RecordEdits::patch(const GazetteerEntry& before, const GazetteerEntry& after)
{
    return patchOf("gazetteer", before, after);
}
FieldPatch RecordEdits::patch(const Meeting& before, const Meeting& after)
{
    return patchOf("meeting", before, after);
}
FieldPatch RecordEdits::patch(const Member& before, const Member& after)
{
    return patchOf("member", before, after);
}
FieldPatch RecordEdits::patch(const PrioritisationRound& before, const PrioritisationRound& after)
{
    return patchOf("round", before, after);
}
FieldPatch RecordEdits::patch(const ReferenceItem& before, const ReferenceItem& after)
{
    return patchOf("reference_item", before, after);
}
FieldPatch RecordEdits::patch(const Team& before, const Team& after)
{
    return patchOf("team", before, after);
}
FieldPatch RecordEdits::patch(const Organisation& before, const Organisation& after)
{
    return patchOf("organisation", before, after);
}
FieldPatch RecordEdits::patch(const Service& before, const Service& after)
{
    return patchOf("service", before, after);
}
FieldPatch RecordEdits::patch(const Referral& before, const Referral& after)
{
    return patchOf("referral", before, after);
}
FieldPatch RecordEdits::patch(const Centre& before, const Centre& after)
{
    return patchOf("centre", before, after);
}
FieldPatch RecordEdits::patch(const Equipment& before, const Equipment& after)
{
    return patchOf("equipment", before, after);
}
FieldPatch RecordEdits::patch(const CentreVisit& before, const CentreVisit& after)
{
    return patchOf("centre_visit", before, after);
}
FieldPatch RecordEdits::patch(const Commitment& before, const Commitment& after)
{
    return patchOf("commitment", before, after);
}

FieldPatch RecordEdits::patch(const Event& before, const Event& after)
{
    return patchOf("event", before, after);
}
FieldPatch RecordEdits::patch(const EventParticipant& before, const EventParticipant& after)
{
    return patchOf("event_participant", before, after);
}
FieldPatch RecordEdits::patch(const EventCount& before, const EventCount& after)
{
    return patchOf("event_count", before, after);
}
FieldPatch RecordEdits::patch(const Trainer& before, const Trainer& after)
{
    return patchOf("event_trainer", before, after);
}
FieldPatch RecordEdits::patch(const TestScore& before, const TestScore& after)
{
    return patchOf("event_test", before, after);
}
FieldPatch RecordEdits::patch(const FeedbackSheet& before, const FeedbackSheet& after)
{
    return patchOf("event_feedback", before, after);
}
FieldPatch RecordEdits::patch(const FollowUp& before, const FollowUp& after)
{
    return patchOf("event_follow_up", before, after);
}
FieldPatch RecordEdits::patch(const Campaign& before, const Campaign& after)
{
    return patchOf("campaign", before, after);
}
FieldPatch RecordEdits::patch(const CampaignMaterial& before, const CampaignMaterial& after)
{
    return patchOf("campaign_material", before, after);
}
FieldPatch RecordEdits::patch(const Survey& before, const Survey& after)
{
    return patchOf("survey", before, after);
}
FieldPatch RecordEdits::patch(const SurveyQuestion& before, const SurveyQuestion& after)
{
    return patchOf("survey_question", before, after);
}
FieldPatch RecordEdits::patch(const SurveyResponse& before, const SurveyResponse& after)
{
    return patchOf("survey_response", before, after);
}
FieldPatch RecordEdits::patch(const SurveyTally& before, const SurveyTally& after)
{
    return patchOf("survey_tally", before, after);
}

namespace {

/// A record hanging off an event, re-read, patched and written through EventRepository.
template <class T> Result<void> applyToEventChild(Database& db, const FieldPatch& patch)
{
    EventRepository events(db);
    return overlayAndWrite<T>(patch, events.get<T>(patch.record), &EventRepository::fromRow<T>, {},
                              [&](const T& record) { return events.update<T>(record); });
}

} // namespace

Result<void> RecordEdits::applyOne(const FieldPatch& patch)
{
    const QString& kind = patch.kind;
    const QString& uuid = patch.record;
    if (kind == u"activity") {
        PlanRepository plans(m_db);
        return overlayAndWrite<Activity>(patch, plans.activity(uuid), &PlanRepository::activityFromRow, {},
                                         [&](const Activity& a) { return plans.updateActivity(a); });
    }
    if (kind == u"plan") {
        PlanRepository plans(m_db);
        return overlayAndWrite<ActionPlan>(
            patch, plans.plan(uuid), &PlanRepository::planFromRow,
            [](ActionPlan& plan, const Fields& fields) {
                plan.concernUuids = split(find(fields, kPlanConcerns)->second);
            },
            [&](const ActionPlan& p) { return plans.updatePlan(p); });
    }
    if (kind == u"round") {
        PrioritisationRepository rounds(m_db);
        return overlayAndWrite<PrioritisationRound>(
            patch, rounds.round(uuid), &PrioritisationRepository::roundFromRow,
            [](PrioritisationRound& round, const Fields& fields) {
                round.criteria = criteriaFrom(find(fields, kRoundCriteria)->second);
                round.concernUuids = split(find(fields, kRoundConcerns)->second);
                round.chosenConcernUuids = split(find(fields, kRoundChosen)->second);
            },
            [&](const PrioritisationRound& r) { return rounds.updateRound(r); });
    }
    if (kind == u"concern") {
        ConcernRepository concerns(m_db);
        auto current = concerns.concern(uuid);
        const ConcernStatus status = current ? current->status : ConcernStatus::Raised;
        // The status is not a field of this path: changeStatus() writes it with its history.
        return overlayAndWrite<Concern>(
            patch, current, &ConcernRepository::concernFromRow,
            [status](Concern& concern, const Fields&) { concern.status = status; },
            [&](const Concern& c) { return concerns.updateConcern(c); });
    }
    if (kind == u"meeting") {
        MeetingRepository meetings(m_db);
        return overlayAndWrite<Meeting>(patch, meetings.meeting(uuid), &MeetingRepository::meetingFromRow, {},
                                        [&](const Meeting& m) { return meetings.updateMeeting(m); });
    }
    if (kind == u"team") {
        TeamRepository teams(m_db);
        return overlayAndWrite<Team>(patch, teams.team(uuid), &TeamRepository::teamFromRow, {},
                                     [&](const Team& t) { return teams.updateTeam(t); });
    }
    if (kind == u"member") {
        TeamRepository teams(m_db);
        return overlayAndWrite<Member>(patch, teams.member(uuid), &TeamRepository::memberFromRow, {},
                                       [&](const Member& m) { return teams.updateMember(m); });
    }
    if (kind == u"reference_item") {
        ReferenceRepository lists(m_db);
        return overlayAndWrite<ReferenceItem>(patch, lists.item(uuid), &ReferenceRepository::itemFromRow, {},
                                              [&](const ReferenceItem& i) { return lists.updateItem(i); });
    }
    if (kind == u"gazetteer") {
        ReferenceRepository lists(m_db);
        return overlayAndWrite<GazetteerEntry>(patch, lists.gazetteerEntry(uuid),
                                               &ReferenceRepository::placeFromRow, {},
                                               [&](const GazetteerEntry& g) { return lists.updatePlace(g); });
    }
    if (kind == u"organisation") {
        DirectoryRepository directory(m_db);
        return overlayAndWrite<Organisation>(
            patch, directory.organisation(uuid), &DirectoryRepository::organisationFromRow,
            [](Organisation& organisation, const Fields& fields) {
                organisation.districtUuids = split(find(fields, kOrganisationDistricts)->second);
                organisation.expertiseUuids = split(find(fields, kOrganisationExpertise)->second);
            },
            [&](const Organisation& o) { return directory.updateOrganisation(o); });
    }
    if (kind == u"service") {
        DirectoryRepository directory(m_db);
        return overlayAndWrite<Service>(patch, directory.service(uuid), &DirectoryRepository::serviceFromRow,
                                        {}, [&](const Service& s) { return directory.updateService(s); });
    }
    if (kind == u"referral") {
        DirectoryRepository directory(m_db);
        return overlayAndWrite<Referral>(patch, directory.referral(uuid),
                                         &DirectoryRepository::referralFromRow, {},
                                         [&](const Referral& r) { return directory.updateReferral(r); });
    }
    if (kind == u"centre") {
        CentreRepository centres(m_db);
        return overlayAndWrite<Centre>(
            patch, centres.centre(uuid), &CentreRepository::centreFromRow,
            [](Centre& centre, const Fields& fields) {
                centre.teamUuids = split(find(fields, kCentreGroups)->second);
            },
            [&](const Centre& c) { return centres.updateCentre(c); });
    }
    if (kind == u"equipment") {
        CentreRepository centres(m_db);
        return overlayAndWrite<Equipment>(patch, centres.equipment(uuid), &CentreRepository::equipmentFromRow,
                                          {}, [&](const Equipment& e) { return centres.updateEquipment(e); });
    }
    if (kind == u"centre_visit") {
        CentreRepository centres(m_db);
        return overlayAndWrite<CentreVisit>(patch, centres.visit(uuid), &CentreRepository::visitFromRow, {},
                                            [&](const CentreVisit& v) { return centres.updateVisit(v); });
    }
    if (kind == u"commitment") {
        CommitmentRepository commitments(m_db);
        return overlayAndWrite<Commitment>(
            patch, commitments.commitment(uuid), &CommitmentRepository::commitmentFromRow, {},
            [&](const Commitment& c) { return commitments.updateCommitment(c); });
    }
    if (kind == u"event") {
        EventRepository events(m_db);
        return overlayAndWrite<Event>(
            patch, events.event(uuid), &EventRepository::eventFromRow,
            [](Event& event, const Fields& fields) {
                event.organisationUuids = split(find(fields, kEventOrganisations)->second);
                event.concernUuids = split(find(fields, kEventConcerns)->second);
            },
            [&](const Event& e) { return events.updateEvent(e); });
    }
    if (kind == u"event_participant")
        return applyToEventChild<EventParticipant>(m_db, patch);
    if (kind == u"event_count")
        return applyToEventChild<EventCount>(m_db, patch);
    if (kind == u"event_trainer")
        return applyToEventChild<Trainer>(m_db, patch);
    if (kind == u"event_test")
        return applyToEventChild<TestScore>(m_db, patch);
    if (kind == u"event_feedback")
        return applyToEventChild<FeedbackSheet>(m_db, patch);
    if (kind == u"event_follow_up")
        return applyToEventChild<FollowUp>(m_db, patch);
    if (kind == u"campaign") {
        CampaignRepository campaigns(m_db);
        return overlayAndWrite<Campaign>(
            patch, campaigns.campaign(uuid), &CampaignRepository::campaignFromRow,
            [](Campaign& campaign, const Fields& fields) {
                campaign.channels = split(find(fields, kCampaignChannels)->second);
                campaign.concernUuids = split(find(fields, kCampaignConcerns)->second);
            },
            [&](const Campaign& c) { return campaigns.updateCampaign(c); });
    }
    if (kind == u"campaign_material") {
        CampaignRepository campaigns(m_db);
        return overlayAndWrite<CampaignMaterial>(
            patch, campaigns.material(uuid), &CampaignRepository::materialFromRow, {},
            [&](const CampaignMaterial& m) { return campaigns.updateMaterial(m); });
    }
    if (kind == u"survey") {
        SurveyRepository surveys(m_db);
        return overlayAndWrite<Survey>(
            patch, surveys.survey(uuid), &SurveyRepository::surveyFromRow,
            [](Survey& survey, const Fields& fields) {
                survey.concernUuids = split(find(fields, kSurveyConcerns)->second);
            },
            [&](const Survey& s) { return surveys.updateSurvey(s); });
    }
    if (kind == u"survey_question") {
        SurveyRepository surveys(m_db);
        return overlayAndWrite<SurveyQuestion>(
            patch, surveys.question(uuid), &SurveyRepository::questionFromRow, {},
            [&](const SurveyQuestion& q) { return surveys.updateQuestion(q); });
    }
    if (kind == u"survey_response") {
        SurveyRepository surveys(m_db);
        return overlayAndWrite<SurveyResponse>(
            patch, surveys.response(uuid), &SurveyRepository::responseFromRow, {},
            [&](const SurveyResponse& r) { return surveys.updateResponse(r); });
    }
    if (kind == u"survey_tally") {
        SurveyRepository surveys(m_db);
        return overlayAndWrite<SurveyTally>(
            patch, surveys.tally(uuid), &SurveyRepository::tallyFromRow, {},
            [&](const SurveyTally& t) { return surveys.updateTally(t); });
    }
    return Error{tr("A change was refused: records of the kind «%1» are not edited this way.").arg(kind), {}};
}

Result<void> RecordEdits::apply(const QList<FieldPatch>& patches, const std::function<Result<void>()>& also)
{
    Transaction transaction(m_db);
    if (!transaction.started())
        return Error{tr("The change could not start. Nothing was changed; try again."), {}};
    for (const FieldPatch& patch : patches)
        if (!patch.isEmpty())
            if (auto applied = applyOne(patch); !applied)
                return applied;
    if (also)
        if (auto done = also(); !done)
            return done;
    return transaction.commit();
}

} // namespace hamkori
