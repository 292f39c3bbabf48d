#include "ConflictText.h"
#include "core/model/Enums.h"
#include "core/storage/Database.h"
#include "core/storage/ReferenceRepository.h"
#include "core/storage/SyncRepository.h"
#include "core/sync/FieldTypes.h"
#include "core/sync/MergeReport.h"
#include "translations/Translations.h"
#include <QMap>

namespace hamkori::exchange {

QHash<QString, QString> ConflictText::deviceNames(Database& db)
{
    QHash<QString, QString> names;
    if (auto devices = SyncRepository(db).knownDevices())
        for (const KnownDevice& device : *devices)
            names.insert(device.id, device.name.isEmpty() ? device.fingerprint() : device.name);
    names.insert(db.deviceId(), tr("this laptop"));
    return names;
}

QString ConflictText::kindName(const QString& kind)
{
    return sync::MergeReport::kindName(kind);
}

QString ConflictText::fieldName(const QString& kind, const QString& field)
{
    // The same column means something else in another kind of record.
    static const QMap<std::pair<QString, QString>, const char*> ofKind = {
        {{QStringLiteral("meeting"), QStringLiteral("kind")}, QT_TR_NOOP("kind of meeting")},
        {{QStringLiteral("concern_link"), QStringLiteral("kind")}, QT_TR_NOOP("kind of link")},
        {{QStringLiteral("gazetteer"), QStringLiteral("kind")}, QT_TR_NOOP("kind of place")},
        {{QStringLiteral("score"), QStringLiteral("value")}, QT_TR_NOOP("score")},
        {{QStringLiteral("indicator_reading"), QStringLiteral("value")}, QT_TR_NOOP("value measured")},
        {{QStringLiteral("member"), QStringLiteral("category")}, QT_TR_NOOP("member category")},
        {{QStringLiteral("concern"), QStringLiteral("category")}, QT_TR_NOOP("category")},
        {{QStringLiteral("round"), QStringLiteral("meeting")}, QT_TR_NOOP("meeting of the round")},
    };
    static const QMap<QString, const char*> names = {
        {QStringLiteral("deleted"), QT_TR_NOOP("deleted or kept")},
        {QStringLiteral("name"), QT_TR_NOOP("name")},
        {QStringLiteral("code"), QT_TR_NOOP("code")},
        {QStringLiteral("title"), QT_TR_NOOP("title")},
        {QStringLiteral("description"), QT_TR_NOOP("description")},
        {QStringLiteral("place"), QT_TR_NOOP("place")},
        {QStringLiteral("status"), QT_TR_NOOP("status")},
        {QStringLiteral("date"), QT_TR_NOOP("date")},
        {QStringLiteral("agenda"), QT_TR_NOOP("agenda")},
        {QStringLiteral("minutes"), QT_TR_NOOP("minutes")},
        {QStringLiteral("decisions"), QT_TR_NOOP("decisions")},
        {QStringLiteral("causes"), QT_TR_NOOP("causes")},
        {QStringLiteral("effects"), QT_TR_NOOP("effects")},
        {QStringLiteral("mitigation"), QT_TR_NOOP("mitigation")},
        {QStringLiteral("phone"), QT_TR_NOOP("phone")},
        {QStringLiteral("post"), QT_TR_NOOP("post")},
        {QStringLiteral("organisation"), QT_TR_NOOP("organisation")},
        {QStringLiteral("address"), QT_TR_NOOP("address")},
        {QStringLiteral("jamoat"), QT_TR_NOOP("jamoat")},
        // The gazetteer and the reference lists.
        {QStringLiteral("region"), QT_TR_NOOP("region")},
        {QStringLiteral("kind"), QT_TR_NOOP("kind")},
        {QStringLiteral("name_en"), QT_TR_NOOP("name in English")},
        {QStringLiteral("name_tg"), QT_TR_NOOP("name in Tajik")},
        {QStringLiteral("name_ru"), QT_TR_NOOP("name in Russian")},
        {QStringLiteral("former_names"), QT_TR_NOOP("former names")},
        {QStringLiteral("list"), QT_TR_NOOP("list")},
        {QStringLiteral("position"), QT_TR_NOOP("order in the list")},
        {QStringLiteral("default_weight"), QT_TR_NOOP("default weight")},
        // Teams and members.
        {QStringLiteral("district"), QT_TR_NOOP("district")},
        {QStringLiteral("established"), QT_TR_NOOP("established on")},
        {QStringLiteral("team"), QT_TR_NOOP("team")},
        {QStringLiteral("category"), QT_TR_NOOP("category")},
        {QStringLiteral("sex"), QT_TR_NOOP("sex")},
        {QStringLiteral("age_band"), QT_TR_NOOP("age band")},
        {QStringLiteral("joined"), QT_TR_NOOP("joined the team on")},
        {QStringLiteral("left_on"), QT_TR_NOOP("left the team on")},
        // Meetings.
        {QStringLiteral("facilitator"), QT_TR_NOOP("facilitator")},
        {QStringLiteral("minutes_number"), QT_TR_NOOP("number of the minutes")},
        {QStringLiteral("meeting"), QT_TR_NOOP("meeting")},
        {QStringLiteral("member"), QT_TR_NOOP("member")},
        // Concerns.
        {QStringLiteral("raised_by"), QT_TR_NOOP("raised by")},
        {QStringLiteral("first_meeting"), QT_TR_NOOP("meeting where it was first raised")},
        {QStringLiteral("first_raised"), QT_TR_NOOP("first raised on")},
        {QStringLiteral("source"), QT_TR_NOOP("source")},
        {QStringLiteral("frequency"), QT_TR_NOOP("frequency")},
        {QStringLiteral("restricted"), QT_TR_NOOP("restricted access")},
        {QStringLiteral("offender"), QT_TR_NOOP("offender")},
        {QStringLiteral("victim"), QT_TR_NOOP("victim")},
        {QStringLiteral("triangle_place"), QT_TR_NOOP("place (problem triangle)")},
        {QStringLiteral("handler"), QT_TR_NOOP("handler")},
        {QStringLiteral("guardian"), QT_TR_NOOP("guardian")},
        {QStringLiteral("manager"), QT_TR_NOOP("manager of the place")},
        {QStringLiteral("gender_notes"), QT_TR_NOOP("gender notes")},
        {QStringLiteral("conflict_risk"), QT_TR_NOOP("conflict risk")},
        {QStringLiteral("baseline_value"), QT_TR_NOOP("baseline")},
        {QStringLiteral("baseline_description"), QT_TR_NOOP("baseline description")},
        {QStringLiteral("baseline_date"), QT_TR_NOOP("baseline date")},
        {QStringLiteral("concern"), QT_TR_NOOP("concern")},
        {QStringLiteral("note"), QT_TR_NOOP("note")},
        {QStringLiteral("driver"), QT_TR_NOOP("driver")},
        {QStringLiteral("from_concern"), QT_TR_NOOP("concern linked from")},
        {QStringLiteral("to_concern"), QT_TR_NOOP("concern linked to")},
        // Prioritisation.
        {QStringLiteral("decided"), QT_TR_NOOP("decided")},
        {QStringLiteral("decision_note"), QT_TR_NOOP("note on the decision")},
        {QStringLiteral("round"), QT_TR_NOOP("prioritisation round")},
        {QStringLiteral("criterion"), QT_TR_NOOP("criterion")},
        {QStringLiteral("weight"), QT_TR_NOOP("weight")},
        {QStringLiteral("chosen"), QT_TR_NOOP("chosen as a priority")},
        {QStringLiteral("participant_group"), QT_TR_NOOP("participant group")},
        {QStringLiteral("value"), QT_TR_NOOP("value")},
        {QStringLiteral("first_concern"), QT_TR_NOOP("first concern of the pair")},
        {QStringLiteral("second_concern"), QT_TR_NOOP("second concern of the pair")},
        {QStringLiteral("winner"), QT_TR_NOOP("winner")},
        // Action plans and their activities.
        {QStringLiteral("plan"), QT_TR_NOOP("action plan")},
        {QStringLiteral("period_start"), QT_TR_NOOP("start of the period")},
        {QStringLiteral("period_end"), QT_TR_NOOP("end of the period")},
        {QStringLiteral("objective"), QT_TR_NOOP("objective")},
        {QStringLiteral("adopted_meeting"), QT_TR_NOOP("meeting that adopted it")},
        {QStringLiteral("adopted_minutes"), QT_TR_NOOP("minutes number of the adoption")},
        {QStringLiteral("approver_name"), QT_TR_NOOP("name of the approver")},
        {QStringLiteral("approver_post"), QT_TR_NOOP("post of the approver")},
        {QStringLiteral("measure"), QT_TR_NOOP("activity")},
        {QStringLiteral("lead_body"), QT_TR_NOOP("lead body")},
        {QStringLiteral("partners"), QT_TR_NOOP("partners")},
        {QStringLiteral("start_date"), QT_TR_NOOP("start date")},
        {QStringLiteral("deadline"), QT_TR_NOOP("deadline")},
        {QStringLiteral("resources"), QT_TR_NOOP("resources")},
        {QStringLiteral("funding_source"), QT_TR_NOOP("funding source")},
        {QStringLiteral("amount"), QT_TR_NOOP("amount")},
        {QStringLiteral("output_indicator"), QT_TR_NOOP("output indicator")},
        {QStringLiteral("outcome_indicator"), QT_TR_NOOP("outcome indicator")},
        {QStringLiteral("outcome_baseline"), QT_TR_NOOP("baseline of the outcome")},
        {QStringLiteral("outcome_target"), QT_TR_NOOP("target")},
        {QStringLiteral("verification"), QT_TR_NOOP("means of verification")},
        {QStringLiteral("risks"), QT_TR_NOOP("risks")},
        {QStringLiteral("notes"), QT_TR_NOOP("gender and conflict notes")},
        {QStringLiteral("activity"), QT_TR_NOOP("activity")},
        {QStringLiteral("reached_indirect"), QT_TR_NOOP("reached indirectly")},
        {QStringLiteral("spent"), QT_TR_NOOP("money spent")},
    };
    if (const char* name = ofKind.value({kind, field}))
        return tr(name);
    if (const char* name = names.value(field))
        return tr(name);
    // People counted by sex and age band: guests_f_u18, reached_m_50p…
    const QStringList parts = field.split(QLatin1Char('_'));
    if (parts.size() >= 3 && (parts[0] == u"guests" || parts[0] == u"reached") &&
        (parts[1] == u"f" || parts[1] == u"m")) {
        if (const auto band = enumFromCode<AgeBand>(parts.mid(2).join(QLatin1Char('_')))) {
            const bool women = parts[1] == u"f";
            const QString age = displayName(*band);
            if (parts[0] == u"guests")
                return women ? tr("women guests, %1").arg(age) : tr("men guests, %1").arg(age);
            return women ? tr("women reached, %1").arg(age) : tr("men reached, %1").arg(age);
        }
    }
    return QString(field).replace(QLatin1Char('_'), QLatin1Char(' '));
}

QString ConflictText::value(Database& db, const QString& kind, const sync::ConflictVersion& version)
{
    if (version.field == QLatin1String("deleted"))
        return version.value.toInt() != 0 ? tr("deleted") : tr("kept");
    if (version.value.isNull())
        return tr("(empty)");
    const QString text = version.value.toString();
    if (text.isEmpty())
        return tr("(empty)");
    const sync::FieldSpec spec = sync::fieldSpec(kind, version.field);
    switch (spec.type) {
    case sync::FieldType::Choice:
        for (const sync::FieldChoice& choice : spec.choices)
            if (choice.value.toString() == text)
                return choice.name;
        break;
    case sync::FieldType::Date:
        if (const QDate date = QDate::fromString(text, Qt::ISODate); date.isValid())
            return date.toString(QStringLiteral("dd.MM.yyyy"));
        break;
    case sync::FieldType::Reference:
        if (spec.references == u"reference_item") {
            if (auto item = ReferenceRepository(db).item(text))
                return item->name(Translations::current());
        } else if (spec.references == u"gazetteer") {
            if (auto place = ReferenceRepository(db).gazetteerEntry(text))
                return place->name(Translations::current());
        } else if (!spec.references.isEmpty()) {
            return SyncRepository(db).recordLabel(spec.references, text);
        }
        break;
    default:
        break;
    }
    return text;
}

QString ConflictText::origin(const sync::ConflictVersion& version, const QHash<QString, QString>& deviceNames)
{
    const QString device = deviceNames.value(version.device, version.device.left(8));
    const QDateTime time = version.time().toLocalTime();
    return tr("%1, %2").arg(device, time.toString(QStringLiteral("dd.MM.yyyy HH:mm")));
}

} // namespace hamkori::exchange
