#include "SurveyRepository.h"
#include "../model/Formats.h"
#include "../model/Questionnaire.h"
#include "Codes.h"
#include "Rows.h"
#include "SqlUtil.h"

namespace hamkori {

namespace {

QString noQuestion()
{
    return SurveyRepository::tr("This question no longer exists.");
}

Fields surveyFields(const Survey& s)
{
    Fields fields{{QStringLiteral("team"), s.teamUuid},
                  {QStringLiteral("code"), s.code.trimmed()},
                  {QStringLiteral("kind"), codeOf(s.kind)},
                  {QStringLiteral("title"), s.title.trimmed()},
                  {QStringLiteral("start_date"), s.start},
                  {QStringLiteral("end_date"), s.end},
                  {QStringLiteral("area"), s.area.trimmed()},
                  {QStringLiteral("interviewers"), s.interviewers.trimmed()},
                  {QStringLiteral("plan"), rows::reference(s.planUuid)},
                  {QStringLiteral("notes"), s.notes.trimmed()}};
    rows::appendCounts(fields, "tallied_", s.tallied);
    fields.append({QStringLiteral("tallied_unsplit"), s.talliedUnsplit});
    return fields;
}

Survey readSurvey(const QSqlRecord& row)
{
    Survey s;
    s.meta = rows::meta(row);
    s.teamUuid = rows::text(row, "team");
    s.code = rows::text(row, "code");
    s.kind = rows::enumValue(row, "kind", SurveyKind::Other);
    s.title = rows::text(row, "title");
    s.start = rows::date(row, "start_date");
    s.end = rows::date(row, "end_date");
    s.area = rows::text(row, "area");
    s.interviewers = rows::text(row, "interviewers");
    s.planUuid = rows::text(row, "plan");
    s.notes = rows::text(row, "notes");
    s.tallied = rows::counts(row, "tallied_");
    s.talliedUnsplit = row.value(QStringLiteral("tallied_unsplit")).toInt();
    return s;
}

Fields questionFields(const SurveyQuestion& q)
{
    QStringList options;
    for (const QString& option : q.options)
        options << option.trimmed();
    // Trailing empty lines are nothing; empty lines between keep a standard option's own name.
    while (!options.isEmpty() && options.last().isEmpty())
        options.removeLast();
    return {{QStringLiteral("survey"), q.surveyUuid},
            {QStringLiteral("number"), q.number},
            {QStringLiteral("topic"), codeOf(q.topic)},
            {QStringLiteral("answer_kind"), codeOf(q.answerKind)},
            {QStringLiteral("text"), q.text.trimmed()},
            {QStringLiteral("options"), options.join(QLatin1Char('\n'))},
            {QStringLiteral("max_choices"), q.maxChoices}};
}

SurveyQuestion readQuestion(const QSqlRecord& row)
{
    SurveyQuestion q;
    q.meta = rows::meta(row);
    q.surveyUuid = rows::text(row, "survey");
    q.number = row.value(QStringLiteral("number")).toInt();
    q.topic = rows::enumValue(row, "topic", SurveyTopic::Custom);
    q.answerKind = rows::enumValue(row, "answer_kind", AnswerKind::OneOption);
    q.text = rows::text(row, "text");
    const QString options = rows::text(row, "options");
    q.options = options.isEmpty() ? QStringList() : options.split(QLatin1Char('\n'));
    q.maxChoices = row.value(QStringLiteral("max_choices")).toInt();
    return q;
}

} // namespace

QString SurveyRepository::noSurvey()
{
    return tr("This survey no longer exists; it may have been deleted.");
}

Result<void> SurveyRepository::validate(const Survey& survey)
{
    if (!exists("team", survey.teamUuid))
        return fieldError(QStringLiteral("team"), tr("Choose the group that took the survey."));
    if (!survey.start.isValid())
        return fieldError(QStringLiteral("start_date"),
                          tr("Enter the first day of the survey as dd.MM.yyyy."));
    if (survey.end.isValid() && survey.end < survey.start)
        return fieldError(QStringLiteral("end_date"),
                          tr("The survey ends (%1) before it starts (%2).")
                              .arg(Formats::date(survey.end), Formats::date(survey.start)));
    for (int cell = 0; cell < SexAgeCounts::kCells; ++cell)
        if (survey.tallied.cell(cell) < 0 || survey.tallied.cell(cell) > limits::kTallyPerCell)
            return fieldError(
                QStringLiteral("tallied"),
                tr("A number of people tallied must be between 0 and %1.").arg(limits::kTallyPerCell));
    if (survey.talliedUnsplit < 0 || survey.talliedUnsplit > limits::kTallyPerCell)
        return fieldError(
            QStringLiteral("tallied_unsplit"),
            tr("A number of people tallied must be between 0 and %1.").arg(limits::kTallyPerCell));
    if (auto served = checkServesOwn(survey.teamUuid, survey.planUuid, survey.concernUuids); !served)
        return served;
    return checkCodeFree("surveys", survey.code, survey.teamUuid, survey.meta.uuid);
}

Result<void> SurveyRepository::writeConcerns(const Survey& survey)
{
    const QString uuid = survey.meta.uuid;
    return syncAssociations(QStringLiteral("survey_concern"), QStringLiteral("survey_concerns"),
                            QStringLiteral("survey"), uuid, QStringLiteral("concern"), survey.concernUuids,
                            [&](int i) {
                                return Fields{{QStringLiteral("survey"), uuid},
                                              {QStringLiteral("concern"), survey.concernUuids[i]}};
                            });
}

Result<void> SurveyRepository::readConcerns(Survey& survey)
{
    auto concerns = readList<QString>(
        QStringLiteral("SELECT x.concern FROM survey_concerns x JOIN concerns c ON c.uuid = x.concern WHERE "
                       "x.survey = ? AND x.deleted = 0 AND c.deleted = 0 ORDER BY c.code"),
        {survey.meta.uuid}, [](const QSqlRecord& row) { return rows::text(row, "concern"); });
    if (!concerns)
        return concerns.error();
    survey.concernUuids = *concerns;
    return {};
}

Result<Survey> SurveyRepository::createSurvey(Survey survey, const QString& copyQuestionsFrom)
{
    survey.concernUuids.removeDuplicates();
    if (auto valid = validate(survey); !valid)
        return valid.error();
    QList<SurveyQuestion> questionnaire;
    if (!copyQuestionsFrom.isEmpty()) {
        if (!exists("survey", copyQuestionsFrom))
            return Error{
                tr("The survey whose questions were to be copied no longer exists. Choose another one, "
                   "or start from the standard questionnaire."),
                {}};
        auto copied = questions(copyQuestionsFrom);
        if (!copied)
            return copied.error();
        questionnaire = *copied;
    } else {
        auto categories = readList<QString>(
            QStringLiteral("SELECT uuid FROM reference_items WHERE list = 'category' AND deleted = 0 "
                           "ORDER BY position, uuid"),
            {}, [](const QSqlRecord& row) { return rows::text(row, "uuid"); });
        if (!categories)
            return categories.error();
        questionnaire = questionnaire::standardQuestions(*categories);
    }
    survey.meta.uuid = newUuid();
    auto done = inTransaction([&]() -> Result<void> {
        if (survey.code.trimmed().isEmpty()) {
            auto team = store().fetch(QStringLiteral("team"), survey.teamUuid);
            if (!team)
                return team.error();
            auto code = codes::next(m_db.connection(), QStringLiteral("surveys"), survey.teamUuid,
                                    codes::surveyPrefix(rows::text(*team, "code"), survey.start.year()), 2);
            if (!code)
                return code.error();
            survey.code = *code;
        }
        if (auto inserted = store().insert(QStringLiteral("survey"), survey.meta.uuid, surveyFields(survey));
            !inserted)
            return inserted;
        for (SurveyQuestion question : questionnaire) {
            question.surveyUuid = survey.meta.uuid;
            if (auto inserted =
                    store().insert(QStringLiteral("survey_question"), newUuid(), questionFields(question));
                !inserted)
                return inserted;
        }
        return writeConcerns(survey);
    });
    if (!done)
        return done.error();
    return this->survey(survey.meta.uuid);
}

Result<void> SurveyRepository::updateSurvey(const Survey& given)
{
    Survey survey = given;
    survey.concernUuids.removeDuplicates();
    if (auto valid = validate(survey); !valid)
        return valid;
    if (auto changed = updateRecord("survey", survey.meta.uuid, surveyFields(survey), noSurvey()); !changed)
        return changed;
    return inTransaction([&] { return writeConcerns(survey); });
}

Result<QList<RecordRef>> SurveyRepository::deleteSurvey(const QString& uuid)
{
    return deleteRecord("survey", uuid, noSurvey());
}

Result<Survey> SurveyRepository::survey(const QString& uuid)
{
    auto found = readOne<Survey>("survey", uuid, readSurvey, noSurvey());
    if (!found)
        return found;
    if (auto concerns = readConcerns(*found); !concerns)
        return concerns.error();
    return found;
}

Result<Survey> SurveyRepository::surveyByCode(const QString& code)
{
    // As campaignByCode: teams that share a code (made on two laptops) can give two rounds one code.
    auto found = readList<Survey>(
        QStringLiteral("SELECT * FROM surveys WHERE (code = ? OR uuid = ?) AND deleted = 0 ORDER BY uuid"),
        {code, code}, readSurvey);
    if (!found)
        return found.error();
    if (found->isEmpty())
        return Error{tr("There is no survey with the code %1.").arg(code), {}};
    if (found->size() > 1) {
        QStringList ids;
        for (const Survey& survey : *found)
            ids << survey.meta.uuid;
        return Error{
            tr("%n surveys have the code %1 (their teams share a code): ids %2. Name the survey by its "
               "id instead.",
               nullptr, int(found->size()))
                .arg(code, ids.join(QStringLiteral(", "))),
            {}};
    }
    Survey survey = found->first();
    if (auto concerns = readConcerns(survey); !concerns)
        return concerns.error();
    return survey;
}

Result<QList<SurveySummary>> SurveyRepository::surveys(const QStringList& teamUuids, QDate from, QDate to)
{
    QVariantList values;
    QString statement = QStringLiteral(
        "SELECT s.*, t.name AS team_name, "
        "(SELECT COUNT(*) FROM survey_responses r WHERE r.survey = s.uuid AND r.deleted = 0) AS sheets "
        "FROM surveys s JOIN teams t ON t.uuid = s.team WHERE s.deleted = 0 AND t.deleted = 0 ");
    if (from.isValid() && to.isValid()) {
        statement += QStringLiteral("AND s.start_date <= ? AND COALESCE(s.end_date, s.start_date) >= ? ");
        values << to.toString(Qt::ISODate) << from.toString(Qt::ISODate);
    }
    if (!teamUuids.isEmpty())
        statement += QStringLiteral("AND s.team IN %1 ").arg(sql::inList(teamUuids, values));
    statement += QStringLiteral("ORDER BY s.start_date DESC, s.code DESC");
    return readList<SurveySummary>(statement, values, [](const QSqlRecord& row) {
        SurveySummary summary{readSurvey(row), rows::text(row, "team_name"),
                              row.value(QStringLiteral("sheets")).toInt(), 0};
        summary.tallied = summary.survey.tallied.total() + summary.survey.talliedUnsplit;
        return summary;
    });
}

Result<void> SurveyRepository::validate(const SurveyQuestion& question)
{
    if (!exists("survey", question.surveyUuid))
        return Error{noSurvey(), {}};
    if (question.number < 1 || question.number > limits::kSurveyQuestions)
        return fieldError(QStringLiteral("number"),
                          tr("A survey has at most %1 questions. Remove a question before adding another.")
                              .arg(limits::kSurveyQuestions));
    auto taken =
        sql::scalar(m_db.connection(),
                    QStringLiteral("SELECT 1 FROM survey_questions WHERE survey = ? AND number = ? AND "
                                   "uuid <> ? AND deleted = 0"),
                    {question.surveyUuid, question.number, question.meta.uuid});
    if (!taken)
        return taken.error();
    if (taken->isValid())
        return fieldError(QStringLiteral("number"),
                          tr("The survey already has a question %1.").arg(question.number));
    if (question.topic == SurveyTopic::Custom && question.text.trimmed().isEmpty())
        return fieldError(QStringLiteral("text"), tr("Write the question as the sheet asks it."));
    const int optionCount = int(questionnaire::options(question).size());
    if (optionCount < 2)
        return fieldError(QStringLiteral("options"),
                          tr("A question needs at least two options, one per line."));
    if (optionCount > limits::kSurveyOptions)
        return fieldError(QStringLiteral("options"),
                          tr("A question has at most %1 options.").arg(limits::kSurveyOptions));
    if (question.topic != SurveyTopic::TopConcerns)
        for (const QString& option : questionnaire::options(question))
            if (option.trimmed().isEmpty())
                return fieldError(
                    QStringLiteral("options"),
                    tr("An option added after the standard ones has no text. Write it, or remove "
                       "the empty line."));
    if (question.topic == SurveyTopic::TopConcerns)
        for (const QString& category : question.options)
            if (!exists("reference_item", category))
                return fieldError(QStringLiteral("options"),
                                  tr("A concern category offered is no longer in the list. Choose the "
                                     "categories again."));
    if (question.maxChoices < 0 || question.maxChoices > optionCount)
        return fieldError(QStringLiteral("max_choices"),
                          tr("The most answers allowed must be between 0 (any number) and the number of "
                             "options, %1.")
                              .arg(optionCount));
    return {};
}

Result<SurveyQuestion> SurveyRepository::addQuestion(SurveyQuestion question)
{
    if (question.number == 0) {
        auto highest = sql::scalar(
            m_db.connection(),
            QStringLiteral("SELECT MAX(number) FROM survey_questions WHERE survey = ? AND deleted = 0"),
            {question.surveyUuid});
        if (!highest)
            return highest.error();
        question.number = highest->toInt() + 1;
    }
    if (auto valid = validate(question); !valid)
        return valid.error();
    question.meta.uuid = newUuid();
    auto done = inTransaction([&] {
        return store().insert(QStringLiteral("survey_question"), question.meta.uuid,
                              questionFields(question));
    });
    if (!done)
        return done.error();
    return this->question(question.meta.uuid);
}

Result<void> SurveyRepository::updateQuestion(const SurveyQuestion& question)
{
    if (auto valid = validate(question); !valid)
        return valid;
    return updateRecord("survey_question", question.meta.uuid, questionFields(question), noQuestion());
}

Result<QList<RecordRef>> SurveyRepository::deleteQuestion(const QString& uuid)
{
    return deleteRecord("survey_question", uuid, noQuestion());
}

Result<SurveyQuestion> SurveyRepository::question(const QString& uuid)
{
    return readOne<SurveyQuestion>("survey_question", uuid, readQuestion, noQuestion());
}

Result<QList<SurveyQuestion>> SurveyRepository::questions(const QString& surveyUuid)
{
    return questionsOf({surveyUuid});
}

Result<QList<SurveyQuestion>> SurveyRepository::questionsOf(const QStringList& surveyUuids)
{
    QVariantList values;
    const QString in = sql::inList(surveyUuids, values);
    return readList<SurveyQuestion>(
        QStringLiteral("SELECT * FROM survey_questions WHERE survey IN %1 AND deleted = 0 ORDER BY survey, "
                       "number, uuid")
            .arg(in),
        values, readQuestion);
}

Fields SurveyRepository::fieldsOf(const Survey& record)
{
    return surveyFields(record);
}
Survey SurveyRepository::surveyFromRow(const QSqlRecord& row)
{
    return readSurvey(row);
}
Fields SurveyRepository::fieldsOf(const SurveyQuestion& record)
{
    return questionFields(record);
}
SurveyQuestion SurveyRepository::questionFromRow(const QSqlRecord& row)
{
    return readQuestion(row);
}

} // namespace hamkori
