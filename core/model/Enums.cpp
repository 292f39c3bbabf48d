#include "Enums.h"

namespace hamkori {

#define HAMKORI_ENUM_TRAITS(E, CONTEXT, ...)                                                                 \
    template <> const char* EnumTraits<E>::context()                                                         \
    {                                                                                                        \
        return CONTEXT;                                                                                      \
    }                                                                                                        \
    template <> std::span<const EnumEntry<E>> EnumTraits<E>::entries()                                       \
    {                                                                                                        \
        static constexpr EnumEntry<E> table[] = {__VA_ARGS__};                                               \
        return table;                                                                                        \
    }

HAMKORI_ENUM_TRAITS(Sex, "Sex", {Sex::Female, "female", QT_TRANSLATE_NOOP("Sex", "Female")},
                    {Sex::Male, "male", QT_TRANSLATE_NOOP("Sex", "Male")})

HAMKORI_ENUM_TRAITS(AgeBand, "AgeBand", {AgeBand::Under18, "u18", QT_TRANSLATE_NOOP("AgeBand", "Under 18")},
                    {AgeBand::From18To29, "18_29", QT_TRANSLATE_NOOP("AgeBand", "18–29")},
                    {AgeBand::From30To49, "30_49", QT_TRANSLATE_NOOP("AgeBand", "30–49")},
                    {AgeBand::From50, "50p", QT_TRANSLATE_NOOP("AgeBand", "50 and over")})

HAMKORI_ENUM_TRAITS(MemberCategory, "MemberCategory",
                    {MemberCategory::Police, "police", QT_TRANSLATE_NOOP("MemberCategory", "Police")},
                    {MemberCategory::Hukumat, "hukumat", QT_TRANSLATE_NOOP("MemberCategory", "Hukumat")},
                    {MemberCategory::Jamoat, "jamoat", QT_TRANSLATE_NOOP("MemberCategory", "Jamoat")},
                    {MemberCategory::Cso, "cso",
                     QT_TRANSLATE_NOOP("MemberCategory", "Civil society organisation")},
                    {MemberCategory::Elder, "elder", QT_TRANSLATE_NOOP("MemberCategory", "Elder")},
                    {MemberCategory::ReligiousLeader, "religious_leader",
                     QT_TRANSLATE_NOOP("MemberCategory", "Religious leader")},
                    {MemberCategory::Youth, "youth", QT_TRANSLATE_NOOP("MemberCategory", "Youth")},
                    {MemberCategory::WomensCommittee, "womens_committee",
                     QT_TRANSLATE_NOOP("MemberCategory", "Women's committee")},
                    {MemberCategory::Teacher, "teacher", QT_TRANSLATE_NOOP("MemberCategory", "Teacher")},
                    {MemberCategory::Journalist, "journalist",
                     QT_TRANSLATE_NOOP("MemberCategory", "Journalist")},
                    {MemberCategory::Business, "business", QT_TRANSLATE_NOOP("MemberCategory", "Business")},
                    {MemberCategory::Health, "health", QT_TRANSLATE_NOOP("MemberCategory", "Health worker")},
                    {MemberCategory::Other, "other", QT_TRANSLATE_NOOP("MemberCategory", "Other")})

HAMKORI_ENUM_TRAITS(MeetingKind, "MeetingKind",
                    {MeetingKind::Regular, "regular", QT_TRANSLATE_NOOP("MeetingKind", "Regular meeting")},
                    {MeetingKind::CommunityConsultation, "consultation",
                     QT_TRANSLATE_NOOP("MeetingKind", "Community consultation")},
                    {MeetingKind::WomenFocusGroup, "women_focus",
                     QT_TRANSLATE_NOOP("MeetingKind", "Women-only focus group")},
                    {MeetingKind::YouthFocusGroup, "youth_focus",
                     QT_TRANSLATE_NOOP("MeetingKind", "Youth focus group")},
                    {MeetingKind::JointMeeting, "joint",
                     QT_TRANSLATE_NOOP("MeetingKind", "Joint meeting with police and Hukumat")},
                    {MeetingKind::Review, "review", QT_TRANSLATE_NOOP("MeetingKind", "Review meeting")})

HAMKORI_ENUM_TRAITS(RaisedBy, "RaisedBy", {RaisedBy::Women, "women", QT_TRANSLATE_NOOP("RaisedBy", "Women")},
                    {RaisedBy::Men, "men", QT_TRANSLATE_NOOP("RaisedBy", "Men")},
                    {RaisedBy::Youth, "youth", QT_TRANSLATE_NOOP("RaisedBy", "Youth")},
                    {RaisedBy::Elders, "elders", QT_TRANSLATE_NOOP("RaisedBy", "Elders")},
                    {RaisedBy::Minority, "minority", QT_TRANSLATE_NOOP("RaisedBy", "Minority community")},
                    {RaisedBy::Mixed, "mixed", QT_TRANSLATE_NOOP("RaisedBy", "Mixed group")},
                    {RaisedBy::Police, "police", QT_TRANSLATE_NOOP("RaisedBy", "Police")},
                    {RaisedBy::Officials, "officials", QT_TRANSLATE_NOOP("RaisedBy", "Officials")})

HAMKORI_ENUM_TRAITS(
    ConcernSource, "ConcernSource",
    {ConcernSource::CommunityConsultation, "consultation",
     QT_TRANSLATE_NOOP("ConcernSource", "Community consultation")},
    {ConcernSource::FocusGroup, "focus_group", QT_TRANSLATE_NOOP("ConcernSource", "Focus group")},
    {ConcernSource::Survey, "survey", QT_TRANSLATE_NOOP("ConcernSource", "Survey")},
    {ConcernSource::PoliceReportingDay, "reporting_day",
     QT_TRANSLATE_NOOP("ConcernSource", "Police reporting day")},
    {ConcernSource::PoliceRecords, "police_records", QT_TRANSLATE_NOOP("ConcernSource", "Police records")},
    {ConcernSource::TeamMember, "team_member", QT_TRANSLATE_NOOP("ConcernSource", "Team member")},
    {ConcernSource::Media, "media", QT_TRANSLATE_NOOP("ConcernSource", "Media")},
    {ConcernSource::Other, "other", QT_TRANSLATE_NOOP("ConcernSource", "Other")})

// "Not known" is what a concern has until someone says how often it happens. Concerns recorded before it
// existed were given "rarely" without being asked; they keep it, since nothing tells that default apart from
// a "rarely" chosen on purpose (a CSV cell, a later edit back and forth).
HAMKORI_ENUM_TRAITS(Frequency, "Frequency",
                    {Frequency::Unknown, "unknown", QT_TRANSLATE_NOOP("Frequency", "Not known")},
                    {Frequency::Once, "once", QT_TRANSLATE_NOOP("Frequency", "Happened once")},
                    {Frequency::Rarely, "rarely", QT_TRANSLATE_NOOP("Frequency", "Rarely")},
                    {Frequency::Monthly, "monthly", QT_TRANSLATE_NOOP("Frequency", "Every month")},
                    {Frequency::Weekly, "weekly", QT_TRANSLATE_NOOP("Frequency", "Every week")},
                    {Frequency::Daily, "daily", QT_TRANSLATE_NOOP("Frequency", "Every day")},
                    {Frequency::Seasonal, "seasonal", QT_TRANSLATE_NOOP("Frequency", "In some seasons")})

HAMKORI_ENUM_TRAITS(
    ConcernStatus, "ConcernStatus",
    {ConcernStatus::Raised, "raised", QT_TRANSLATE_NOOP("ConcernStatus", "Raised")},
    {ConcernStatus::Analysed, "analysed", QT_TRANSLATE_NOOP("ConcernStatus", "Analysed")},
    {ConcernStatus::Prioritised, "prioritised", QT_TRANSLATE_NOOP("ConcernStatus", "Prioritised")},
    {ConcernStatus::InPlan, "in_plan", QT_TRANSLATE_NOOP("ConcernStatus", "In an action plan")},
    {ConcernStatus::Resolved, "resolved", QT_TRANSLATE_NOOP("ConcernStatus", "Resolved")},
    {ConcernStatus::Monitoring, "monitoring", QT_TRANSLATE_NOOP("ConcernStatus", "Monitoring")},
    {ConcernStatus::Closed, "closed", QT_TRANSLATE_NOOP("ConcernStatus", "Closed")},
    {ConcernStatus::Dropped, "dropped", QT_TRANSLATE_NOOP("ConcernStatus", "Dropped")})

HAMKORI_ENUM_TRAITS(ConflictRisk, "ConflictRisk",
                    {ConflictRisk::NotAssessed, "not_assessed",
                     QT_TRANSLATE_NOOP("ConflictRisk", "Not assessed")},
                    {ConflictRisk::Low, "low", QT_TRANSLATE_NOOP("ConflictRisk", "Low")},
                    {ConflictRisk::Medium, "medium", QT_TRANSLATE_NOOP("ConflictRisk", "Medium")},
                    {ConflictRisk::High, "high", QT_TRANSLATE_NOOP("ConflictRisk", "High")})

HAMKORI_ENUM_TRAITS(LinkKind, "LinkKind",
                    {LinkKind::Causes, "causes", QT_TRANSLATE_NOOP("LinkKind", "causes")},
                    {LinkKind::Aggravates, "aggravates", QT_TRANSLATE_NOOP("LinkKind", "aggravates")},
                    {LinkKind::CoOccurs, "co_occurs", QT_TRANSLATE_NOOP("LinkKind", "occurs together with")})

HAMKORI_ENUM_TRAITS(ParticipantGroup, "ParticipantGroup",
                    {ParticipantGroup::Women, "women", QT_TRANSLATE_NOOP("ParticipantGroup", "Women")},
                    {ParticipantGroup::Men, "men", QT_TRANSLATE_NOOP("ParticipantGroup", "Men")},
                    {ParticipantGroup::Youth, "youth", QT_TRANSLATE_NOOP("ParticipantGroup", "Youth")},
                    {ParticipantGroup::Authorities, "authorities",
                     QT_TRANSLATE_NOOP("ParticipantGroup", "Authorities")})

HAMKORI_ENUM_TRAITS(PlanStatus, "PlanStatus",
                    {PlanStatus::Draft, "draft", QT_TRANSLATE_NOOP("PlanStatus", "Draft")},
                    {PlanStatus::Adopted, "adopted", QT_TRANSLATE_NOOP("PlanStatus", "Adopted")},
                    {PlanStatus::Completed, "completed", QT_TRANSLATE_NOOP("PlanStatus", "Completed")},
                    {PlanStatus::Cancelled, "cancelled", QT_TRANSLATE_NOOP("PlanStatus", "Cancelled")})

HAMKORI_ENUM_TRAITS(ActivityStatus, "ActivityStatus",
                    {ActivityStatus::Planned, "planned", QT_TRANSLATE_NOOP("ActivityStatus", "Planned")},
                    {ActivityStatus::InProgress, "in_progress",
                     QT_TRANSLATE_NOOP("ActivityStatus", "In progress")},
                    {ActivityStatus::Done, "done", QT_TRANSLATE_NOOP("ActivityStatus", "Done")},
                    {ActivityStatus::Delayed, "delayed", QT_TRANSLATE_NOOP("ActivityStatus", "Delayed")},
                    {ActivityStatus::Cancelled, "cancelled",
                     QT_TRANSLATE_NOOP("ActivityStatus", "Cancelled")})

HAMKORI_ENUM_TRAITS(
    ReferenceList, "ReferenceList",
    {ReferenceList::Category, "category", QT_TRANSLATE_NOOP("ReferenceList", "Concern categories")},
    {ReferenceList::Driver, "driver", QT_TRANSLATE_NOOP("ReferenceList", "Drivers")},
    {ReferenceList::LeadBody, "lead_body", QT_TRANSLATE_NOOP("ReferenceList", "Lead bodies")},
    {ReferenceList::FundingSource, "funding_source", QT_TRANSLATE_NOOP("ReferenceList", "Funding sources")},
    {ReferenceList::Criterion, "criterion", QT_TRANSLATE_NOOP("ReferenceList", "Prioritisation criteria")},
    {ReferenceList::Expertise, "expertise", QT_TRANSLATE_NOOP("ReferenceList", "Fields of expertise")},
    {ReferenceList::Service, "service", QT_TRANSLATE_NOOP("ReferenceList", "Kinds of service")})

HAMKORI_ENUM_TRAITS(GroupKind, "GroupKind",
                    {GroupKind::PartnershipTeam, "cppt",
                     QT_TRANSLATE_NOOP("GroupKind", "Community police partnership team")},
                    {GroupKind::PublicCouncil, "public_council",
                     QT_TRANSLATE_NOOP("GroupKind", "Public council")},
                    {GroupKind::InteragencyGroup, "interagency_group",
                     QT_TRANSLATE_NOOP("GroupKind", "Inter-agency working group")},
                    {GroupKind::WomenInitiative, "women_initiative",
                     QT_TRANSLATE_NOOP("GroupKind", "Women's initiative group")},
                    {GroupKind::YouthInitiative, "youth_initiative",
                     QT_TRANSLATE_NOOP("GroupKind", "Youth initiative group")},
                    {GroupKind::CsoNetwork, "cso_network",
                     QT_TRANSLATE_NOOP("GroupKind", "Network of civil society organisations")})

HAMKORI_ENUM_TRAITS(
    OrganisationKind, "OrganisationKind",
    {OrganisationKind::Cso, "cso", QT_TRANSLATE_NOOP("OrganisationKind", "Civil society organisation")},
    {OrganisationKind::StateBody, "state_body", QT_TRANSLATE_NOOP("OrganisationKind", "State body")},
    {OrganisationKind::PoliceUnit, "police_unit", QT_TRANSLATE_NOOP("OrganisationKind", "Police unit")},
    {OrganisationKind::International, "international",
     QT_TRANSLATE_NOOP("OrganisationKind", "International agency")},
    {OrganisationKind::Media, "media", QT_TRANSLATE_NOOP("OrganisationKind", "Media")},
    {OrganisationKind::Religious, "religious",
     QT_TRANSLATE_NOOP("OrganisationKind", "Religious institution")},
    {OrganisationKind::School, "school", QT_TRANSLATE_NOOP("OrganisationKind", "School or college")},
    {OrganisationKind::Health, "health", QT_TRANSLATE_NOOP("OrganisationKind", "Health facility")},
    {OrganisationKind::Business, "business", QT_TRANSLATE_NOOP("OrganisationKind", "Business")},
    {OrganisationKind::Other, "other", QT_TRANSLATE_NOOP("OrganisationKind", "Other")})

HAMKORI_ENUM_TRAITS(
    ReferralOutcome, "ReferralOutcome",
    {ReferralOutcome::Pending, "pending", QT_TRANSLATE_NOOP("ReferralOutcome", "Waiting for the service")},
    {ReferralOutcome::Received, "received", QT_TRANSLATE_NOOP("ReferralOutcome", "Received the service")},
    {ReferralOutcome::NotTaken, "not_taken", QT_TRANSLATE_NOOP("ReferralOutcome", "Did not go")},
    {ReferralOutcome::NotAvailable, "not_available",
     QT_TRANSLATE_NOOP("ReferralOutcome", "The service could not help")},
    {ReferralOutcome::Unknown, "unknown", QT_TRANSLATE_NOOP("ReferralOutcome", "Not known")})

HAMKORI_ENUM_TRAITS(EquipmentCondition, "EquipmentCondition",
                    {EquipmentCondition::Good, "good", QT_TRANSLATE_NOOP("EquipmentCondition", "Good")},
                    {EquipmentCondition::NeedsRepair, "needs_repair",
                     QT_TRANSLATE_NOOP("EquipmentCondition", "Needs repair")},
                    {EquipmentCondition::OutOfOrder, "out_of_order",
                     QT_TRANSLATE_NOOP("EquipmentCondition", "Out of order")})

HAMKORI_ENUM_TRAITS(CommitmentKind, "CommitmentKind",
                    {CommitmentKind::Request, "request", QT_TRANSLATE_NOOP("CommitmentKind", "Request")},
                    {CommitmentKind::Recommendation, "recommendation",
                     QT_TRANSLATE_NOOP("CommitmentKind", "Recommendation")})

HAMKORI_ENUM_TRAITS(
    CommitmentStatus, "CommitmentStatus",
    {CommitmentStatus::Waiting, "waiting", QT_TRANSLATE_NOOP("CommitmentStatus", "Waiting for an answer")},
    {CommitmentStatus::Accepted, "accepted", QT_TRANSLATE_NOOP("CommitmentStatus", "Accepted")},
    {CommitmentStatus::Partly, "partly", QT_TRANSLATE_NOOP("CommitmentStatus", "Partly accepted")},
    {CommitmentStatus::Refused, "refused", QT_TRANSLATE_NOOP("CommitmentStatus", "Refused")},
    {CommitmentStatus::Done, "done", QT_TRANSLATE_NOOP("CommitmentStatus", "Done")})

HAMKORI_ENUM_TRAITS(
    EventKind, "EventKind", {EventKind::Training, "training", QT_TRANSLATE_NOOP("EventKind", "Training")},
    {EventKind::RoundTable, "round_table", QT_TRANSLATE_NOOP("EventKind", "Round table")},
    {EventKind::ExchangeVisit, "exchange_visit",
     QT_TRANSLATE_NOOP("EventKind", "Learning or exchange visit")},
    {EventKind::Conference, "conference", QT_TRANSLATE_NOOP("EventKind", "Conference")},
    {EventKind::InformationSession, "information_session",
     QT_TRANSLATE_NOOP("EventKind", "Information session")},
    {EventKind::ReportingDay, "reporting_day", QT_TRANSLATE_NOOP("EventKind", "Police reporting day")},
    {EventKind::AwarenessEvent, "awareness_event", QT_TRANSLATE_NOOP("EventKind", "Awareness event")})

HAMKORI_ENUM_TRAITS(ParticipantRole, "ParticipantRole",
                    {ParticipantRole::Police, "police", QT_TRANSLATE_NOOP("ParticipantRole", "Police")},
                    {ParticipantRole::Hukumat, "hukumat", QT_TRANSLATE_NOOP("ParticipantRole", "Hukumat")},
                    {ParticipantRole::Jamoat, "jamoat", QT_TRANSLATE_NOOP("ParticipantRole", "Jamoat")},
                    {ParticipantRole::Cso, "cso", QT_TRANSLATE_NOOP("ParticipantRole", "Civil society")},
                    {ParticipantRole::Community, "community",
                     QT_TRANSLATE_NOOP("ParticipantRole", "Community")})

HAMKORI_ENUM_TRAITS(TrainerBackground, "TrainerBackground",
                    {TrainerBackground::State, "state", QT_TRANSLATE_NOOP("TrainerBackground", "State")},
                    {TrainerBackground::CivilSociety, "civil_society",
                     QT_TRANSLATE_NOOP("TrainerBackground", "Civil society")},
                    {TrainerBackground::Academic, "academic",
                     QT_TRANSLATE_NOOP("TrainerBackground", "Academic")},
                    {TrainerBackground::International, "international",
                     QT_TRANSLATE_NOOP("TrainerBackground", "International")})

HAMKORI_ENUM_TRAITS(CampaignChannel, "CampaignChannel",
                    {CampaignChannel::Event, "event", QT_TRANSLATE_NOOP("CampaignChannel", "Events")},
                    {CampaignChannel::Tv, "tv", QT_TRANSLATE_NOOP("CampaignChannel", "Television")},
                    {CampaignChannel::Radio, "radio", QT_TRANSLATE_NOOP("CampaignChannel", "Radio")},
                    {CampaignChannel::SocialMedia, "social_media",
                     QT_TRANSLATE_NOOP("CampaignChannel", "Social media")},
                    {CampaignChannel::Print, "print", QT_TRANSLATE_NOOP("CampaignChannel", "Print")},
                    {CampaignChannel::School, "school", QT_TRANSLATE_NOOP("CampaignChannel", "Schools")},
                    {CampaignChannel::Mosque, "mosque", QT_TRANSLATE_NOOP("CampaignChannel", "Mosques")},
                    {CampaignChannel::DoorToDoor, "door_to_door",
                     QT_TRANSLATE_NOOP("CampaignChannel", "Door to door")})

HAMKORI_ENUM_TRAITS(SurveyKind, "SurveyKind",
                    {SurveyKind::Baseline, "baseline", QT_TRANSLATE_NOOP("SurveyKind", "Baseline")},
                    {SurveyKind::Midline, "midline", QT_TRANSLATE_NOOP("SurveyKind", "Midline")},
                    {SurveyKind::Endline, "endline", QT_TRANSLATE_NOOP("SurveyKind", "Endline")},
                    {SurveyKind::Other, "other", QT_TRANSLATE_NOOP("SurveyKind", "Other survey")})

HAMKORI_ENUM_TRAITS(RespondentGroup, "RespondentGroup",
                    {RespondentGroup::Resident, "resident", QT_TRANSLATE_NOOP("RespondentGroup", "Resident")},
                    {RespondentGroup::Pupil, "pupil", QT_TRANSLATE_NOOP("RespondentGroup", "Pupil or student")},
                    {RespondentGroup::Trader, "trader", QT_TRANSLATE_NOOP("RespondentGroup", "Trader")},
                    {RespondentGroup::Worker, "worker", QT_TRANSLATE_NOOP("RespondentGroup", "Worker or farmer")},
                    {RespondentGroup::ReturnedMigrant, "returned_migrant",
                     QT_TRANSLATE_NOOP("RespondentGroup", "Returned labour migrant")},
                    {RespondentGroup::Other, "other", QT_TRANSLATE_NOOP("RespondentGroup", "Other")})

HAMKORI_ENUM_TRAITS(SurveyTopic, "SurveyTopic",
                    {SurveyTopic::SafeByDay, "safe_day", QT_TRANSLATE_NOOP("SurveyTopic", "Feels safe by day")},
                    {SurveyTopic::SafeAtNight, "safe_night",
                     QT_TRANSLATE_NOOP("SurveyTopic", "Feels safe at night")},
                    {SurveyTopic::UnsafeReasons, "unsafe_reasons",
                     QT_TRANSLATE_NOOP("SurveyTopic", "Reasons for feeling unsafe")},
                    {SurveyTopic::TopConcerns, "top_concerns",
                     QT_TRANSLATE_NOOP("SurveyTopic", "Biggest safety concerns")},
                    {SurveyTopic::TrustPolice, "trust_police",
                     QT_TRANSLATE_NOOP("SurveyTopic", "Trust in the local police")},
                    {SurveyTopic::FirstTurnTo, "first_turn_to",
                     QT_TRANSLATE_NOOP("SurveyTopic", "Whom one would go to first")},
                    {SurveyTopic::PoliceContact, "police_contact",
                     QT_TRANSLATE_NOOP("SurveyTopic", "Contact with the police")},
                    {SurveyTopic::ContactSatisfaction, "contact_satisfaction",
                     QT_TRANSLATE_NOOP("SurveyTopic", "Satisfaction with the contact")},
                    {SurveyTopic::Victim, "victim", QT_TRANSLATE_NOOP("SurveyTopic", "Victim of a crime")},
                    {SurveyTopic::Reported, "reported", QT_TRANSLATE_NOOP("SurveyTopic", "Crime reported")},
                    {SurveyTopic::KnowsTeam, "knows_team", QT_TRANSLATE_NOOP("SurveyTopic", "Knows the team")},
                    {SurveyTopic::Custom, "custom", QT_TRANSLATE_NOOP("SurveyTopic", "Question of the team")})

HAMKORI_ENUM_TRAITS(AnswerKind, "AnswerKind",
                    {AnswerKind::OneOption, "one", QT_TRANSLATE_NOOP("AnswerKind", "One answer")},
                    {AnswerKind::SeveralOptions, "several",
                     QT_TRANSLATE_NOOP("AnswerKind", "Several answers")})

HAMKORI_ENUM_TRAITS(SurveyIndicator, "SurveyIndicator",
                    {SurveyIndicator::SafeByDay, "safe_day",
                     QT_TRANSLATE_NOOP("SurveyIndicator", "Feel safe in their area by day")},
                    {SurveyIndicator::SafeAtNight, "safe_night",
                     QT_TRANSLATE_NOOP("SurveyIndicator", "Feel safe in their area after dark")},
                    {SurveyIndicator::TrustPolice, "trust_police",
                     QT_TRANSLATE_NOOP("SurveyIndicator", "Trust the local police")},
                    {SurveyIndicator::PoliceFirst, "police_first",
                     QT_TRANSLATE_NOOP("SurveyIndicator", "Would go to the police first")},
                    {SurveyIndicator::KnowsTeam, "knows_team",
                     QT_TRANSLATE_NOOP("SurveyIndicator", "Know the partnership team")},
                    {SurveyIndicator::SatisfiedWithPolice, "satisfied",
                     QT_TRANSLATE_NOOP("SurveyIndicator", "Satisfied with their contact with the police")},
                    {SurveyIndicator::Victim, "victim",
                     QT_TRANSLATE_NOOP("SurveyIndicator", "Victims of a crime in the last 12 months")},
                    {SurveyIndicator::Reported, "reported",
                     QT_TRANSLATE_NOOP("SurveyIndicator", "Victims who reported it to the police")})

HAMKORI_ENUM_TRAITS(RespondentSplit, "RespondentSplit",
                    {RespondentSplit::All, "all", QT_TRANSLATE_NOOP("RespondentSplit", "All respondents")},
                    {RespondentSplit::Women, "women", QT_TRANSLATE_NOOP("RespondentSplit", "Women")},
                    {RespondentSplit::Men, "men", QT_TRANSLATE_NOOP("RespondentSplit", "Men")},
                    {RespondentSplit::Under18, "under_18", QT_TRANSLATE_NOOP("RespondentSplit", "Under 18")},
                    {RespondentSplit::From18To29, "18_29", QT_TRANSLATE_NOOP("RespondentSplit", "18–29")},
                    {RespondentSplit::From30To49, "30_49", QT_TRANSLATE_NOOP("RespondentSplit", "30–49")},
                    {RespondentSplit::From50, "50_plus", QT_TRANSLATE_NOOP("RespondentSplit", "50 and over")})

#undef HAMKORI_ENUM_TRAITS

int SexAgeCounts::total() const
{
    int sum = 0;
    for (int count : m_counts)
        sum += count;
    return sum;
}

int SexAgeCounts::total(Sex sex) const
{
    int sum = 0;
    for (int band = 0; band < kBands; ++band)
        sum += at(sex, AgeBand(band));
    return sum;
}

int SexAgeCounts::total(AgeBand band) const
{
    return at(Sex::Female, band) + at(Sex::Male, band);
}

SexAgeCounts& SexAgeCounts::operator+=(const SexAgeCounts& other)
{
    for (std::size_t i = 0; i < m_counts.size(); ++i)
        m_counts[i] += other.m_counts[i];
    return *this;
}

const std::array<const char*, SexAgeCounts::kCells>& SexAgeCounts::cellCodes()
{
    static constexpr std::array<const char*, kCells> codes = {"f_u18", "f_18_29", "f_30_49", "f_50p",
                                                              "m_u18", "m_18_29", "m_30_49", "m_50p"};
    return codes;
}

} // namespace hamkori
