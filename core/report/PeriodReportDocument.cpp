#include "PeriodReportDocument.h"
#include "../storage/ReferenceRepository.h"
#include "../storage/StatisticsRepository.h"
#include "../storage/TeamRepository.h"
#include "BarChart.h"
#include <QHash>
#include <algorithm>

namespace hamkori::report {

namespace {

const QColor kWomen(196, 78, 82);
const QColor kMen(76, 114, 176);
const QColor kPlain(85, 120, 150);

void addChart(PageComposer& pages, const BarChart& chart)
{
    if (chart.categories.isEmpty())
        return;
    pages.addBlock(chart.height(),
                   [chart](QPainter& painter, const QRectF& area) { chart.paint(painter, area); });
    pages.addSpace(6);
}

BarChart sexAgeChart(const DocumentLanguage& lang, const QString& title, const SexAgeCounts& counts)
{
    BarChart chart;
    chart.title = title;
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
void addBreakdown(PageComposer& pages, const DocumentLanguage& lang, const QString& nameHeader,
                  const QString& figureHeader, const QList<std::pair<QString, double>>& rows, bool money,
                  const QString& chartTitle)
{
    Table table;
    table.columns = {{nameHeader, 3}, {figureHeader, 1.2, Qt::AlignRight}};
    double total = 0;
    BarChart chart{chartTitle, {}, {BarSeries{figureHeader, {}, kPlain}}};
    for (const auto& [name, value] : rows) {
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
    const DocumentLanguage lang(options.language);
    auto stats = StatisticsRepository(db).period(teamUuid, from, to);
    if (!stats)
        return stats.error();
    QString teamName = lang.text(QT_TRANSLATE_NOOP("Document", "All teams"));
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
    PageComposer pages(QPageLayout::Portrait, lang.text(QT_TRANSLATE_NOOP("Document", "Period report")) +
                                                  QStringLiteral(" ") + range);
    pages.addText(lang.text(QT_TRANSLATE_NOOP("Document", "PERIOD REPORT")), style::title(), 2);
    pages.addText(lang.text(QT_TRANSLATE_NOOP("Document", "on the work of the community police partnership "
                                                          "teams")),
                  style::centred(), 12);
    QList<std::pair<QString, QString>> fields;
    fields << std::pair{lang.text(QT_TRANSLATE_NOOP("Document", "Team:")), teamName};
    if (!district.isEmpty())
        fields << std::pair{lang.text(QT_TRANSLATE_NOOP("Document", "District:")), district};
    fields << std::pair{lang.text(QT_TRANSLATE_NOOP("Document", "Period:")), periodText(lang, from, to)};
    addFields(pages, fields);
    pages.addText(
        lang.text(QT_TRANSLATE_NOOP("Document", "The report gives totals only; no individual concern "
                                                "is named.")),
        style::small(), 10);

    // 1. Meetings and participants.
    pages.addHeading(lang.text(QT_TRANSLATE_NOOP("Document", "1. Meetings held")), style::heading());
    QList<std::pair<QString, double>> byKind;
    for (const auto& entry : EnumTraits<MeetingKind>::entries())
        byKind << std::pair{lang.name(entry.value), double(stats->meetingsByKind.value(entry.value))};
    addBreakdown(pages, lang, lang.text(QT_TRANSLATE_NOOP("Document", "Kind of meeting")),
                 lang.text(QT_TRANSLATE_NOOP("Document", "Meetings")), byKind, false, {});
    pages.addHeading(lang.text(QT_TRANSLATE_NOOP("Document", "2. Participants by sex and age")),
                     style::heading());
    pages.addTable(sexAgeTable(lang, stats->participants()));
    addChart(pages, sexAgeChart(lang, lang.text(QT_TRANSLATE_NOOP("Document", "Participants in meetings")),
                                stats->participants()));

    // 2. Concerns.
    pages.addHeading(lang.text(QT_TRANSLATE_NOOP("Document", "3. Safety concerns")), style::heading());
    addFields(pages, {{lang.text(QT_TRANSLATE_NOOP("Document", "Raised in the period:")),
                       lang.number(stats->concernsRaised)},
                      {lang.text(QT_TRANSLATE_NOOP("Document", "Resolved in the period:")),
                       lang.number(stats->concernsResolved)},
                      {lang.text(QT_TRANSLATE_NOOP("Document", "Open at the end:")),
                       lang.number(stats->concernsOpen)},
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
    pages.addHeading(lang.text(QT_TRANSLATE_NOOP("Document", "4. Action plans and activities")),
                     style::heading());
    addFields(pages,
              {{lang.text(QT_TRANSLATE_NOOP("Document", "Plans adopted:")), lang.number(stats->plansAdopted)},
               {lang.text(QT_TRANSLATE_NOOP("Document", "Activities overdue:")),
                lang.number(stats->activitiesOverdue)}});
    QList<std::pair<QString, double>> byActivityStatus;
    for (const auto& entry : EnumTraits<ActivityStatus>::entries())
        byActivityStatus << std::pair{lang.name(entry.value),
                                      double(stats->activitiesByStatus.value(entry.value))};
    addBreakdown(pages, lang, lang.text(QT_TRANSLATE_NOOP("Document", "Status")),
                 lang.text(QT_TRANSLATE_NOOP("Document", "Activities")), byActivityStatus, false,
                 lang.text(QT_TRANSLATE_NOOP("Document", "Activities by status")));

    // 4. People reached.
    pages.addHeading(lang.text(QT_TRANSLATE_NOOP("Document", "5. People reached by the activities")),
                     style::heading());
    pages.addTable(sexAgeTable(lang, stats->reached));
    addFields(pages, {{lang.text(QT_TRANSLATE_NOOP("Document", "Reached directly:")),
                       lang.number(stats->reached.total())},
                      {lang.text(QT_TRANSLATE_NOOP("Document", "Reached indirectly:")),
                       lang.number(stats->reachedIndirectly)}});
    addChart(pages, sexAgeChart(lang, lang.text(QT_TRANSLATE_NOOP("Document", "People reached directly")),
                                stats->reached));

    // 5. Money.
    pages.addHeading(lang.text(QT_TRANSLATE_NOOP("Document", "6. Funding")), style::heading());
    QList<std::pair<QString, double>> bySource;
    for (auto it = stats->plannedBySource.cbegin(); it != stats->plannedBySource.cend(); ++it)
        bySource << std::pair{items.contains(it.key())
                                  ? lang.name(items.value(it.key()))
                                  : lang.text(QT_TRANSLATE_NOOP("Document", "No source given")),
                              it.value()};
    addBreakdown(pages, lang, lang.text(QT_TRANSLATE_NOOP("Document", "Funding source")),
                 lang.text(QT_TRANSLATE_NOOP("Document", "Planned")), bySource, true,
                 lang.text(QT_TRANSLATE_NOOP("Document", "Planned funding by source, somoni")));
    addFields(pages,
              {{lang.text(QT_TRANSLATE_NOOP("Document", "Spent in the period:")), lang.money(stats->spent)}});

    pages.addSpace(12);
    pages.ensureSpace(60 * 10);
    addSignatures(pages, lang, {lang.text(QT_TRANSLATE_NOOP("Document", "Prepared by"))});
    return pages.finish(footer(
        lang, lang.text(QT_TRANSLATE_NOOP("Document", "Period report %1, %2")).arg(teamName, range), false));
}

} // namespace hamkori::report
