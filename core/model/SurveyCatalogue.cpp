#include "CatalogueFields.h"

namespace hamkori::catalogue::build {

namespace {

/// A respondent's answer to the round's question `number`: its option numbers ("2", or "1,4").
Field surveyAnswer(const char* column, int number)
{
    Field field = text(column, QT_TRANSLATE_NOOP("RecordCatalogue", "answer to question %1"));
    field.number = number;
    return field;
}

Field tallied(const char* column, const char* label, int band)
{
    return people(column, label, band, limits::kTallyPerCell);
}

} // namespace

QList<Kind> surveyKinds()
{
    return {
        {"survey",
         "surveys",
         QT_TRANSLATE_NOOP("RecordCatalogue", "Perception surveys"),
         {reference("team", QT_TRANSLATE_NOOP("RecordCatalogue", "team"), "team", false),
          text("code", QT_TRANSLATE_NOOP("RecordCatalogue", "code")),
          choice("kind", QT_TRANSLATE_NOOP("RecordCatalogue", "kind of survey"), choicesOf<SurveyKind>),
          text("title", QT_TRANSLATE_NOOP("RecordCatalogue", "title")),
          date("start_date", QT_TRANSLATE_NOOP("RecordCatalogue", "first day"), false),
          date("end_date", QT_TRANSLATE_NOOP("RecordCatalogue", "last day"), true),
          text("area", QT_TRANSLATE_NOOP("RecordCatalogue", "villages or mahallas")),
          personal(text("interviewers", QT_TRANSLATE_NOOP("RecordCatalogue", "interviewers"))),
          reference("plan", QT_TRANSLATE_NOOP("RecordCatalogue", "action plan"), "plan", true),
          longText("notes", QT_TRANSLATE_NOOP("RecordCatalogue", "notes")),
          tallied("tallied_f_u18", QT_TRANSLATE_NOOP("RecordCatalogue", "women tallied, %1"), 0),
          tallied("tallied_f_18_29", QT_TRANSLATE_NOOP("RecordCatalogue", "women tallied, %1"), 1),
          tallied("tallied_f_30_49", QT_TRANSLATE_NOOP("RecordCatalogue", "women tallied, %1"), 2),
          tallied("tallied_f_50p", QT_TRANSLATE_NOOP("RecordCatalogue", "women tallied, %1"), 3),
          tallied("tallied_m_u18", QT_TRANSLATE_NOOP("RecordCatalogue", "men tallied, %1"), 0),
          tallied("tallied_m_18_29", QT_TRANSLATE_NOOP("RecordCatalogue", "men tallied, %1"), 1),
          tallied("tallied_m_30_49", QT_TRANSLATE_NOOP("RecordCatalogue", "men tallied, %1"), 2),
          tallied("tallied_m_50p", QT_TRANSLATE_NOOP("RecordCatalogue", "men tallied, %1"), 3),
          integer("tallied_unsplit",
                  QT_TRANSLATE_NOOP("RecordCatalogue", "people tallied without sex or age"), 0,
                  limits::kTallyPerCell)},
         {{"survey_concern", "survey"},
          {"survey_question", "survey"},
          {"survey_response", "survey"},
          {"survey_tally", "survey"}}},
        {"survey_concern",
         "survey_concerns",
         QT_TRANSLATE_NOOP("RecordCatalogue", "Concerns of surveys"),
         {reference("survey", QT_TRANSLATE_NOOP("RecordCatalogue", "survey"), "survey", false),
          reference("concern", QT_TRANSLATE_NOOP("RecordCatalogue", "concern"), "concern", false)},
         {}},
        {"survey_question",
         "survey_questions",
         QT_TRANSLATE_NOOP("RecordCatalogue", "Survey questions"),
         {reference("survey", QT_TRANSLATE_NOOP("RecordCatalogue", "survey"), "survey", false),
          integer("number", QT_TRANSLATE_NOOP("RecordCatalogue", "question number"), 1,
                  limits::kSurveyQuestions),
          choice("topic", QT_TRANSLATE_NOOP("RecordCatalogue", "what it asks"), choicesOf<SurveyTopic>),
          choice("answer_kind", QT_TRANSLATE_NOOP("RecordCatalogue", "answers"), choicesOf<AnswerKind>),
          longText("text", QT_TRANSLATE_NOOP("RecordCatalogue", "question")),
          longText("options", QT_TRANSLATE_NOOP("RecordCatalogue", "options")),
          integer("max_choices", QT_TRANSLATE_NOOP("RecordCatalogue", "most answers allowed"), 0,
                  limits::kSurveyOptions)},
         {}},
        {"survey_response",
         "survey_responses",
         QT_TRANSLATE_NOOP("RecordCatalogue", "Survey sheets"),
         {reference("survey", QT_TRANSLATE_NOOP("RecordCatalogue", "survey"), "survey", false),
          integer("sheet", QT_TRANSLATE_NOOP("RecordCatalogue", "sheet number"), 1, limits::kSheets),
          choice("sex", QT_TRANSLATE_NOOP("RecordCatalogue", "sex"), choicesOf<Sex>),
          choice("age_band", QT_TRANSLATE_NOOP("RecordCatalogue", "age band"), choicesOf<AgeBand>),
          choice("respondent_group", QT_TRANSLATE_NOOP("RecordCatalogue", "respondent group"),
                 choicesOf<RespondentGroup>),
          surveyAnswer("answer_1", 1),
          surveyAnswer("answer_2", 2),
          surveyAnswer("answer_3", 3),
          surveyAnswer("answer_4", 4),
          surveyAnswer("answer_5", 5),
          surveyAnswer("answer_6", 6),
          surveyAnswer("answer_7", 7),
          surveyAnswer("answer_8", 8),
          surveyAnswer("answer_9", 9),
          surveyAnswer("answer_10", 10),
          surveyAnswer("answer_11", 11),
          surveyAnswer("answer_12", 12),
          surveyAnswer("answer_13", 13),
          surveyAnswer("answer_14", 14),
          surveyAnswer("answer_15", 15),
          surveyAnswer("answer_16", 16),
          surveyAnswer("answer_17", 17),
          surveyAnswer("answer_18", 18),
          surveyAnswer("answer_19", 19),
          surveyAnswer("answer_20", 20)},
         {}},
        {"survey_tally",
         "survey_tallies",
         QT_TRANSLATE_NOOP("RecordCatalogue", "Survey tallies"),
         {reference("survey", QT_TRANSLATE_NOOP("RecordCatalogue", "survey"), "survey", false),
          integer("question", QT_TRANSLATE_NOOP("RecordCatalogue", "question number"), 1,
                  limits::kSurveyQuestions),
          integer("option", QT_TRANSLATE_NOOP("RecordCatalogue", "option number"), 1, limits::kSurveyOptions),
          tallied("count_f_u18", QT_TRANSLATE_NOOP("RecordCatalogue", "women who chose it, %1"), 0),
          tallied("count_f_18_29", QT_TRANSLATE_NOOP("RecordCatalogue", "women who chose it, %1"), 1),
          tallied("count_f_30_49", QT_TRANSLATE_NOOP("RecordCatalogue", "women who chose it, %1"), 2),
          tallied("count_f_50p", QT_TRANSLATE_NOOP("RecordCatalogue", "women who chose it, %1"), 3),
          tallied("count_m_u18", QT_TRANSLATE_NOOP("RecordCatalogue", "men who chose it, %1"), 0),
          tallied("count_m_18_29", QT_TRANSLATE_NOOP("RecordCatalogue", "men who chose it, %1"), 1),
          tallied("count_m_30_49", QT_TRANSLATE_NOOP("RecordCatalogue", "men who chose it, %1"), 2),
          tallied("count_m_50p", QT_TRANSLATE_NOOP("RecordCatalogue", "men who chose it, %1"), 3),
          integer("count_unsplit", QT_TRANSLATE_NOOP("RecordCatalogue", "chose it, sex and age not noted"), 0,
                  limits::kTallyPerCell)},
         {}},
    };
}

} // namespace hamkori::catalogue::build
