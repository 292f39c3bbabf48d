#include "Schema.h"
#include "SqlUtil.h"
#include "Uuids.h"
#include <QFile>
#include <QStringList>
#include <functional>

namespace hamkori::schema {

namespace {

struct BuiltIn
{
    const char* list;
    const char* code;
    const char* name;
    double weight = 1.0;
    int step = 1; // the schema step that brought it: an upgraded file gets it then (seedBuiltIns)
};

// The starting taxonomy of DOMAIN.md. Names are translated in the "Reference" context where shown.
const BuiltIn kBuiltIns[] = {
    {"category", "domestic_violence", QT_TRANSLATE_NOOP("Reference", "Domestic and gender-based violence")},
    {"category", "early_marriage", QT_TRANSLATE_NOOP("Reference", "Early and forced marriage")},
    {"category", "youth_crime", QT_TRANSLATE_NOOP("Reference", "Youth and juvenile crime")},
    {"category", "violent_extremism", QT_TRANSLATE_NOOP("Reference", "Violent extremism and recruitment")},
    {"category", "drugs_alcohol", QT_TRANSLATE_NOOP("Reference", "Drugs and alcohol")},
    {"category", "road_safety", QT_TRANSLATE_NOOP("Reference", "Road and traffic safety")},
    {"category", "theft", QT_TRANSLATE_NOOP("Reference", "Theft and property crime")},
    {"category", "resource_disputes",
     QT_TRANSLATE_NOOP("Reference", "Disputes over water, land and pasture")},
    {"category", "police_relations", QT_TRANSLATE_NOOP("Reference", "Police–community relations and rights")},
    {"category", "migration_trafficking", QT_TRANSLATE_NOOP("Reference", "Labour migration and trafficking")},
    {"category", "unsafe_spaces", QT_TRANSLATE_NOOP("Reference", "Unsafe public spaces and infrastructure")},
    {"category", "education_access", QT_TRANSLATE_NOOP("Reference", "Access to education")},
    {"category", "disasters_health", QT_TRANSLATE_NOOP("Reference", "Disasters and health emergencies")},
    {"category", "other", QT_TRANSLATE_NOOP("Reference", "Other concerns")},

    {"driver", "unemployment", QT_TRANSLATE_NOOP("Reference", "Unemployment")},
    {"driver", "labour_migration", QT_TRANSLATE_NOOP("Reference", "Labour migration")},
    {"driver", "gender_norms", QT_TRANSLATE_NOOP("Reference", "Gender norms")},
    {"driver", "poverty", QT_TRANSLATE_NOOP("Reference", "Poverty")},
    {"driver", "weak_services", QT_TRANSLATE_NOOP("Reference", "Weak public services")},
    {"driver", "police_mistrust", QT_TRANSLATE_NOOP("Reference", "Mistrust of the police")},
    {"driver", "resource_scarcity", QT_TRANSLATE_NOOP("Reference", "Scarce water and land")},
    {"driver", "alcohol_drugs", QT_TRANSLATE_NOOP("Reference", "Alcohol and drug use")},
    {"driver", "low_education", QT_TRANSLATE_NOOP("Reference", "Low education")},
    {"driver", "online_radicalisation", QT_TRANSLATE_NOOP("Reference", "Online radicalisation")},
    {"driver", "corruption", QT_TRANSLATE_NOOP("Reference", "Corruption")},

    {"lead_body", "police", QT_TRANSLATE_NOOP("Reference", "District police (ShKD)")},
    {"lead_body", "hukumat", QT_TRANSLATE_NOOP("Reference", "Hukumat")},
    {"lead_body", "jamoat", QT_TRANSLATE_NOOP("Reference", "Jamoat")},
    {"lead_body", "school", QT_TRANSLATE_NOOP("Reference", "School")},
    {"lead_body", "cso", QT_TRANSLATE_NOOP("Reference", "Civil society organisation")},
    {"lead_body", "womens_committee",
     QT_TRANSLATE_NOOP("Reference", "Committee on Women and Family Affairs")},
    {"lead_body", "youth_department", QT_TRANSLATE_NOOP("Reference", "Youth department")},
    {"lead_body", "religious_leaders", QT_TRANSLATE_NOOP("Reference", "Religious leaders")},
    {"lead_body", "health_centre", QT_TRANSLATE_NOOP("Reference", "Health centre")},
    {"lead_body", "mahalla_committee", QT_TRANSLATE_NOOP("Reference", "Mahalla committee")},

    {"funding_source", "hukumat_budget", QT_TRANSLATE_NOOP("Reference", "Hukumat budget")},
    {"funding_source", "jamoat_budget", QT_TRANSLATE_NOOP("Reference", "Jamoat budget")},
    {"funding_source", "police_budget", QT_TRANSLATE_NOOP("Reference", "Police budget")},
    {"funding_source", "small_grant", QT_TRANSLATE_NOOP("Reference", "Small grant")},
    {"funding_source", "community_contribution", QT_TRANSLATE_NOOP("Reference", "Community contribution")},
    {"funding_source", "donor", QT_TRANSLATE_NOOP("Reference", "Donor project")},
    {"funding_source", "no_cost", QT_TRANSLATE_NOOP("Reference", "No cost")},

    {"criterion", "severity", QT_TRANSLATE_NOOP("Reference", "Severity"), 2.0},
    {"criterion", "frequency", QT_TRANSLATE_NOOP("Reference", "Frequency"), 1.0},
    {"criterion", "people_affected", QT_TRANSLATE_NOOP("Reference", "People affected"), 1.0},
    {"criterion", "vulnerable_groups", QT_TRANSLATE_NOOP("Reference", "Vulnerable groups affected"), 1.5},
    {"criterion", "urgency", QT_TRANSLATE_NOOP("Reference", "Urgency and risk of escalation"), 1.5},
    {"criterion", "feasibility", QT_TRANSLATE_NOOP("Reference", "Feasibility"), 1.0},

    {"expertise", "gender_gbv", QT_TRANSLATE_NOOP("Reference", "Gender and gender-based violence"), 1, 8},
    {"expertise", "human_rights", QT_TRANSLATE_NOOP("Reference", "Human rights and legal aid"), 1, 8},
    {"expertise", "youth_work", QT_TRANSLATE_NOOP("Reference", "Work with youth"), 1, 8},
    {"expertise", "community_policing", QT_TRANSLATE_NOOP("Reference", "Community policing"), 1, 8},
    {"expertise", "conflict_resolution", QT_TRANSLATE_NOOP("Reference", "Conflict resolution and mediation"),
     1, 8},
    {"expertise", "violent_extremism", QT_TRANSLATE_NOOP("Reference", "Preventing violent extremism"), 1, 8},
    {"expertise", "migration", QT_TRANSLATE_NOOP("Reference", "Migration and trafficking"), 1, 8},
    {"expertise", "psychology", QT_TRANSLATE_NOOP("Reference", "Psychology and counselling"), 1, 8},
    {"expertise", "education", QT_TRANSLATE_NOOP("Reference", "Education"), 1, 8},
    {"expertise", "health", QT_TRANSLATE_NOOP("Reference", "Health"), 1, 8},
    {"expertise", "disability", QT_TRANSLATE_NOOP("Reference", "Disability"), 1, 8},
    {"expertise", "water_land", QT_TRANSLATE_NOOP("Reference", "Water, land and environment"), 1, 8},
    {"expertise", "media", QT_TRANSLATE_NOOP("Reference", "Media and communication"), 1, 8},

    {"service", "legal_aid", QT_TRANSLATE_NOOP("Reference", "Legal aid"), 1, 8},
    {"service", "psychosocial", QT_TRANSLATE_NOOP("Reference", "Psychosocial support"), 1, 8},
    {"service", "shelter", QT_TRANSLATE_NOOP("Reference", "Shelter"), 1, 8},
    {"service", "health_care", QT_TRANSLATE_NOOP("Reference", "Health care"), 1, 8},
    {"service", "employment", QT_TRANSLATE_NOOP("Reference", "Employment and vocational training"), 1, 8},
    {"service", "education", QT_TRANSLATE_NOOP("Reference", "Education"), 1, 8},
    {"service", "hotline", QT_TRANSLATE_NOOP("Reference", "Hotline"), 1, 8},
    {"service", "reintegration", QT_TRANSLATE_NOOP("Reference", "Reintegration of returnees"), 1, 8},
    {"service", "mediation", QT_TRANSLATE_NOOP("Reference", "Mediation"), 1, 8},
};

// Seeds are the same on every laptop: fixed UUIDs, a fixed stamp before any real one, no journal entries.
const char* const kGenesisDevice = "00000000-0000-0000-0000-000000000000";

QString genesisStamp()
{
    return QStringLiteral("000000000000000000.000000.") + QString::fromLatin1(kGenesisDevice);
}

/// Inserts the built-in entries of the steps `wanted` accepts; one already there is left as it is.
Result<void> insertBuiltIns(const QSqlDatabase& db, const std::function<bool(int step)>& wanted)
{
    const QString stamp = genesisStamp();
    const QString device = QString::fromLatin1(kGenesisDevice);
    int position = 0;
    QString previousList;
    for (const BuiltIn& item : kBuiltIns) {
        const QString list = QString::fromLatin1(item.list);
        position = list == previousList ? position + 1 : 0;
        previousList = list;
        if (!wanted(item.step))
            continue;
        const QString code = QString::fromLatin1(item.code);
        auto inserted =
            sql::run(db,
                     QStringLiteral("INSERT OR IGNORE INTO reference_items (uuid, created_hlc, modified_hlc, "
                                    "device, list, code, name_en, position, default_weight) VALUES (?, ?, ?, "
                                    "?, ?, ?, ?, ?, ?)"),
                     {builtInReferenceUuid(list, code), stamp, stamp, device, list, code,
                      QString::fromUtf8(item.name), position, item.weight});
        if (!inserted)
            return inserted.error();
    }
    return {};
}

} // namespace

Result<void> seedBuiltIns(const QSqlDatabase& db, int step)
{
    return insertBuiltIns(db, [step](int itemStep) { return itemStep == step; });
}

Result<void> seedNewDatabase(const QSqlDatabase& db)
{
    if (auto lists = insertBuiltIns(db, [](int) { return true; }); !lists)
        return lists;
    const QString stamp = genesisStamp();
    const QString device = QString::fromLatin1(kGenesisDevice);

    QFile file(QStringLiteral(":/hamkori/gazetteer.tsv"));
    if (!file.open(QIODevice::ReadOnly))
        return Error{QStringLiteral("the built-in gazetteer is missing from the program"), {}};
    const QStringList lines = QString::fromUtf8(file.readAll()).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    for (qsizetype i = 1; i < lines.size(); ++i) { // line 0 is the header
        QStringList cells = lines[i].split(QLatin1Char('\t'));
        if (cells.size() < 5)
            continue;
        while (cells.size() < 6)
            cells << QString();
        auto inserted = sql::run(
            db,
            QStringLiteral(
                "INSERT INTO gazetteer (uuid, created_hlc, modified_hlc, device, region, kind, name_en, "
                "name_tg, name_ru, former_names) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"),
            {builtInGazetteerUuid(cells[0], cells[1], cells[2]), stamp, stamp, device, cells[0], cells[1],
             cells[2].trimmed(), cells[3].trimmed(), cells[4].trimmed(), cells[5].trimmed()});
        if (!inserted)
            return inserted.error();
    }
    return {};
}

} // namespace hamkori::schema
