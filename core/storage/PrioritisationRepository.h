#pragma once
#include "../analysis/Pairwise.h"
#include "../analysis/Prioritisation.h"
#include "../model/Prioritisation.h"
#include "Repository.h"

namespace hamkori {

class ConcernRepository;

class PrioritisationRepository : public Repository
{
    Q_DECLARE_TR_FUNCTIONS(PrioritisationRepository)
public:
    using Repository::Repository;

    /// Starts a round. Without criteria, the round uses every criterion of the list with its default weight.
    Result<PrioritisationRound> createRound(PrioritisationRound round);
    /// Writes the header, the criteria with their weights and the concerns put to the vote.
    Result<void> updateRound(const PrioritisationRound& round);
    Result<QList<RecordRef>> deleteRound(const QString& uuid);
    Result<PrioritisationRound> round(const QString& uuid);
    Result<QList<PrioritisationRound>> rounds(const QString& teamUuid);

    /// Sets one cell of the score grid (1–5).
    Result<void> setScore(const QString& roundUuid, const QString& concernUuid, const QString& criterionUuid,
                          ParticipantGroup group, int value);
    Result<void> clearScore(const QString& roundUuid, const QString& concernUuid,
                            const QString& criterionUuid, ParticipantGroup group);
    Result<QList<Score>> scores(const QString& roundUuid);

    /// Records which concern of a pair won in pairwise ranking (the pair's order does not matter).
    Result<void> recordPairwise(const QString& roundUuid, const QString& firstUuid, const QString& secondUuid,
                                const QString& winnerUuid);
    Result<QList<PairwiseComparison>> pairwise(const QString& roundUuid);

    /// Records the decision: the chosen concerns move to "prioritised" (dated), the others stay as they are.
    Result<void> decide(const QString& roundUuid, const QStringList& chosenConcernUuids, const QString& note,
                        QDate date);
    /// The round as the decision leaves it (checked, not written): for an undoable edit of its fields.
    Result<PrioritisationRound> decisionOf(const QString& roundUuid, const QStringList& chosenConcernUuids,
                                           const QString& note, QDate date);
    /// The chosen concerns still "raised" or "analysed" move to "prioritised", dated (what a decision does to
    /// the concerns besides the round).
    Result<void> promoteChosen(const QStringList& chosenConcernUuids, const QString& note, QDate date);

    /// Totals, ranks and divergence of the round's scores.
    Result<analysis::PrioritisationResult> totals(const QString& roundUuid);
    Result<analysis::PairwiseResult> pairwiseStandings(const QString& roundUuid);

    // The fields as the journal and a FieldPatch see them, and a record read back from them (RecordEdits).
    static Fields fieldsOf(const PrioritisationRound& record);
    static PrioritisationRound roundFromRow(const QSqlRecord& row);

private:
    Result<void> validate(const PrioritisationRound& round);
    Result<void> writeMembers(const PrioritisationRound& round);
};

} // namespace hamkori
