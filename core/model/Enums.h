#pragma once
// The fixed vocabularies of the CPPT cycle. Each value has a stable code (stored in the database and in
// exchange bundles, never translated) and an English name marked for translation in its own context.
#include <QCoreApplication>
#include <QString>
#include <QStringList>
#include <array>
#include <optional>
#include <span>

namespace hamkori {

enum class Sex
{
    Female,
    Male
};
enum class AgeBand
{
    Under18,
    From18To29,
    From30To49,
    From50
};
enum class MemberCategory
{
    Police,
    Hukumat,
    Jamoat,
    Cso,
    Elder,
    ReligiousLeader,
    Youth,
    WomensCommittee,
    Teacher,
    Journalist,
    Business,
    Health,
    Other
};
enum class MeetingKind
{
    Regular,
    CommunityConsultation,
    WomenFocusGroup,
    YouthFocusGroup,
    JointMeeting,
    Review
};
enum class RaisedBy
{
    Women,
    Men,
    Youth,
    Elders,
    Minority,
    Mixed,
    Police,
    Officials
};
enum class ConcernSource
{
    CommunityConsultation,
    FocusGroup,
    Survey,
    PoliceReportingDay,
    PoliceRecords,
    TeamMember,
    Media,
    Other
};
enum class Frequency
{
    Once,
    Rarely,
    Monthly,
    Weekly,
    Daily,
    Seasonal,
    // Last, so that the numbers of the others stay; listed first (Enums.cpp), as the choice of a new concern.
    Unknown
};
enum class ConcernStatus
{
    Raised,
    Analysed,
    Prioritised,
    InPlan,
    Resolved,
    Monitoring,
    Closed,
    Dropped
};
enum class ConflictRisk
{
    NotAssessed,
    Low,
    Medium,
    High
};
enum class LinkKind
{
    Causes,
    Aggravates,
    CoOccurs
};
enum class ParticipantGroup
{
    Women,
    Men,
    Youth,
    Authorities
};
enum class PlanStatus
{
    Draft,
    Adopted,
    Completed,
    Cancelled
};
enum class ActivityStatus
{
    Planned,
    InProgress,
    Done,
    Delayed,
    Cancelled
};
/// The editable lists (rows of the reference_items table).
enum class ReferenceList
{
    Category,
    Driver,
    LeadBody,
    FundingSource,
    Criterion,
    Expertise, // fields of expertise of organisations in the directory
    Service    // kinds of service an organisation offers for referral
};
/// The kind of body a team is: everything the cycle does works for each of them; documents name them.
enum class GroupKind
{
    PartnershipTeam,
    PublicCouncil,
    InteragencyGroup,
    WomenInitiative,
    YouthInitiative,
    CsoNetwork
};
/// The kind of an organisation in the directory.
enum class OrganisationKind
{
    Cso,
    StateBody,
    PoliceUnit,
    International,
    Media,
    Religious,
    School,
    Health,
    Business,
    Other
};
/// What became of people referred to a service.
enum class ReferralOutcome
{
    Pending,
    Received,
    NotTaken,
    NotAvailable,
    Unknown
};
enum class EquipmentCondition
{
    Good,
    NeedsRepair,
    OutOfOrder
};
enum class CommitmentKind
{
    Request,
    Recommendation
};
/// Where a request or recommendation to a body stands.
enum class CommitmentStatus
{
    Waiting,
    Accepted,
    Partly,
    Refused,
    Done
};

/// What kind of event a team or its partners held (issue 20).
enum class EventKind
{
    Training,
    RoundTable,
    ExchangeVisit,
    Conference,
    InformationSession,
    ReportingDay,
    AwarenessEvent
};
/// Where a participant of an event comes from: the kind of body, as donors and the ministry count them.
enum class ParticipantRole
{
    Police,
    Hukumat,
    Jamoat,
    Cso,
    Community
};
/// A trainer's background.
enum class TrainerBackground
{
    State,
    CivilSociety,
    Academic,
    International
};
/// How an awareness campaign reached people.
enum class CampaignChannel
{
    Event,
    Tv,
    Radio,
    SocialMedia,
    Print,
    School,
    Mosque,
    DoorToDoor
};
/// When in a plan's life a perception survey was taken (issue 21).
enum class SurveyKind
{
    Baseline,
    Midline,
    Endline,
    Other
};
/// Who a survey respondent is, as the sheet records it (never a name).
enum class RespondentGroup
{
    Resident,
    Pupil,
    Trader,
    Worker,
    ReturnedMigrant,
    Other
};
/// What a survey question asks. The standard questions carry the indicators; a question a team adds is Custom.
enum class SurveyTopic
{
    SafeByDay,
    SafeAtNight,
    UnsafeReasons,
    TopConcerns,
    TrustPolice,
    FirstTurnTo,
    PoliceContact,
    ContactSatisfaction,
    Victim,
    Reported,
    KnowsTeam,
    Custom
};
/// How a survey question is answered.
enum class AnswerKind
{
    OneOption,     // one of the options (a 4-point scale, yes / no, a choice)
    SeveralOptions // as many options as apply, up to the question's limit
};
/// What donors and the ministry read from a perception survey: the share of respondents who…
enum class SurveyIndicator
{
    SafeByDay,           // feel very or fairly safe in their area by day
    SafeAtNight,         // … after dark
    TrustPolice,         // trust the local police fully or mostly
    PoliceFirst,         // would go to the police first
    KnowsTeam,           // know the partnership team or public council
    SatisfiedWithPolice, // of those in contact with the police, were very or fairly satisfied
    Victim,              // were victims of a crime in the last 12 months (themselves or their household)
    Reported             // of the victims, reported it to the police
};
/// The respondents an indicator is given for: everyone, each sex, each age band.
enum class RespondentSplit
{
    All,
    Women,
    Men,
    Under18,
    From18To29,
    From30To49,
    From50
};

template <typename E> struct EnumEntry
{
    E value;
    const char* code; // stable, ASCII
    const char* name; // English source text, translated in EnumTraits<E>::context
};

/// Specialised for every enum above in Enums.cpp: the translation context and the table of entries.
template <typename E> struct EnumTraits
{
    static const char* context();
    static std::span<const EnumEntry<E>> entries();
};

template <typename E> QString codeOf(E value)
{
    for (const auto& entry : EnumTraits<E>::entries())
        if (entry.value == value)
            return QString::fromLatin1(entry.code);
    return {};
}

template <typename E> std::optional<E> enumFromCode(const QString& code)
{
    for (const auto& entry : EnumTraits<E>::entries())
        if (code == QLatin1String(entry.code))
            return entry.value;
    return std::nullopt;
}

/// The name in the current UI language (the translator installed on the application).
template <typename E> QString displayName(E value)
{
    for (const auto& entry : EnumTraits<E>::entries())
        if (entry.value == value)
            return QCoreApplication::translate(EnumTraits<E>::context(), entry.name);
    return {};
}

template <typename E> QStringList allCodes()
{
    QStringList codes;
    for (const auto& entry : EnumTraits<E>::entries())
        codes << QString::fromLatin1(entry.code);
    return codes;
}

template <typename E> constexpr int enumCount()
{
    return int(EnumTraits<E>::entries().size());
}

/// People counted by sex and age band (guests at a meeting, people reached by an activity).
class SexAgeCounts
{
public:
    static constexpr int kBands = 4;
    static constexpr int kCells = 2 * kBands;

    int at(Sex sex, AgeBand band) const { return m_counts[index(sex, band)]; }
    void set(Sex sex, AgeBand band, int count) { m_counts[index(sex, band)] = count; }
    int cell(int i) const { return m_counts[std::size_t(i)]; }
    void setCell(int i, int count) { m_counts[std::size_t(i)] = count; }
    int total() const;
    int total(Sex sex) const;
    int total(AgeBand band) const;
    SexAgeCounts& operator+=(const SexAgeCounts& other);
    bool operator==(const SexAgeCounts&) const = default;

    /// Column-name suffixes of the eight cells, in cell order: f_u18 … m_50p.
    static const std::array<const char*, kCells>& cellCodes();

private:
    static std::size_t index(Sex sex, AgeBand band) { return std::size_t(int(sex) * kBands + int(band)); }
    std::array<int, kCells> m_counts{};
};

} // namespace hamkori
