#pragma once
// Requests and recommendations made to bodies, with their answers (issue 19).
#include "../model/Commitment.h"
#include "Repository.h"

namespace hamkori {

/// A commitment with the names a list shows.
struct CommitmentSummary
{
    Commitment commitment;
    QString teamName;
    QString addressee; // the directory entry's name, else what was typed
};

/// What commitments can be counted over a period: made in it, and how they stand now.
struct CommitmentCounts
{
    int requests = 0;
    int recommendations = 0;
    int recommendationsAdopted = 0; // accepted, partly accepted or done
    int answered = 0;               // any status but waiting
    int done = 0;
    int overdue = 0; // open and past the due date, today
    double pledged = 0;
    double delivered = 0;
};

class CommitmentRepository : public Repository
{
    Q_DECLARE_TR_FUNCTIONS(CommitmentRepository)
public:
    using Repository::Repository;

    /// Makes the code (ISF-R-2026-04) when the commitment has none.
    Result<Commitment> createCommitment(Commitment commitment);
    Result<void> updateCommitment(const Commitment& commitment);
    Result<QList<RecordRef>> deleteCommitment(const QString& uuid);
    Result<Commitment> commitment(const QString& uuid);
    /// The commitments of these teams (all teams when empty), newest first.
    Result<QList<CommitmentSummary>> commitments(const QStringList& teamUuids);
    /// Open commitments past their due date on `day`, the oldest due first.
    Result<QList<CommitmentSummary>> overdue(const QStringList& teamUuids, QDate day);
    /// Counts of the commitments made from `from` to `to`; overdue as of `today`.
    Result<CommitmentCounts> counts(const QStringList& teamUuids, QDate from, QDate to, QDate today);

    static Fields fieldsOf(const Commitment& record);
    static Commitment commitmentFromRow(const QSqlRecord& row);

private:
    Result<void> validate(const Commitment& commitment);
};

} // namespace hamkori
