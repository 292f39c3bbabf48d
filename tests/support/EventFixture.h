#pragma once
// One group's events and campaign of the first half of 2026, with Tajik names, for the tests of the event
// documents, CSV files and console commands. The figures are worked out by hand in the comments, so that
// each test can say what a person counting the sheets would get.
#include "TestSupport.h"
#include "core/storage/CampaignRepository.h"
#include "core/storage/EventRepository.h"
#include "core/storage/TeamRepository.h"
#include <catch2/catch.hpp>

namespace hamkori::test {

template <class T> T mustBe(Result<T> result)
{
    INFO(result.errorMessage().toStdString());
    REQUIRE(result.ok());
    return *result;
}

struct EventFixture
{
    // The training (12–14.03.2026): three people named, six counted among the community.
    //   named: Раҳимова (woman 30–49, Jamoat), Қодиров (man 18–29, police), Ӯсмонова (woman 18–29, CSO)
    //   counted: 4 women 30–49 and 2 men 50+ (community)
    //   trained 9: women 6 (18–29: 1, 30–49: 5), men 3 (18–29: 1, 50+: 2)
    // Tests out of 20: sheets (8 → 14), (10 → 18), (12 → none).
    //   before 10 of 20 = 50 %; after 16 of 20 = 80 %; gain over the two paired sheets (6 + 8) / 2 = 7 = 35
    //   points
    // Feedback (3 questions): (5, 4, 4) and (3, none, 5): 21 over 5 answers = 4.2
    // The round table (02.04.2026): nobody named; 3 men 30–49 and 2 women 50+ from the Hukumat.
    // The campaign (01.05–30.06.2026): women 18–29 120, men 18–29 80, women 50+ 30 = 230 directly;
    // 1 500 indirectly; 2 500 somoni; radio and schools; 500 leaflets.
    static inline const QStringList kNames{QStringLiteral("Раҳимова Гулчеҳра"),
                                           QStringLiteral("Қодиров Ҷамшед"),
                                           QStringLiteral("Ӯсмонова Зуҳро")};
    static inline const QString kTrainer = QStringLiteral("Ғафуров Фирӯз");

    QString team;
    Event training, roundTable;
    Campaign campaign;

    explicit EventFixture(Database& db)
    {
        team = makeTeam(db, QStringLiteral("ISF"));
        Team named = mustBe(TeamRepository(db).team(team));
        named.name = QStringLiteral("Исфара");
        REQUIRE(TeamRepository(db).updateTeam(named).ok());

        EventRepository events(db);
        Event e;
        e.teamUuid = team;
        e.kind = EventKind::Training;
        e.title = QStringLiteral("Пешгирии зӯроварӣ дар оила");
        e.start = QDate(2026, 3, 12);
        e.end = QDate(2026, 3, 14);
        e.place = QStringLiteral("Толори Ҳукумати шаҳри Исфара");
        e.organisers = QStringLiteral("Маркази «Ҳуқуқ ва рушд»");
        e.topics = QStringLiteral("Ҳуқуқи занон\nРавонакунӣ ба хизматрасониҳо\nҲамкорӣ бо милитсия");
        e.testOutOf = 20;
        e.questions = QStringLiteral("Мавзӯъ муфид буд\nТренер фаҳмо шарҳ дод\nТашкил хуб буд");
        training = mustBe(events.createEvent(e));
        const std::tuple<int, Sex, AgeBand, ParticipantRole> people[] = {
            {0, Sex::Female, AgeBand::From30To49, ParticipantRole::Jamoat},
            {1, Sex::Male, AgeBand::From18To29, ParticipantRole::Police},
            {2, Sex::Female, AgeBand::From18To29, ParticipantRole::Cso}};
        for (const auto& [index, sex, band, role] : people) {
            EventParticipant p;
            p.eventUuid = training.meta.uuid;
            p.name = kNames[index];
            p.organisation = role == ParticipantRole::Police ? QStringLiteral("ШКД-и шаҳри Исфара")
                                                             : QStringLiteral("Ҷамоати Чоркӯҳ");
            p.sex = sex;
            p.ageBand = band;
            p.role = role;
            mustBe(events.add(p));
        }
        EventCount counted;
        counted.eventUuid = training.meta.uuid;
        counted.role = ParticipantRole::Community;
        counted.people.set(Sex::Female, AgeBand::From30To49, 4);
        counted.people.set(Sex::Male, AgeBand::From50, 2);
        mustBe(events.add(counted));
        Trainer trainer;
        trainer.eventUuid = training.meta.uuid;
        trainer.name = kTrainer;
        trainer.background = TrainerBackground::State;
        mustBe(events.add(trainer));
        int sheet = 0;
        for (const auto& [pre, post] :
             {std::pair<std::optional<double>, std::optional<double>>{8, 14}, {10, 18}, {12, std::nullopt}}) {
            TestScore score;
            score.eventUuid = training.meta.uuid;
            score.sheet = ++sheet;
            score.pre = pre;
            score.post = post;
            mustBe(events.add(score));
        }
        sheet = 0;
        for (const std::array<int, Event::kMaxQuestions>& answers :
             {std::array<int, Event::kMaxQuestions>{5, 4, 4},
              std::array<int, Event::kMaxQuestions>{3, 0, 5}}) {
            FeedbackSheet f;
            f.eventUuid = training.meta.uuid;
            f.sheet = ++sheet;
            f.answers = answers;
            mustBe(events.add(f));
        }

        Event round;
        round.teamUuid = team;
        round.kind = EventKind::RoundTable;
        round.title = QStringLiteral("Мизи мудаввар оид ба бехатарии мактабҳо");
        round.start = QDate(2026, 4, 2);
        round.place = QStringLiteral("Ҷамоати Чоркӯҳ");
        roundTable = mustBe(events.createEvent(round));
        EventCount officials;
        officials.eventUuid = roundTable.meta.uuid;
        officials.role = ParticipantRole::Hukumat;
        officials.people.set(Sex::Male, AgeBand::From30To49, 3);
        officials.people.set(Sex::Female, AgeBand::From50, 2);
        mustBe(events.add(officials));

        Campaign c;
        c.teamUuid = team;
        c.title = QStringLiteral("Маъракаи «Хонаи бехатар»");
        c.start = QDate(2026, 5, 1);
        c.end = QDate(2026, 6, 30);
        c.reached.set(Sex::Female, AgeBand::From18To29, 120);
        c.reached.set(Sex::Male, AgeBand::From18To29, 80);
        c.reached.set(Sex::Female, AgeBand::From50, 30);
        c.reachedIndirectly = 1500;
        c.indirectMethod = QStringLiteral("Шунавандагони радио");
        c.cost = 2500;
        c.channels = {QStringLiteral("radio"), QStringLiteral("school")};
        campaign = mustBe(CampaignRepository(db).createCampaign(c));
        CampaignMaterial leaflets;
        leaflets.campaignUuid = campaign.meta.uuid;
        leaflets.item = QStringLiteral("Варақаҳо");
        leaflets.quantity = 500;
        mustBe(CampaignRepository(db).addMaterial(leaflets));
    }
};

} // namespace hamkori::test
