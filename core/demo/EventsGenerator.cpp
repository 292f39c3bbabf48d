#include "EventsGenerator.h"
#include "../storage/CampaignRepository.h"
#include "../storage/EventRepository.h"
#include "../storage/PlanRepository.h"

namespace hamkori::demo {

namespace {

const char* const kTrainingTitles[] = {
    "Омӯзиш оид ба асосҳои ҳамкории милитсия ва ҷомеа",
    "Омӯзиш оид ба гендер ва амнияти ҷомеа",
    "Омӯзиш оид ба равонакунии зардидагони зӯроварии хонаводагӣ",
    "Омӯзиш оид ба ҳалли низоъҳо дар сатҳи ҷамоат",
    "Обучение по работе с молодёжью группы риска",
};
const char* const kOtherTitles[] = {
    "Мизи мудаввар оид ба амнияти роҳ дар назди мактабҳо",
    "Рӯзи ҳисоботдиҳии нозири минтақавӣ дар назди аҳолӣ",
    "Сӯҳбати иттилоотӣ дар мактаб оид ба пешгирии ҷинояткории ноболиғон",
    "Аксияи огоҳсозӣ «Хонаи бе зӯроварӣ»",
};
const char* const kCampaignTitles[] = {
    "Маъракаи иттилоотӣ «16 рӯзи фаъолият бар зидди зӯроварӣ»",
    "Маъракаи иттилоотӣ «Роҳи бехатар ба мактаб»",
    "Маъракаи иттилоотӣ бар зидди ҷалби ҷавонон ба гурӯҳҳои зӯровар",
};
const char* const kQuestions = "Мавзӯъ барои кори ман муфид буд\nТренерҳо мавзӯъро фаҳмо шарҳ доданд\n"
                               "Вақт ва ҷой мувофиқ буданд\nДониши навро дар кор истифода мебарам";

template <std::size_t N> QStringList strings(const char* const (&texts)[N])
{
    QStringList list;
    for (const char* text : texts)
        list << QString::fromUtf8(text);
    return list;
}

ParticipantRole roleOf(MemberCategory category)
{
    switch (category) {
    case MemberCategory::Police:
        return ParticipantRole::Police;
    case MemberCategory::Hukumat:
        return ParticipantRole::Hukumat;
    case MemberCategory::Jamoat:
        return ParticipantRole::Jamoat;
    case MemberCategory::Cso:
        return ParticipantRole::Cso;
    default:
        return ParticipantRole::Community;
    }
}

} // namespace

EventsGenerator::EventsGenerator(Database& db, quint32 seed, EventCounts& counts)
    : m_db(db), m_random(seed ^ 0x20u), m_counts(counts)
{
}

Result<void> EventsGenerator::training(const QString& eventUuid, const QList<Member>& members)
{
    EventRepository events(m_db);
    // A dozen of the team's members and police officers, each with a test before and after; most gain.
    const int people = 8 + int(m_random.bounded(10));
    for (int i = 0; i < people && !members.isEmpty(); ++i) {
        const Member& member = members[(i * 5 + int(m_random.bounded(3))) % members.size()];
        EventParticipant participant{{},          eventUuid,           member.meta.uuid,
                                     member.name, member.organisation, roleOf(member.category),
                                     member.sex,  member.ageBand};
        if (auto added = events.add(participant); !added)
            return added.error();
        ++m_counts.participants;
    }
    for (int sheet = 1; sheet <= people; ++sheet) {
        const double before = 6 + m_random.bounded(9);
        const double after = std::min(20.0, before + m_random.bounded(8) - 1);
        if (auto added = events.add(TestScore{{}, eventUuid, sheet, before, after}); !added)
            return added.error();
        FeedbackSheet feedback;
        feedback.eventUuid = eventUuid;
        feedback.sheet = sheet;
        for (int q = 0; q < 4; ++q)
            feedback.answers[std::size_t(q)] = 3 + int(m_random.bounded(3));
        if (auto added = events.add(feedback); !added)
            return added.error();
        m_counts.sheets += 2;
    }
    return {};
}

Result<void> EventsGenerator::counted(const QString& eventUuid)
{
    EventCount count;
    count.eventUuid = eventUuid;
    count.role = ParticipantRole::Community;
    for (int cell = 0; cell < SexAgeCounts::kCells; ++cell)
        count.people.setCell(cell, int(m_random.bounded(25)));
    auto added = EventRepository(m_db).add(count);
    if (!added)
        return added.error();
    m_counts.participants += count.people.total();
    return {};
}

Result<void> EventsGenerator::generateYear(const QString& teamUuid, int year, const QList<Member>& members,
                                           const QStringList& concerns, const QStringList& activities,
                                           int events, int campaigns)
{
    EventRepository eventRepository(m_db);
    const QStringList trainingTitles = strings(kTrainingTitles);
    const QStringList otherTitles = strings(kOtherTitles);
    for (int e = 0; e < events; ++e) {
        Event event;
        event.teamUuid = teamUuid;
        // Every other event a training; the rest round tables, reporting days, sessions and awareness events.
        event.kind = e % 2 == 0 ? EventKind::Training : pickEnum<EventKind>();
        event.title = pick(event.kind == EventKind::Training ? trainingTitles : otherTitles);
        event.start = QDate(year, 1, 15).addDays(e * 330 / std::max(1, events) + int(m_random.bounded(20)));
        event.end = event.kind == EventKind::Training ? event.start.addDays(1) : QDate();
        event.place = QStringLiteral("Толори ҷамоат");
        if (!concerns.isEmpty())
            event.concernUuids = {pick(concerns)};
        if (event.kind == EventKind::Training) {
            event.testOutOf = 20;
            event.questions = QString::fromUtf8(kQuestions);
        }
        auto made = eventRepository.createEvent(event);
        if (!made)
            return made.error();
        ++m_counts.events;
        auto people =
            event.kind == EventKind::Training ? training(made->meta.uuid, members) : counted(made->meta.uuid);
        if (!people)
            return people;
    }
    CampaignRepository campaignRepository(m_db);
    const QStringList campaignTitles = strings(kCampaignTitles);
    const QStringList channels = allCodes<CampaignChannel>();
    for (int c = 0; c < campaigns; ++c) {
        Campaign campaign;
        campaign.teamUuid = teamUuid;
        campaign.title = pick(campaignTitles);
        campaign.start = QDate(year, 3, 1).addDays(int(m_random.bounded(240)));
        campaign.end = campaign.start.addDays(14 + int(m_random.bounded(60)));
        campaign.channels = {pick(channels), pick(channels)};
        for (int cell = 0; cell < SexAgeCounts::kCells; ++cell)
            campaign.reached.setCell(cell, int(m_random.bounded(150)));
        campaign.reachedIndirectly = 5000 + int(m_random.bounded(40000));
        campaign.indirectMethod = QStringLiteral("Шунавандагони радиои ноҳия, аз рӯи маълумоти худи радио");
        campaign.cost = double(1000 + m_random.bounded(20) * 500);
        if (!concerns.isEmpty())
            campaign.concernUuids = {pick(concerns)};
        auto made = campaignRepository.createCampaign(campaign);
        if (!made)
            return made.error();
        ++m_counts.campaigns;
        if (auto material = campaignRepository.addMaterial({{},
                                                            made->meta.uuid,
                                                            QStringLiteral("Варақаи иттилоотӣ"),
                                                            500 + int(m_random.bounded(3000))});
            !material)
            return material.error();
        // An activity of the year reports the campaign: its reach is counted there, once.
        if (!activities.isEmpty()) {
            ProgressUpdate update;
            update.activityUuid = pick(activities);
            update.date = campaign.end;
            update.status = ActivityStatus::InProgress;
            update.note = QStringLiteral("Дар доираи маърака гузаронида шуд");
            update.campaignUuid = made->meta.uuid;
            if (auto added = PlanRepository(m_db).addProgress(update); !added)
                return added.error();
        }
    }
    return {};
}

} // namespace hamkori::demo
