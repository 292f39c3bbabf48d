#include "FieldTypes.h"
#include "../model/Enums.h"
#include <QCoreApplication>
#include <QHash>

namespace hamkori::sync {

namespace {

class Names
{
    Q_DECLARE_TR_FUNCTIONS(FieldTypes)
public:
    static QString yes() { return tr("yes"); }
    static QString no() { return tr("no"); }
    static QString region() { return tr("region"); }
    static QString city() { return tr("city"); }
    static QString district() { return tr("district"); }
};

template <typename E> FieldSpec choiceOf()
{
    FieldSpec spec;
    spec.type = FieldType::Choice;
    for (const auto& entry : EnumTraits<E>::entries())
        spec.choices.append({QString::fromLatin1(entry.code), displayName(entry.value)});
    return spec;
}

FieldSpec of(FieldType type, bool optional = false, double minimum = 0, double maximum = 0)
{
    FieldSpec spec;
    spec.type = type;
    spec.optional = optional;
    spec.minimum = minimum;
    spec.maximum = maximum;
    return spec;
}

FieldSpec flag()
{
    FieldSpec spec = of(FieldType::Choice);
    spec.choices = {{1, Names::yes()}, {0, Names::no()}};
    return spec;
}

FieldSpec placeKind()
{
    FieldSpec spec = of(FieldType::Choice);
    spec.choices = {{QStringLiteral("region"), Names::region()},
                    {QStringLiteral("city"), Names::city()},
                    {QStringLiteral("district"), Names::district()}};
    return spec;
}

FieldSpec reference(const char* kind)
{
    FieldSpec spec = of(FieldType::Reference);
    spec.references = QString::fromLatin1(kind);
    return spec;
}

// Limits a person could mean: counts of people up to a hundred thousand, money up to a billion somoni.
constexpr double kPeople = 100000;
constexpr double kMoney = 1e9;
constexpr double kMeasure = 1e9;
constexpr double kPosition = 100000;

/// Fields whose meaning does not depend on the kind of record.
std::optional<FieldSpec> common(const QString& field)
{
    static const QHash<QString, FieldType> texts = {
        {QStringLiteral("name"), FieldType::Text},
        {QStringLiteral("code"), FieldType::Text},
        {QStringLiteral("title"), FieldType::Text},
        {QStringLiteral("jamoat"), FieldType::Text},
        {QStringLiteral("address"), FieldType::Text},
        {QStringLiteral("organisation"), FieldType::Text},
        {QStringLiteral("post"), FieldType::Text},
        {QStringLiteral("phone"), FieldType::Text},
        {QStringLiteral("place"), FieldType::Text},
        {QStringLiteral("facilitator"), FieldType::Text},
        {QStringLiteral("minutes_number"), FieldType::Text},
        {QStringLiteral("offender"), FieldType::Text},
        {QStringLiteral("victim"), FieldType::Text},
        {QStringLiteral("triangle_place"), FieldType::Text},
        {QStringLiteral("handler"), FieldType::Text},
        {QStringLiteral("guardian"), FieldType::Text},
        {QStringLiteral("manager"), FieldType::Text},
        {QStringLiteral("adopted_minutes"), FieldType::Text},
        {QStringLiteral("approver_name"), FieldType::Text},
        {QStringLiteral("approver_post"), FieldType::Text},
        {QStringLiteral("name_en"), FieldType::Text},
        {QStringLiteral("name_tg"), FieldType::Text},
        {QStringLiteral("name_ru"), FieldType::Text},
        {QStringLiteral("measure"), FieldType::Text},
        {QStringLiteral("output_indicator"), FieldType::Text},
        {QStringLiteral("outcome_indicator"), FieldType::Text},
        {QStringLiteral("description"), FieldType::LongText},
        {QStringLiteral("agenda"), FieldType::LongText},
        {QStringLiteral("minutes"), FieldType::LongText},
        {QStringLiteral("decisions"), FieldType::LongText},
        {QStringLiteral("causes"), FieldType::LongText},
        {QStringLiteral("effects"), FieldType::LongText},
        {QStringLiteral("mitigation"), FieldType::LongText},
        {QStringLiteral("gender_notes"), FieldType::LongText},
        {QStringLiteral("baseline_description"), FieldType::LongText},
        {QStringLiteral("objective"), FieldType::LongText},
        {QStringLiteral("partners"), FieldType::LongText},
        {QStringLiteral("resources"), FieldType::LongText},
        {QStringLiteral("verification"), FieldType::LongText},
        {QStringLiteral("risks"), FieldType::LongText},
        {QStringLiteral("notes"), FieldType::LongText},
        {QStringLiteral("note"), FieldType::LongText},
        {QStringLiteral("decision_note"), FieldType::LongText},
        {QStringLiteral("former_names"), FieldType::LongText},
    };
    if (auto it = texts.find(field); it != texts.end())
        return of(*it);
    // References to other records, by UUID (a place's region by its code): field → the kind it names.
    static const QHash<QString, const char*> references = {
        {QStringLiteral("team"), "team"},
        {QStringLiteral("district"), "gazetteer"},
        {QStringLiteral("region"), "gazetteer"},
        {QStringLiteral("meeting"), "meeting"},
        {QStringLiteral("first_meeting"), "meeting"},
        {QStringLiteral("adopted_meeting"), "meeting"},
        {QStringLiteral("member"), "member"},
        {QStringLiteral("concern"), "concern"},
        {QStringLiteral("from_concern"), "concern"},
        {QStringLiteral("to_concern"), "concern"},
        {QStringLiteral("first_concern"), "concern"},
        {QStringLiteral("second_concern"), "concern"},
        {QStringLiteral("winner"), "concern"},
        {QStringLiteral("round"), "round"},
        {QStringLiteral("plan"), "plan"},
        {QStringLiteral("activity"), "activity"},
        {QStringLiteral("driver"), "reference_item"},
        {QStringLiteral("criterion"), "reference_item"},
        {QStringLiteral("lead_body"), "reference_item"},
        {QStringLiteral("funding_source"), "reference_item"},
    };
    if (const char* kind = references.value(field))
        return reference(kind);
    // Dates: the ones a record must have, and the ones that may be left empty.
    if (field == u"date")
        return of(FieldType::Date);
    static const QStringList optionalDates = {
        QStringLiteral("established"),  QStringLiteral("joined"),        QStringLiteral("left_on"),
        QStringLiteral("first_raised"), QStringLiteral("baseline_date"), QStringLiteral("period_start"),
        QStringLiteral("period_end"),   QStringLiteral("start_date"),    QStringLiteral("deadline")};
    if (optionalDates.contains(field))
        return of(FieldType::Date, true);
    if (field.startsWith(u"guests_") || field.startsWith(u"reached_"))
        return of(FieldType::Integer, false, 0, kPeople);
    if (field == u"position")
        return of(FieldType::Integer, false, 0, kPosition);
    if (field == u"amount" || field == u"spent")
        return of(FieldType::Decimal, false, 0, kMoney);
    if (field == u"baseline_value" || field == u"outcome_baseline" || field == u"outcome_target")
        return of(FieldType::Decimal, true, -kMeasure, kMeasure);
    if (field == u"default_weight" || field == u"weight")
        return of(FieldType::Decimal, false, 0, 100);
    if (field == u"restricted" || field == u"decided" || field == u"chosen")
        return flag();
    if (field == u"deleted")
        return of(FieldType::Deletion);
    return std::nullopt;
}

/// Fields whose meaning depends on the kind of record (a status, a kind, a value).
std::optional<FieldSpec> ofKind(const QString& kind, const QString& field)
{
    if (kind == u"member") {
        if (field == u"category")
            return choiceOf<MemberCategory>();
        if (field == u"sex")
            return choiceOf<Sex>();
        if (field == u"age_band")
            return choiceOf<AgeBand>();
    } else if (kind == u"meeting" && field == u"kind") {
        return choiceOf<MeetingKind>();
    } else if (kind == u"concern") {
        if (field == u"category")
            return reference("reference_item"); // an item of the editable list of categories
        if (field == u"raised_by")
            return choiceOf<RaisedBy>();
        if (field == u"source")
            return choiceOf<ConcernSource>();
        if (field == u"frequency")
            return choiceOf<Frequency>();
        if (field == u"status")
            return choiceOf<ConcernStatus>();
        if (field == u"conflict_risk")
            return choiceOf<ConflictRisk>();
    } else if (kind == u"status_change" && field == u"status") {
        return choiceOf<ConcernStatus>();
    } else if (kind == u"concern_link" && field == u"kind") {
        return choiceOf<LinkKind>();
    } else if (kind == u"score") {
        if (field == u"participant_group")
            return choiceOf<ParticipantGroup>();
        if (field == u"value")
            return of(FieldType::Integer, false, 1, 5); // the table's CHECK
    } else if (kind == u"plan" && field == u"status") {
        return choiceOf<PlanStatus>();
    } else if ((kind == u"activity" || kind == u"progress_update") && field == u"status") {
        return choiceOf<ActivityStatus>();
    } else if (kind == u"indicator_reading" && field == u"value") {
        return of(FieldType::Decimal, false, -kMeasure, kMeasure);
    } else if (kind == u"reference_item" && field == u"list") {
        return choiceOf<ReferenceList>();
    } else if (kind == u"gazetteer" && field == u"kind") {
        return placeKind();
    }
    return std::nullopt;
}

} // namespace

std::optional<FieldSpec> describedField(const QString& kind, const QString& field)
{
    if (auto spec = ofKind(kind, field))
        return spec;
    // "kind", "status", "value", "category", "sex"… mean something only with the kind of record.
    static const QStringList kindBound = {QStringLiteral("kind"),
                                          QStringLiteral("status"),
                                          QStringLiteral("value"),
                                          QStringLiteral("category"),
                                          QStringLiteral("sex"),
                                          QStringLiteral("age_band"),
                                          QStringLiteral("raised_by"),
                                          QStringLiteral("source"),
                                          QStringLiteral("frequency"),
                                          QStringLiteral("conflict_risk"),
                                          QStringLiteral("participant_group"),
                                          QStringLiteral("list")};
    if (kindBound.contains(field))
        return std::nullopt;
    return common(field);
}

FieldSpec fieldSpec(const QString& kind, const QString& field)
{
    return describedField(kind, field).value_or(of(FieldType::Text));
}

} // namespace hamkori::sync
