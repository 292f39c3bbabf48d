#include "PeriodReportEvents.h"
#include "DocumentParts.h"
#include <cmath>

namespace hamkori::report {

namespace {

QString oneDecimal(const DocumentLanguage& lang, double value)
{
    return lang.decimal(std::round(value * 10) / 10);
}

QString percent(const DocumentLanguage& lang, const std::optional<double>& value)
{
    return value ? oneDecimal(lang, *value) + QStringLiteral(" %") : QStringLiteral("—");
}

/// A table of names and counts with a total row; rows whose every count is 0 are left out.
Table countsTable(const DocumentLanguage& lang, const QStringList& headers, QList<QStringList> rows,
                  const QList<QList<int>>& counts)
{
    Table table;
    table.columns << TableColumn{headers.first(), 3};
    for (const QString& header : headers.mid(1))
        table.columns << TableColumn{header, 1.3, Qt::AlignRight};
    QList<int> totals(headers.size() - 1, 0);
    for (int r = 0; r < rows.size(); ++r) {
        if (std::all_of(counts[r].cbegin(), counts[r].cend(), [](int n) { return n == 0; }))
            continue;
        QStringList row = rows[r];
        for (int c = 0; c < counts[r].size(); ++c) {
            row << lang.number(counts[r][c]);
            totals[c] += counts[r][c];
        }
        table.rows << row;
    }
    QStringList total{lang.text(QT_TRANSLATE_NOOP("Document", "Total"))};
    for (int count : totals)
        total << lang.number(count);
    table.rows << total;
    table.boldRows.insert(int(table.rows.size()) - 1);
    return table;
}

} // namespace

QString reachCountedOnceNote(const DocumentLanguage& lang)
{
    return lang.text(QT_TRANSLATE_NOOP(
        "Document",
        "Each person is counted once: the participants of events and the people campaigns reached "
        "are included here, and a progress update that names the event or campaign that reached "
        "them adds nothing of its own."));
}

void addTrainingsSection(DocumentContent& pages, const DocumentLanguage& lang,
                         const analysis::PeriodStatistics& s, const QString& heading)
{
    pages.addHeading(heading);
    pages.addFields(
        {{lang.text(QT_TRANSLATE_NOOP("Document", "Trainings held:")), lang.number(s.trainings)},
         {lang.text(QT_TRANSLATE_NOOP("Document", "People trained:")), lang.number(s.trained.total())}});
    if (s.trainings > 0) {
        // The caption in the table's corner: a line above the table could be left alone at a page's foot.
        Table trained = sexAgeTable(lang, s.trained);
        trained.columns[0].header = lang.text(QT_TRANSLATE_NOOP("Document", "People trained"));
        pages.addTable(trained);
        QList<QStringList> roles;
        QList<QList<int>> byRole;
        for (const auto& entry : EnumTraits<ParticipantRole>::entries()) {
            roles << QStringList{lang.name(entry.value)};
            byRole << QList<int>{s.trainedByRole.value(entry.value)};
        }
        pages.addTable(countsTable(lang,
                                   {lang.text(QT_TRANSLATE_NOOP("Document", "Comes from")),
                                    lang.text(QT_TRANSLATE_NOOP("Document", "People trained"))},
                                   roles, byRole));
        const QString sheets = lang.text(QT_TRANSLATE_NOOP("Document", "%1 (test sheets: %2)"));
        pages.addFields(
            {{lang.text(QT_TRANSLATE_NOOP("Document", "Average score before the training:")),
              percent(lang, s.averagePreScore)},
             {lang.text(QT_TRANSLATE_NOOP("Document", "Average score after the training:")),
              percent(lang, s.averagePostScore)},
             {lang.text(QT_TRANSLATE_NOOP("Document", "Average gain:")),
              sheets
                  .arg(s.averageGain ? lang.text(QT_TRANSLATE_NOOP("Document", "%1 percentage points"))
                                           .arg(oneDecimal(lang, *s.averageGain))
                                     : QStringLiteral("—"))
                  .arg(lang.number(s.testSheets))},
             {lang.text(QT_TRANSLATE_NOOP("Document", "Average feedback (1 to 5):")),
              lang.text(QT_TRANSLATE_NOOP("Document", "%1 (feedback sheets: %2)"))
                  .arg(s.averageFeedback ? oneDecimal(lang, *s.averageFeedback) : QStringLiteral("—"))
                  .arg(lang.number(s.feedbackSheets))}});
        pages.addText(lang.text(QT_TRANSLATE_NOOP("Document", "Scores are percentages of each test's highest "
                                                              "score; the gain counts only the sheets with "
                                                              "a score before and after.")),
                      TextRole::Small, 6);
    }

    QList<QStringList> kinds;
    QList<QList<int>> byKind;
    for (const auto& entry : EnumTraits<EventKind>::entries()) {
        if (entry.value == EventKind::Training)
            continue;
        kinds << QStringList{lang.name(entry.value)};
        byKind << QList<int>{s.eventsByKind.value(entry.value), s.participantsByKind.value(entry.value)};
    }
    const bool others =
        std::any_of(byKind.cbegin(), byKind.cend(), [](const QList<int>& n) { return n[0] > 0; });
    if (!others) {
        pages.addText(lang.text(QT_TRANSLATE_NOOP("Document", "No other event was held.")), TextRole::Body,
                      6);
        return;
    }
    pages.addTable(countsTable(lang,
                               {lang.text(QT_TRANSLATE_NOOP("Document", "Other events")),
                                lang.text(QT_TRANSLATE_NOOP("Document", "Events")),
                                lang.text(QT_TRANSLATE_NOOP("Document", "Participants"))},
                               kinds, byKind));
}

void addCampaignsSection(DocumentContent& pages, const DocumentLanguage& lang,
                         const analysis::PeriodStatistics& s, const QString& heading)
{
    pages.addHeading(heading);
    pages.addFields({{lang.text(QT_TRANSLATE_NOOP("Document", "Campaigns:")), lang.number(s.campaigns)},
                     {lang.text(QT_TRANSLATE_NOOP("Document", "Reached directly:")),
                      lang.number(s.campaignReached.total())},
                     {lang.text(QT_TRANSLATE_NOOP("Document", "Reached indirectly (estimated):")),
                      lang.number(s.campaignReachedIndirectly)},
                     {lang.text(QT_TRANSLATE_NOOP("Document", "Cost:")), lang.money(s.campaignCost)}});
    if (s.campaigns == 0)
        return;
    Table reached = sexAgeTable(lang, s.campaignReached);
    reached.columns[0].header = lang.text(QT_TRANSLATE_NOOP("Document", "Reached directly"));
    pages.addTable(reached);
    QList<QStringList> channels;
    QList<QList<int>> byChannel;
    for (const auto& entry : EnumTraits<CampaignChannel>::entries()) {
        channels << QStringList{lang.name(entry.value)};
        byChannel << QList<int>{s.campaignsByChannel.value(entry.value)};
    }
    if (s.campaignsByChannel.isEmpty())
        return;
    Table table = countsTable(lang,
                              {lang.text(QT_TRANSLATE_NOOP("Document", "Channel")),
                               lang.text(QT_TRANSLATE_NOOP("Document", "Campaigns"))},
                              channels, byChannel);
    // A campaign uses several channels: a total of the column would count it several times.
    table.rows.removeLast();
    table.boldRows.clear();
    pages.addTable(table);
}

} // namespace hamkori::report
