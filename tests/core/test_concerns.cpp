// The concern register: stored fields, status history, drivers, links, codes, what is refused, and
// deletion as tombstones that an undo can bring back.
#include "Builders.h"
#include "core/storage/PrioritisationRepository.h"

using namespace hamkori;
using namespace hamkori::coretest;
using hamkori::test::TempDatabase;

namespace {

Concern fullConcern(Database& db, const QString& team, const QString& meeting)
{
    Concern c;
    c.teamUuid = team;
    c.title = u"Зӯроварии оилавӣ дар маҳаллаи Чоркӯҳ"_s;
    c.description = u"Занон дар бораи зӯроварии хонаводагӣ ҳангоми муҳоҷирати шавҳар нақл карданд."_s;
    c.categoryUuid = test::categoryUuid(db, u"domestic_violence"_s);
    c.place = u"маҳаллаи Чоркӯҳ"_s;
    c.raisedBy = RaisedBy::Women;
    c.firstMeetingUuid = meeting;
    c.firstRaised = QDate(2026, 1, 12);
    c.source = ConcernSource::FocusGroup;
    c.frequency = Frequency::Weekly;
    c.restricted = true;
    c.causes = {u"Бекорӣ"_s, u"Муҳоҷирати меҳнатӣ"_s};
    c.effects = {u"Тарки мактаб аз ҷониби духтарон"_s};
    c.triangle = {u"шавҳар ё хушдоман"_s, u"занони ҷавон"_s,  u"хона"_s,
                  u"раиси маҳалла"_s,     u"кумитаи занон"_s, u"ҷамоат"_s};
    c.genderNotes = u"Занон ва духтарон бештар зарар мебинанд."_s;
    c.conflictRisk = ConflictRisk::Medium;
    c.conflictMitigation = u"Бо рӯҳониён якҷоя кор кардан."_s;
    c.baselineValue = 4.5;
    c.baselineDescription = u"ҳодисаҳои маълум дар як моҳ"_s;
    c.baselineDate = QDate(2026, 1, 31);
    return c;
}

void requireSameConcern(const Concern& read, const Concern& written)
{
    CHECK(read.teamUuid == written.teamUuid);
    CHECK(read.title == written.title);
    CHECK(read.description == written.description);
    CHECK(read.categoryUuid == written.categoryUuid);
    CHECK(read.place == written.place);
    CHECK(read.raisedBy == written.raisedBy);
    CHECK(read.firstMeetingUuid == written.firstMeetingUuid);
    CHECK(read.firstRaised == written.firstRaised);
    CHECK(read.source == written.source);
    CHECK(read.frequency == written.frequency);
    CHECK(read.restricted == written.restricted);
    CHECK(read.causes == written.causes);
    CHECK(read.effects == written.effects);
    CHECK(read.triangle == written.triangle);
    CHECK(read.genderNotes == written.genderNotes);
    CHECK(read.conflictRisk == written.conflictRisk);
    CHECK(read.conflictMitigation == written.conflictMitigation);
    CHECK(read.baselineValue == written.baselineValue);
    CHECK(read.baselineDescription == written.baselineDescription);
    CHECK(read.baselineDate == written.baselineDate);
}

QString driver(Database& db, const QString& code)
{
    return test::referenceUuid(db, u"driver"_s, code);
}

} // namespace

TEST_CASE("A concern keeps every field across a reopen, before and after an update", "[concerns]")
{
    TempDatabase db;
    const QString team = test::makeTeam(*db);
    const Meeting meeting = makeMeeting(*db, team, QDate(2026, 1, 12), MeetingKind::WomenFocusGroup);
    const Concern written = fullConcern(*db, team, meeting.meta.uuid);
    auto created = ConcernRepository(*db).createConcern(written);
    REQUIRE(created.ok());

    db.reopen();
    auto read = ConcernRepository(*db).concern(created->meta.uuid);
    REQUIRE(read.ok());
    requireSameConcern(*read, written);
    CHECK(read->code == u"ISF-2026-001"_s);
    CHECK(read->status == ConcernStatus::Raised);

    Concern changed = *read;
    changed.title = u"Драки подростков у школы"_s;
    changed.description = u"После уроков старшеклассники дерутся у ворот школы."_s;
    changed.categoryUuid = test::categoryUuid(*db, u"youth_crime"_s);
    changed.place = u"Ворух"_s;
    changed.raisedBy = RaisedBy::Youth;
    changed.firstMeetingUuid.clear();
    changed.firstRaised = QDate(2026, 1, 5);
    changed.source = ConcernSource::Survey;
    changed.frequency = Frequency::Daily;
    changed.restricted = false;
    changed.causes = {u"Нет секций"_s, u"Нет освещения"_s, u"Безработица"_s};
    changed.effects.clear();
    changed.triangle = {u"подростки"_s, u"школьники"_s, u"ворота школы"_s,
                        u"родители"_s,  u"учителя"_s,   u"директор"_s};
    changed.genderNotes.clear();
    changed.conflictRisk = ConflictRisk::Low;
    changed.conflictMitigation.clear();
    changed.baselineValue.reset();
    changed.baselineDescription.clear();
    changed.baselineDate = QDate();
    changed.status = ConcernStatus::Closed; // ignored: the status moves only through changeStatus()
    REQUIRE(ConcernRepository(*db).updateConcern(changed).ok());

    db.reopen();
    auto again = ConcernRepository(*db).concern(created->meta.uuid);
    REQUIRE(again.ok());
    requireSameConcern(*again, changed);
    CHECK_FALSE(again->baselineValue.has_value());
    CHECK(again->status == ConcernStatus::Raised);
    CHECK(again->code == u"ISF-2026-001"_s);
}

TEST_CASE("Blank causes are dropped and a concern is found by its code", "[concerns]")
{
    TempDatabase db;
    const QString team = test::makeTeam(*db);
    Concern concern = fullConcern(*db, team, QString());
    concern.causes = {u"  Бекорӣ  "_s, QString(), u"   "_s, u"Камбизоатӣ"_s};
    auto created = ConcernRepository(*db).createConcern(concern);
    REQUIRE(created.ok());
    CHECK(created->causes == QStringList{u"Бекорӣ"_s, u"Камбизоатӣ"_s});

    auto byCode = ConcernRepository(*db).concernByCode(u"ISF-2026-001"_s);
    REQUIRE(byCode.ok());
    CHECK(byCode->meta.uuid == created->meta.uuid);
    auto unknown = ConcernRepository(*db).concernByCode(u"ISF-2026-999"_s);
    REQUIRE_FALSE(unknown.ok());
    CHECK(unknown.errorMessage().contains(u"ISF-2026-999"_s));
}

TEST_CASE("A concern's status moves on with a dated history, and dropping needs a reason",
          "[concerns][status]")
{
    TempDatabase db;
    const QString team = test::makeTeam(*db);
    const Concern concern = makeConcern(*db, team, u"Торговля наркотиками у рынка"_s, QDate(2026, 1, 10));
    ConcernRepository concerns(*db);
    const QString uuid = concern.meta.uuid;

    REQUIRE(
        concerns.changeStatus(uuid, ConcernStatus::Analysed, QDate(2026, 1, 24), u"  Problem tree done  "_s)
            .ok());
    REQUIRE(concerns.changeStatus(uuid, ConcernStatus::Prioritised, QDate(2026, 2, 7), QString()).ok());
    requireRefused(*db, u"note"_s, [&] {
        return concerns.changeStatus(uuid, ConcernStatus::Dropped, QDate(2026, 3, 1), u"  "_s);
    });
    requireRefused(*db, u"date"_s,
                   [&] { return concerns.changeStatus(uuid, ConcernStatus::InPlan, QDate(), QString()); });
    REQUIRE(
        concerns.changeStatus(uuid, ConcernStatus::Dropped, QDate(2026, 3, 1), u"Police handle it"_s).ok());

    db.reopen();
    CHECK(ConcernRepository(*db).concern(uuid)->status == ConcernStatus::Dropped);
    auto history = ConcernRepository(*db).statusHistory(uuid);
    REQUIRE(history.ok());
    REQUIRE(history->size() == 4);
    CHECK(history->at(0).status == ConcernStatus::Raised);
    CHECK(history->at(0).date == QDate(2026, 1, 10));
    CHECK(history->at(1).status == ConcernStatus::Analysed);
    CHECK(history->at(1).date == QDate(2026, 1, 24));
    CHECK(history->at(1).note == u"Problem tree done"_s);
    CHECK(history->at(2).status == ConcernStatus::Prioritised);
    CHECK(history->at(2).date == QDate(2026, 2, 7));
    CHECK(history->at(3).status == ConcernStatus::Dropped);
    CHECK(history->at(3).note == u"Police handle it"_s);
    for (const StatusChange& change : *history)
        CHECK(change.concernUuid == uuid);
}

TEST_CASE("Drivers are a set kept in list order, with one record per concern and driver",
          "[concerns][drivers]")
{
    TempDatabase db;
    const QString team = test::makeTeam(*db);
    const Concern concern = makeConcern(*db, team, u"Дуздии чорво"_s, QDate(2026, 1, 10), u"theft"_s);
    ConcernRepository concerns(*db);
    const QString unemployment = driver(*db, u"unemployment"_s); // position 0 of the list
    const QString poverty = driver(*db, u"poverty"_s);           // position 3

    REQUIRE(concerns.setDrivers(concern.meta.uuid, {poverty, unemployment}).ok());
    db.reopen();
    ConcernRepository reopened(*db);
    CHECK(*reopened.drivers(concern.meta.uuid) == QStringList{unemployment, poverty});

    REQUIRE(reopened.setDrivers(concern.meta.uuid, {poverty}).ok());
    CHECK(*reopened.drivers(concern.meta.uuid) == QStringList{poverty});
    const QString unemploymentRecord = derivedUuid(u"concern_driver"_s, {concern.meta.uuid, unemployment});
    CHECK(deletedFlag(*db, u"concern_driver"_s, unemploymentRecord) == 1);

    REQUIRE(reopened.setDrivers(concern.meta.uuid, {unemployment, poverty}).ok());
    CHECK(*reopened.drivers(concern.meta.uuid) == QStringList{unemployment, poverty});
    CHECK(rowCount(*db, u"concern_drivers"_s) == 2); // the tombstone came back, no second row
    CHECK(deletedFlag(*db, u"concern_driver"_s, unemploymentRecord) == 0);

    requireRefused(*db, u"drivers"_s, [&] {
        return reopened.setDrivers(concern.meta.uuid, {poverty, test::categoryUuid(*db, u"theft"_s)});
    });
}

TEST_CASE("Links between concerns are seen from both ends and made once", "[concerns][links]")
{
    TempDatabase db;
    const QString team = test::makeTeam(*db);
    const Concern drugs = makeConcern(*db, team, u"Нашъамандӣ"_s, QDate(2026, 1, 10), u"drugs_alcohol"_s);
    const Concern theft = makeConcern(*db, team, u"Дуздӣ"_s, QDate(2026, 1, 11), u"theft"_s);
    ConcernRepository concerns(*db);

    auto link =
        concerns.addLink(drugs.meta.uuid, theft.meta.uuid, LinkKind::Causes, u"  money for drugs  "_s);
    REQUIRE(link.ok());
    CHECK(link->fromUuid == drugs.meta.uuid);
    CHECK(link->toUuid == theft.meta.uuid);
    CHECK(link->kind == LinkKind::Causes);
    CHECK(link->note == u"money for drugs"_s);
    // The same link again is refused (test_followups.cpp checks the message and that nothing is written).
    CHECK_FALSE(
        concerns.addLink(drugs.meta.uuid, theft.meta.uuid, LinkKind::Causes, u"money for drugs"_s).ok());
    CHECK(rowCount(*db, u"concern_links"_s) == 1);

    db.reopen();
    ConcernRepository reopened(*db);
    REQUIRE(reopened.links(theft.meta.uuid)->size() == 1);
    CHECK(reopened.links(theft.meta.uuid)->first().note == u"money for drugs"_s);
    CHECK(reopened.links(drugs.meta.uuid)->first().meta.uuid == link->meta.uuid);

    requireRefused(*db, u"link"_s, [&] {
        return reopened.addLink(drugs.meta.uuid, drugs.meta.uuid, LinkKind::CoOccurs, QString());
    });
    requireRefused(*db, u"link"_s, [&] {
        return reopened.addLink(drugs.meta.uuid, u"nothing"_s, LinkKind::Aggravates, QString());
    });

    REQUIRE(reopened.removeLink(link->meta.uuid).ok());
    CHECK(reopened.links(drugs.meta.uuid)->isEmpty());
    CHECK(reopened.links(theft.meta.uuid)->isEmpty());
}

TEST_CASE("Concern codes count per team and per year and continue after the highest", "[concerns][codes]")
{
    TempDatabase db;
    const QString isfara = test::makeTeam(*db, u"ISF"_s);
    const QString khujand = test::makeTeam(*db, u"KHJ"_s);

    CHECK(makeConcern(*db, isfara, u"Якум"_s, QDate(2026, 1, 10)).code == u"ISF-2026-001"_s);
    CHECK(makeConcern(*db, isfara, u"Дуюм"_s, QDate(2026, 1, 11)).code == u"ISF-2026-002"_s);
    CHECK(makeConcern(*db, isfara, u"Соли гузашта"_s, QDate(2025, 11, 3)).code == u"ISF-2025-001"_s);
    CHECK(makeConcern(*db, khujand, u"Первая"_s, QDate(2026, 2, 1)).code == u"KHJ-2026-001"_s);

    Concern typed;
    typed.teamUuid = isfara;
    typed.title = u"From the paper register"_s;
    typed.categoryUuid = test::categoryUuid(*db);
    typed.firstRaised = QDate(2026, 2, 2);
    typed.code = u"ISF-2026-014"_s;
    REQUIRE(ConcernRepository(*db).createConcern(typed).ok());
    const Concern next = makeConcern(*db, isfara, u"Баъдӣ"_s, QDate(2026, 2, 3));
    CHECK(next.code == u"ISF-2026-015"_s);

    REQUIRE(ConcernRepository(*db).deleteConcern(next.meta.uuid).ok());
    CHECK(makeConcern(*db, isfara, u"Пас аз нест кардан"_s, QDate(2026, 2, 4)).code == u"ISF-2026-016"_s);
}

TEST_CASE("Invalid concerns are refused, naming the field, and nothing is written", "[concerns][validation]")
{
    TempDatabase db;
    const QString team = test::makeTeam(*db, u"ISF"_s);
    ConcernRepository concerns(*db);
    Concern concern = fullConcern(*db, team, QString());

    SECTION("no team")
    {
        concern.teamUuid = u"gone"_s;
        requireRefused(*db, u"team"_s, [&] { return concerns.createConcern(concern); });
    }
    SECTION("empty title")
    {
        concern.title = u"  \n "_s;
        requireRefused(*db, u"title"_s, [&] { return concerns.createConcern(concern); });
    }
    SECTION("unknown category, or an entry of another list")
    {
        concern.categoryUuid = u"5d7c4ba2-1111-4222-8333-444455556666"_s;
        requireRefused(*db, u"category"_s, [&] { return concerns.createConcern(concern); });
        concern.categoryUuid = driver(*db, u"poverty"_s);
        requireRefused(*db, u"category"_s, [&] { return concerns.createConcern(concern); });
    }
    SECTION("a meeting of another team as the first meeting")
    {
        const QString other = test::makeTeam(*db, u"KHJ"_s);
        concern.firstMeetingUuid = makeMeeting(*db, other, QDate(2026, 1, 5)).meta.uuid;
        requireRefused(*db, u"meeting"_s, [&] { return concerns.createConcern(concern); });
    }
    SECTION("a baseline figure without its date")
    {
        concern.baselineDate = QDate();
        requireRefused(*db, u"baseline_date"_s, [&] { return concerns.createConcern(concern); });
    }
    SECTION("a new concern that starts as dropped")
    {
        concern.status = ConcernStatus::Dropped;
        requireRefused(*db, u"status"_s, [&] { return concerns.createConcern(concern); });
    }
    SECTION("an update is checked the same way")
    {
        auto created = concerns.createConcern(concern);
        REQUIRE(created.ok());
        Concern changed = *created;
        changed.title.clear();
        requireRefused(*db, u"title"_s, [&] { return concerns.updateConcern(changed); });
    }
}

TEST_CASE(
    "Deleting a concern leaves tombstones on it and everything hanging off it, and restore brings them back",
    "[concerns][tombstones]")
{
    TempDatabase db;
    const QString team = test::makeTeam(*db);
    ConcernRepository concerns(*db);
    const Concern doomed =
        makeConcern(*db, team, u"Драки подростков"_s, QDate(2026, 1, 10), u"youth_crime"_s);
    const Concern kept = makeConcern(*db, team, u"Нашъамандӣ"_s, QDate(2026, 1, 11), u"drugs_alcohol"_s);
    const QString id = doomed.meta.uuid;
    REQUIRE(concerns.changeStatus(id, ConcernStatus::Analysed, QDate(2026, 1, 20), QString()).ok());
    REQUIRE(concerns.setDrivers(id, {driver(*db, u"unemployment"_s), driver(*db, u"poverty"_s)}).ok());
    REQUIRE(concerns.setDrivers(id, {driver(*db, u"unemployment"_s)}).ok()); // poverty: removed before
    REQUIRE(concerns.addLink(kept.meta.uuid, id, LinkKind::Aggravates, QString()).ok());
    REQUIRE(concerns.addLink(id, kept.meta.uuid, LinkKind::CoOccurs, QString()).ok());
    PrioritisationRepository rounds(*db);
    PrioritisationRound round;
    round.teamUuid = team;
    round.date = QDate(2026, 2, 1);
    round.concernUuids = {id, kept.meta.uuid};
    auto created = rounds.createRound(round);
    REQUIRE(created.ok());
    const QString severity = created->criteria.first().criterionUuid;
    REQUIRE(rounds.setScore(created->meta.uuid, id, severity, ParticipantGroup::Youth, 5).ok());
    REQUIRE(rounds.setScore(created->meta.uuid, kept.meta.uuid, severity, ParticipantGroup::Youth, 2).ok());
    REQUIRE(rounds.recordPairwise(created->meta.uuid, id, kept.meta.uuid, id).ok());
    // A draft: adopting would move the concerns into the plan, one more status entry (test_plans_page).
    const ActionPlan plan =
        makePlan(*db, team, u"Нақша"_s, QDate(2026, 3, 1), QDate(2026, 6, 30), PlanStatus::Draft);
    ActionPlan withConcerns = plan;
    withConcerns.concernUuids = {id, kept.meta.uuid};
    REQUIRE(PlanRepository(*db).updatePlan(withConcerns).ok());
    const qint64 journalBefore = db->records().journalSize();

    auto deleted = concerns.deleteConcern(id);
    REQUIRE(deleted.ok());

    // concern, 2 status entries, 1 live driver, 2 links, round concern, score, pairwise, plan concern
    CHECK(deleted->size() == 10);
    CHECK(db->records().journalSize() == journalBefore + 10); // one "deleted" entry each
    auto journal = db->records().journalFor(id);
    REQUIRE(journal.ok());
    CHECK(journal->last().field == u"deleted"_s);
    CHECK(journal->last().value.toInt() == 1);
    CHECK(rowCount(*db, u"concerns"_s) == 2); // a tombstone, not a removed row
    CHECK(deletedFlag(*db, u"concern"_s, id) == 1);
    CHECK(queryValue(*db, u"SELECT COUNT(*) FROM concern_status_history WHERE concern = ? AND deleted = 0"_s,
                     {id})
              .toInt() == 0);

    CHECK_FALSE(concerns.concern(id).ok());
    CHECK_FALSE(concerns.concernByCode(doomed.code).ok());
    CHECK(concerns.statusHistory(id)->isEmpty());
    CHECK(concerns.drivers(id)->isEmpty());
    CHECK(concerns.links(kept.meta.uuid)->isEmpty());
    CHECK(*concerns.count({}) == 1);
    CHECK(rounds.round(created->meta.uuid)->concernUuids == QStringList{kept.meta.uuid});
    CHECK(rounds.scores(created->meta.uuid)->size() == 1);
    CHECK(rounds.pairwise(created->meta.uuid)->isEmpty());
    CHECK(PlanRepository(*db).plan(plan.meta.uuid)->concernUuids == QStringList{kept.meta.uuid});

    Transaction undo(*db);
    REQUIRE(db->records().restore(*deleted).ok());
    REQUIRE(undo.commit().ok());

    auto back = concerns.concern(id);
    REQUIRE(back.ok());
    CHECK(back->status == ConcernStatus::Analysed);
    CHECK(concerns.statusHistory(id)->size() == 2);
    CHECK(*concerns.drivers(id) == QStringList{driver(*db, u"unemployment"_s)}); // poverty stays removed
    CHECK(concerns.links(kept.meta.uuid)->size() == 2);
    CHECK(*concerns.count({}) == 2);
    CHECK(rounds.round(created->meta.uuid)->concernUuids == QStringList{id, kept.meta.uuid});
    CHECK(rounds.scores(created->meta.uuid)->size() == 2);
    CHECK(rounds.pairwise(created->meta.uuid)->size() == 1);
    CHECK(PlanRepository(*db).plan(plan.meta.uuid)->concernUuids == QStringList{id, kept.meta.uuid});
}
