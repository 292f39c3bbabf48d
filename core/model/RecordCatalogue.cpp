#include "RecordCatalogue.h"
#include "Enums.h"
#include "Limits.h"
#include <QCoreApplication>

namespace hamkori::catalogue {

namespace {

const char* const kContext = "RecordCatalogue";

constexpr double kMoney = limits::kMoney;
constexpr double kMeasure = limits::kMeasure;
constexpr double kPosition = 100000;

template <typename E> QList<FieldChoice> choicesOf()
{
    QList<FieldChoice> choices;
    for (const auto& entry : EnumTraits<E>::entries())
        choices.append({QString::fromLatin1(entry.code), displayName(entry.value)});
    return choices;
}

QList<FieldChoice> yesNo()
{
    return {{1, QCoreApplication::translate(kContext, "yes")},
            {0, QCoreApplication::translate(kContext, "no")}};
}

QList<FieldChoice> placeKinds()
{
    return {{QStringLiteral("region"), QCoreApplication::translate(kContext, "region")},
            {QStringLiteral("city"), QCoreApplication::translate(kContext, "city")},
            {QStringLiteral("district"), QCoreApplication::translate(kContext, "district")}};
}

Field text(const char* column, const char* label)
{
    return {.column = column, .type = FieldType::Text, .labelSource = label};
}

Field longText(const char* column, const char* label)
{
    return {.column = column, .type = FieldType::LongText, .labelSource = label};
}

Field date(const char* column, const char* label, bool optional)
{
    return {.column = column, .type = FieldType::Date, .labelSource = label, .optional = optional};
}

Field integer(const char* column, const char* label, double minimum, double maximum)
{
    return {.column = column,
            .type = FieldType::Integer,
            .labelSource = label,
            .minimum = minimum,
            .maximum = maximum};
}

Field decimal(const char* column, const char* label, double minimum, double maximum, bool optional)
{
    return {.column = column,
            .type = FieldType::Decimal,
            .labelSource = label,
            .optional = optional,
            .minimum = minimum,
            .maximum = maximum};
}

Field choice(const char* column, const char* label, ChoiceList choices)
{
    return {.column = column, .type = FieldType::Choice, .labelSource = label, .choices = choices};
}

Field flag(const char* column, const char* label)
{
    return choice(column, label, yesNo);
}

Field reference(const char* column, const char* label, const char* kind, bool optional)
{
    return {.column = column,
            .type = FieldType::Reference,
            .labelSource = label,
            .optional = optional,
            .references = kind};
}

/// Free text that can name a person (see Field::sensitive).
Field personal(Field field)
{
    field.sensitive = true;
    return field;
}

/// A count of people of one sex and age band (guests of a meeting, people an activity reached).
Field people(const char* column, const char* label, int band, int maximum)
{
    Field field = integer(column, label, 0, maximum);
    field.ageBand = band;
    return field;
}

/// The answer 1–5 to the feedback question `number` of a sheet; 0 when none was given.
Field answer(const char* column, int number)
{
    Field field = integer(column, QT_TRANSLATE_NOOP("RecordCatalogue", "answer to question %1"), 0, 5);
    field.number = number;
    return field;
}

Field guests(const char* column, const char* label, int band)
{
    return people(column, label, band, limits::kGuestsPerCell);
}

Field reached(const char* column, const char* label, int band)
{
    return people(column, label, band, limits::kReachedPerCell);
}

} // namespace

const QList<Field>& stamps()
{
    static const QList<Field> fields = {
        {.column = "uuid",
         .type = FieldType::Stamp,
         .labelSource = QT_TRANSLATE_NOOP("RecordCatalogue", "identifier")},
        {.column = "created_hlc",
         .type = FieldType::Stamp,
         .labelSource = QT_TRANSLATE_NOOP("RecordCatalogue", "created")},
        {.column = "modified_hlc",
         .type = FieldType::Stamp,
         .labelSource = QT_TRANSLATE_NOOP("RecordCatalogue", "modified")},
        {.column = "device",
         .type = FieldType::Stamp,
         .labelSource = QT_TRANSLATE_NOOP("RecordCatalogue", "laptop")},
        {.column = "deleted",
         .type = FieldType::Deletion,
         .labelSource = QT_TRANSLATE_NOOP("RecordCatalogue", "deleted or kept")},
    };
    return fields;
}

const QList<Kind>& kinds()
{
    // Parents before the records that name them: the order of the tables in a new data file.
    static const QList<Kind> all = {
        {"gazetteer",
         "gazetteer",
         QT_TRANSLATE_NOOP("RecordCatalogue", "Places"),
         {reference("region", QT_TRANSLATE_NOOP("RecordCatalogue", "region"), "gazetteer", false),
          choice("kind", QT_TRANSLATE_NOOP("RecordCatalogue", "kind of place"), placeKinds),
          text("name_en", QT_TRANSLATE_NOOP("RecordCatalogue", "name in English")),
          text("name_tg", QT_TRANSLATE_NOOP("RecordCatalogue", "name in Tajik")),
          text("name_ru", QT_TRANSLATE_NOOP("RecordCatalogue", "name in Russian")),
          longText("former_names", QT_TRANSLATE_NOOP("RecordCatalogue", "former names"))},
         {}},
        {"reference_item",
         "reference_items",
         QT_TRANSLATE_NOOP("RecordCatalogue", "List entries"),
         {choice("list", QT_TRANSLATE_NOOP("RecordCatalogue", "list"), choicesOf<ReferenceList>),
          text("code", QT_TRANSLATE_NOOP("RecordCatalogue", "code")),
          text("name_en", QT_TRANSLATE_NOOP("RecordCatalogue", "name in English")),
          text("name_tg", QT_TRANSLATE_NOOP("RecordCatalogue", "name in Tajik")),
          text("name_ru", QT_TRANSLATE_NOOP("RecordCatalogue", "name in Russian")),
          integer("position", QT_TRANSLATE_NOOP("RecordCatalogue", "order in the list"), 0, kPosition),
          decimal("default_weight", QT_TRANSLATE_NOOP("RecordCatalogue", "default weight"), 0, 100, false)},
         {}},
        {"organisation",
         "organisations",
         QT_TRANSLATE_NOOP("RecordCatalogue", "Organisations"),
         {text("name", QT_TRANSLATE_NOOP("RecordCatalogue", "name")),
          text("short_name", QT_TRANSLATE_NOOP("RecordCatalogue", "short name")),
          choice("kind", QT_TRANSLATE_NOOP("RecordCatalogue", "kind of organisation"),
                 choicesOf<OrganisationKind>),
          text("address", QT_TRANSLATE_NOOP("RecordCatalogue", "address")),
          personal(text("contact_person", QT_TRANSLATE_NOOP("RecordCatalogue", "contact person"))),
          personal(text("phone", QT_TRANSLATE_NOOP("RecordCatalogue", "phone"))),
          personal(text("email", QT_TRANSLATE_NOOP("RecordCatalogue", "e-mail"))),
          longText("international_experience",
                   QT_TRANSLATE_NOOP("RecordCatalogue", "experience with international agencies")),
          date("memorandum_signed", QT_TRANSLATE_NOOP("RecordCatalogue", "network memorandum signed on"),
               true),
          longText("notes", QT_TRANSLATE_NOOP("RecordCatalogue", "notes"))},
         {{"organisation_district", "organisation"},
          {"organisation_expertise", "organisation"},
          {"service", "organisation"},
          {"activity_partner", "organisation"},
          {"event_organiser", "organisation"}}},
        {"organisation_district",
         "organisation_districts",
         QT_TRANSLATE_NOOP("RecordCatalogue", "Districts of organisations"),
         {reference("organisation", QT_TRANSLATE_NOOP("RecordCatalogue", "organisation"), "organisation",
                    false),
          reference("district", QT_TRANSLATE_NOOP("RecordCatalogue", "district"), "gazetteer", false)},
         {}},
        {"organisation_expertise",
         "organisation_expertise",
         QT_TRANSLATE_NOOP("RecordCatalogue", "Expertise of organisations"),
         {reference("organisation", QT_TRANSLATE_NOOP("RecordCatalogue", "organisation"), "organisation",
                    false),
          reference("expertise", QT_TRANSLATE_NOOP("RecordCatalogue", "field of expertise"), "reference_item",
                    false)},
         {}},
        {"service",
         "services",
         QT_TRANSLATE_NOOP("RecordCatalogue", "Services"),
         {reference("organisation", QT_TRANSLATE_NOOP("RecordCatalogue", "organisation"), "organisation",
                    false),
          reference("kind", QT_TRANSLATE_NOOP("RecordCatalogue", "kind of service"), "reference_item", false),
          longText("description", QT_TRANSLATE_NOOP("RecordCatalogue", "description"))},
         {}},
        {"centre",
         "centres",
         QT_TRANSLATE_NOOP("RecordCatalogue", "Community policing centres"),
         {text("name", QT_TRANSLATE_NOOP("RecordCatalogue", "name")),
          reference("district", QT_TRANSLATE_NOOP("RecordCatalogue", "district"), "gazetteer", true),
          text("jamoat", QT_TRANSLATE_NOOP("RecordCatalogue", "jamoat")),
          text("address", QT_TRANSLATE_NOOP("RecordCatalogue", "address")),
          date("opened", QT_TRANSLATE_NOOP("RecordCatalogue", "opened on"), true),
          date("renovated", QT_TRANSLATE_NOOP("RecordCatalogue", "renovated on"), true),
          text("hours", QT_TRANSLATE_NOOP("RecordCatalogue", "opening hours")),
          longText("notes", QT_TRANSLATE_NOOP("RecordCatalogue", "notes"))},
         {{"equipment", "centre"}, {"centre_group", "centre"}, {"centre_visit", "centre"}}},
        {"equipment",
         "centre_equipment",
         QT_TRANSLATE_NOOP("RecordCatalogue", "Equipment of centres"),
         {reference("centre", QT_TRANSLATE_NOOP("RecordCatalogue", "community policing centre"), "centre",
                    false),
          text("item", QT_TRANSLATE_NOOP("RecordCatalogue", "item")),
          integer("quantity", QT_TRANSLATE_NOOP("RecordCatalogue", "quantity"), 0, limits::kEquipmentItems),
          choice("condition", QT_TRANSLATE_NOOP("RecordCatalogue", "condition"),
                 choicesOf<EquipmentCondition>)},
         {}},
        {"centre_visit",
         "centre_visits",
         QT_TRANSLATE_NOOP("RecordCatalogue", "Reception days at centres"),
         {reference("centre", QT_TRANSLATE_NOOP("RecordCatalogue", "community policing centre"), "centre",
                    false),
          date("date", QT_TRANSLATE_NOOP("RecordCatalogue", "date"), false),
          guests("visitors_f_u18", QT_TRANSLATE_NOOP("RecordCatalogue", "women visitors, %1"), 0),
          guests("visitors_f_18_29", QT_TRANSLATE_NOOP("RecordCatalogue", "women visitors, %1"), 1),
          guests("visitors_f_30_49", QT_TRANSLATE_NOOP("RecordCatalogue", "women visitors, %1"), 2),
          guests("visitors_f_50p", QT_TRANSLATE_NOOP("RecordCatalogue", "women visitors, %1"), 3),
          guests("visitors_m_u18", QT_TRANSLATE_NOOP("RecordCatalogue", "men visitors, %1"), 0),
          guests("visitors_m_18_29", QT_TRANSLATE_NOOP("RecordCatalogue", "men visitors, %1"), 1),
          guests("visitors_m_30_49", QT_TRANSLATE_NOOP("RecordCatalogue", "men visitors, %1"), 2),
          guests("visitors_m_50p", QT_TRANSLATE_NOOP("RecordCatalogue", "men visitors, %1"), 3)},
         {}},
        {"team",
         "teams",
         QT_TRANSLATE_NOOP("RecordCatalogue", "Teams"),
         {text("name", QT_TRANSLATE_NOOP("RecordCatalogue", "name")),
          text("code", QT_TRANSLATE_NOOP("RecordCatalogue", "code")),
          reference("district", QT_TRANSLATE_NOOP("RecordCatalogue", "district"), "gazetteer", true),
          text("jamoat", QT_TRANSLATE_NOOP("RecordCatalogue", "jamoat")),
          text("address", QT_TRANSLATE_NOOP("RecordCatalogue", "address")),
          date("established", QT_TRANSLATE_NOOP("RecordCatalogue", "established on"), true),
          choice("kind", QT_TRANSLATE_NOOP("RecordCatalogue", "kind of group"), choicesOf<GroupKind>)},
         {{"member", "team"},
          {"meeting", "team"},
          {"concern", "team"},
          {"round", "team"},
          {"plan", "team"},
          {"referral", "team"},
          {"commitment", "team"},
          {"centre_group", "team"},
          {"event", "team"},
          {"campaign", "team"}}},
        {"member",
         "members",
         QT_TRANSLATE_NOOP("RecordCatalogue", "Members"),
         {reference("team", QT_TRANSLATE_NOOP("RecordCatalogue", "team"), "team", false),
          personal(text("name", QT_TRANSLATE_NOOP("RecordCatalogue", "name"))),
          choice("category", QT_TRANSLATE_NOOP("RecordCatalogue", "member category"),
                 choicesOf<MemberCategory>),
          choice("sex", QT_TRANSLATE_NOOP("RecordCatalogue", "sex"), choicesOf<Sex>),
          choice("age_band", QT_TRANSLATE_NOOP("RecordCatalogue", "age band"), choicesOf<AgeBand>),
          text("organisation", QT_TRANSLATE_NOOP("RecordCatalogue", "organisation")),
          text("post", QT_TRANSLATE_NOOP("RecordCatalogue", "post")),
          personal(text("phone", QT_TRANSLATE_NOOP("RecordCatalogue", "phone"))),
          date("joined", QT_TRANSLATE_NOOP("RecordCatalogue", "joined the team on"), true),
          date("left_on", QT_TRANSLATE_NOOP("RecordCatalogue", "left the team on"), true),
          reference("organisation_ref", QT_TRANSLATE_NOOP("RecordCatalogue", "organisation in the directory"),
                    "organisation", true)},
         {{"attendance", "member"}}},
        {"meeting",
         "meetings",
         QT_TRANSLATE_NOOP("RecordCatalogue", "Meetings"),
         {reference("team", QT_TRANSLATE_NOOP("RecordCatalogue", "team"), "team", false),
          text("code", QT_TRANSLATE_NOOP("RecordCatalogue", "code")),
          choice("kind", QT_TRANSLATE_NOOP("RecordCatalogue", "kind of meeting"), choicesOf<MeetingKind>),
          date("date", QT_TRANSLATE_NOOP("RecordCatalogue", "date"), false),
          text("place", QT_TRANSLATE_NOOP("RecordCatalogue", "place")),
          personal(text("facilitator", QT_TRANSLATE_NOOP("RecordCatalogue", "facilitator"))),
          text("minutes_number", QT_TRANSLATE_NOOP("RecordCatalogue", "number of the minutes")),
          personal(longText("agenda", QT_TRANSLATE_NOOP("RecordCatalogue", "agenda"))),
          personal(longText("minutes", QT_TRANSLATE_NOOP("RecordCatalogue", "minutes"))),
          personal(longText("decisions", QT_TRANSLATE_NOOP("RecordCatalogue", "decisions"))),
          guests("guests_f_u18", QT_TRANSLATE_NOOP("RecordCatalogue", "women guests, %1"), 0),
          guests("guests_f_18_29", QT_TRANSLATE_NOOP("RecordCatalogue", "women guests, %1"), 1),
          guests("guests_f_30_49", QT_TRANSLATE_NOOP("RecordCatalogue", "women guests, %1"), 2),
          guests("guests_f_50p", QT_TRANSLATE_NOOP("RecordCatalogue", "women guests, %1"), 3),
          guests("guests_m_u18", QT_TRANSLATE_NOOP("RecordCatalogue", "men guests, %1"), 0),
          guests("guests_m_18_29", QT_TRANSLATE_NOOP("RecordCatalogue", "men guests, %1"), 1),
          guests("guests_m_30_49", QT_TRANSLATE_NOOP("RecordCatalogue", "men guests, %1"), 2),
          guests("guests_m_50p", QT_TRANSLATE_NOOP("RecordCatalogue", "men guests, %1"), 3),
          personal(text("chair", QT_TRANSLATE_NOOP("RecordCatalogue", "chair of the meeting"))),
          personal(text("secretary", QT_TRANSLATE_NOOP("RecordCatalogue", "secretary of the meeting"))),
          reference("centre", QT_TRANSLATE_NOOP("RecordCatalogue", "community policing centre"), "centre",
                    true)},
         {{"attendance", "meeting"}}},
        {"attendance",
         "attendance",
         QT_TRANSLATE_NOOP("RecordCatalogue", "Attendance"),
         {reference("meeting", QT_TRANSLATE_NOOP("RecordCatalogue", "meeting"), "meeting", false),
          reference("member", QT_TRANSLATE_NOOP("RecordCatalogue", "member"), "member", false)},
         {}},
        {"concern",
         "concerns",
         QT_TRANSLATE_NOOP("RecordCatalogue", "Concerns"),
         {reference("team", QT_TRANSLATE_NOOP("RecordCatalogue", "team"), "team", false),
          text("code", QT_TRANSLATE_NOOP("RecordCatalogue", "code")),
          personal(text("title", QT_TRANSLATE_NOOP("RecordCatalogue", "title"))),
          personal(longText("description", QT_TRANSLATE_NOOP("RecordCatalogue", "description"))),
          reference("category", QT_TRANSLATE_NOOP("RecordCatalogue", "category"), "reference_item", false),
          text("place", QT_TRANSLATE_NOOP("RecordCatalogue", "place")),
          choice("raised_by", QT_TRANSLATE_NOOP("RecordCatalogue", "raised by"), choicesOf<RaisedBy>),
          reference("first_meeting",
                    QT_TRANSLATE_NOOP("RecordCatalogue", "meeting where it was first raised"), "meeting",
                    true),
          date("first_raised", QT_TRANSLATE_NOOP("RecordCatalogue", "first raised on"), true),
          choice("source", QT_TRANSLATE_NOOP("RecordCatalogue", "source"), choicesOf<ConcernSource>),
          choice("frequency", QT_TRANSLATE_NOOP("RecordCatalogue", "frequency"), choicesOf<Frequency>),
          choice("status", QT_TRANSLATE_NOOP("RecordCatalogue", "status"), choicesOf<ConcernStatus>),
          flag("restricted", QT_TRANSLATE_NOOP("RecordCatalogue", "restricted access")),
          personal(longText("causes", QT_TRANSLATE_NOOP("RecordCatalogue", "causes"))),
          personal(longText("effects", QT_TRANSLATE_NOOP("RecordCatalogue", "effects"))),
          personal(text("offender", QT_TRANSLATE_NOOP("RecordCatalogue", "offender"))),
          personal(text("victim", QT_TRANSLATE_NOOP("RecordCatalogue", "victim"))),
          personal(text("triangle_place", QT_TRANSLATE_NOOP("RecordCatalogue", "place (problem triangle)"))),
          personal(text("handler", QT_TRANSLATE_NOOP("RecordCatalogue", "handler"))),
          personal(text("guardian", QT_TRANSLATE_NOOP("RecordCatalogue", "guardian"))),
          personal(text("manager", QT_TRANSLATE_NOOP("RecordCatalogue", "manager of the place"))),
          personal(longText("gender_notes", QT_TRANSLATE_NOOP("RecordCatalogue", "gender notes"))),
          choice("conflict_risk", QT_TRANSLATE_NOOP("RecordCatalogue", "conflict risk"),
                 choicesOf<ConflictRisk>),
          personal(longText("mitigation", QT_TRANSLATE_NOOP("RecordCatalogue", "mitigation"))),
          decimal("baseline_value", QT_TRANSLATE_NOOP("RecordCatalogue", "baseline"), -kMeasure, kMeasure,
                  true),
          personal(
              longText("baseline_description", QT_TRANSLATE_NOOP("RecordCatalogue", "baseline description"))),
          date("baseline_date", QT_TRANSLATE_NOOP("RecordCatalogue", "baseline date"), true)},
         {{"status_change", "concern"},
          {"concern_driver", "concern"},
          {"concern_link", "from_concern"},
          {"concern_link", "to_concern"},
          {"round_concern", "concern"},
          {"score", "concern"},
          {"pairwise", "first_concern"},
          {"pairwise", "second_concern"},
          {"plan_concern", "concern"},
          {"referral", "concern"},
          {"event_concern", "concern"},
          {"campaign_concern", "concern"}}},
        {"status_change",
         "concern_status_history",
         QT_TRANSLATE_NOOP("RecordCatalogue", "Status changes"),
         {reference("concern", QT_TRANSLATE_NOOP("RecordCatalogue", "concern"), "concern", false),
          choice("status", QT_TRANSLATE_NOOP("RecordCatalogue", "status"), choicesOf<ConcernStatus>),
          date("date", QT_TRANSLATE_NOOP("RecordCatalogue", "date"), false),
          personal(longText("note", QT_TRANSLATE_NOOP("RecordCatalogue", "note")))},
         {}},
        {"concern_driver",
         "concern_drivers",
         QT_TRANSLATE_NOOP("RecordCatalogue", "Drivers of concerns"),
         {reference("concern", QT_TRANSLATE_NOOP("RecordCatalogue", "concern"), "concern", false),
          reference("driver", QT_TRANSLATE_NOOP("RecordCatalogue", "driver"), "reference_item", false)},
         {}},
        {"concern_link",
         "concern_links",
         QT_TRANSLATE_NOOP("RecordCatalogue", "Links between concerns"),
         {reference("from_concern", QT_TRANSLATE_NOOP("RecordCatalogue", "concern linked from"), "concern",
                    false),
          reference("to_concern", QT_TRANSLATE_NOOP("RecordCatalogue", "concern linked to"), "concern",
                    false),
          choice("kind", QT_TRANSLATE_NOOP("RecordCatalogue", "kind of link"), choicesOf<LinkKind>),
          personal(longText("note", QT_TRANSLATE_NOOP("RecordCatalogue", "note")))},
         {}},
        {"round",
         "rounds",
         QT_TRANSLATE_NOOP("RecordCatalogue", "Prioritisation rounds"),
         {reference("team", QT_TRANSLATE_NOOP("RecordCatalogue", "team"), "team", false),
          reference("meeting", QT_TRANSLATE_NOOP("RecordCatalogue", "meeting of the round"), "meeting", true),
          text("title", QT_TRANSLATE_NOOP("RecordCatalogue", "title")),
          date("date", QT_TRANSLATE_NOOP("RecordCatalogue", "date"), false),
          flag("decided", QT_TRANSLATE_NOOP("RecordCatalogue", "decided")),
          personal(longText("decision_note", QT_TRANSLATE_NOOP("RecordCatalogue", "note on the decision")))},
         {{"round_criterion", "round"},
          {"round_concern", "round"},
          {"score", "round"},
          {"pairwise", "round"}}},
        {"round_criterion",
         "round_criteria",
         QT_TRANSLATE_NOOP("RecordCatalogue", "Criteria of rounds"),
         {reference("round", QT_TRANSLATE_NOOP("RecordCatalogue", "prioritisation round"), "round", false),
          reference("criterion", QT_TRANSLATE_NOOP("RecordCatalogue", "criterion"), "reference_item", false),
          decimal("weight", QT_TRANSLATE_NOOP("RecordCatalogue", "weight"), 0, 100, false),
          integer("position", QT_TRANSLATE_NOOP("RecordCatalogue", "order in the list"), 0, kPosition)},
         {}},
        {"round_concern",
         "round_concerns",
         QT_TRANSLATE_NOOP("RecordCatalogue", "Concerns in rounds"),
         {reference("round", QT_TRANSLATE_NOOP("RecordCatalogue", "prioritisation round"), "round", false),
          reference("concern", QT_TRANSLATE_NOOP("RecordCatalogue", "concern"), "concern", false),
          flag("chosen", QT_TRANSLATE_NOOP("RecordCatalogue", "chosen as a priority")),
          integer("position", QT_TRANSLATE_NOOP("RecordCatalogue", "order in the list"), 0, kPosition)},
         {}},
        {"score",
         "scores",
         QT_TRANSLATE_NOOP("RecordCatalogue", "Scores"),
         {reference("round", QT_TRANSLATE_NOOP("RecordCatalogue", "prioritisation round"), "round", false),
          reference("concern", QT_TRANSLATE_NOOP("RecordCatalogue", "concern"), "concern", false),
          reference("criterion", QT_TRANSLATE_NOOP("RecordCatalogue", "criterion"), "reference_item", false),
          choice("participant_group", QT_TRANSLATE_NOOP("RecordCatalogue", "participant group"),
                 choicesOf<ParticipantGroup>),
          integer("value", QT_TRANSLATE_NOOP("RecordCatalogue", "score"), 1, 5)},
         {}},
        {"pairwise",
         "pairwise",
         QT_TRANSLATE_NOOP("RecordCatalogue", "Pairwise comparisons"),
         {reference("round", QT_TRANSLATE_NOOP("RecordCatalogue", "prioritisation round"), "round", false),
          reference("first_concern", QT_TRANSLATE_NOOP("RecordCatalogue", "first concern of the pair"),
                    "concern", false),
          reference("second_concern", QT_TRANSLATE_NOOP("RecordCatalogue", "second concern of the pair"),
                    "concern", false),
          reference("winner", QT_TRANSLATE_NOOP("RecordCatalogue", "winner"), "concern", false)},
         {}},
        {"plan",
         "plans",
         QT_TRANSLATE_NOOP("RecordCatalogue", "Action plans"),
         {reference("team", QT_TRANSLATE_NOOP("RecordCatalogue", "team"), "team", false),
          text("code", QT_TRANSLATE_NOOP("RecordCatalogue", "code")),
          text("title", QT_TRANSLATE_NOOP("RecordCatalogue", "title")),
          date("period_start", QT_TRANSLATE_NOOP("RecordCatalogue", "start of the period"), true),
          date("period_end", QT_TRANSLATE_NOOP("RecordCatalogue", "end of the period"), true),
          longText("objective", QT_TRANSLATE_NOOP("RecordCatalogue", "objective")),
          reference("adopted_meeting", QT_TRANSLATE_NOOP("RecordCatalogue", "meeting that adopted it"),
                    "meeting", true),
          text("adopted_minutes", QT_TRANSLATE_NOOP("RecordCatalogue", "minutes number of the adoption")),
          text("approver_name", QT_TRANSLATE_NOOP("RecordCatalogue", "name of the approver")),
          text("approver_post", QT_TRANSLATE_NOOP("RecordCatalogue", "post of the approver")),
          choice("status", QT_TRANSLATE_NOOP("RecordCatalogue", "status"), choicesOf<PlanStatus>),
          text("agreer_name", QT_TRANSLATE_NOOP("RecordCatalogue", "name of the one who agreed it")),
          text("agreer_post", QT_TRANSLATE_NOOP("RecordCatalogue", "post of the one who agreed it")),
          text("outgoing_number", QT_TRANSLATE_NOOP("RecordCatalogue", "outgoing number")),
          text("ordinance_number", QT_TRANSLATE_NOOP("RecordCatalogue", "number of the ordinance")),
          date("ordinance_date", QT_TRANSLATE_NOOP("RecordCatalogue", "date of the ordinance"), true)},
         {{"plan_concern", "plan"}, {"activity", "plan"}}},
        {"plan_concern",
         "plan_concerns",
         QT_TRANSLATE_NOOP("RecordCatalogue", "Concerns in plans"),
         {reference("plan", QT_TRANSLATE_NOOP("RecordCatalogue", "action plan"), "plan", false),
          reference("concern", QT_TRANSLATE_NOOP("RecordCatalogue", "concern"), "concern", false),
          integer("position", QT_TRANSLATE_NOOP("RecordCatalogue", "order in the list"), 0, kPosition)},
         {}},
        {"activity",
         "activities",
         QT_TRANSLATE_NOOP("RecordCatalogue", "Activities"),
         {reference("plan", QT_TRANSLATE_NOOP("RecordCatalogue", "action plan"), "plan", false),
          integer("position", QT_TRANSLATE_NOOP("RecordCatalogue", "order in the list"), 0, kPosition),
          text("measure", QT_TRANSLATE_NOOP("RecordCatalogue", "activity")),
          reference("lead_body", QT_TRANSLATE_NOOP("RecordCatalogue", "lead body"), "reference_item", false),
          longText("partners", QT_TRANSLATE_NOOP("RecordCatalogue", "partners")),
          date("start_date", QT_TRANSLATE_NOOP("RecordCatalogue", "start date"), true),
          date("deadline", QT_TRANSLATE_NOOP("RecordCatalogue", "deadline"), true),
          longText("resources", QT_TRANSLATE_NOOP("RecordCatalogue", "resources")),
          reference("funding_source", QT_TRANSLATE_NOOP("RecordCatalogue", "funding source"),
                    "reference_item", true),
          decimal("amount", QT_TRANSLATE_NOOP("RecordCatalogue", "amount"), 0, kMoney, false),
          text("output_indicator", QT_TRANSLATE_NOOP("RecordCatalogue", "output indicator")),
          text("outcome_indicator", QT_TRANSLATE_NOOP("RecordCatalogue", "outcome indicator")),
          decimal("outcome_baseline", QT_TRANSLATE_NOOP("RecordCatalogue", "baseline of the outcome"),
                  -kMeasure, kMeasure, true),
          decimal("outcome_target", QT_TRANSLATE_NOOP("RecordCatalogue", "target"), -kMeasure, kMeasure,
                  true),
          longText("verification", QT_TRANSLATE_NOOP("RecordCatalogue", "means of verification")),
          personal(longText("risks", QT_TRANSLATE_NOOP("RecordCatalogue", "risks"))),
          personal(longText("notes", QT_TRANSLATE_NOOP("RecordCatalogue", "gender and conflict notes"))),
          choice("status", QT_TRANSLATE_NOOP("RecordCatalogue", "status"), choicesOf<ActivityStatus>),
          reference("lead_organisation",
                    QT_TRANSLATE_NOOP("RecordCatalogue", "lead organisation in the directory"),
                    "organisation", true)},
         {{"progress_update", "activity"},
          {"indicator_reading", "activity"},
          {"activity_partner", "activity"}}},
        {"event",
         "events",
         QT_TRANSLATE_NOOP("RecordCatalogue", "Events"),
         {reference("team", QT_TRANSLATE_NOOP("RecordCatalogue", "team"), "team", false),
          text("code", QT_TRANSLATE_NOOP("RecordCatalogue", "code")),
          choice("kind", QT_TRANSLATE_NOOP("RecordCatalogue", "kind of event"), choicesOf<EventKind>),
          text("title", QT_TRANSLATE_NOOP("RecordCatalogue", "title")),
          date("start_date", QT_TRANSLATE_NOOP("RecordCatalogue", "first day"), false),
          date("end_date", QT_TRANSLATE_NOOP("RecordCatalogue", "last day"), true),
          text("place", QT_TRANSLATE_NOOP("RecordCatalogue", "place")),
          reference("centre", QT_TRANSLATE_NOOP("RecordCatalogue", "community policing centre"), "centre",
                    true),
          text("organisers", QT_TRANSLATE_NOOP("RecordCatalogue", "other organisers")),
          longText("topics", QT_TRANSLATE_NOOP("RecordCatalogue", "topics")),
          reference("plan", QT_TRANSLATE_NOOP("RecordCatalogue", "action plan"), "plan", true),
          reference("activity", QT_TRANSLATE_NOOP("RecordCatalogue", "activity"), "activity", true),
          integer("test_out_of", QT_TRANSLATE_NOOP("RecordCatalogue", "highest test score"), 1,
                  limits::kTestScore),
          longText("questions", QT_TRANSLATE_NOOP("RecordCatalogue", "feedback questions"))},
         {{"event_organiser", "event"},
          {"event_concern", "event"},
          {"event_participant", "event"},
          {"event_count", "event"},
          {"event_trainer", "event"},
          {"event_test", "event"},
          {"event_feedback", "event"},
          {"event_follow_up", "event"}}},
        {"event_organiser",
         "event_organisers",
         QT_TRANSLATE_NOOP("RecordCatalogue", "Organisers of events"),
         {reference("event", QT_TRANSLATE_NOOP("RecordCatalogue", "event"), "event", false),
          reference("organisation", QT_TRANSLATE_NOOP("RecordCatalogue", "organisation"), "organisation",
                    false)},
         {}},
        {"event_concern",
         "event_concerns",
         QT_TRANSLATE_NOOP("RecordCatalogue", "Concerns of events"),
         {reference("event", QT_TRANSLATE_NOOP("RecordCatalogue", "event"), "event", false),
          reference("concern", QT_TRANSLATE_NOOP("RecordCatalogue", "concern"), "concern", false)},
         {}},
        {"event_participant",
         "event_participants",
         QT_TRANSLATE_NOOP("RecordCatalogue", "Participants of events"),
         {reference("event", QT_TRANSLATE_NOOP("RecordCatalogue", "event"), "event", false),
          // Not a reference: the member may be of a group this laptop does not hold (Schema, step 9).
          text("member", QT_TRANSLATE_NOOP("RecordCatalogue", "member's identifier")),
          personal(text("name", QT_TRANSLATE_NOOP("RecordCatalogue", "name"))),
          text("organisation", QT_TRANSLATE_NOOP("RecordCatalogue", "organisation")),
          choice("role", QT_TRANSLATE_NOOP("RecordCatalogue", "comes from"), choicesOf<ParticipantRole>),
          choice("sex", QT_TRANSLATE_NOOP("RecordCatalogue", "sex"), choicesOf<Sex>),
          choice("age_band", QT_TRANSLATE_NOOP("RecordCatalogue", "age band"), choicesOf<AgeBand>)},
         {}},
        {"event_count",
         "event_counts",
         QT_TRANSLATE_NOOP("RecordCatalogue", "Participants counted"),
         {reference("event", QT_TRANSLATE_NOOP("RecordCatalogue", "event"), "event", false),
          choice("role", QT_TRANSLATE_NOOP("RecordCatalogue", "comes from"), choicesOf<ParticipantRole>),
          guests("people_f_u18", QT_TRANSLATE_NOOP("RecordCatalogue", "women taking part, %1"), 0),
          guests("people_f_18_29", QT_TRANSLATE_NOOP("RecordCatalogue", "women taking part, %1"), 1),
          guests("people_f_30_49", QT_TRANSLATE_NOOP("RecordCatalogue", "women taking part, %1"), 2),
          guests("people_f_50p", QT_TRANSLATE_NOOP("RecordCatalogue", "women taking part, %1"), 3),
          guests("people_m_u18", QT_TRANSLATE_NOOP("RecordCatalogue", "men taking part, %1"), 0),
          guests("people_m_18_29", QT_TRANSLATE_NOOP("RecordCatalogue", "men taking part, %1"), 1),
          guests("people_m_30_49", QT_TRANSLATE_NOOP("RecordCatalogue", "men taking part, %1"), 2),
          guests("people_m_50p", QT_TRANSLATE_NOOP("RecordCatalogue", "men taking part, %1"), 3)},
         {}},
        {"event_trainer",
         "event_trainers",
         QT_TRANSLATE_NOOP("RecordCatalogue", "Trainers"),
         {reference("event", QT_TRANSLATE_NOOP("RecordCatalogue", "event"), "event", false),
          personal(text("name", QT_TRANSLATE_NOOP("RecordCatalogue", "name"))),
          reference("organisation_ref", QT_TRANSLATE_NOOP("RecordCatalogue", "organisation in the directory"),
                    "organisation", true),
          text("organisation", QT_TRANSLATE_NOOP("RecordCatalogue", "organisation")),
          choice("background", QT_TRANSLATE_NOOP("RecordCatalogue", "background"),
                 choicesOf<TrainerBackground>)},
         {}},
        {"event_test",
         "event_tests",
         QT_TRANSLATE_NOOP("RecordCatalogue", "Test sheets"),
         {reference("event", QT_TRANSLATE_NOOP("RecordCatalogue", "event"), "event", false),
          integer("sheet", QT_TRANSLATE_NOOP("RecordCatalogue", "sheet number"), 1, limits::kSheets),
          decimal("pre", QT_TRANSLATE_NOOP("RecordCatalogue", "score before"), 0, limits::kTestScore, true),
          decimal("post", QT_TRANSLATE_NOOP("RecordCatalogue", "score after"), 0, limits::kTestScore, true)},
         {}},
        {"event_feedback",
         "event_feedback",
         QT_TRANSLATE_NOOP("RecordCatalogue", "Feedback sheets"),
         {reference("event", QT_TRANSLATE_NOOP("RecordCatalogue", "event"), "event", false),
          integer("sheet", QT_TRANSLATE_NOOP("RecordCatalogue", "sheet number"), 1, limits::kSheets),
          answer("answer_1", 1), answer("answer_2", 2), answer("answer_3", 3), answer("answer_4", 4),
          answer("answer_5", 5), answer("answer_6", 6), answer("answer_7", 7), answer("answer_8", 8),
          personal(longText("comment", QT_TRANSLATE_NOOP("RecordCatalogue", "comment")))},
         {}},
        {"event_follow_up",
         "event_follow_ups",
         QT_TRANSLATE_NOOP("RecordCatalogue", "Follow-ups of events"),
         {reference("event", QT_TRANSLATE_NOOP("RecordCatalogue", "event"), "event", false),
          date("date", QT_TRANSLATE_NOOP("RecordCatalogue", "date"), false),
          personal(longText("note", QT_TRANSLATE_NOOP("RecordCatalogue", "note")))},
         {}},
        {"campaign",
         "campaigns",
         QT_TRANSLATE_NOOP("RecordCatalogue", "Campaigns"),
         {reference("team", QT_TRANSLATE_NOOP("RecordCatalogue", "team"), "team", false),
          text("code", QT_TRANSLATE_NOOP("RecordCatalogue", "code")),
          text("title", QT_TRANSLATE_NOOP("RecordCatalogue", "title")),
          date("start_date", QT_TRANSLATE_NOOP("RecordCatalogue", "start date"), false),
          date("end_date", QT_TRANSLATE_NOOP("RecordCatalogue", "end date"), true),
          reference("plan", QT_TRANSLATE_NOOP("RecordCatalogue", "action plan"), "plan", true),
          reached("reached_f_u18", QT_TRANSLATE_NOOP("RecordCatalogue", "women reached, %1"), 0),
          reached("reached_f_18_29", QT_TRANSLATE_NOOP("RecordCatalogue", "women reached, %1"), 1),
          reached("reached_f_30_49", QT_TRANSLATE_NOOP("RecordCatalogue", "women reached, %1"), 2),
          reached("reached_f_50p", QT_TRANSLATE_NOOP("RecordCatalogue", "women reached, %1"), 3),
          reached("reached_m_u18", QT_TRANSLATE_NOOP("RecordCatalogue", "men reached, %1"), 0),
          reached("reached_m_18_29", QT_TRANSLATE_NOOP("RecordCatalogue", "men reached, %1"), 1),
          reached("reached_m_30_49", QT_TRANSLATE_NOOP("RecordCatalogue", "men reached, %1"), 2),
          reached("reached_m_50p", QT_TRANSLATE_NOOP("RecordCatalogue", "men reached, %1"), 3),
          integer("reached_indirect", QT_TRANSLATE_NOOP("RecordCatalogue", "reached indirectly"), 0,
                  limits::kReachedIndirectly),
          longText("indirect_method",
                   QT_TRANSLATE_NOOP("RecordCatalogue", "how the indirect reach was estimated")),
          decimal("cost", QT_TRANSLATE_NOOP("RecordCatalogue", "cost"), 0, kMoney, false),
          reference("funding_source", QT_TRANSLATE_NOOP("RecordCatalogue", "funding source"),
                    "reference_item", true),
          longText("notes", QT_TRANSLATE_NOOP("RecordCatalogue", "notes"))},
         {{"campaign_channel", "campaign"},
          {"campaign_concern", "campaign"},
          {"campaign_material", "campaign"}}},
        {"campaign_channel",
         "campaign_channels",
         QT_TRANSLATE_NOOP("RecordCatalogue", "Channels of campaigns"),
         {reference("campaign", QT_TRANSLATE_NOOP("RecordCatalogue", "campaign"), "campaign", false),
          choice("channel", QT_TRANSLATE_NOOP("RecordCatalogue", "channel"), choicesOf<CampaignChannel>)},
         {}},
        {"campaign_concern",
         "campaign_concerns",
         QT_TRANSLATE_NOOP("RecordCatalogue", "Concerns of campaigns"),
         {reference("campaign", QT_TRANSLATE_NOOP("RecordCatalogue", "campaign"), "campaign", false),
          reference("concern", QT_TRANSLATE_NOOP("RecordCatalogue", "concern"), "concern", false)},
         {}},
        {"campaign_material",
         "campaign_materials",
         QT_TRANSLATE_NOOP("RecordCatalogue", "Materials of campaigns"),
         {reference("campaign", QT_TRANSLATE_NOOP("RecordCatalogue", "campaign"), "campaign", false),
          text("item", QT_TRANSLATE_NOOP("RecordCatalogue", "material")),
          integer("quantity", QT_TRANSLATE_NOOP("RecordCatalogue", "quantity"), 0, limits::kMaterialCopies)},
         {}},
        {"progress_update",
         "progress_updates",
         QT_TRANSLATE_NOOP("RecordCatalogue", "Progress updates"),
         {reference("activity", QT_TRANSLATE_NOOP("RecordCatalogue", "activity"), "activity", false),
          date("date", QT_TRANSLATE_NOOP("RecordCatalogue", "date"), false),
          choice("status", QT_TRANSLATE_NOOP("RecordCatalogue", "status"), choicesOf<ActivityStatus>),
          personal(longText("note", QT_TRANSLATE_NOOP("RecordCatalogue", "note"))),
          reached("reached_f_u18", QT_TRANSLATE_NOOP("RecordCatalogue", "women reached, %1"), 0),
          reached("reached_f_18_29", QT_TRANSLATE_NOOP("RecordCatalogue", "women reached, %1"), 1),
          reached("reached_f_30_49", QT_TRANSLATE_NOOP("RecordCatalogue", "women reached, %1"), 2),
          reached("reached_f_50p", QT_TRANSLATE_NOOP("RecordCatalogue", "women reached, %1"), 3),
          reached("reached_m_u18", QT_TRANSLATE_NOOP("RecordCatalogue", "men reached, %1"), 0),
          reached("reached_m_18_29", QT_TRANSLATE_NOOP("RecordCatalogue", "men reached, %1"), 1),
          reached("reached_m_30_49", QT_TRANSLATE_NOOP("RecordCatalogue", "men reached, %1"), 2),
          reached("reached_m_50p", QT_TRANSLATE_NOOP("RecordCatalogue", "men reached, %1"), 3),
          integer("reached_indirect", QT_TRANSLATE_NOOP("RecordCatalogue", "reached indirectly"), 0,
                  limits::kReachedIndirectly),
          decimal("spent", QT_TRANSLATE_NOOP("RecordCatalogue", "money spent"), 0, kMoney, false),
          reference("event", QT_TRANSLATE_NOOP("RecordCatalogue", "carried out by the event"), "event", true),
          reference("campaign", QT_TRANSLATE_NOOP("RecordCatalogue", "carried out by the campaign"),
                    "campaign", true)},
         {}},
        {"indicator_reading",
         "indicator_readings",
         QT_TRANSLATE_NOOP("RecordCatalogue", "Indicator readings"),
         {reference("activity", QT_TRANSLATE_NOOP("RecordCatalogue", "activity"), "activity", false),
          date("date", QT_TRANSLATE_NOOP("RecordCatalogue", "date"), false),
          decimal("value", QT_TRANSLATE_NOOP("RecordCatalogue", "value measured"), -kMeasure, kMeasure,
                  false),
          personal(longText("note", QT_TRANSLATE_NOOP("RecordCatalogue", "note")))},
         {}},
        {"centre_group",
         "centre_groups",
         QT_TRANSLATE_NOOP("RecordCatalogue", "Groups meeting at centres"),
         {reference("centre", QT_TRANSLATE_NOOP("RecordCatalogue", "community policing centre"), "centre",
                    false),
          reference("team", QT_TRANSLATE_NOOP("RecordCatalogue", "team"), "team", false)},
         {}},
        {"referral",
         "referrals",
         QT_TRANSLATE_NOOP("RecordCatalogue", "Referrals"),
         {reference("team", QT_TRANSLATE_NOOP("RecordCatalogue", "team"), "team", false),
          reference("concern", QT_TRANSLATE_NOOP("RecordCatalogue", "concern"), "concern", true),
          reference("service", QT_TRANSLATE_NOOP("RecordCatalogue", "service"), "service", false),
          date("date", QT_TRANSLATE_NOOP("RecordCatalogue", "date"), false),
          guests("people_f_u18", QT_TRANSLATE_NOOP("RecordCatalogue", "women referred, %1"), 0),
          guests("people_f_18_29", QT_TRANSLATE_NOOP("RecordCatalogue", "women referred, %1"), 1),
          guests("people_f_30_49", QT_TRANSLATE_NOOP("RecordCatalogue", "women referred, %1"), 2),
          guests("people_f_50p", QT_TRANSLATE_NOOP("RecordCatalogue", "women referred, %1"), 3),
          guests("people_m_u18", QT_TRANSLATE_NOOP("RecordCatalogue", "men referred, %1"), 0),
          guests("people_m_18_29", QT_TRANSLATE_NOOP("RecordCatalogue", "men referred, %1"), 1),
          guests("people_m_30_49", QT_TRANSLATE_NOOP("RecordCatalogue", "men referred, %1"), 2),
          guests("people_m_50p", QT_TRANSLATE_NOOP("RecordCatalogue", "men referred, %1"), 3),
          choice("outcome", QT_TRANSLATE_NOOP("RecordCatalogue", "outcome"), choicesOf<ReferralOutcome>)},
         {}},
        {"commitment",
         "commitments",
         QT_TRANSLATE_NOOP("RecordCatalogue", "Requests and recommendations"),
         {reference("team", QT_TRANSLATE_NOOP("RecordCatalogue", "team"), "team", false),
          text("code", QT_TRANSLATE_NOOP("RecordCatalogue", "code")),
          choice("kind", QT_TRANSLATE_NOOP("RecordCatalogue", "request or recommendation"),
                 choicesOf<CommitmentKind>),
          personal(longText("text", QT_TRANSLATE_NOOP("RecordCatalogue", "what was asked"))),
          reference("meeting", QT_TRANSLATE_NOOP("RecordCatalogue", "meeting where it was made"), "meeting",
                    true),
          reference("plan", QT_TRANSLATE_NOOP("RecordCatalogue", "action plan"), "plan", true),
          reference("organisation", QT_TRANSLATE_NOOP("RecordCatalogue", "addressed to (directory)"),
                    "organisation", true),
          text("addressed_to", QT_TRANSLATE_NOOP("RecordCatalogue", "addressed to")),
          date("made", QT_TRANSLATE_NOOP("RecordCatalogue", "made on"), false),
          date("due", QT_TRANSLATE_NOOP("RecordCatalogue", "due date"), true),
          personal(longText("answer", QT_TRANSLATE_NOOP("RecordCatalogue", "answer"))),
          date("answered", QT_TRANSLATE_NOOP("RecordCatalogue", "answered on"), true),
          choice("status", QT_TRANSLATE_NOOP("RecordCatalogue", "status"), choicesOf<CommitmentStatus>),
          decimal("pledged", QT_TRANSLATE_NOOP("RecordCatalogue", "money pledged"), 0, kMoney, false),
          decimal("delivered", QT_TRANSLATE_NOOP("RecordCatalogue", "money delivered"), 0, kMoney, false)},
         {}},
        {"activity_partner",
         "activity_partners",
         QT_TRANSLATE_NOOP("RecordCatalogue", "Partners of activities"),
         {reference("activity", QT_TRANSLATE_NOOP("RecordCatalogue", "activity"), "activity", false),
          reference("organisation", QT_TRANSLATE_NOOP("RecordCatalogue", "organisation"), "organisation",
                    false)},
         {}},

    };
    return all;
}

const Kind* kind(QStringView name)
{
    for (const Kind& kind : kinds())
        if (name == QLatin1String(kind.name))
            return &kind;
    return nullptr;
}

const Field* Kind::field(QStringView column) const
{
    for (const Field& field : fields)
        if (column == QLatin1String(field.column))
            return &field;
    for (const Field& field : stamps())
        if (column == QLatin1String(field.column))
            return &field;
    return nullptr;
}

const Field* field(QStringView kindName, QStringView column)
{
    const Kind* found = kind(kindName);
    return found ? found->field(column) : nullptr;
}

QString Field::label() const
{
    const QString text = QCoreApplication::translate(kContext, labelSource);
    if (ageBand >= 0)
        return text.arg(displayName(AgeBand(ageBand)));
    return number >= 0 ? text.arg(number) : text;
}

QString Kind::label() const
{
    return QCoreApplication::translate(kContext, labelSource);
}

QString kindLabel(QStringView name)
{
    if (const Kind* found = kind(name))
        return found->label();
    return QCoreApplication::translate(kContext, "Unknown records (%1)").arg(name);
}

QString fieldLabel(QStringView kindName, QStringView column)
{
    if (const Field* found = field(kindName, column))
        return found->label();
    return column.toString().replace(QLatin1Char('_'), QLatin1Char(' '));
}

} // namespace hamkori::catalogue
