#include "PeriodReportSurveys.h"
#include "SurveyFigures.h"

namespace hamkori::report {

void addSurveysSection(DocumentContent& pages, const DocumentLanguage& lang,
                       const analysis::PeriodStatistics& s, const QString& heading)
{
    pages.addHeading(heading);
    pages.addFields(
        {{lang.text(QT_TRANSLATE_NOOP("Document", "Survey rounds held:")), lang.number(s.surveyRounds())},
         {lang.text(QT_TRANSLATE_NOOP("Document", "Survey sheets entered:")), lang.number(s.surveySheets)},
         {lang.text(QT_TRANSLATE_NOOP("Document", "People counted in tallies:")),
          lang.number(s.surveyTalliedPeople)}});
    if (s.surveyRounds() == 0)
        return;
    Table kinds;
    kinds.columns = {{lang.text(QT_TRANSLATE_NOOP("Document", "Kind of survey round")), 3},
                     {lang.text(QT_TRANSLATE_NOOP("Document", "Rounds")), 1.3, Qt::AlignRight}};
    for (auto it = s.surveysByKind.cbegin(); it != s.surveysByKind.cend(); ++it)
        kinds.rows << QStringList{lang.name(it.key()), lang.number(it.value())};
    pages.addTable(kinds);
    if (s.surveyChanges.isEmpty()) {
        pages.addText(
            lang.text(QT_TRANSLATE_NOOP("Document", "No team held both a baseline and an endline round "
                                                    "in the period: no change can be shown.")),
            TextRole::Body, 6);
        return;
    }

    pages.addText(lang.text(QT_TRANSLATE_NOOP("Document", "Change from the baseline to the endline, all "
                                                          "respondents:")),
                  TextRole::Body, 2);
    Table changes;
    changes.fontPoints = 8.5;
    changes.columns = {
        {lang.text(QT_TRANSLATE_NOOP("Document", "Team and rounds")), 2},
        {lang.text(QT_TRANSLATE_NOOP("Document", "Share of respondents who…")), 2.4},
        {lang.text(QT_TRANSLATE_NOOP("Document", "Baseline survey")), 1.3, Qt::AlignHCenter},
        {lang.text(QT_TRANSLATE_NOOP("Document", "Endline survey")), 1.3, Qt::AlignHCenter},
        {lang.text(QT_TRANSLATE_NOOP("Document", "Change, percentage points")), 1.8, Qt::AlignHCenter}};
    for (const auto& team : s.surveyChanges) {
        // The team and its two rounds on the first row of its indicators only.
        QString who = team.teamName + QLatin1Char('\n') + team.baseline.code + QStringLiteral(" →\n") +
                      team.endline.code;
        for (const analysis::IndicatorChange& change : team.changes) {
            if (!keyIndicators().contains(change.after.indicator))
                continue;
            const auto& difference = change.change[std::size_t(RespondentSplit::All)];
            QString changed = pointsText(lang, difference);
            if (difference.clear()) {
                changed += QStringLiteral(", ") + lang.text(QT_TRANSLATE_NOOP("Document", "a clear change"));
                changes.boldRows.insert(int(changes.rows.size()));
            }
            const auto& before = change.before.of(RespondentSplit::All);
            const auto& after = change.after.of(RespondentSplit::All);
            changes.rows << QStringList{
                who, lang.name(change.after.indicator),
                shareText(lang, before) + QLatin1Char('\n') + answersText(lang, before),
                shareText(lang, after) + QLatin1Char('\n') + answersText(lang, after), changed};
            who.clear();
        }
    }
    pages.addTable(changes);
    pages.addText(
        lang.text(QT_TRANSLATE_NOOP("Document", "In brackets, the 95 % confidence interval. A clear "
                                                "change (in bold) is one whose interval leaves out "
                                                "zero. Groups with fewer than %1 answers are not "
                                                "shown as a percentage."))
            .arg(lang.number(analysis::kFewestAnswers)),
        TextRole::Small, 6);
}

} // namespace hamkori::report
