#include "SurveyExport.h"
#include "CellValues.h"
#include "CsvWriter.h"
#include "core/model/Questionnaire.h"
#include "core/report/DocumentParts.h"
#include "core/report/SurveyFigures.h"
#include "core/storage/SurveyRepository.h"
#include "core/storage/TeamRepository.h"
#include <cmath>

namespace hamkori::csv {

namespace {

const char* const kIndicatorColumns[] = {
    QT_TRANSLATE_NOOP("SurveyColumns", "Team"),
    QT_TRANSLATE_NOOP("SurveyColumns", "Round"),
    QT_TRANSLATE_NOOP("SurveyColumns", "Kind"),
    QT_TRANSLATE_NOOP("SurveyColumns", "First day"),
    QT_TRANSLATE_NOOP("SurveyColumns", "Last day"),
    QT_TRANSLATE_NOOP("SurveyColumns", "Indicator"),
    QT_TRANSLATE_NOOP("SurveyColumns", "Respondents"),
    QT_TRANSLATE_NOOP("SurveyColumns", "Yes"),
    QT_TRANSLATE_NOOP("SurveyColumns", "Answers"),
    QT_TRANSLATE_NOOP("SurveyColumns", "Percent"),
    QT_TRANSLATE_NOOP("SurveyColumns", "Low (95 % interval)"),
    QT_TRANSLATE_NOOP("SurveyColumns", "High (95 % interval)"),
    QT_TRANSLATE_NOOP("SurveyColumns", "Too few answers"),
};
const char* const kSheetColumns[] = {
    QT_TRANSLATE_NOOP("SurveyColumns", "Sheet"),
    QT_TRANSLATE_NOOP("SurveyColumns", "Sex"),
    QT_TRANSLATE_NOOP("SurveyColumns", "Age band"),
    QT_TRANSLATE_NOOP("SurveyColumns", "Respondent group"),
};

QString column(const report::DocumentLanguage& language, const char* source)
{
    return language.translate("SurveyColumns", source);
}

QString oneDecimal(double value)
{
    return CellValues::number(std::round(value * 10) / 10);
}

/// Several options of one answer: "1; 4" (a comma would read as a decimal number in a Russian Excel).
QString optionNumbers(const QList<int>& options)
{
    QStringList numbers;
    for (int option : options)
        numbers << QString::number(option);
    return numbers.join(QStringLiteral("; "));
}

} // namespace

Result<QList<QStringList>> SurveyExport::indicators(const SurveyExportOptions& options)
{
    const report::DocumentLanguage language(options.language);
    // One query for every round, however many there are (the national file has thousands).
    auto rounds = SurveyRepository(m_db).counts(options.teamUuids, options.from, options.to);
    if (!rounds)
        return rounds.error();
    auto teams = TeamRepository(m_db).teams();
    if (!teams)
        return teams.error();
    QHash<QString, QString> teamNames;
    for (const Team& team : *teams)
        teamNames.insert(team.meta.uuid, team.name);

    QStringList header;
    for (const char* name : kIndicatorColumns)
        header << column(language, name);
    QList<QStringList> table{header};
    const QString tooFew = report::tooFewText(language);
    for (const analysis::SurveyCounts& round : *rounds) {
        const Survey& s = round.survey;
        for (const analysis::IndicatorResult& result : analysis::indicators(round, options.fewestAnswers)) {
            if (!result.asked)
                continue;
            for (const auto& split : EnumTraits<RespondentSplit>::entries()) {
                const analysis::Proportion& share = result.of(split.value);
                QStringList row{teamNames.value(s.teamUuid),   s.code,
                                language.name(s.kind),         CellValues::date(s.start),
                                CellValues::date(s.lastDay()), language.name(result.indicator),
                                language.name(split.value),    QString::number(share.yes),
                                QString::number(share.base)};
                if (share.tooFew)
                    row << QString() << QString() << QString() << tooFew;
                else
                    row << oneDecimal(share.percent) << oneDecimal(share.low) << oneDecimal(share.high)
                        << QString();
                table << row;
            }
        }
    }
    return table;
}

Result<QList<QStringList>> SurveyExport::sheets(const QString& surveyUuid, const SurveyExportOptions& options)
{
    if (!options.includeSheets)
        return Error{tr("The survey sheets are sensitive and were not asked for: only the indicators may be "
                        "written. Tick the box for the sheets, or give --sensitive, to write them."),
                     {}};
    const report::DocumentLanguage language(options.language);
    SurveyRepository surveys(m_db);
    auto questions = surveys.questions(surveyUuid);
    if (!questions)
        return questions.error();
    auto responses = surveys.responses(surveyUuid);
    if (!responses)
        return responses.error();
    ReferenceRepository references(m_db);
    const QHash<QString, ReferenceItem> categories = report::itemsByUuid(references, ReferenceList::Category);
    const questionnaire::Translate translate = [&language](const char* context, const char* source) {
        return language.translate(context, source);
    };
    const auto categoryName = [&](const QString& uuid) {
        return categories.contains(uuid) ? language.name(categories.value(uuid)) : uuid;
    };

    QStringList header;
    for (const char* name : kSheetColumns)
        header << column(language, name);
    QList<QStringList> optionLabels;
    for (const SurveyQuestion& q : *questions) {
        header << QStringLiteral("Q%1 ").arg(q.number) + questionnaire::text(q, translate);
        optionLabels << questionnaire::options(q, translate, categoryName);
    }
    // The same answers in words, so that the file reads without the questionnaire beside it.
    for (const SurveyQuestion& q : *questions)
        header << column(language, QT_TRANSLATE_NOOP("SurveyColumns", "Q%1 in words")).arg(q.number);
    QList<QStringList> table{header};
    for (const SurveyResponse& r : *responses) {
        QStringList row{QString::number(r.sheet), language.name(r.sex), language.name(r.ageBand),
                        language.name(r.group)};
        for (const SurveyQuestion& q : *questions)
            row << optionNumbers(r.answer(q.number));
        for (int i = 0; i < questions->size(); ++i) {
            QStringList words;
            for (int option : r.answer((*questions)[i].number))
                words << optionLabels[i].value(option - 1, QString::number(option));
            row << words.join(QStringLiteral("; "));
        }
        table << row;
    }
    return table;
}

Result<int> SurveyExport::writeIndicators(const SurveyExportOptions& options, const QString& path)
{
    auto rows = indicators(options);
    if (!rows)
        return rows.error();
    return CsvWriter::writeRecords(path, *rows, options.separator);
}

Result<int> SurveyExport::writeSheets(const QString& surveyUuid, const SurveyExportOptions& options,
                                      const QString& path)
{
    auto rows = sheets(surveyUuid, options);
    if (!rows)
        return rows.error();
    return CsvWriter::writeRecords(path, *rows, options.separator);
}

} // namespace hamkori::csv
