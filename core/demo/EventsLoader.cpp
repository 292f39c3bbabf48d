#include "EventsLoader.h"
#include "../storage/CampaignRepository.h"
#include "../storage/CentreRepository.h"
#include "../storage/DirectoryRepository.h"
#include "../storage/EventRepository.h"
#include "../storage/PlanRepository.h"
#include "../storage/ReferenceRepository.h"
#include "../storage/TeamRepository.h"
#include "DemoFile.h"
#include "JsonReader.h"
#include <QFile>
#include <QJsonDocument>

namespace hamkori::demo {

namespace {

template <typename E> E enumOf(const JsonReader& json, const char* key, E fallback)
{
    return enumFromCode<E>(json.text(key)).value_or(fallback);
}

SexAgeCounts countsOf(const JsonReader& json)
{
    SexAgeCounts result;
    for (int i = 0; i < SexAgeCounts::kCells; ++i)
        result.setCell(i, json.integer(SexAgeCounts::cellCodes()[std::size_t(i)]));
    return result;
}

/// What a demo record names by index (a team's concerns, its plan's activities): a missing one is damage.
Result<QString> at(const QStringList& list, int index, const char* what)
{
    if (index < 0 || index >= list.size())
        return Error{QStringLiteral("%1 %2").arg(QLatin1String(what)).arg(index), {}};
    return list[index];
}

std::optional<double> score(const QJsonValue& value)
{
    return value.isDouble() ? std::optional<double>(value.toDouble()) : std::nullopt;
}

class Loader
{
public:
    Loader(Database& db, const QHash<QString, LoadedTeam>& teams, EventsReport& report)
        : m_db(db), m_teams(teams), m_report(report), m_events(db), m_campaigns(db)
    {
    }

    Result<void> load(const JsonReader& file)
    {
        if (auto names = readNames(); !names)
            return names;
        for (const JsonReader& json : file.array("events"))
            if (m_teams.contains(json.text("team")))
                if (auto done = loadEvent(json); !done)
                    return Error{done.errorMessage() + QStringLiteral(" (") + json.text("title") + u')', {}};
        for (const JsonReader& json : file.array("campaigns"))
            if (m_teams.contains(json.text("team")))
                if (auto done = loadCampaign(json); !done)
                    return Error{done.errorMessage() + QStringLiteral(" (") + json.text("title") + u')', {}};
        return {};
    }

private:
    Result<void> readNames()
    {
        TeamRepository teams(m_db);
        for (const LoadedTeam& team : m_teams) {
            auto members = teams.members(team.uuid);
            if (!members)
                return members.error();
            for (const Member& member : *members)
                m_members.insert(member.name, member);
        }
        auto centres = CentreRepository(m_db).centres();
        if (!centres)
            return centres.error();
        for (const Centre& centre : *centres)
            m_centres.insert(centre.name, centre.meta.uuid);
        return {};
    }

    Result<QString> organisation(const QString& name)
    {
        auto found = DirectoryRepository(m_db).organisationNamed(name);
        if (!found)
            return found.error();
        return *found ? (*found)->meta.uuid : QString();
    }

    Result<QStringList> concerns(const LoadedTeam& team, const JsonReader& json)
    {
        QStringList uuids;
        for (int index : json.integers("concerns")) {
            auto uuid = at(team.concerns, index, "concern");
            if (!uuid)
                return uuid.error();
            uuids << *uuid;
        }
        return uuids;
    }

    Result<void> addProgress(const QString& activity, const JsonReader& json, const QString& eventUuid,
                             const QString& campaignUuid)
    {
        ProgressUpdate update;
        update.activityUuid = activity;
        update.date = json.date("date");
        update.status = enumOf(json, "status", ActivityStatus::InProgress);
        update.note = json.text("note");
        update.eventUuid = eventUuid;
        update.campaignUuid = campaignUuid;
        auto made = PlanRepository(m_db).addProgress(update);
        return made ? Result<void>() : Result<void>(made.error());
    }

    Result<void> loadEvent(const JsonReader& json)
    {
        const LoadedTeam& team = m_teams[json.text("team")];
        Event event;
        event.teamUuid = team.uuid;
        event.kind = enumOf(json, "kind", EventKind::Training);
        event.title = json.text("title");
        event.start = json.date("start");
        event.end = json.date("end");
        event.place = json.text("place");
        event.centreUuid = m_centres.value(json.text("centre"));
        event.organisers = json.text("other_organisers");
        event.topics = json.texts("topics").join(u'\n');
        event.testOutOf = json.integer("test_out_of", 100);
        event.questions = json.texts("questions").join(u'\n');
        for (const QString& name : json.texts("organisers")) {
            auto uuid = organisation(name);
            if (!uuid)
                return uuid.error();
            if (uuid->isEmpty())
                return Error{QStringLiteral("organisation ") + name, {}};
            event.organisationUuids << *uuid;
        }
        auto served = concerns(team, json);
        if (!served)
            return served.error();
        event.concernUuids = *served;
        const bool carriesActivity = !json.object("progress").isEmpty() || json.integer("activity", -1) >= 0;
        if (carriesActivity && json.integer("activity", -1) >= 0) {
            auto activity = at(team.activities, json.integer("activity"), "activity");
            if (!activity)
                return activity.error();
            event.planUuid = team.plan;
            event.activityUuid = *activity;
        }
        auto made = m_events.createEvent(event);
        if (!made)
            return made.error();
        ++m_report.events;
        const QString uuid = made->meta.uuid;

        for (const JsonReader& person : json.array("participants")) {
            EventParticipant participant;
            participant.eventUuid = uuid;
            participant.name = person.text("name");
            participant.organisation = person.text("organisation");
            participant.role = enumOf(person, "role", ParticipantRole::Community);
            participant.sex = enumOf(person, "sex", Sex::Female);
            participant.ageBand = enumOf(person, "age_band", AgeBand::From30To49);
            if (const auto member = m_members.constFind(person.text("member")); member != m_members.cend()) {
                participant.memberUuid = member->meta.uuid;
                participant.name = member->name;
                participant.sex = member->sex;
                participant.ageBand = member->ageBand;
            }
            if (auto added = m_events.add(participant); !added)
                return added.error();
            ++m_report.participants;
        }
        for (const JsonReader& row : json.array("counts")) {
            EventCount count;
            count.eventUuid = uuid;
            count.role = enumOf(row, "role", ParticipantRole::Community);
            count.people = countsOf(row);
            if (auto added = m_events.add(count); !added)
                return added.error();
        }
        for (const JsonReader& row : json.array("trainers")) {
            Trainer trainer;
            trainer.eventUuid = uuid;
            trainer.name = row.text("name");
            trainer.background = enumOf(row, "background", TrainerBackground::CivilSociety);
            auto known = organisation(row.text("organisation"));
            if (!known)
                return known.error();
            trainer.organisationUuid = *known;
            if (known->isEmpty())
                trainer.organisation = row.text("organisation");
            if (auto added = m_events.add(trainer); !added)
                return added.error();
        }
        int sheet = 0;
        for (const QJsonValue& row : json.rawArray("tests")) {
            const QJsonArray scores = row.toArray();
            if (auto added =
                    m_events.add(TestScore{{}, uuid, ++sheet, score(scores.at(0)), score(scores.at(1))});
                !added)
                return added.error();
            ++m_report.testSheets;
        }
        sheet = 0;
        for (const QJsonValue& row : json.rawArray("feedback")) {
            FeedbackSheet feedback;
            feedback.eventUuid = uuid;
            feedback.sheet = ++sheet;
            const QJsonArray answers = row.toArray();
            for (int q = 0; q < std::min(int(answers.size()), Event::kMaxQuestions); ++q)
                feedback.answers[std::size_t(q)] = answers.at(q).toInt();
            if (auto added = m_events.add(feedback); !added)
                return added.error();
            ++m_report.feedbackSheets;
        }
        for (const JsonReader& row : json.array("follow_ups"))
            if (auto added = m_events.add(FollowUp{{}, uuid, row.date("date"), row.text("note")}); !added)
                return added.error();
        if (const JsonReader progress = json.object("progress");
            !progress.isEmpty() && !event.activityUuid.isEmpty())
            return addProgress(event.activityUuid, progress, uuid, {});
        return {};
    }

    Result<void> loadCampaign(const JsonReader& json)
    {
        const LoadedTeam& team = m_teams[json.text("team")];
        Campaign campaign;
        campaign.teamUuid = team.uuid;
        campaign.title = json.text("title");
        campaign.start = json.date("start");
        campaign.end = json.date("end");
        if (json.boolean("plan"))
            campaign.planUuid = team.plan;
        auto served = concerns(team, json);
        if (!served)
            return served.error();
        campaign.concernUuids = *served;
        campaign.channels = json.texts("channels");
        campaign.reached = countsOf(json.object("reached"));
        campaign.reachedIndirectly = json.integer("reached_indirect");
        campaign.indirectMethod = json.text("indirect_method");
        campaign.cost = json.number("cost").value_or(0);
        campaign.notes = json.text("notes");
        if (!json.text("funding_source").isEmpty()) {
            auto funding = ReferenceRepository(m_db).itemByCode(ReferenceList::FundingSource,
                                                                json.text("funding_source"));
            if (!funding)
                return funding.error();
            campaign.fundingSourceUuid = funding->meta.uuid;
        }
        auto made = m_campaigns.createCampaign(campaign);
        if (!made)
            return made.error();
        ++m_report.campaigns;
        for (const JsonReader& row : json.array("materials"))
            if (auto added =
                    m_campaigns.addMaterial({{}, made->meta.uuid, row.text("item"), row.integer("quantity")});
                !added)
                return added.error();
        if (const JsonReader progress = json.object("progress"); !progress.isEmpty()) {
            auto activity = at(team.activities, progress.integer("activity", -1), "activity");
            if (!activity)
                return activity.error();
            return addProgress(*activity, progress, {}, made->meta.uuid);
        }
        return {};
    }

    Database& m_db;
    const QHash<QString, LoadedTeam>& m_teams;
    EventsReport& m_report;
    EventRepository m_events;
    CampaignRepository m_campaigns;
    QHash<QString, Member> m_members;
    QHash<QString, QString> m_centres;
};

} // namespace

Result<EventsReport> loadEvents(Database& db, const QHash<QString, LoadedTeam>& teams)
{
    auto document = readDemoFile(QStringLiteral("events.json"));
    if (!document)
        return document.error();
    EventsReport report;
    Transaction transaction(db);
    if (auto loaded = Loader(db, teams, report).load(JsonReader(*document)); !loaded)
        return Error{brokenDemoData(loaded.errorMessage()), {}};
    if (auto committed = transaction.commit(); !committed)
        return committed.error();
    return report;
}

} // namespace hamkori::demo
