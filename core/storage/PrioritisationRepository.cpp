#include "PrioritisationRepository.h"
#include "ConcernRepository.h"
#include "Rows.h"
#include "Uuids.h"

namespace hamkori {

namespace {

const QString kRound = QStringLiteral("round");

Fields roundFields(const PrioritisationRound& r)
{
    return {{QStringLiteral("team"), r.teamUuid},
            {QStringLiteral("meeting"), rows::reference(r.meetingUuid)},
            {QStringLiteral("title"), r.title.trimmed()},
            {QStringLiteral("date"), r.date},
            {QStringLiteral("decided"), r.decided},
            {QStringLiteral("decision_note"), r.decisionNote.trimmed()}};
}

PrioritisationRound readRound(const QSqlRecord& row)
{
    PrioritisationRound r;
    r.meta = rows::meta(row);
    r.teamUuid = rows::text(row, "team");
    r.meetingUuid = rows::text(row, "meeting");
    r.title = rows::text(row, "title");
    r.date = rows::date(row, "date");
    r.decided = row.value(QStringLiteral("decided")).toInt() != 0;
    r.decisionNote = rows::text(row, "decision_note");
    return r;
}

Score readScore(const QSqlRecord& row)
{
    Score s;
    s.meta = rows::meta(row);
    s.roundUuid = rows::text(row, "round");
    s.concernUuid = rows::text(row, "concern");
    s.criterionUuid = rows::text(row, "criterion");
    s.group = rows::enumValue(row, "participant_group", ParticipantGroup::Women);
    s.value = row.value(QStringLiteral("value")).toInt();
    return s;
}

QString scoreUuid(const QString& round, const QString& concern, const QString& criterion,
                  ParticipantGroup group)
{
    return derivedUuid(QStringLiteral("score"), {round, concern, criterion, codeOf(group)});
}

QString pairUuid(const QString& round, QString first, QString second)
{
    if (second < first)
        std::swap(first, second);
    return derivedUuid(QStringLiteral("pairwise"), {round, first, second});
}

} // namespace

Result<void> PrioritisationRepository::validate(const PrioritisationRound& round)
{
    if (!exists("team", round.teamUuid))
        return fieldError(QStringLiteral("team"), tr("Choose the team whose concerns are scored."));
    if (!round.date.isValid())
        return fieldError(QStringLiteral("date"),
                          tr("Enter the date of the prioritisation round as dd.MM.yyyy."));
    if (!round.meetingUuid.isEmpty() && !isMeetingOfTeam(round.meetingUuid, round.teamUuid))
        return fieldError(QStringLiteral("meeting"),
                          tr("The round must take place at a meeting of the same team."));
    for (const RoundCriterion& criterion : round.criteria) {
        auto item = store().fetch(QStringLiteral("reference_item"), criterion.criterionUuid);
        if (!item)
            return item.error();
        if (item->isEmpty() || rows::text(*item, "list") != codeOf(ReferenceList::Criterion))
            return fieldError(QStringLiteral("criteria"),
                              tr("Choose the criteria from the list of criteria."));
        if (!(criterion.weight > 0) || criterion.weight > 100)
            return fieldError(QStringLiteral("criteria"),
                              tr("A criterion's weight must be more than 0 and at most 100."));
    }
    for (const QString& concern : round.concernUuids) {
        auto row = store().fetch(QStringLiteral("concern"), concern);
        if (!row)
            return row.error();
        if (row->isEmpty() || row->value(QStringLiteral("deleted")).toInt() != 0 ||
            rows::text(*row, "team") != round.teamUuid)
            return fieldError(QStringLiteral("concerns"),
                              tr("Only concerns of the same team can be scored in a round."));
    }
    return {};
}

Result<void> PrioritisationRepository::writeMembers(const PrioritisationRound& round)
{
    QStringList criteria;
    for (const RoundCriterion& c : round.criteria)
        criteria << c.criterionUuid;
    if (auto done =
            syncAssociations(QStringLiteral("round_criterion"), QStringLiteral("round_criteria"),
                             QStringLiteral("round"), round.meta.uuid, QStringLiteral("criterion"), criteria,
                             [&](int i) {
                                 return Fields{{QStringLiteral("round"), round.meta.uuid},
                                               {QStringLiteral("criterion"), criteria[i]},
                                               {QStringLiteral("weight"), round.criteria[i].weight},
                                               {QStringLiteral("position"), i}};
                             });
        !done)
        return done;
    return syncAssociations(
        QStringLiteral("round_concern"), QStringLiteral("round_concerns"), QStringLiteral("round"),
        round.meta.uuid, QStringLiteral("concern"), round.concernUuids, [&](int i) {
            const QString& concern = round.concernUuids[i];
            return Fields{{QStringLiteral("round"), round.meta.uuid},
                          {QStringLiteral("concern"), concern},
                          {QStringLiteral("chosen"), round.chosenConcernUuids.contains(concern)},
                          {QStringLiteral("position"), i}};
        });
}

Result<PrioritisationRound> PrioritisationRepository::createRound(PrioritisationRound round)
{
    if (round.criteria.isEmpty()) {
        auto defaults =
            sql::run(m_db.connection(),
                     QStringLiteral("SELECT uuid, default_weight FROM reference_items WHERE list = ? "
                                    "AND deleted = 0 ORDER BY position"),
                     {codeOf(ReferenceList::Criterion)});
        if (!defaults)
            return defaults.error();
        while (defaults->next())
            round.criteria.append({defaults->value(0).toString(), defaults->value(1).toDouble()});
    }
    if (auto valid = validate(round); !valid)
        return valid.error();
    round.meta.uuid = newUuid();
    auto done = inTransaction([&]() -> Result<void> {
        if (auto inserted = store().insert(kRound, round.meta.uuid, roundFields(round)); !inserted)
            return inserted;
        return writeMembers(round);
    });
    if (!done)
        return done.error();
    return this->round(round.meta.uuid);
}

Result<void> PrioritisationRepository::updateRound(const PrioritisationRound& round)
{
    if (!exists("round", round.meta.uuid))
        return Error{tr("This prioritisation round no longer exists; it may have been deleted."), {}};
    if (auto valid = validate(round); !valid)
        return valid;
    return inTransaction([&]() -> Result<void> {
        if (auto changed = store().update(kRound, round.meta.uuid, roundFields(round)); !changed)
            return changed.error();
        return writeMembers(round);
    });
}

Result<QList<RecordRef>> PrioritisationRepository::deleteRound(const QString& uuid)
{
    return deleteRecord("round", uuid,
                        tr("This prioritisation round no longer exists; it may have been deleted."));
}

Result<PrioritisationRound> PrioritisationRepository::round(const QString& uuid)
{
    auto round = readOne<PrioritisationRound>(
        "round", uuid, readRound,
        tr("This prioritisation round no longer exists; it may have been deleted."));
    if (!round)
        return round;
    auto criteria =
        sql::run(m_db.connection(),
                 QStringLiteral("SELECT criterion, weight FROM round_criteria WHERE round = ? AND "
                                "deleted = 0 ORDER BY position"),
                 {uuid});
    if (!criteria)
        return criteria.error();
    while (criteria->next())
        round.value().criteria.append({criteria->value(0).toString(), criteria->value(1).toDouble()});
    auto concerns =
        sql::run(m_db.connection(),
                 QStringLiteral("SELECT rc.concern, rc.chosen FROM round_concerns rc JOIN concerns c "
                                "ON c.uuid = rc.concern WHERE rc.round = ? AND rc.deleted = 0 AND "
                                "c.deleted = 0 ORDER BY rc.position"),
                 {uuid});
    if (!concerns)
        return concerns.error();
    while (concerns->next()) {
        round.value().concernUuids << concerns->value(0).toString();
        if (concerns->value(1).toInt() != 0)
            round.value().chosenConcernUuids << concerns->value(0).toString();
    }
    return round;
}

Result<QList<PrioritisationRound>> PrioritisationRepository::rounds(const QString& teamUuid)
{
    auto headers = readList<PrioritisationRound>(
        QStringLiteral("SELECT * FROM rounds WHERE team = ? AND deleted = 0 ORDER BY date DESC"), {teamUuid},
        readRound);
    if (!headers)
        return headers;
    QList<PrioritisationRound> full;
    for (const PrioritisationRound& header : *headers) {
        auto complete = round(header.meta.uuid);
        if (!complete)
            return complete.error();
        full << *complete;
    }
    return full;
}

Result<void> PrioritisationRepository::setScore(const QString& roundUuid, const QString& concernUuid,
                                                const QString& criterionUuid, ParticipantGroup group,
                                                int value)
{
    if (value < 1 || value > 5)
        return fieldError(QStringLiteral("score"), tr("A score must be a whole number from 1 to 5."));
    auto current = round(roundUuid);
    if (!current)
        return current.error();
    if (!current->concernUuids.contains(concernUuid))
        return fieldError(QStringLiteral("concern"),
                          tr("This concern is not part of the prioritisation round."));
    const bool knownCriterion =
        std::any_of(current->criteria.cbegin(), current->criteria.cend(),
                    [&](const RoundCriterion& c) { return c.criterionUuid == criterionUuid; });
    if (!knownCriterion)
        return fieldError(QStringLiteral("criterion"),
                          tr("This criterion is not used in the prioritisation round."));
    return inTransaction([&] {
        return store().ensure(QStringLiteral("score"),
                              scoreUuid(roundUuid, concernUuid, criterionUuid, group),
                              {{QStringLiteral("round"), roundUuid},
                               {QStringLiteral("concern"), concernUuid},
                               {QStringLiteral("criterion"), criterionUuid},
                               {QStringLiteral("participant_group"), codeOf(group)},
                               {QStringLiteral("value"), value}});
    });
}

Result<void> PrioritisationRepository::clearScore(const QString& roundUuid, const QString& concernUuid,
                                                  const QString& criterionUuid, ParticipantGroup group)
{
    const QString uuid = scoreUuid(roundUuid, concernUuid, criterionUuid, group);
    if (!store().exists(QStringLiteral("score"), uuid))
        return {};
    return inTransaction([&]() -> Result<void> {
        auto removed = store().setDeleted(QStringLiteral("score"), uuid, true);
        return removed ? Result<void>() : Result<void>(removed.error());
    });
}

Result<QList<Score>> PrioritisationRepository::scores(const QString& roundUuid)
{
    return readList<Score>(QStringLiteral("SELECT * FROM scores WHERE round = ? AND deleted = 0"),
                           {roundUuid}, readScore);
}

Result<void> PrioritisationRepository::recordPairwise(const QString& roundUuid, const QString& firstUuid,
                                                      const QString& secondUuid, const QString& winnerUuid)
{
    auto current = round(roundUuid);
    if (!current)
        return current.error();
    if (firstUuid == secondUuid || !current->concernUuids.contains(firstUuid) ||
        !current->concernUuids.contains(secondUuid))
        return fieldError(QStringLiteral("pair"), tr("Compare two different concerns of this round."));
    if (winnerUuid != firstUuid && winnerUuid != secondUuid)
        return fieldError(QStringLiteral("winner"),
                          tr("The winner must be one of the two concerns compared."));
    return inTransaction([&] {
        return store().ensure(QStringLiteral("pairwise"), pairUuid(roundUuid, firstUuid, secondUuid),
                              {{QStringLiteral("round"), roundUuid},
                               {QStringLiteral("first_concern"), std::min(firstUuid, secondUuid)},
                               {QStringLiteral("second_concern"), std::max(firstUuid, secondUuid)},
                               {QStringLiteral("winner"), winnerUuid}});
    });
}

Result<QList<PairwiseComparison>> PrioritisationRepository::pairwise(const QString& roundUuid)
{
    return readList<PairwiseComparison>(
        QStringLiteral("SELECT * FROM pairwise WHERE round = ? AND deleted = 0 ORDER BY created_hlc"),
        {roundUuid}, [](const QSqlRecord& row) {
            PairwiseComparison p;
            p.meta = rows::meta(row);
            p.roundUuid = rows::text(row, "round");
            p.firstUuid = rows::text(row, "first_concern");
            p.secondUuid = rows::text(row, "second_concern");
            p.winnerUuid = rows::text(row, "winner");
            return p;
        });
}

Result<PrioritisationRound> PrioritisationRepository::decisionOf(const QString& roundUuid,
                                                                 const QStringList& chosenConcernUuids,
                                                                 const QString& note, QDate date)
{
    auto current = round(roundUuid);
    if (!current)
        return current.error();
    if (chosenConcernUuids.isEmpty())
        return fieldError(QStringLiteral("chosen"), tr("Choose at least one concern as a priority."));
    for (const QString& concern : chosenConcernUuids)
        if (!current->concernUuids.contains(concern))
            return fieldError(QStringLiteral("chosen"),
                              tr("Only concerns scored in this round can be chosen."));
    if (!date.isValid())
        return fieldError(QStringLiteral("date"), tr("Enter the date of the decision as dd.MM.yyyy."));
    PrioritisationRound decided = *current;
    decided.chosenConcernUuids = chosenConcernUuids;
    decided.decisionNote = note;
    decided.decided = true;
    return decided;
}

Result<void> PrioritisationRepository::promoteChosen(const QStringList& chosenConcernUuids,
                                                     const QString& note, QDate date)
{
    ConcernRepository concerns(m_db);
    return inTransaction([&]() -> Result<void> {
        for (const QString& uuid : chosenConcernUuids) {
            auto concern = concerns.concern(uuid);
            if (!concern)
                return concern.error();
            // Concerns already further along the cycle (in a plan, resolved) keep their status.
            if (concern->status == ConcernStatus::Raised || concern->status == ConcernStatus::Analysed)
                if (auto moved = concerns.changeStatus(uuid, ConcernStatus::Prioritised, date, note); !moved)
                    return moved;
        }
        return {};
    });
}

Result<void> PrioritisationRepository::decide(const QString& roundUuid, const QStringList& chosenConcernUuids,
                                              const QString& note, QDate date)
{
    auto decided = decisionOf(roundUuid, chosenConcernUuids, note, date);
    if (!decided)
        return decided.error();
    return inTransaction([&]() -> Result<void> {
        if (auto changed = store().update(kRound, roundUuid, roundFields(*decided)); !changed)
            return changed.error();
        if (auto written = writeMembers(*decided); !written)
            return written;
        return promoteChosen(chosenConcernUuids, note, date);
    });
}

Result<analysis::PrioritisationResult> PrioritisationRepository::totals(const QString& roundUuid)
{
    auto current = round(roundUuid);
    if (!current)
        return current.error();
    auto stored = scores(roundUuid);
    if (!stored)
        return stored.error();
    QList<analysis::CriterionWeight> weights;
    for (const RoundCriterion& c : current->criteria)
        weights.append({c.criterionUuid, c.weight});
    QList<analysis::ScoreEntry> entries;
    for (const Score& s : *stored)
        entries.append({s.concernUuid, s.criterionUuid, s.group, s.value});
    return analysis::computePrioritisation(current->concernUuids, weights, entries);
}

Result<analysis::PairwiseResult> PrioritisationRepository::pairwiseStandings(const QString& roundUuid)
{
    auto current = round(roundUuid);
    if (!current)
        return current.error();
    auto outcomes = pairwise(roundUuid);
    if (!outcomes)
        return outcomes.error();
    QList<analysis::PairOutcome> plain;
    for (const PairwiseComparison& p : *outcomes)
        plain.append({p.firstUuid, p.secondUuid, p.winnerUuid});
    return analysis::computePairwise(current->concernUuids, plain);
}

Fields PrioritisationRepository::fieldsOf(const PrioritisationRound& record)
{
    return roundFields(record);
}

PrioritisationRound PrioritisationRepository::roundFromRow(const QSqlRecord& row)
{
    return readRound(row);
}

} // namespace hamkori
