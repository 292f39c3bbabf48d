#include "SurveysLoader.h"
#include "../storage/Database.h"
#include "../storage/SurveyRepository.h"
#include "DemoFile.h"
#include "JsonReader.h"
#include "SurveySheetMaker.h"
#include <QFile>
#include <QJsonDocument>

namespace hamkori::demo {

namespace {

SheetTargets targetsOf(const JsonReader& json)
{
    SheetTargets targets;
    const JsonReader shares = json.object("targets");
    auto pair = [&](const QString& code) {
        const QJsonArray values = shares.rawArray(code.toLatin1().constData());
        return SheetTargets::BySex{values.at(0).toDouble(), values.at(1).toDouble()};
    };
    for (int i = 0; i < enumCount<SurveyIndicator>(); ++i)
        targets[SurveyIndicator(i)] = pair(codeOf(SurveyIndicator(i)));
    targets.contact = pair(QStringLiteral("contact"));
    targets.women = json.number("women").value_or(0.5);
    return targets;
}

class Loader
{
public:
    Loader(Database& db, const QHash<QString, LoadedTeam>& teams, SurveysReport& report)
        : m_teams(teams), m_report(report), m_surveys(db)
    {
    }

    Result<void> load(const JsonReader& file)
    {
        const QList<JsonReader> rounds = file.array("rounds");
        for (int i = 0; i < rounds.size(); ++i) {
            const JsonReader& json = rounds[i];
            if (!m_teams.contains(json.text("team")))
                continue;
            auto made = loadRound(json);
            if (!made)
                return Error{made.errorMessage() + QStringLiteral(" (") + json.text("title") + u')', {}};
            m_loaded.insert(i, *made);
        }
        return {};
    }

private:
    Result<QString> loadRound(const JsonReader& json)
    {
        const LoadedTeam& team = m_teams[json.text("team")];
        Survey survey;
        survey.teamUuid = team.uuid;
        survey.kind = enumFromCode<SurveyKind>(json.text("kind")).value_or(SurveyKind::Other);
        survey.title = json.text("title");
        survey.start = json.date("start");
        survey.end = json.date("end");
        survey.area = json.text("area");
        survey.interviewers = json.text("interviewers");
        survey.notes = json.text("notes");
        if (json.boolean("plan"))
            survey.planUuid = team.plan;
        for (int index : json.integers("concerns")) {
            if (index < 0 || index >= team.concerns.size())
                return Error{QStringLiteral("concern %1").arg(index), {}};
            survey.concernUuids << team.concerns[index];
        }
        const int copy = json.integer("copy", -1);
        auto made = m_surveys.createSurvey(survey, copy >= 0 ? m_loaded.value(copy) : QString());
        if (!made)
            return made.error();
        ++m_report.rounds;
        const QString uuid = made->meta.uuid;
        if (const JsonReader own = json.object("custom"); !own.isEmpty()) {
            SurveyQuestion question;
            question.surveyUuid = uuid;
            question.topic = SurveyTopic::Custom;
            question.text = own.text("text");
            question.options = own.texts("options");
            if (auto added = m_surveys.addQuestion(question); !added)
                return added.error();
        }
        auto questions = m_surveys.questions(uuid);
        auto leanings = m_surveys.prioritisedCategories(team.uuid);
        if (!questions || !leanings)
            return (!questions ? questions.error() : leanings.error());

        // The same sheets on every load: the round's own seed.
        QRandomGenerator random(quint32(json.integer("seed", 21)));
        SheetMaker maker(*questions, *leanings, random);
        const SheetTargets targets = targetsOf(json);
        QList<SurveyResponse> stack;
        for (int sheet = 1; sheet <= json.integer("sheets"); ++sheet)
            stack << maker.make(sheet, targets);
        const QList<int> tallied = json.integers("tally");
        if (tallied.isEmpty()) {
            auto added = m_surveys.addResponses(uuid, stack);
            if (!added)
                return added.error();
            m_report.sheets += *added;
            return uuid;
        }
        if (auto counted = tally(*made, *questions, stack, tallied); !counted)
            return counted.error();
        return uuid;
    }

    /// A round whose sheets were only counted: the people by sex and age band, and per option of the
    /// questions counted, who chose it.
    Result<void> tally(Survey survey, const QList<SurveyQuestion>& questions,
                       const QList<SurveyResponse>& people, const QList<int>& counted)
    {
        QMap<std::pair<int, int>, SexAgeCounts> chosen;
        for (const SurveyResponse& person : people) {
            survey.tallied.set(person.sex, person.ageBand, survey.tallied.at(person.sex, person.ageBand) + 1);
            for (int number : counted)
                for (int option : person.answer(number)) {
                    SexAgeCounts& cell = chosen[{number, option}];
                    cell.set(person.sex, person.ageBand, cell.at(person.sex, person.ageBand) + 1);
                }
        }
        if (auto updated = m_surveys.updateSurvey(survey); !updated)
            return updated;
        for (const SurveyQuestion& question : questions) {
            if (!counted.contains(question.number))
                continue;
            for (auto it = chosen.cbegin(); it != chosen.cend(); ++it) {
                if (it.key().first != question.number)
                    continue;
                SurveyTally tally;
                tally.surveyUuid = survey.meta.uuid;
                tally.question = question.number;
                tally.option = it.key().second;
                tally.people = it.value();
                if (auto added = m_surveys.addTally(tally); !added)
                    return added.error();
                ++m_report.tallies;
            }
        }
        return {};
    }

    const QHash<QString, LoadedTeam>& m_teams;
    SurveysReport& m_report;
    SurveyRepository m_surveys;
    QHash<int, QString> m_loaded; // the rounds loaded now, by their index in the file
};

} // namespace

Result<SurveysReport> loadSurveys(Database& db, const QHash<QString, LoadedTeam>& teams)
{
    auto document = readDemoFile(QStringLiteral("surveys.json"));
    if (!document)
        return document.error();
    SurveysReport report;
    Transaction transaction(db);
    if (auto loaded = Loader(db, teams, report).load(JsonReader(*document)); !loaded)
        return Error{brokenDemoData(loaded.errorMessage()), {}};
    if (auto committed = transaction.commit(); !committed)
        return committed.error();
    return report;
}

} // namespace hamkori::demo
