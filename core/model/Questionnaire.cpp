#include "Questionnaire.h"
#include <QCoreApplication>

namespace hamkori::questionnaire {

namespace {

const char* const kContext = "Questionnaire";

struct Standard
{
    SurveyTopic topic;
    AnswerKind kind;
    int maxChoices;
    const char* text;
    QList<const char*> options;
};

const QList<const char*> kSafety = {
    QT_TRANSLATE_NOOP("Questionnaire", "Very safe"), QT_TRANSLATE_NOOP("Questionnaire", "Fairly safe"),
    QT_TRANSLATE_NOOP("Questionnaire", "A bit unsafe"), QT_TRANSLATE_NOOP("Questionnaire", "Very unsafe")};
const QList<const char*> kYesNo = {QT_TRANSLATE_NOOP("Questionnaire", "Yes"),
                                   QT_TRANSLATE_NOOP("Questionnaire", "No")};

// The order of the paper sheet. Numbers of options are what the indicators read (positiveOptions).
const QList<Standard>& standards()
{
    static const QList<Standard> all = {
        {SurveyTopic::SafeByDay, AnswerKind::OneOption, 0,
         QT_TRANSLATE_NOOP("Questionnaire",
                           "How safe do you feel walking alone in your area during the day?"),
         kSafety},
        {SurveyTopic::SafeAtNight, AnswerKind::OneOption, 0,
         QT_TRANSLATE_NOOP("Questionnaire", "How safe do you feel walking alone in your area after dark?"),
         kSafety},
        {SurveyTopic::UnsafeReasons,
         AnswerKind::SeveralOptions,
         0,
         QT_TRANSLATE_NOOP("Questionnaire", "If you feel unsafe, what are the main reasons?"),
         {QT_TRANSLATE_NOOP("Questionnaire", "Poor street lighting"),
          QT_TRANSLATE_NOOP("Questionnaire", "Alcohol and drugs"),
          QT_TRANSLATE_NOOP("Questionnaire", "Groups of young men in the street"),
          QT_TRANSLATE_NOOP("Questionnaire", "Violence in families"),
          QT_TRANSLATE_NOOP("Questionnaire", "Road traffic"),
          QT_TRANSLATE_NOOP("Questionnaire", "Disputes between neighbours or villages"),
          QT_TRANSLATE_NOOP("Questionnaire", "Too few police patrols"),
          QT_TRANSLATE_NOOP("Questionnaire", "Stray dogs"),
          QT_TRANSLATE_NOOP("Questionnaire", "Other reasons")}},
        {SurveyTopic::TopConcerns,
         AnswerKind::SeveralOptions,
         3,
         QT_TRANSLATE_NOOP("Questionnaire", "What are the three biggest safety concerns in your community?"),
         {}},
        {SurveyTopic::TrustPolice,
         AnswerKind::OneOption,
         0,
         QT_TRANSLATE_NOOP("Questionnaire", "How much do you trust the local police?"),
         {QT_TRANSLATE_NOOP("Questionnaire", "Fully"), QT_TRANSLATE_NOOP("Questionnaire", "Mostly"),
          QT_TRANSLATE_NOOP("Questionnaire", "A little"), QT_TRANSLATE_NOOP("Questionnaire", "Not at all")}},
        {SurveyTopic::FirstTurnTo,
         AnswerKind::OneOption,
         0,
         QT_TRANSLATE_NOOP("Questionnaire", "If you had a safety problem, whom would you go to first?"),
         {QT_TRANSLATE_NOOP("Questionnaire", "The police"), QT_TRANSLATE_NOOP("Questionnaire", "The jamoat"),
          QT_TRANSLATE_NOOP("Questionnaire", "Elders or the mahalla committee"),
          QT_TRANSLATE_NOOP("Questionnaire", "A religious leader"),
          QT_TRANSLATE_NOOP("Questionnaire", "Family"),
          QT_TRANSLATE_NOOP("Questionnaire", "The partnership team"),
          QT_TRANSLATE_NOOP("Questionnaire", "Nobody")}},
        {SurveyTopic::PoliceContact, AnswerKind::OneOption, 0,
         QT_TRANSLATE_NOOP("Questionnaire",
                           "Have you been in contact with the police in the last 12 months?"),
         kYesNo},
        {SurveyTopic::ContactSatisfaction,
         AnswerKind::OneOption,
         0,
         QT_TRANSLATE_NOOP("Questionnaire",
                           "If so, how satisfied were you with how the police dealt with you?"),
         {QT_TRANSLATE_NOOP("Questionnaire", "Very satisfied"),
          QT_TRANSLATE_NOOP("Questionnaire", "Fairly satisfied"),
          QT_TRANSLATE_NOOP("Questionnaire", "Not very satisfied"),
          QT_TRANSLATE_NOOP("Questionnaire", "Not at all satisfied")}},
        {SurveyTopic::Victim, AnswerKind::OneOption, 0,
         QT_TRANSLATE_NOOP("Questionnaire",
                           "Have you or your household been the victim of a crime in the last 12 months?"),
         kYesNo},
        {SurveyTopic::Reported, AnswerKind::OneOption, 0,
         QT_TRANSLATE_NOOP("Questionnaire", "If so, did you report it to the police?"), kYesNo},
        {SurveyTopic::KnowsTeam, AnswerKind::OneOption, 0,
         QT_TRANSLATE_NOOP("Questionnaire",
                           "Do you know the community partnership team or the public council in your area?"),
         kYesNo},
    };
    return all;
}

const Standard* standardOf(SurveyTopic topic)
{
    for (const Standard& standard : standards())
        if (standard.topic == topic)
            return &standard;
    return nullptr;
}

} // namespace

Translate windowLanguage()
{
    return
        [](const char* context, const char* source) { return QCoreApplication::translate(context, source); };
}

QList<SurveyQuestion> standardQuestions(const QStringList& categoryUuids)
{
    QList<SurveyQuestion> questions;
    for (const Standard& standard : standards()) {
        SurveyQuestion question;
        question.number = int(questions.size()) + 1;
        question.topic = standard.topic;
        question.answerKind = standard.kind;
        question.maxChoices = standard.maxChoices;
        if (standard.topic == SurveyTopic::TopConcerns)
            question.options = categoryUuids.mid(0, limits::kSurveyOptions);
        questions << question;
    }
    return questions;
}

QString text(const SurveyQuestion& question, const Translate& translate)
{
    if (!question.text.trimmed().isEmpty())
        return question.text.trimmed();
    const Standard* standard = standardOf(question.topic);
    return standard ? translate(kContext, standard->text) : QString();
}

QStringList standardOptions(SurveyTopic topic, const Translate& translate)
{
    QStringList labels;
    if (const Standard* standard = standardOf(topic))
        for (const char* option : standard->options)
            labels << translate(kContext, option);
    return labels;
}

QStringList options(const SurveyQuestion& question, const Translate& translate,
                    const std::function<QString(const QString&)>& categoryName)
{
    if (question.topic == SurveyTopic::TopConcerns) {
        QStringList names;
        for (const QString& uuid : question.options)
            names << (categoryName ? categoryName(uuid) : uuid);
        return names;
    }
    QStringList labels = standardOptions(question.topic, translate);
    // The team's own labels replace the standard ones one by one; lines beyond them are options added.
    for (int i = 0; i < question.options.size(); ++i) {
        const QString own = question.options[i].trimmed();
        if (i < labels.size()) {
            if (!own.isEmpty())
                labels[i] = own;
        } else {
            labels << own;
        }
    }
    return labels;
}

QList<int> positiveOptions(SurveyTopic topic)
{
    switch (topic) {
    case SurveyTopic::SafeByDay:
    case SurveyTopic::SafeAtNight:
    case SurveyTopic::TrustPolice:
    case SurveyTopic::ContactSatisfaction:
        return {1, 2};
    case SurveyTopic::FirstTurnTo:
    case SurveyTopic::PoliceContact:
    case SurveyTopic::Victim:
    case SurveyTopic::Reported:
    case SurveyTopic::KnowsTeam:
        return {1};
    default:
        return {};
    }
}

} // namespace hamkori::questionnaire
