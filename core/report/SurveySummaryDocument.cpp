#include "SurveySummaryDocument.h"
#include "../storage/ReferenceRepository.h"
#include "../storage/SurveyRepository.h"
#include "../storage/TeamRepository.h"
#include "DocumentParts.h"
#include "DocumentWriter.h"
#include "PdfLayout.h"
#include "SurveyFigures.h"
#include <cmath>

namespace hamkori::report {

namespace {

using analysis::Proportion;
using analysis::SurveyCounts;

const QColor kBaseline(170, 170, 170);
const QColor kEndline(76, 114, 176);
constexpr int kConcernsShown = 3; // the three a sheet asks for
constexpr qreal kTablePoints = 7.5; // what keeps the whole summary on one A4 page

QString datesOf(const Survey& survey)
{
    const QString first = DocumentLanguage::date(survey.start);
    return survey.lastDay() == survey.start
               ? first
               : first + QStringLiteral(" – ") + DocumentLanguage::date(survey.lastDay());
}

/// A cell of the indicators' table: the share and interval over the number of answers behind it.
QString shareCell(const DocumentLanguage& lang, const Proportion& share)
{
    return shareText(lang, share) + QLatin1Char('\n') + answersText(lang, share);
}

/// "35 % (n = 26)", or "too few answers (n = 8)".
QString shortShare(const DocumentLanguage& lang, const Proportion& share)
{
    return (share.tooFew ? tooFewText(lang) : percentText(lang, share)) + QStringLiteral(" (") +
           answersText(lang, share) + QLatin1Char(')');
}

void addHeader(DocumentContent& pages, const DocumentLanguage& lang, const Team& team, const Survey& survey,
               const SurveyCounts& counts)
{
    pages.addText(lang.text(QT_TRANSLATE_NOOP("Document", "COMMUNITY PERCEPTION SURVEY")), TextRole::Title,
                  2);
    pages.addText(teamDesignation(lang, team.name, team.kind), TextRole::Subtitle, 8);
    QString round = survey.code + QStringLiteral(", ") + lang.name(survey.kind);
    if (!survey.title.trimmed().isEmpty())
        round += QStringLiteral(" «") + survey.title.simplified() + QStringLiteral("»");
    QList<std::pair<QString, QString>> fields{
        {lang.text(QT_TRANSLATE_NOOP("Document", "Survey round:")), round},
        {lang.text(QT_TRANSLATE_NOOP("Document", "Dates:")), datesOf(survey)}};
    if (!survey.area.trimmed().isEmpty())
        fields << std::pair{lang.text(QT_TRANSLATE_NOOP("Document", "Villages and mahallas:")),
                            survey.area.simplified()};
    fields << std::pair{
        lang.text(QT_TRANSLATE_NOOP("Document", "Respondents:")),
        lang.text(QT_TRANSLATE_NOOP("Document", "%1 (women: %2, men: %3); survey sheets entered: %4, people "
                                                "counted in tallies: %5"))
            .arg(lang.number(counts.total()),
                 lang.number(analysis::countIn(counts.respondents, RespondentSplit::Women)),
                 lang.number(analysis::countIn(counts.respondents, RespondentSplit::Men)),
                 lang.number(counts.sheets), lang.number(counts.talliedPeople))};
    pages.addFields(fields);
    pages.addSpace(4);
}

void addIndicators(DocumentContent& pages, const DocumentLanguage& lang, const SurveyCounts& counts,
                   int fewestAnswers)
{
    pages.addHeading(lang.text(QT_TRANSLATE_NOOP("Document", "Key indicators")));
    Table table;
    table.fontPoints = kTablePoints;
    table.columns = {{lang.text(QT_TRANSLATE_NOOP("Document", "Share of respondents who…")), 3.0},
                     {lang.text(QT_TRANSLATE_NOOP("Document", "All respondents")), 1.2, Qt::AlignHCenter},
                     {lang.text(QT_TRANSLATE_NOOP("Document", "Women")), 1.2, Qt::AlignHCenter},
                     {lang.text(QT_TRANSLATE_NOOP("Document", "Men")), 1.2, Qt::AlignHCenter},
                     {lang.text(QT_TRANSLATE_NOOP("Document", "Women–men gap, percentage points")), 1.5,
                      Qt::AlignHCenter}};
    for (SurveyIndicator which : keyIndicators()) {
        const analysis::IndicatorResult result = analysis::indicator(counts, which, fewestAnswers);
        if (!result.asked)
            continue;
        table.rows << QStringList{lang.name(which), shareCell(lang, result.of(RespondentSplit::All)),
                                  shareCell(lang, result.of(RespondentSplit::Women)),
                                  shareCell(lang, result.of(RespondentSplit::Men)),
                                  pointsText(lang, result.gap)};
    }
    if (table.rows.isEmpty()) {
        pages.addText(lang.text(QT_TRANSLATE_NOOP("Document", "The round asks none of the standard questions "
                                                              "the indicators are read from.")));
        return;
    }
    pages.addTable(table);
}

/// The change from the team's baseline, for an endline that has one before it.
void addChange(DocumentContent& pages, const DocumentLanguage& lang, const Survey& baseline,
               const SurveyCounts& before, const SurveyCounts& after, int fewestAnswers)
{
    pages.addHeading(lang.text(QT_TRANSLATE_NOOP("Document", "Change since the baseline %1 (%2)"))
                         .arg(baseline.code, datesOf(baseline)));
    Table table;
    table.fontPoints = kTablePoints;
    table.columns = {
        {lang.text(QT_TRANSLATE_NOOP("Document", "Share of respondents who…")), 2.6},
        {lang.text(QT_TRANSLATE_NOOP("Document", "Baseline survey")), 1.3, Qt::AlignHCenter},
        {lang.text(QT_TRANSLATE_NOOP("Document", "Endline survey")), 1.3, Qt::AlignHCenter},
        {lang.text(QT_TRANSLATE_NOOP("Document", "Change, percentage points")), 2.8, Qt::AlignHCenter}};
    BarChart chart;
    // Untitled (the heading above names it), thin bars and names on one line: the summary keeps to one page.
    chart.language = lang.code();
    chart.labelShare = 0.5;
    chart.barPoints = 6;
    BarSeries was{lang.text(QT_TRANSLATE_NOOP("Document", "Baseline survey")), {}, kBaseline};
    BarSeries now{lang.text(QT_TRANSLATE_NOOP("Document", "Endline survey")), {}, kEndline};
    for (const analysis::IndicatorChange& change : analysis::change(before, after, fewestAnswers)) {
        if (!keyIndicators().contains(change.after.indicator))
            continue;
        const Proportion& first = change.before.of(RespondentSplit::All);
        const Proportion& last = change.after.of(RespondentSplit::All);
        const analysis::Difference& difference = change.change[std::size_t(RespondentSplit::All)];
        QString changed = pointsText(lang, difference);
        if (difference.clear()) {
            changed += QStringLiteral(", ") + lang.text(QT_TRANSLATE_NOOP("Document", "a clear change"));
            table.boldRows.insert(int(table.rows.size()));
        }
        // One line a cell: the interval that matters here is the change's.
        table.rows << QStringList{lang.name(change.after.indicator), shortShare(lang, first),
                                  shortShare(lang, last), changed};
        if (first.tooFew || last.tooFew)
            continue; // a bar would show a percentage the rule forbids
        chart.categories << lang.name(change.after.indicator) +
                                (difference.clear() ? QStringLiteral(" *") : QString());
        was.values << double(std::lround(first.percent));
        now.values << double(std::lround(last.percent));
    }
    if (table.rows.isEmpty()) {
        pages.addText(
            lang.text(QT_TRANSLATE_NOOP("Document", "The two rounds ask none of the same indicators.")));
        return;
    }
    pages.addTable(table);
    if (!chart.categories.isEmpty()) {
        chart.series = {was, now};
        pages.addChart(chart);
    }
}

void addConcerns(DocumentContent& pages, const DocumentLanguage& lang, const SurveyCounts& counts,
                 const QMap<QString, int>& prioritised, const QHash<QString, ReferenceItem>& categories,
                 int fewestAnswers)
{
    QList<analysis::NamedConcern> named = analysis::namedConcerns(counts, prioritised, fewestAnswers);
    named.erase(std::remove_if(named.begin(), named.end(),
                               [](const analysis::NamedConcern& c) { return c.share.yes == 0; }),
                named.end());
    if (named.isEmpty())
        return;
    pages.addHeading(lang.text(QT_TRANSLATE_NOOP("Document", "Safety concerns named most")));
    Table table;
    table.fontPoints = kTablePoints;
    table.columns = {
        {lang.text(QT_TRANSLATE_NOOP("Document", "Rank")), 0.6, Qt::AlignHCenter},
        {lang.text(QT_TRANSLATE_NOOP("Document", "Category")), 3.2},
        {lang.text(QT_TRANSLATE_NOOP("Document", "Named by")), 1.8, Qt::AlignHCenter},
        {lang.text(QT_TRANSLATE_NOOP("Document", "The team's prioritised concerns")), 1.8, Qt::AlignHCenter}};
    for (const analysis::NamedConcern& concern : named.mid(0, kConcernsShown)) {
        QString share = lang.text(QT_TRANSLATE_NOOP("Document", "%1 of %2"))
                            .arg(lang.number(concern.share.yes), lang.number(concern.share.base));
        if (!concern.share.tooFew)
            share += QStringLiteral(" (") + percentText(lang, concern.share) + QLatin1Char(')');
        table.rows << QStringList{lang.number(concern.rank),
                                  categories.contains(concern.categoryUuid)
                                      ? lang.name(categories.value(concern.categoryUuid))
                                      : lang.text(QT_TRANSLATE_NOOP("Document", "No category")),
                                  share,
                                  concern.prioritised > 0
                                      ? lang.number(concern.prioritised)
                                      : lang.text(QT_TRANSLATE_NOOP("Document", "not prioritised"))};
    }
    pages.addTable(table);
}

} // namespace

Result<DocumentContent> SurveySummaryDocument::content(Database& db, const QString& surveyUuid,
                                                       const SurveySummaryOptions& options)
{
    const DocumentLanguage lang(options.language);
    SurveyRepository surveys(db);
    auto counts = surveys.counts(surveyUuid);
    if (!counts)
        return counts.error();
    const Survey& survey = counts->survey;
    auto team = TeamRepository(db).team(survey.teamUuid);
    if (!team)
        return team.error();

    DocumentContent pages;
    pages.language = lang.code();
    pages.title = lang.text(QT_TRANSLATE_NOOP("Document", "Perception survey %1")).arg(survey.code);
    addHeader(pages, lang, *team, survey, *counts);
    addIndicators(pages, lang, *counts, options.fewestAnswers);

    if (survey.kind == SurveyKind::Endline) {
        auto rounds = surveys.surveys({survey.teamUuid});
        if (!rounds)
            return rounds.error();
        // This endline and the baselines before it: the pair is the latest baseline and this round.
        QList<Survey> candidates{survey};
        for (const SurveySummary& round : *rounds)
            if (round.survey.kind == SurveyKind::Baseline)
                candidates << round.survey;
        const auto pair = analysis::baselineAndEndline(candidates);
        if (pair && pair->second == 0) {
            auto before = surveys.counts(candidates[pair->first].meta.uuid);
            if (!before)
                return before.error();
            addChange(pages, lang, candidates[pair->first], *before, *counts, options.fewestAnswers);
        } else {
            pages.addText(
                lang.text(QT_TRANSLATE_NOOP("Document", "The team has no baseline round before this "
                                                        "endline: no change can be shown.")),
                TextRole::Small, 4);
        }
    }

    auto prioritised = surveys.prioritisedCategories(survey.teamUuid);
    if (!prioritised)
        return prioritised.error();
    ReferenceRepository references(db);
    addConcerns(pages, lang, *counts, *prioritised, itemsByUuid(references, ReferenceList::Category),
                options.fewestAnswers);

    pages.addText(
        lang.text(QT_TRANSLATE_NOOP("Document",
                                    "Method: anonymous sheets, no name asked. A percentage is of those "
                                    "who answered (n), its 95 % confidence interval in brackets; under "
                                    "%1 answers: \"too few answers\". Gap and change in percentage "
                                    "points; a clear change (bold, * in the chart) has an interval "
                                    "that leaves out zero."))
            .arg(lang.number(options.fewestAnswers)),
        TextRole::Small, 4);
    pages.footer = footer(lang,
                          lang.text(QT_TRANSLATE_NOOP("Document", "Perception survey %1, %2"))
                              .arg(survey.code, datesOf(survey)),
                          false);
    return pages;
}

Result<Document> SurveySummaryDocument::build(Database& db, const QString& surveyUuid,
                                              const SurveySummaryOptions& options)
{
    auto content = SurveySummaryDocument::content(db, surveyUuid, options);
    if (!content)
        return content.error();
    return PdfLayout::layout(*content);
}

Result<void> writeSurveySummary(Database& db, const QString& surveyUuid, const SurveySummaryOptions& options,
                                const QString& path)
{
    if (options.format == SummaryFormat::Odt) {
        auto content = SurveySummaryDocument::content(db, surveyUuid, options);
        if (!content)
            return content.error();
        return DocumentWriter::writeOdt(*content, path);
    }
    auto document = SurveySummaryDocument::build(db, surveyUuid, options);
    if (!document)
        return document.error();
    return DocumentWriter::writePdf(*document, path);
}

} // namespace hamkori::report
