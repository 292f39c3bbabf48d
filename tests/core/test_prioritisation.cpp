// Prioritisation rounds as stored: criteria and weights, the concerns put to the vote, the score grid,
// pairwise outcomes, the decision, and what is refused.
#include "Builders.h"
#include "core/storage/PrioritisationRepository.h"
#include <QSet>

using namespace hamkori;
using namespace hamkori::coretest;
using hamkori::test::TempDatabase;

namespace {

QString criterion(Database& db, const QString& code)
{
    return test::referenceUuid(db, u"criterion"_s, code);
}

/// A team with three concerns and a meeting, ready for a round.
struct Setup
{
    explicit Setup(Database& database) : db(database)
    {
        team = test::makeTeam(db);
        meeting = makeMeeting(db, team, QDate(2026, 2, 10)).meta.uuid;
        lights = makeConcern(db, team, u"Кӯчаҳои торик"_s, QDate(2026, 1, 5), u"unsafe_spaces"_s).meta.uuid;
        fights = makeConcern(db, team, u"Драки подростков"_s, QDate(2026, 1, 6), u"youth_crime"_s).meta.uuid;
        drugs = makeConcern(db, team, u"Нашъамандӣ"_s, QDate(2026, 1, 7), u"drugs_alcohol"_s).meta.uuid;
        severity = criterion(db, u"severity"_s);
        feasibility = criterion(db, u"feasibility"_s);
    }

    PrioritisationRound round() const
    {
        PrioritisationRound r;
        r.teamUuid = team;
        r.meetingUuid = meeting;
        r.title = u"Интихоби авлавиятҳо, феврал"_s;
        r.date = QDate(2026, 2, 10);
        r.criteria = {{severity, 2.5}, {feasibility, 1.0}};
        r.concernUuids = {lights, fights, drugs};
        return r;
    }

    Database& db;
    QString team, meeting, lights, fights, drugs, severity, feasibility;
};

} // namespace

TEST_CASE("A round keeps its header, criteria and concerns across a reopen and an update", "[prioritisation]")
{
    TempDatabase db;
    Setup s(*db);
    auto created = PrioritisationRepository(*db).createRound(s.round());
    REQUIRE(created.ok());
    const QString uuid = created->meta.uuid;

    db.reopen();
    auto read = PrioritisationRepository(*db).round(uuid);
    REQUIRE(read.ok());
    CHECK(read->teamUuid == s.team);
    CHECK(read->meetingUuid == s.meeting);
    CHECK(read->title == u"Интихоби авлавиятҳо, феврал"_s);
    CHECK(read->date == QDate(2026, 2, 10));
    CHECK(read->criteria == QList<RoundCriterion>{{s.severity, 2.5}, {s.feasibility, 1.0}});
    CHECK(read->concernUuids == QStringList{s.lights, s.fights, s.drugs});
    CHECK(read->chosenConcernUuids.isEmpty());
    CHECK_FALSE(read->decided);

    PrioritisationRound changed = *read;
    changed.title = u"Revised"_s;
    changed.meetingUuid.clear();
    changed.date = QDate(2026, 2, 11);
    changed.criteria = {{s.feasibility, 3.0}, {criterion(*db, u"urgency"_s), 1.5}}; // severity taken out
    changed.concernUuids = {s.drugs, s.lights};                                     // fights taken out
    REQUIRE(PrioritisationRepository(*db).updateRound(changed).ok());

    db.reopen();
    auto again = PrioritisationRepository(*db).round(uuid);
    REQUIRE(again.ok());
    CHECK(again->title == u"Revised"_s);
    CHECK(again->meetingUuid.isEmpty());
    CHECK(again->date == QDate(2026, 2, 11));
    CHECK(again->criteria ==
          QList<RoundCriterion>{{s.feasibility, 3.0}, {criterion(*db, u"urgency"_s), 1.5}});
    CHECK(again->concernUuids == QStringList{s.drugs, s.lights});
    auto list = PrioritisationRepository(*db).rounds(s.team);
    REQUIRE(list.ok());
    REQUIRE(list->size() == 1);
    CHECK(list->first().concernUuids == QStringList{s.drugs, s.lights});
}

TEST_CASE("A round without criteria takes every criterion with its default weight", "[prioritisation]")
{
    TempDatabase db;
    Setup s(*db);
    PrioritisationRound round = s.round();
    round.criteria.clear();
    auto created = PrioritisationRepository(*db).createRound(round);
    REQUIRE(created.ok());
    CHECK(created->criteria == QList<RoundCriterion>{{criterion(*db, u"severity"_s), 2.0},
                                                     {criterion(*db, u"frequency"_s), 1.0},
                                                     {criterion(*db, u"people_affected"_s), 1.0},
                                                     {criterion(*db, u"vulnerable_groups"_s), 1.5},
                                                     {criterion(*db, u"urgency"_s), 1.5},
                                                     {criterion(*db, u"feasibility"_s), 1.0}});
}

TEST_CASE("Scores are stored per concern, criterion and group and give the totals",
          "[prioritisation][scores]")
{
    TempDatabase db;
    Setup s(*db);
    PrioritisationRepository rounds(*db);
    auto created = rounds.createRound(s.round());
    REQUIRE(created.ok());
    const QString round = created->meta.uuid;
    // Women: lights (5×2.5 + 2×1)/3.5 = 14.5/3.5; fights (3×2.5 + 3×1)/3.5 = 3. Men scored severity only.
    REQUIRE(rounds.setScore(round, s.lights, s.severity, ParticipantGroup::Women, 5).ok());
    REQUIRE(rounds.setScore(round, s.lights, s.feasibility, ParticipantGroup::Women, 2).ok());
    REQUIRE(rounds.setScore(round, s.fights, s.severity, ParticipantGroup::Women, 3).ok());
    REQUIRE(rounds.setScore(round, s.fights, s.feasibility, ParticipantGroup::Women, 3).ok());
    REQUIRE(rounds.setScore(round, s.lights, s.severity, ParticipantGroup::Men, 1).ok());
    REQUIRE(rounds.setScore(round, s.fights, s.severity, ParticipantGroup::Men, 4).ok());

    db.reopen();
    PrioritisationRepository reopened(*db);
    auto scores = reopened.scores(round);
    REQUIRE(scores.ok());
    REQUIRE(scores->size() == 6);
    int menOnLights = 0;
    for (const Score& score : *scores)
        if (score.concernUuid == s.lights && score.group == ParticipantGroup::Men) {
            CHECK(score.criterionUuid == s.severity);
            CHECK(score.roundUuid == round);
            menOnLights = score.value;
        }
    CHECK(menOnLights == 1);

    auto totals = reopened.totals(round);
    REQUIRE(totals.ok());
    REQUIRE(totals->concerns.size() == 3);
    const auto& first = totals->concerns[0];
    const auto& second = totals->concerns[1];
    CHECK(first.concern == s.fights); // (3 + 4) / 2 = 3.5
    CHECK(*first.overall == Approx(3.5));
    CHECK(first.overallRank == 1);
    CHECK(second.concern == s.lights); // (14.5/3.5 + 1) / 2
    CHECK(*second.overall == Approx((14.5 / 3.5 + 1.0) / 2.0));
    CHECK(*second.groupScore[std::size_t(ParticipantGroup::Women)] == Approx(14.5 / 3.5));
    CHECK(totals->concerns[2].concern == s.drugs);
    CHECK_FALSE(totals->concerns[2].overall.has_value());
}

TEST_CASE("Setting the same score twice is one record, and clearing and setting again brings it back",
          "[prioritisation][scores]")
{
    TempDatabase db;
    Setup s(*db);
    PrioritisationRepository rounds(*db);
    auto created = rounds.createRound(s.round());
    REQUIRE(created.ok());
    const QString round = created->meta.uuid;
    const QString expected = derivedUuid(u"score"_s, {round, s.fights, s.severity, u"youth"_s});

    REQUIRE(rounds.setScore(round, s.fights, s.severity, ParticipantGroup::Youth, 2).ok());
    const qint64 journal = db->records().journalSize();
    REQUIRE(rounds.setScore(round, s.fights, s.severity, ParticipantGroup::Youth, 2).ok());
    CHECK(db->records().journalSize() == journal);
    REQUIRE(rounds.setScore(round, s.fights, s.severity, ParticipantGroup::Youth, 4).ok());
    CHECK(db->records().journalSize() == journal + 1); // the value changed
    CHECK(rowCount(*db, u"scores"_s) == 1);
    CHECK(rounds.scores(round)->first().meta.uuid == expected);
    CHECK(rounds.scores(round)->first().value == 4);

    REQUIRE(rounds.clearScore(round, s.fights, s.severity, ParticipantGroup::Youth).ok());
    CHECK(rounds.scores(round)->isEmpty());
    CHECK(deletedFlag(*db, u"score"_s, expected) == 1);
    REQUIRE(rounds.setScore(round, s.fights, s.severity, ParticipantGroup::Youth, 5).ok());
    CHECK(rowCount(*db, u"scores"_s) == 1);
    CHECK(deletedFlag(*db, u"score"_s, expected) == 0);
    CHECK(rounds.scores(round)->first().value == 5);
}

TEST_CASE("A pair compared twice, in either order, is one record with the latest winner",
          "[prioritisation][pairwise]")
{
    TempDatabase db;
    Setup s(*db);
    PrioritisationRepository rounds(*db);
    auto created = rounds.createRound(s.round());
    REQUIRE(created.ok());
    const QString round = created->meta.uuid;

    REQUIRE(rounds.recordPairwise(round, s.lights, s.fights, s.fights).ok());
    REQUIRE(rounds.recordPairwise(round, s.fights, s.lights, s.lights).ok());
    REQUIRE(rounds.recordPairwise(round, s.lights, s.drugs, s.lights).ok());

    db.reopen();
    auto pairs = PrioritisationRepository(*db).pairwise(round);
    REQUIRE(pairs.ok());
    REQUIRE(pairs->size() == 2);
    CHECK(pairs->at(0).winnerUuid == s.lights);
    CHECK(QSet<QString>{pairs->at(0).firstUuid, pairs->at(0).secondUuid} ==
          QSet<QString>{s.lights, s.fights});
    auto standings = PrioritisationRepository(*db).pairwiseStandings(round);
    REQUIRE(standings.ok());
    CHECK(standings->comparisonsDone == 2);
    CHECK(standings->comparisonsNeeded == 3);
    CHECK(standings->standings.first().concern == s.lights);
    CHECK(standings->standings.first().wins == 2);
}

TEST_CASE("The decision marks the chosen concerns and moves them to prioritised",
          "[prioritisation][decision]")
{
    TempDatabase db;
    Setup s(*db);
    REQUIRE(ConcernRepository(*db)
                .changeStatus(s.drugs, ConcernStatus::InPlan, QDate(2026, 2, 1), QString())
                .ok());
    PrioritisationRepository rounds(*db);
    auto created = rounds.createRound(s.round());
    REQUIRE(created.ok());
    const QString round = created->meta.uuid;

    REQUIRE(rounds.decide(round, {s.fights, s.drugs}, u"Youth and drugs first"_s, QDate(2026, 2, 12)).ok());

    db.reopen();
    auto decided = PrioritisationRepository(*db).round(round);
    REQUIRE(decided.ok());
    CHECK(decided->decided);
    CHECK(decided->decisionNote == u"Youth and drugs first"_s);
    CHECK(decided->chosenConcernUuids == QStringList{s.fights, s.drugs});
    ConcernRepository concerns(*db);
    CHECK(concerns.concern(s.fights)->status == ConcernStatus::Prioritised);
    CHECK(concerns.statusHistory(s.fights)->last().date == QDate(2026, 2, 12));
    CHECK(concerns.statusHistory(s.fights)->last().note == u"Youth and drugs first"_s);
    CHECK(concerns.concern(s.drugs)->status == ConcernStatus::InPlan); // further along: kept
    CHECK(concerns.concern(s.lights)->status == ConcernStatus::Raised);
    ConcernFilter prioritised;
    prioritised.prioritisedOnly = true;
    CHECK(*concerns.count(prioritised) == 2);
}

TEST_CASE("Invalid rounds, scores, pairs and decisions are refused, naming the field, and nothing is written",
          "[prioritisation][validation]")
{
    TempDatabase db;
    Setup s(*db);
    PrioritisationRepository rounds(*db);
    PrioritisationRound round = s.round();

    SECTION("the round itself")
    {
        round.teamUuid.clear();
        requireRefused(*db, u"team"_s, [&] { return rounds.createRound(round); });
        round = s.round();
        round.date = QDate();
        requireRefused(*db, u"date"_s, [&] { return rounds.createRound(round); });
        round = s.round();
        round.meetingUuid = makeMeeting(*db, test::makeTeam(*db, u"KHJ"_s), QDate(2026, 2, 10)).meta.uuid;
        requireRefused(*db, u"meeting"_s, [&] { return rounds.createRound(round); });
    }
    SECTION("criteria: weight 0, weight over 100, or not a criterion")
    {
        round.criteria = {{s.severity, 0.0}};
        requireRefused(*db, u"criteria"_s, [&] { return rounds.createRound(round); });
        round.criteria = {{s.severity, 100.5}};
        requireRefused(*db, u"criteria"_s, [&] { return rounds.createRound(round); });
        round.criteria = {{s.severity, -1.0}};
        requireRefused(*db, u"criteria"_s, [&] { return rounds.createRound(round); });
        round.criteria = {{test::categoryUuid(*db), 1.0}};
        requireRefused(*db, u"criteria"_s, [&] { return rounds.createRound(round); });
    }
    SECTION("a concern of another team")
    {
        const QString other = test::makeTeam(*db, u"KHJ"_s);
        round.concernUuids << makeConcern(*db, other, u"Чужая"_s, QDate(2026, 1, 1)).meta.uuid;
        requireRefused(*db, u"concerns"_s, [&] { return rounds.createRound(round); });
    }
    SECTION("scores")
    {
        auto created = rounds.createRound(round);
        REQUIRE(created.ok());
        const QString id = created->meta.uuid;
        requireRefused(*db, u"score"_s,
                       [&] { return rounds.setScore(id, s.fights, s.severity, ParticipantGroup::Women, 0); });
        requireRefused(*db, u"score"_s,
                       [&] { return rounds.setScore(id, s.fights, s.severity, ParticipantGroup::Women, 6); });
        const QString urgency = criterion(*db, u"urgency"_s);
        requireRefused(*db, u"criterion"_s,
                       [&] { return rounds.setScore(id, s.fights, urgency, ParticipantGroup::Women, 3); });
        const QString outside = makeConcern(*db, s.team, u"Не в раунде"_s, QDate(2026, 1, 9)).meta.uuid;
        requireRefused(*db, u"concern"_s,
                       [&] { return rounds.setScore(id, outside, s.severity, ParticipantGroup::Women, 3); });
    }
    SECTION("pairs and decisions")
    {
        auto created = rounds.createRound(round);
        REQUIRE(created.ok());
        const QString id = created->meta.uuid;
        requireRefused(*db, u"pair"_s,
                       [&] { return rounds.recordPairwise(id, s.fights, s.fights, s.fights); });
        requireRefused(*db, u"winner"_s,
                       [&] { return rounds.recordPairwise(id, s.fights, s.lights, s.drugs); });
        requireRefused(*db, u"chosen"_s,
                       [&] { return rounds.decide(id, {}, QString(), QDate(2026, 2, 12)); });
        const QString outside = makeConcern(*db, s.team, u"Не в раунде"_s, QDate(2026, 1, 9)).meta.uuid;
        requireRefused(*db, u"chosen"_s,
                       [&] { return rounds.decide(id, {outside}, QString(), QDate(2026, 2, 12)); });
        requireRefused(*db, u"date"_s, [&] { return rounds.decide(id, {s.fights}, QString(), QDate()); });
    }
    SECTION("an update is checked the same way")
    {
        auto created = rounds.createRound(round);
        REQUIRE(created.ok());
        PrioritisationRound changed = *created;
        changed.criteria = {{s.severity, 0.0}};
        requireRefused(*db, u"criteria"_s, [&] { return rounds.updateRound(changed); });
    }
}
