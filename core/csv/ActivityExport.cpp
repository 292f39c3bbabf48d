#include "ActivityExport.h"
#include "CellValues.h"
#include "CsvWriter.h"
#include "core/storage/PlanRepository.h"
#include "core/storage/ReferenceRepository.h"
#include "core/storage/TeamRepository.h"
#include <algorithm>

namespace hamkori::csv {

namespace {

const char* const kColumns[] = {
    QT_TRANSLATE_NOOP("ActivityColumns", "Plan code"),
    QT_TRANSLATE_NOOP("ActivityColumns", "Plan"),
    QT_TRANSLATE_NOOP("ActivityColumns", "No."),
    QT_TRANSLATE_NOOP("ActivityColumns", "Measure"),
    QT_TRANSLATE_NOOP("ActivityColumns", "Lead body"),
    QT_TRANSLATE_NOOP("ActivityColumns", "Partners"),
    QT_TRANSLATE_NOOP("ActivityColumns", "Start"),
    QT_TRANSLATE_NOOP("ActivityColumns", "Deadline"),
    QT_TRANSLATE_NOOP("ActivityColumns", "Resources"),
    QT_TRANSLATE_NOOP("ActivityColumns", "Funding source"),
    QT_TRANSLATE_NOOP("ActivityColumns", "Amount (somoni)"),
    QT_TRANSLATE_NOOP("ActivityColumns", "Output indicator"),
    QT_TRANSLATE_NOOP("ActivityColumns", "Outcome indicator"),
    QT_TRANSLATE_NOOP("ActivityColumns", "Baseline"),
    QT_TRANSLATE_NOOP("ActivityColumns", "Target"),
    QT_TRANSLATE_NOOP("ActivityColumns", "Means of verification"),
    QT_TRANSLATE_NOOP("ActivityColumns", "Risks"),
    QT_TRANSLATE_NOOP("ActivityColumns", "Gender and conflict notes"),
    QT_TRANSLATE_NOOP("ActivityColumns", "Status"),
};

/// First when every team's activities are exported.
const char* const kTeamColumns[] = {
    QT_TRANSLATE_NOOP("ActivityColumns", "Team"),
    QT_TRANSLATE_NOOP("ActivityColumns", "District"),
};

QString optionalNumber(const std::optional<double>& value)
{
    return value ? CellValues::number(*value) : QString();
}

} // namespace

Result<QList<QStringList>> ActivityExport::table(const ActivityExportOptions& options)
{
    const report::DocumentLanguage language(options.language);
    PlanRepository repository(m_db);
    QList<ActionPlan> plans;
    QHash<QString, QStringList> teamColumns; // team → its code and district, when every team is exported
    ReferenceRepository references(m_db);
    if (options.allTeams) {
        auto teams = TeamRepository(m_db).teams();
        if (!teams)
            return teams.error();
        QList<Team> sorted = *teams;
        std::sort(sorted.begin(), sorted.end(), [](const Team& a, const Team& b) { return a.code < b.code; });
        for (const Team& team : sorted) {
            auto place = references.gazetteerEntry(team.districtUuid);
            teamColumns.insert(team.meta.uuid, {team.code, place ? place->name(language.code()) : QString()});
            auto ofTeam = repository.plans(team.meta.uuid);
            if (!ofTeam)
                return ofTeam.error();
            QList<ActionPlan> oldestFirst = *ofTeam;
            std::reverse(oldestFirst.begin(), oldestFirst.end());
            plans << oldestFirst;
        }
    } else if (options.planUuid.isEmpty()) {
        if (options.teamUuid.isEmpty())
            return Error{tr("Choose the team whose activities to export."), {}};
        auto all = repository.plans(options.teamUuid);
        if (!all)
            return all.error();
        plans = *all;
        // Oldest plan first, as the plans were made.
        std::reverse(plans.begin(), plans.end());
    } else {
        auto one = repository.plan(options.planUuid);
        if (!one)
            return one.error();
        plans << *one;
    }

    QHash<QString, QString> names; // reference item → name in the language
    const auto nameOf = [&](const QString& uuid) -> QString {
        if (uuid.isEmpty())
            return {};
        if (!names.contains(uuid)) {
            auto item = references.item(uuid);
            names.insert(uuid, item ? language.name(*item) : QString());
        }
        return names.value(uuid);
    };

    QList<QStringList> table;
    QStringList header;
    if (options.allTeams)
        for (const char* column : kTeamColumns)
            header << language.translate("ActivityColumns", column);
    for (const char* column : kColumns)
        header << language.translate("ActivityColumns", column);
    table << header;
    for (const ActionPlan& plan : plans) {
        auto activities = repository.activities(plan.meta.uuid);
        if (!activities)
            return activities.error();
        const QStringList team = teamColumns.value(plan.teamUuid);
        for (const Activity& a : *activities)
            table << team + QStringList{plan.code,
                                        plan.title,
                                        QString::number(a.position),
                                        a.measure,
                                        nameOf(a.leadBodyUuid),
                                        a.partners,
                                        CellValues::date(a.start),
                                        CellValues::date(a.deadline),
                                        a.resources,
                                        nameOf(a.fundingSourceUuid),
                                        CellValues::number(a.amountSomoni),
                                        a.outputIndicator,
                                        a.outcomeIndicator,
                                        optionalNumber(a.outcomeBaseline),
                                        optionalNumber(a.outcomeTarget),
                                        a.verification,
                                        a.risks,
                                        a.genderConflictNotes,
                                        language.name(a.status)};
    }
    return table;
}

Result<int> ActivityExport::write(const ActivityExportOptions& options, const QString& path)
{
    auto rows = table(options);
    if (!rows)
        return rows.error();
    return CsvWriter::writeRecords(path, *rows, options.separator);
}

} // namespace hamkori::csv
