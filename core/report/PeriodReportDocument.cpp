#include "PeriodReportDocument.h"
#include "../storage/ReferenceRepository.h"
#include "../storage/StatisticsRepository.h"
#include "../storage/TeamRepository.h"
#include "BarChart.h"
#include "PdfLayout.h"
#include "PeriodReportEvents.h"
#include "PeriodReportSurveys.h"
#include <QHash>
#include <QRegularExpression>
#include <algorithm>

namespace hamkori::report {

namespace {

const QColor kWomen(196, 78, 82);
const QColor kMen(76, 114, 176);
const QColor kPlain(85, 120, 150);

void addChart(DocumentContent& pages, const BarChart& chart)
{
    if (!chart.categories.isEmpty())
        pages.addChart(chart);
}

BarChart sexAgeChart(const DocumentLanguage& lang, const QString& title, const SexAgeCounts& counts)
{
    BarChart chart;
    chart.title = title;
    chart.language = lang.code();
    BarSeries women{lang.text(QT_TRANSLATE_NOOP("Document", "Women")), {}, kWomen};
    BarSeries men{lang.text(QT_TRANSLATE_NOOP("Document", "Men")), {}, kMen};
    for (const auto& entry : EnumTraits<AgeBand>::entries()) {
        chart.categories << lang.name(entry.value);
        women.values << counts.at(Sex::Female, entry.value);
        men.values << counts.at(Sex::Male, entry.value);
    }
    chart.series = {women, men};
    return chart;
}

/// A two-column table (name, figure) with a total row, and the same figures as a chart.
void addBreakdown(DocumentContent& pages, const DocumentLanguage& lang, const QString& nameHeader,
                  const QString& figureHeader, const QList<std::pair<QString, double>>& rows, bool money,
                  const QString& chartTitle)
{
    Table table;
    table.columns = {{nameHeader, 3}, {figureHeader, 1.2, Qt::AlignRight}};
    double total = 0;
    BarChart chart{chartTitle, {}, {BarSeries{figureHeader, {}, kPlain}}, lang.code()};
    for (const auto& [name, value] : rows) {
        if (money && value == 0)
            continue; // "No cost: 0,00" tells nothing
        table.rows << QStringList{name, money ? lang.money(value) : lang.number(int(value))};
        total += value;
        chart.categories << name;
        chart.series[0].values << value;
    }
    table.rows << QStringList{lang.text(QT_TRANSLATE_NOOP("Document", "Total")),
                              money ? lang.money(total) : lang.number(int(total))};
    table.boldRows.insert(int(table.rows.size()) - 1);
    pages.addTable(table);
    if (!chartTitle.isEmpty() && total > 0)
        addChart(pages, chart);
}

} // namespace

Result<Document> PeriodReportDocument::build(Database& db, const QString& teamUuid, QDate from, QDate to,
                                             const DocumentOptions& options)
{
    auto content = PeriodReportDocument::content(db, teamUuid, from, to, options);
    if (!content)
        return content.error();
    return PdfLayout::layout(*content, PageStyle{options.formal});
}

Result<DocumentContent> PeriodReportDocument::content(Database& db, const QString& teamUuid, QDate from,
                                                      QDate to, const DocumentOptions& options)
{
    const DocumentLanguage lang(options.language);
    auto stats =
        StatisticsRepository(db).period(teamUuid, from, to, options.includeRestricted, options.groupKind);
    if (!stats)
        return stats.error();
    QString teamName = lang.text(QT_TRANSLATE_NOOP("Document", "All teams"));
    if (const auto kind = enumFromCode<GroupKind>(stats->groupKind))
        teamName = allOfKind(lang, *kind);
    QString district;
    ReferenceRepository references(db);
    if (!teamUuid.isEmpty()) {
        auto team = TeamRepository(db).team(teamUuid);
        if (!team)
            return team.error();
        teamName = team->name;
        if (auto place = references.gazetteerEntry(team->districtUuid))
            district = place->name(lang.code());
    }
    QHash<QString, ReferenceItem> items;
    for (ReferenceList list : {ReferenceList::Category, ReferenceList::FundingSource})
        if (auto all = references.items(list))
            for (const ReferenceItem& item : *all)
                items.insert(item.meta.uuid, item);

    const QString range = DocumentLanguage::date(from) + QStringLiteral(" – ") + DocumentLanguage::date(to);
    DocumentContent pages;
    pages.title = lang.text(QT_TRANSLATE_NOOP("Document", "Period report")) + QStringLiteral(" ") + range;
    pages.addText(lang.text(QT_TRANSLATE_NOOP("Document", "PERIOD REPORT")), TextRole::Title, 2);
    pages.addText(lang.text(QT_TRANSLATE_NOOP("Document", "on the work of the community police partnership "
                                                          "teams")),
                  TextRole::Centred, 12);
    QList<std::pair<QString, QString>> fields;
    fields << std::pair{lang.text(QT_TRANSLATE_NOOP("Document", "Team:")), teamName};
    if (!district.isEmpty())
        fields << std::pair{lang.text(QT_TRANSLATE_NOOP("Document", "District:")), district};
    fields << std::pair{lang.text(QT_TRANSLATE_NOOP("Document", "Period:")), periodText(lang, from, to)};
    if (!options.preparedBy.trimmed().isEmpty())
        fields << std::pair{lang.text(QT_TRANSLATE_NOOP("Document", "Prepared by:")),
                            options.preparedBy.trimmed()};
    fields << std::pair{lang.text(QT_TRANSLATE_NOOP("Document", "Date prepared:")),
                        DocumentLanguage::date(QDate::currentDate())};
    pages.addFields(fields);
    pages.addText(
        options.includeRestricted
            ? lang.text(QT_TRANSLATE_NOOP("Document", "The report gives totals only; no individual "
                                                      "concern is named. Restricted concerns are "
                                                      "counted."))
            : lang.text(QT_TRANSLATE_NOOP("Document", "The report gives totals only; no individual "
                                                      "concern is named, and restricted concerns are "
                                                      "not counted.")),
        TextRole::Small, 10);
    QStringList summary = options.narrative.split(QLatin1Char('\n'));
    summary.replaceInStrings(QRegularExpression(QStringLiteral("^\\s+|\\s+$")), QString());
    summary.removeAll(QString());
    if (!summary.isEmpty()) {
        pages.addHeading(lang.text(QT_TRANSLATE_NOOP("Document", "Summary")));
        for (const QString& paragraph : summary)
            pages.addText(paragraph, TextRole::Body, 3);
        pages.addSpace(6);
    }

    // 1. Meetings and participants.
    pages.addHeading(lang.text(QT_TRANSLATE_NOOP("Document", "1. Meetings held")));
    QList<std::pair<QString, double>> byKind;
    for (const auto& entry : EnumTraits<MeetingKind>::entries())
        byKind << std::pair{lang.name(entry.value), double(stats->meetingsByKind.value(entry.value))};
    addBreakdown(pages, lang, lang.text(QT_TRANSLATE_NOOP("Document", "Kind of meeting")),
                 lang.text(QT_TRANSLATE_NOOP("Document", "Meetings")), byKind, false, {});
    pages.addHeading(lang.text(QT_TRANSLATE_NOOP("Document", "2. Participants by sex and age")));
    pages.addText(lang.text(QT_TRANSLATE_NOOP("Document", "Attendances (a person at three meetings counts "
                                                          "three times):")),
                  TextRole::Body, 2);
    pages.addTable(sexAgeTable(lang, stats->participants()));
    pages.addText(lang.text(QT_TRANSLATE_NOOP("Document", "Different team members who attended, each counted "
                                                          "once:")),
                  TextRole::Body, 2);
    pages.addTable(sexAgeTable(lang, stats->uniqueMembers));
    pages.addText(
        lang.text(QT_TRANSLATE_NOOP("Document", "Guests are counted at each meeting; the same guest "
                                                "at two meetings cannot be told apart.")),
        TextRole::Small, 6);
    addChart(pages, sexAgeChart(lang, lang.text(QT_TRANSLATE_NOOP("Document", "Participants in meetings")),
                                stats->participants()));

    // 2. Concerns.
    pages.addHeading(lang.text(QT_TRANSLATE_NOOP("Document", "3. Safety concerns")));
    pages.addFields(
        {{lang.text(QT_TRANSLATE_NOOP("Document", "Raised in the period:")),
          lang.number(stats->concernsRaised)},
         {lang.text(QT_TRANSLATE_NOOP("Document", "Resolved in the period:")),
          lang.number(stats->concernsResolved)},
         {lang.text(QT_TRANSLATE_NOOP("Document", "Open at the end:")), lang.number(stats->concernsOpen)},
         {lang.text(QT_TRANSLATE_NOOP("Document", "Chosen as priorities:")),
          lang.number(stats->concernsPrioritised)}});
    QList<std::pair<QString, double>> byCategory;
    for (auto it = stats->raisedByCategory.cbegin(); it != stats->raisedByCategory.cend(); ++it)
        byCategory << std::pair{items.contains(it.key())
                                    ? lang.name(items.value(it.key()))
                                    : lang.text(QT_TRANSLATE_NOOP("Document", "No category")),
                                double(it.value())};
    std::sort(byCategory.begin(), byCategory.end(),
              [](const auto& a, const auto& b) { return a.second > b.second; });
    addBreakdown(pages, lang, lang.text(QT_TRANSLATE_NOOP("Document", "Category")),
                 lang.text(QT_TRANSLATE_NOOP("Document", "Concerns raised")), byCategory, false,
                 lang.text(QT_TRANSLATE_NOOP("Document", "Concerns raised by category")));
    QList<std::pair<QString, double>> byStatus;
    for (const auto& entry : EnumTraits<ConcernStatus>::entries())
        byStatus << std::pair{lang.name(entry.value), double(stats->concernsByStatus.value(entry.value))};
    addBreakdown(pages, lang, lang.text(QT_TRANSLATE_NOOP("Document", "Status now")),
                 lang.text(QT_TRANSLATE_NOOP("Document", "Concerns")), byStatus, false, {});

    // 3. Plans and activities.
    pages.addHeading(lang.text(QT_TRANSLATE_NOOP("Document", "4. Action plans and activities")));
    pages.addFields(
        {{lang.text(QT_TRANSLATE_NOOP("Document", "Plans adopted:")), lang.number(stats->plansAdopted)},
         {lang.text(QT_TRANSLATE_NOOP("Document", "Plans in force:")), lang.number(stats->plansInForce)},
         {lang.text(QT_TRANSLATE_NOOP("Document", "Activities overdue:")),
          lang.number(stats->activitiesOverdue)}});
    QList<std::pair<QString, double>> byActivityStatus;
    for (const auto& entry : EnumTraits<ActivityStatus>::entries())
        byActivityStatus << std::pair{lang.name(entry.value),
                                      double(stats->activitiesByStatus.value(entry.value))};
    addBreakdown(pages, lang, lang.text(QT_TRANSLATE_NOOP("Document", "Status")),
                 lang.text(QT_TRANSLATE_NOOP("Document", "Activities")), byActivityStatus, false,
                 lang.text(QT_TRANSLATE_NOOP("Document", "Activities by status")));
    if (!stats->indicators.isEmpty()) {
        pages.addText(lang.text(QT_TRANSLATE_NOOP("Document", "Outcome indicators:")), TextRole::Body, 2);
        Table indicators;
        indicators.columns = {
            {lang.text(QT_TRANSLATE_NOOP("Document", "Plan")), 1.2},
            {lang.text(QT_TRANSLATE_NOOP("Document", "Indicator")), 3.4},
            {lang.text(QT_TRANSLATE_NOOP("Document", "Baseline")), 1, Qt::AlignRight},
            {lang.text(QT_TRANSLATE_NOOP("Document", "Target")), 1, Qt::AlignRight},
            {lang.text(QT_TRANSLATE_NOOP("Document", "Latest reading")), 1.4, Qt::AlignRight}};
        const auto figure = [&](const std::optional<double>& value) {
            return value ? lang.decimal(*value) : QStringLiteral("—");
        };
        for (const auto& indicator : stats->indicators)
            indicators.rows << QStringList{
                indicator.planCode, indicator.indicator, figure(indicator.baseline), figure(indicator.target),
                indicator.latest ? figure(indicator.latest) + QStringLiteral("\n(") +
                                       DocumentLanguage::date(indicator.latestDate) + QLatin1Char(')')
                                 : lang.text(QT_TRANSLATE_NOOP("Document", "not measured yet"))};
        pages.addTable(indicators);
    }

    // 4. People reached.
    pages.addHeading(lang.text(QT_TRANSLATE_NOOP("Document", "5. People reached by the activities")));
    pages.addTable(sexAgeTable(lang, stats->reached));
    pages.addFields(
        {{lang.text(QT_TRANSLATE_NOOP("Document", "Reached directly:")), lang.number(stats->reached.total())},
         {lang.text(QT_TRANSLATE_NOOP("Document", "Reached indirectly:")),
          lang.number(stats->reachedIndirectly)}});
    pages.addText(reachCountedOnceNote(lang), TextRole::Small, 6);
    addChart(pages, sexAgeChart(lang, lang.text(QT_TRANSLATE_NOOP("Document", "People reached directly")),
                                stats->reached));

    // 5. Money.
    pages.addHeading(lang.text(QT_TRANSLATE_NOOP("Document", "6. Funding")));
    QList<std::pair<QString, double>> bySource;
    for (auto it = stats->plannedBySource.cbegin(); it != stats->plannedBySource.cend(); ++it)
        bySource << std::pair{items.contains(it.key())
                                  ? lang.name(items.value(it.key()))
                                  : lang.text(QT_TRANSLATE_NOOP("Document", "No source given")),
                              it.value()};
    addBreakdown(pages, lang, lang.text(QT_TRANSLATE_NOOP("Document", "Funding source")),
                 lang.text(QT_TRANSLATE_NOOP("Document", "Planned")), bySource, true,
                 lang.text(QT_TRANSLATE_NOOP("Document", "Planned funding by source, somoni")));
    pages.addFields(
        {{lang.text(QT_TRANSLATE_NOOP("Document", "Spent in the period:")), lang.money(stats->spent)}});

    // 7. Community policing centres.
    pages.addHeading(lang.text(QT_TRANSLATE_NOOP("Document", "7. Community policing centres")));
    if (stats->centres.isEmpty()) {
        pages.addText(lang.text(QT_TRANSLATE_NOOP("Document", "No community policing centre is recorded.")),
                      TextRole::Body, 6);
    } else {
        Table centres;
        centres.columns = {
            {lang.text(QT_TRANSLATE_NOOP("Document", "Centre")), 3},
            {lang.text(QT_TRANSLATE_NOOP("Document", "Reception days")), 1.2, Qt::AlignRight},
            {lang.text(QT_TRANSLATE_NOOP("Document", "Visitors, women")), 1.2, Qt::AlignRight},
            {lang.text(QT_TRANSLATE_NOOP("Document", "Visitors, men")), 1.2, Qt::AlignRight},
            {lang.text(QT_TRANSLATE_NOOP("Document", "Meetings held there")), 1.2, Qt::AlignRight},
            {lang.text(QT_TRANSLATE_NOOP("Document", "Items needing repair")), 1.2, Qt::AlignRight}};
        analysis::PeriodStatistics::CentreFigures total;
        for (const auto& centre : stats->centres) {
            centres.rows << QStringList{centre.name,
                                        lang.number(centre.receptionDays),
                                        lang.number(centre.visitors.total(Sex::Female)),
                                        lang.number(centre.visitors.total(Sex::Male)),
                                        lang.number(centre.meetings),
                                        lang.number(centre.equipmentNeedingRepair)};
            total.receptionDays += centre.receptionDays;
            total.visitors += centre.visitors;
            total.meetings += centre.meetings;
            total.equipmentNeedingRepair += centre.equipmentNeedingRepair;
        }
        centres.rows << QStringList{lang.text(QT_TRANSLATE_NOOP("Document", "Total")),
                                    lang.number(total.receptionDays),
                                    lang.number(total.visitors.total(Sex::Female)),
                                    lang.number(total.visitors.total(Sex::Male)),
                                    lang.number(total.meetings),
                                    lang.number(total.equipmentNeedingRepair)};
        centres.boldRows.insert(int(centres.rows.size()) - 1);
        pages.addTable(centres);
    }

    // 8. Requests and recommendations to bodies.
    pages.addHeading(lang.text(QT_TRANSLATE_NOOP("Document", "8. Requests and recommendations")));
    pages.addFields(
        {{lang.text(QT_TRANSLATE_NOOP("Document", "Requests made:")), lang.number(stats->requestsMade)},
         {lang.text(QT_TRANSLATE_NOOP("Document", "Recommendations made:")),
          lang.number(stats->recommendationsMade)},
         {lang.text(QT_TRANSLATE_NOOP("Document", "Recommendations adopted:")),
          lang.number(stats->recommendationsAdopted)},
         {lang.text(QT_TRANSLATE_NOOP("Document", "Answered:")), lang.number(stats->commitmentsAnswered)},
         {lang.text(QT_TRANSLATE_NOOP("Document", "Done:")), lang.number(stats->commitmentsDone)},
         {lang.text(QT_TRANSLATE_NOOP("Document", "Overdue at the end of the period:")),
          lang.number(stats->commitmentsOverdue)},
         {lang.text(QT_TRANSLATE_NOOP("Document", "Money pledged:")), lang.money(stats->pledged)},
         {lang.text(QT_TRANSLATE_NOOP("Document", "Money delivered:")), lang.money(stats->delivered)}});

    // 9 and 10. Events and campaigns (issue 20).
    addTrainingsSection(pages, lang, *stats,
                        lang.text(QT_TRANSLATE_NOOP("Document", "9. Trainings and other events")));
    addCampaignsSection(pages, lang, *stats, lang.text(QT_TRANSLATE_NOOP("Document", "10. Campaigns")));
    addSurveysSection(pages, lang, *stats,
                      lang.text(QT_TRANSLATE_NOOP("Document", "11. Perception surveys")));

    pages.addSpace(12);
    pages.add(signatures(lang, {lang.text(QT_TRANSLATE_NOOP("Document", "Prepared by"))}));
    pages.footer =
        footer(lang, lang.text(QT_TRANSLATE_NOOP("Document", "Period report %1, %2")).arg(teamName, range),
               options.includeRestricted);
    finishContent(pages, lang, options);
    return pages;
}

} // namespace hamkori::report
