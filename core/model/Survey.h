#pragma once
// Perception surveys (issue 21): short anonymous community safety surveys a team takes at the start of a plan
// (baseline), on the way (midline) and at its end (endline). A round has its own copy of the questionnaire,
// so a team can add questions or edit options for one round without changing another; each response is one
// paper sheet (sex, age band and group of the respondent, never a name), or the round keeps tallies per
// option when only tallies were made.
#include "Enums.h"
#include "Limits.h"
#include "RecordMeta.h"
#include <QDate>
#include <QList>
#include <QStringList>
#include <array>

namespace hamkori {

/// One survey round of a team.
struct Survey
{
    RecordMeta meta;
    QString teamUuid;
    QString code; // e.g. ISF-S-2026-01, made by the repository when empty
    SurveyKind kind = SurveyKind::Baseline;
    QString title; // may be empty: lists show the kind and the dates
    QDate start;
    QDate end;            // empty: one day
    QString area;         // the villages or mahallas, as written
    QString interviewers; // as written
    QString planUuid;     // the action plan it measures (may be empty)
    QString notes;
    /// People who answered but whose sheets were only tallied (SurveyTally), by sex and age band, and those
    /// tallied without either: the base of a tallied question that allows several answers.
    SexAgeCounts tallied;
    int talliedUnsplit = 0;
    QStringList concernUuids; // the concerns it measures

    QDate lastDay() const { return end.isValid() ? end : start; }
};

/// One question of a round. `number` is fixed once given: a response's answer N answers question N, whatever
/// is added or removed later. A standard question (any topic but Custom) with empty text and options reads
/// the questionnaire that comes with Hamkori in the language shown; a team's own text or options replace it.
struct SurveyQuestion
{
    RecordMeta meta;
    QString surveyUuid;
    int number = 0; // 1 … limits::kSurveyQuestions; 0 asks addQuestion for the next free number
    SurveyTopic topic = SurveyTopic::Custom;
    AnswerKind answerKind = AnswerKind::OneOption;
    QString text;        // empty: the standard text of the topic
    QStringList options; // empty: the standard options; for TopConcerns, the concern categories' ids
    int maxChoices = 0;  // SeveralOptions: at most this many (0: any number)
};

/// One paper sheet: who answered (never a name) and the option numbers (1-based) chosen for each question
/// number; an empty list where the question was not answered.
struct SurveyResponse
{
    RecordMeta meta;
    QString surveyUuid;
    int sheet = 1;
    Sex sex = Sex::Female;
    AgeBand ageBand = AgeBand::From30To49;
    RespondentGroup group = RespondentGroup::Resident;
    std::array<QList<int>, limits::kSurveyQuestions> answers{};

    const QList<int>& answer(int questionNumber) const { return answers[std::size_t(questionNumber - 1)]; }
    void setAnswer(int questionNumber, QList<int> options)
    {
        answers[std::size_t(questionNumber - 1)] = options;
    }
};

/// How many people chose one option of one question when only tallies were kept, by sex and age band where
/// the tally had them, and unsplit where it did not.
struct SurveyTally
{
    RecordMeta meta;
    QString surveyUuid;
    int question = 1; // the question's number
    int option = 1;   // 1-based
    SexAgeCounts people;
    int unsplit = 0;

    int total() const { return people.total() + unsplit; }
};

} // namespace hamkori
