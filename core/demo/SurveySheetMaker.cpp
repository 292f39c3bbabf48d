#include "SurveySheetMaker.h"
#include "../model/Questionnaire.h"

namespace hamkori::demo {

namespace {

// Added to a share by age band (under 18, 18–29, 30–49, 50 and over), by SurveyIndicator; about zero over
// the usual mix of ages, so that a round's overall share stays near its target.
constexpr std::array<std::array<double, 4>, 8> kByAge = {{
    {0.03, 0.02, 0.0, -0.04},   // safe by day
    {-0.02, 0.05, 0.0, -0.06},  // safe at night
    {-0.05, -0.07, 0.02, 0.08}, // trust the police
    {-0.06, -0.03, 0.01, 0.06}, // the police first
    {-0.08, -0.02, 0.03, 0.03}, // know the team
    {0.0, -0.04, 0.01, 0.04},   // satisfied with the police
    {-0.03, 0.02, 0.01, -0.02}, // victims
    {0.0, -0.05, 0.02, 0.04},   // reported
}};
// Under 18, 18–29, 30–49, 50 and over, in percent: school surveys are few, the young are many.
const QList<int> kAgeMix = {12, 30, 34, 24};

} // namespace

SheetMaker::SheetMaker(const QList<SurveyQuestion>& questions, const QMap<QString, int>& leanings,
                       QRandomGenerator& random)
    : m_questions(questions), m_random(random)
{
    for (const SurveyQuestion& question : m_questions) {
        m_optionCounts << int(questionnaire::options(question).size());
        if (question.topic == SurveyTopic::TopConcerns) {
            m_concernWeights.clear();
            // Every category is named now and then; those the team works on much more often.
            for (const QString& category : question.options)
                m_concernWeights << 1 + 6 * leanings.value(category);
        }
    }
}

int SheetMaker::weighted(const QList<int>& weights)
{
    int total = 0;
    for (int weight : weights)
        total += weight;
    int draw = int(m_random.bounded(std::max(1, total)));
    for (int i = 0; i < weights.size(); ++i) {
        draw -= weights[i];
        if (draw < 0)
            return i;
    }
    return 0;
}

bool SheetMaker::yes(std::size_t slot, int sex, double share)
{
    double& owed = m_owed[slot][std::size_t(sex)];
    owed += std::clamp(share, 0.02, 0.98);
    if (owed < m_random.generateDouble())
        return false;
    owed -= 1;
    return true;
}

QList<int> SheetMaker::fourPoint(bool positive)
{
    // Of those who say yes, a third say it fully; of those who say no, two thirds say "a bit".
    if (positive)
        return {m_random.bounded(3) == 0 ? 1 : 2};
    return {m_random.bounded(3) == 0 ? 4 : 3};
}

SurveyResponse SheetMaker::make(int sheet, const SheetTargets& targets)
{
    SurveyResponse response;
    response.sheet = sheet;
    response.sex = chance(targets.women) ? Sex::Female : Sex::Male;
    response.ageBand = AgeBand(weighted(kAgeMix));
    if (response.ageBand == AgeBand::Under18)
        response.group = m_random.bounded(8) == 0 ? RespondentGroup::Other : RespondentGroup::Pupil;
    else
        response.group = RespondentGroup(
            weighted({60, 3, 10, 15, response.sex == Sex::Male ? 10 : 1, 4})); // by RespondentGroup
    const int sex = int(response.sex);
    const int band = int(response.ageBand);
    auto says = [&](SurveyIndicator indicator) {
        return yes(std::size_t(indicator), sex,
                   targets[indicator][std::size_t(sex)] + kByAge[std::size_t(indicator)][std::size_t(band)]);
    };

    bool unsafeAtNight = false, contact = false, victim = false;
    for (int i = 0; i < m_questions.size(); ++i) {
        const SurveyQuestion& question = m_questions[i];
        QList<int> answer;
        // A sheet now and then leaves a question unanswered.
        const bool skipped = m_random.bounded(60) == 0;
        switch (question.topic) {
        case SurveyTopic::SafeByDay:
            answer = fourPoint(says(SurveyIndicator::SafeByDay));
            break;
        case SurveyTopic::SafeAtNight:
            answer = fourPoint(says(SurveyIndicator::SafeAtNight));
            unsafeAtNight = answer.first() > 2;
            break;
        case SurveyTopic::UnsafeReasons:
            if (unsafeAtNight && m_optionCounts[i] > 0) {
                const int reasons = 1 + int(m_random.bounded(2));
                while (answer.size() < reasons) {
                    const int option = 1 + int(m_random.bounded(m_optionCounts[i]));
                    if (!answer.contains(option))
                        answer << option;
                }
            }
            break;
        case SurveyTopic::TopConcerns:
            if (!m_concernWeights.isEmpty()) {
                const int named = std::min(int(m_concernWeights.size()),
                                           std::max(1, question.maxChoices) - int(m_random.bounded(2)));
                QList<int> weights = m_concernWeights;
                for (int n = 0; n < std::max(1, named); ++n) {
                    const int index = weighted(weights);
                    weights[index] = 0;
                    answer << index + 1;
                }
            }
            break;
        case SurveyTopic::TrustPolice:
            answer = fourPoint(says(SurveyIndicator::TrustPolice));
            break;
        case SurveyTopic::FirstTurnTo:
            // The police, else the jamoat, elders, a religious leader, family, the team, nobody.
            answer = {says(SurveyIndicator::PoliceFirst) ? 1 : 2 + weighted({3, 5, 1, 5, 1, 1})};
            break;
        case SurveyTopic::PoliceContact:
            contact = yes(8, sex, targets.contact[std::size_t(sex)]);
            answer = {contact ? 1 : 2};
            break;
        case SurveyTopic::ContactSatisfaction:
            if (contact)
                answer = fourPoint(says(SurveyIndicator::SatisfiedWithPolice));
            break;
        case SurveyTopic::Victim:
            victim = says(SurveyIndicator::Victim);
            answer = {victim ? 1 : 2};
            break;
        case SurveyTopic::Reported:
            if (victim)
                answer = {says(SurveyIndicator::Reported) ? 1 : 2};
            break;
        case SurveyTopic::KnowsTeam:
            answer = {says(SurveyIndicator::KnowsTeam) ? 1 : 2};
            break;
        case SurveyTopic::Custom:
            if (m_optionCounts[i] > 0) {
                QList<int> weights(m_optionCounts[i], 2);
                weights[0] = 3; // the first option a little more often, as the team expected
                answer = {1 + weighted(weights)};
            }
            break;
        }
        if (!skipped && question.number >= 1 && question.number <= limits::kSurveyQuestions)
            response.setAnswer(question.number, answer);
    }
    return response;
}

} // namespace hamkori::demo
