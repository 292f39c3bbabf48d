// SurveyRepository's sheets, tallies and counts (its rounds and questions are in SurveyRepository.cpp).
#include "../model/Questionnaire.h"
#include "Rows.h"
#include "SqlUtil.h"
#include "SurveyRepository.h"
#include <QSqlQuery>

namespace hamkori {

namespace {

QString noResponse()
{
    return SurveyRepository::tr("This survey sheet no longer exists.");
}

QString noTally()
{
    return SurveyRepository::tr("This tally no longer exists.");
}

QString answerColumn(int number)
{
    return QStringLiteral("answer_%1").arg(number);
}

Fields responseFields(const SurveyResponse& r)
{
    Fields fields{{QStringLiteral("survey"), r.surveyUuid},
                  {QStringLiteral("sheet"), r.sheet},
                  {QStringLiteral("sex"), codeOf(r.sex)},
                  {QStringLiteral("age_band"), codeOf(r.ageBand)},
                  {QStringLiteral("respondent_group"), codeOf(r.group)}};
    for (int number = 1; number <= limits::kSurveyQuestions; ++number)
        fields.append({answerColumn(number), SurveyRepository::answerText(r.answer(number))});
    return fields;
}

SurveyResponse readResponse(const QSqlRecord& row)
{
    SurveyResponse r;
    r.meta = rows::meta(row);
    r.surveyUuid = rows::text(row, "survey");
    r.sheet = row.value(QStringLiteral("sheet")).toInt();
    r.sex = rows::enumValue(row, "sex", Sex::Female);
    r.ageBand = rows::enumValue(row, "age_band", AgeBand::From30To49);
    r.group = rows::enumValue(row, "respondent_group", RespondentGroup::Other);
    for (int number = 1; number <= limits::kSurveyQuestions; ++number)
        r.setAnswer(number, SurveyRepository::answerOptions(row.value(answerColumn(number)).toString()));
    return r;
}

Fields tallyFields(const SurveyTally& t)
{
    Fields fields{{QStringLiteral("survey"), t.surveyUuid},
                  {QStringLiteral("question"), t.question},
                  {QStringLiteral("option"), t.option}};
    rows::appendCounts(fields, "count_", t.people);
    fields.append({QStringLiteral("count_unsplit"), t.unsplit});
    return fields;
}

SurveyTally readTally(const QSqlRecord& row)
{
    SurveyTally t;
    t.meta = rows::meta(row);
    t.surveyUuid = rows::text(row, "survey");
    t.question = row.value(QStringLiteral("question")).toInt();
    t.option = row.value(QStringLiteral("option")).toInt();
    t.people = rows::counts(row, "count_");
    t.unsplit = row.value(QStringLiteral("count_unsplit")).toInt();
    return t;
}

analysis::QuestionCounts countsOf(const SurveyQuestion& question)
{
    analysis::QuestionCounts counts;
    counts.question = question;
    counts.optionCount = int(questionnaire::options(question).size());
    counts.chosen.resize(counts.optionCount);
    return counts;
}

} // namespace

QString SurveyRepository::answerText(const QList<int>& options)
{
    QStringList parts;
    for (int option : options)
        parts << QString::number(option);
    return parts.join(QLatin1Char(','));
}

QList<int> SurveyRepository::answerOptions(QStringView text)
{
    QList<int> options;
    for (QStringView part : text.split(QLatin1Char(','), Qt::SkipEmptyParts)) {
        bool ok = false;
        const int option = part.trimmed().toInt(&ok);
        if (ok)
            options << option;
    }
    return options;
}

Result<void> SurveyRepository::validate(const SurveyResponse& response)
{
    if (!exists("survey", response.surveyUuid))
        return Error{noSurvey(), {}};
    if (response.sheet < 1 || response.sheet > limits::kSheets)
        return fieldError(QStringLiteral("sheet"),
                          tr("A sheet number is between 1 and %1.").arg(limits::kSheets));
    auto taken =
        sql::scalar(m_db.connection(),
                    QStringLiteral("SELECT 1 FROM survey_responses WHERE survey = ? AND sheet = ? AND "
                                   "uuid <> ? AND deleted = 0"),
                    {response.surveyUuid, response.sheet, response.meta.uuid});
    if (!taken)
        return taken.error();
    if (taken->isValid())
        return fieldError(
            QStringLiteral("sheet"),
            tr("Sheet %1 is already typed in. Give this sheet its own number.").arg(response.sheet));
    auto asked = questions(response.surveyUuid);
    if (!asked)
        return asked.error();
    return checkAnswers(response, *asked, optionCounts(*asked));
}

QList<int> SurveyRepository::optionCounts(const QList<SurveyQuestion>& asked)
{
    QList<int> counts;
    for (const SurveyQuestion& question : asked)
        counts << int(questionnaire::options(question).size());
    return counts;
}

Result<void> SurveyRepository::checkAnswers(const SurveyResponse& response,
                                            const QList<SurveyQuestion>& asked,
                                            const QList<int>& optionCounts)
{
    for (int number = 1; number <= limits::kSurveyQuestions; ++number) {
        const QList<int>& chosen = response.answer(number);
        if (chosen.isEmpty())
            continue;
        const SurveyQuestion* question = nullptr;
        int optionCount = 0;
        for (int i = 0; i < asked.size(); ++i)
            if (asked[i].number == number) {
                question = &asked[i];
                optionCount = optionCounts[i];
            }
        const QString column = answerColumn(number);
        if (!question)
            return fieldError(column,
                              tr("The survey has no question %1. Leave its answer empty.").arg(number));
        for (int option : chosen)
            if (option < 1 || option > optionCount)
                return fieldError(column, tr("Question %1 has options 1 to %2; %3 is not one of them.")
                                              .arg(number)
                                              .arg(optionCount)
                                              .arg(option));
        if (QSet<int>(chosen.cbegin(), chosen.cend()).size() != chosen.size())
            return fieldError(column, tr("An option of question %1 is given twice.").arg(number));
        if (question->answerKind == AnswerKind::OneOption && chosen.size() > 1)
            return fieldError(column, tr("Question %1 takes one answer.").arg(number));
        if (question->maxChoices > 0 && chosen.size() > question->maxChoices)
            return fieldError(
                column, tr("Question %1 takes at most %2 answers.").arg(number).arg(question->maxChoices));
    }
    return {};
}

Result<SurveyResponse> SurveyRepository::addResponse(SurveyResponse response)
{
    if (auto valid = validate(response); !valid)
        return valid.error();
    response.meta.uuid = newUuid();
    auto done = inTransaction([&] {
        return store().insert(QStringLiteral("survey_response"), response.meta.uuid,
                              responseFields(response));
    });
    if (!done)
        return done.error();
    return this->response(response.meta.uuid);
}

Result<int> SurveyRepository::addResponses(const QString& surveyUuid, QList<SurveyResponse> responses)
{
    if (!exists("survey", surveyUuid))
        return Error{noSurvey(), {}};
    auto asked = questions(surveyUuid);
    if (!asked)
        return asked.error();
    auto existing = sql::run(
        m_db.connection(),
        QStringLiteral("SELECT sheet FROM survey_responses WHERE survey = ? AND deleted = 0"), {surveyUuid});
    if (!existing)
        return existing.error();
    QSet<int> taken;
    while (existing->next())
        taken.insert(existing->value(0).toInt());
    const QList<int> counts = optionCounts(*asked);
    // The same checks as addResponse, with the questionnaire and the sheets typed in read once.
    for (SurveyResponse& response : responses) {
        response.surveyUuid = surveyUuid;
        if (response.sheet < 1 || response.sheet > limits::kSheets)
            return fieldError(QStringLiteral("sheet"),
                              tr("A sheet number is between 1 and %1.").arg(limits::kSheets));
        if (taken.contains(response.sheet))
            return fieldError(
                QStringLiteral("sheet"),
                tr("Sheet %1 is already typed in. Give this sheet its own number.").arg(response.sheet));
        taken.insert(response.sheet);
        if (auto valid = checkAnswers(response, *asked, counts); !valid)
            return valid.error();
    }
    auto done = inTransaction([&]() -> Result<void> {
        for (const SurveyResponse& response : responses)
            if (auto inserted =
                    store().insert(QStringLiteral("survey_response"), newUuid(), responseFields(response));
                !inserted)
                return inserted;
        return {};
    });
    if (!done)
        return done.error();
    return int(responses.size());
}

Result<void> SurveyRepository::updateResponse(const SurveyResponse& response)
{
    if (auto valid = validate(response); !valid)
        return valid;
    return updateRecord("survey_response", response.meta.uuid, responseFields(response), noResponse());
}

Result<QList<RecordRef>> SurveyRepository::deleteResponse(const QString& uuid)
{
    return deleteRecord("survey_response", uuid, noResponse());
}

Result<SurveyResponse> SurveyRepository::response(const QString& uuid)
{
    return readOne<SurveyResponse>("survey_response", uuid, readResponse, noResponse());
}

Result<QList<SurveyResponse>> SurveyRepository::responses(const QString& surveyUuid)
{
    return readList<SurveyResponse>(
        QStringLiteral(
            "SELECT * FROM survey_responses WHERE survey = ? AND deleted = 0 ORDER BY sheet, uuid"),
        {surveyUuid}, readResponse);
}

Result<int> SurveyRepository::nextSheet(const QString& surveyUuid)
{
    auto highest = sql::scalar(
        m_db.connection(),
        QStringLiteral("SELECT MAX(sheet) FROM survey_responses WHERE survey = ? AND deleted = 0"),
        {surveyUuid});
    if (!highest)
        return highest.error();
    return highest->toInt() + 1;
}

Result<void> SurveyRepository::validate(const SurveyTally& tally)
{
    if (!exists("survey", tally.surveyUuid))
        return Error{noSurvey(), {}};
    auto asked = questions(tally.surveyUuid);
    if (!asked)
        return asked.error();
    const SurveyQuestion* question = nullptr;
    for (const SurveyQuestion& q : *asked)
        if (q.number == tally.question)
            question = &q;
    if (!question)
        return fieldError(QStringLiteral("question"),
                          tr("The survey has no question %1.").arg(tally.question));
    const int optionCount = int(questionnaire::options(*question).size());
    if (tally.option < 1 || tally.option > optionCount)
        return fieldError(QStringLiteral("option"),
                          tr("Question %1 has options 1 to %2; %3 is not one of them.")
                              .arg(tally.question)
                              .arg(optionCount)
                              .arg(tally.option));
    for (int cell = 0; cell < SexAgeCounts::kCells; ++cell)
        if (tally.people.cell(cell) < 0 || tally.people.cell(cell) > limits::kTallyPerCell)
            return fieldError(QStringLiteral("count"),
                              tr("A tally must be between 0 and %1.").arg(limits::kTallyPerCell));
    if (tally.unsplit < 0 || tally.unsplit > limits::kTallyPerCell)
        return fieldError(QStringLiteral("count_unsplit"),
                          tr("A tally must be between 0 and %1.").arg(limits::kTallyPerCell));
    auto taken =
        sql::scalar(m_db.connection(),
                    QStringLiteral("SELECT 1 FROM survey_tallies WHERE survey = ? AND question = ? AND "
                                   "option = ? AND uuid <> ? AND deleted = 0"),
                    {tally.surveyUuid, tally.question, tally.option, tally.meta.uuid});
    if (!taken)
        return taken.error();
    if (taken->isValid())
        return fieldError(QStringLiteral("option"), tr("Option %1 of question %2 already has a tally; change "
                                                       "that one.")
                                                        .arg(tally.option)
                                                        .arg(tally.question));
    return {};
}

Result<SurveyTally> SurveyRepository::addTally(SurveyTally tally)
{
    if (auto valid = validate(tally); !valid)
        return valid.error();
    tally.meta.uuid = newUuid();
    auto done = inTransaction(
        [&] { return store().insert(QStringLiteral("survey_tally"), tally.meta.uuid, tallyFields(tally)); });
    if (!done)
        return done.error();
    return this->tally(tally.meta.uuid);
}

Result<void> SurveyRepository::updateTally(const SurveyTally& tally)
{
    if (auto valid = validate(tally); !valid)
        return valid;
    return updateRecord("survey_tally", tally.meta.uuid, tallyFields(tally), noTally());
}

Result<QList<RecordRef>> SurveyRepository::deleteTally(const QString& uuid)
{
    return deleteRecord("survey_tally", uuid, noTally());
}

Result<SurveyTally> SurveyRepository::tally(const QString& uuid)
{
    return readOne<SurveyTally>("survey_tally", uuid, readTally, noTally());
}

Result<QList<SurveyTally>> SurveyRepository::tallies(const QString& surveyUuid)
{
    return readList<SurveyTally>(
        QStringLiteral(
            "SELECT * FROM survey_tallies WHERE survey = ? AND deleted = 0 ORDER BY question, option, uuid"),
        {surveyUuid}, readTally);
}

Result<analysis::SurveyCounts> SurveyRepository::counts(const QString& surveyUuid)
{
    auto found = survey(surveyUuid);
    if (!found)
        return found.error();
    auto all = counts(QStringList{found->teamUuid}, found->start, found->lastDay());
    if (!all)
        return all.error();
    for (const analysis::SurveyCounts& counts : *all)
        if (counts.survey.meta.uuid == surveyUuid)
            return counts;
    return Error{noSurvey(), {}};
}

Result<QList<analysis::SurveyCounts>> SurveyRepository::counts(const QStringList& teamUuids, QDate from,
                                                               QDate to)
{
    // The rounds chosen, as a clause every query below repeats on its own table's `survey` column.
    QVariantList chosenValues;
    QString chosen = QStringLiteral("SELECT s.uuid FROM surveys s JOIN teams t ON t.uuid = s.team WHERE "
                                    "s.deleted = 0 AND t.deleted = 0");
    if (from.isValid() && to.isValid()) {
        chosen += QStringLiteral(" AND s.start_date <= ? AND COALESCE(s.end_date, s.start_date) >= ?");
        chosenValues << to.toString(Qt::ISODate) << from.toString(Qt::ISODate);
    }
    if (!teamUuids.isEmpty())
        chosen += QStringLiteral(" AND s.team IN %1").arg(sql::inList(teamUuids, chosenValues));
    return countsWhere(chosen, chosenValues);
}

Result<QList<analysis::SurveyCounts>> SurveyRepository::countsOfRounds(const QStringList& surveyUuids)
{
    if (surveyUuids.isEmpty())
        return QList<analysis::SurveyCounts>();
    QVariantList chosenValues;
    const QString chosen = QStringLiteral("SELECT s.uuid FROM surveys s WHERE s.deleted = 0 AND s.uuid IN %1")
                               .arg(sql::inList(surveyUuids, chosenValues));
    return countsWhere(chosen, chosenValues);
}

Result<QList<analysis::SurveyCounts>> SurveyRepository::countsWhere(const QString& chosen,
                                                                    const QVariantList& chosenValues)
{
    auto rounds = readList<Survey>(
        QStringLiteral("SELECT * FROM surveys WHERE uuid IN (%1) ORDER BY start_date, code, uuid")
            .arg(chosen),
        chosenValues, &SurveyRepository::surveyFromRow);
    if (!rounds)
        return rounds.error();
    QList<analysis::SurveyCounts> result;
    QHash<QString, int> index;
    for (const Survey& round : *rounds) {
        index.insert(round.meta.uuid, int(result.size()));
        result << analysis::SurveyCounts{round, 0, 0, {}, {}};
    }
    auto asked = readList<SurveyQuestion>(
        QStringLiteral("SELECT * FROM survey_questions WHERE survey IN (%1) AND deleted = 0 ORDER BY survey, "
                       "number, uuid")
            .arg(chosen),
        chosenValues, &SurveyRepository::questionFromRow);
    if (!asked)
        return asked.error();
    for (const SurveyQuestion& question : *asked)
        result[index.value(question.surveyUuid)].questions << countsOf(question);

    // The answers column by column, read once forward: joining them in SQL (||) cost SQLite more than the
    // rest of the work on the national file's 160,000 sheets. Parsed without allocating a list per answer.
    QStringList columns;
    for (int number = 1; number <= limits::kSurveyQuestions; ++number)
        columns << answerColumn(number);
    // Forward only: the driver keeps no copy of the rows read (far less memory and time); plain `?` marks.
    QSqlQuery read(m_db.connection());
    read.setForwardOnly(true);
    if (!read.prepare(QStringLiteral("SELECT survey, sex, age_band, %1 FROM survey_responses WHERE survey IN "
                                     "(%2) AND deleted = 0")
                          .arg(columns.join(QStringLiteral(", ")), chosen)))
        return sql::failure(read);
    for (const QVariant& value : chosenValues)
        read.addBindValue(sql::toStored(value));
    if (!read.exec())
        return sql::failure(read);
    QSqlQuery* sheets = &read;
    std::array<QList<int>, limits::kSurveyQuestions> answers;
    QHash<QString, Sex> sexes;
    QHash<QString, AgeBand> bands;
    for (Sex sex : {Sex::Female, Sex::Male})
        sexes.insert(codeOf(sex), sex);
    for (int band = 0; band < enumCount<AgeBand>(); ++band)
        bands.insert(codeOf(AgeBand(band)), AgeBand(band));
    QString lastSurvey;
    int lastIndex = -1;
    while (sheets->next()) {
        const QString surveyUuid = sheets->value(0).toString();
        if (surveyUuid != lastSurvey) {
            lastSurvey = surveyUuid;
            lastIndex = index.value(surveyUuid, -1);
        }
        const auto sex = sexes.constFind(sheets->value(1).toString());
        const auto band = bands.constFind(sheets->value(2).toString());
        if (lastIndex < 0 || sex == sexes.cend() || band == bands.cend())
            continue;
        for (int number = 1; number <= limits::kSurveyQuestions; ++number) {
            QList<int>& options = answers[std::size_t(number - 1)];
            options.clear(); // keeps its capacity: no allocation once warm
            const QString text = sheets->value(2 + number).toString();
            int value = -1;
            for (const QChar c : text) {
                if (c.isDigit()) {
                    value = (value < 0 ? 0 : value * 10) + c.digitValue();
                } else if (c == u',') {
                    if (value >= 0)
                        options << value;
                    value = -1;
                }
            }
            if (value >= 0)
                options << value;
        }
        analysis::addResponse(result[lastIndex], *sex, *band, answers);
    }

    auto tallied = readList<SurveyTally>(
        QStringLiteral("SELECT * FROM survey_tallies WHERE survey IN (%1) AND deleted = 0").arg(chosen),
        chosenValues, readTally);
    if (!tallied)
        return tallied.error();
    for (const SurveyTally& tally : *tallied)
        analysis::addTally(result[index.value(tally.surveyUuid)], tally);
    for (analysis::SurveyCounts& counts : result)
        analysis::finishTallies(counts);
    return result;
}

Result<QMap<QString, int>> SurveyRepository::prioritisedCategories(const QString& teamUuid)
{
    auto query =
        sql::run(m_db.connection(),
                 QStringLiteral("SELECT category, COUNT(*) FROM concerns WHERE team = ? AND deleted = 0 "
                                "AND status IN ('prioritised', 'in_plan', 'resolved', 'monitoring') "
                                "GROUP BY category"),
                 {teamUuid});
    if (!query)
        return query.error();
    QMap<QString, int> byCategory;
    while (query->next())
        byCategory.insert(query->value(0).toString(), query->value(1).toInt());
    return byCategory;
}

Fields SurveyRepository::fieldsOf(const SurveyResponse& record)
{
    return responseFields(record);
}
SurveyResponse SurveyRepository::responseFromRow(const QSqlRecord& row)
{
    return readResponse(row);
}
Fields SurveyRepository::fieldsOf(const SurveyTally& record)
{
    return tallyFields(record);
}
SurveyTally SurveyRepository::tallyFromRow(const QSqlRecord& row)
{
    return readTally(row);
}

} // namespace hamkori
