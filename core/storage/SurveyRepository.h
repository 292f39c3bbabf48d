#pragma once
// Perception surveys (issue 21): rounds, their questionnaires, the sheets typed in and the tallies, and the
// counts the indicators are computed from. A round travels with its team; its questions, sheets and tallies
// with the round.
#include "../analysis/SurveyIndicators.h"
#include "../model/Survey.h"
#include "Repository.h"

namespace hamkori {

struct SurveySummary
{
    Survey survey;
    QString teamName;
    int sheets = 0;
    int tallied = 0; // people counted only in tallies
};

class SurveyRepository : public Repository
{
    Q_DECLARE_TR_FUNCTIONS(SurveyRepository)
public:
    using Repository::Repository;

    /// Makes the code (ISF-S-2026-01) when the round has none, and gives it the questionnaire of the round
    /// `copyQuestionsFrom` (an endline asks what its baseline asked), or else the one that comes with
    /// Hamkori.
    Result<Survey> createSurvey(Survey survey, const QString& copyQuestionsFrom = {});
    Result<void> updateSurvey(const Survey& survey);
    /// Deletes it with its questions, sheets and tallies.
    Result<QList<RecordRef>> deleteSurvey(const QString& uuid);
    Result<Survey> survey(const QString& uuid);
    /// By its code (ISF-S-2026-01), or by its id when two teams that share a code made the same code.
    Result<Survey> surveyByCode(const QString& code);
    /// The rounds of these teams (all teams when empty) that overlap `from`–`to` (any date when invalid),
    /// newest first, with their numbers of sheets and people tallied.
    Result<QList<SurveySummary>> surveys(const QStringList& teamUuids, QDate from = {}, QDate to = {});

    /// A question is given the next free number when its number is 0.
    Result<SurveyQuestion> addQuestion(SurveyQuestion question);
    Result<void> updateQuestion(const SurveyQuestion& question);
    /// The answers given to it stay on their sheets (and come back with the question on undo).
    Result<QList<RecordRef>> deleteQuestion(const QString& uuid);
    Result<SurveyQuestion> question(const QString& uuid);
    /// By number.
    Result<QList<SurveyQuestion>> questions(const QString& surveyUuid);

    Result<SurveyResponse> addResponse(SurveyResponse response);
    /// Many sheets of one round at once, checked like addResponse but with the round's questionnaire read
    /// once (a stack of paper typed in elsewhere, the generator); all or none are added. Returns how many.
    Result<int> addResponses(const QString& surveyUuid, QList<SurveyResponse> responses);
    Result<void> updateResponse(const SurveyResponse& response);
    Result<QList<RecordRef>> deleteResponse(const QString& uuid);
    Result<SurveyResponse> response(const QString& uuid);
    /// By sheet number.
    Result<QList<SurveyResponse>> responses(const QString& surveyUuid);
    Result<int> nextSheet(const QString& surveyUuid);

    Result<SurveyTally> addTally(SurveyTally tally);
    Result<void> updateTally(const SurveyTally& tally);
    Result<QList<RecordRef>> deleteTally(const QString& uuid);
    Result<SurveyTally> tally(const QString& uuid);
    /// By question and option.
    Result<QList<SurveyTally>> tallies(const QString& surveyUuid);

    /// A round's sheets and tallies counted for the indicators.
    Result<analysis::SurveyCounts> counts(const QString& surveyUuid);
    /// Every round of these teams (all teams when empty) that overlaps `from`–`to`, counted, oldest first:
    /// a few queries whatever the number of rounds.
    Result<QList<analysis::SurveyCounts>> counts(const QStringList& teamUuids, QDate from = {},
                                                 QDate to = {});
    /// These rounds counted, oldest first (the overview counts only each team's latest pair).
    Result<QList<analysis::SurveyCounts>> countsOfRounds(const QStringList& surveyUuids);
    /// The team's concerns it prioritised (prioritised, in a plan, resolved or monitored), by category.
    Result<QMap<QString, int>> prioritisedCategories(const QString& teamUuid);

    // The fields as the journal and a FieldPatch see them (RecordEdits), the concerns list excluded.
    static Fields fieldsOf(const Survey& record);
    static Survey surveyFromRow(const QSqlRecord& row);
    static Fields fieldsOf(const SurveyQuestion& record);
    static SurveyQuestion questionFromRow(const QSqlRecord& row);
    static Fields fieldsOf(const SurveyResponse& record);
    static SurveyResponse responseFromRow(const QSqlRecord& row);
    static Fields fieldsOf(const SurveyTally& record);
    static SurveyTally tallyFromRow(const QSqlRecord& row);

    /// "1,4" and back; what a sheet's answer is stored as.
    static QString answerText(const QList<int>& options);
    static QList<int> answerOptions(QStringView text);

private:
    static QString noSurvey();
    Result<void> validate(const Survey& survey);
    Result<void> validate(const SurveyQuestion& question);
    Result<void> validate(const SurveyResponse& response);
    /// The answers against the round's questions and their numbers of options (optionCounts, read once).
    Result<void> checkAnswers(const SurveyResponse& response, const QList<SurveyQuestion>& asked,
                              const QList<int>& optionCounts);
    static QList<int> optionCounts(const QList<SurveyQuestion>& asked);
    Result<void> validate(const SurveyTally& tally);
    Result<void> readConcerns(Survey& survey);
    Result<void> writeConcerns(const Survey& survey);
    Result<QList<SurveyQuestion>> questionsOf(const QStringList& surveyUuids);
    /// The rounds `chosen` (a SELECT of their uuids, with its values) counted.
    Result<QList<analysis::SurveyCounts>> countsWhere(const QString& chosen,
                                                      const QVariantList& chosenValues);
};

} // namespace hamkori
