#pragma once
#include "../model/Concern.h"
#include "Repository.h"
#include <QHash>
#include <optional>

namespace hamkori {

/// What the concern register shows and filters by. Filtering, sorting and paging happen in SQL.
struct ConcernFilter
{
    enum class Sort
    {
        Code,
        Title,
        Category,
        Status,
        FirstRaised,
        Place
    };

    QString teamUuid;  // empty: every team (of groupKind, when given)
    QString groupKind; // a GroupKind code: with no team, every team of that kind (all public councils…)
    std::optional<ConcernStatus> status;
    QString categoryUuid;
    QString place; // part of the place name
    std::optional<RaisedBy> raisedBy;
    std::optional<bool> restricted;
    bool prioritisedOnly = false; // chosen in a prioritisation round
    QString search;               // full text: every word must match the start of a word
    Sort sort = Sort::FirstRaised;
    bool descending = true;
};

struct ConcernRow
{
    QString uuid;
    QString teamUuid;
    QString code;
    QString title;
    QString categoryUuid;
    QString place;
    RaisedBy raisedBy = RaisedBy::Mixed;
    ConcernStatus status = ConcernStatus::Raised;
    QDate firstRaised;
    bool restricted = false;
};

class ConcernRepository : public Repository
{
    Q_DECLARE_TR_FUNCTIONS(ConcernRepository)
public:
    using Repository::Repository;

    /// Makes the code (ISF-2026-014) when the concern has none and starts its status history.
    Result<Concern> createConcern(Concern concern);
    /// Writes every field but the status, which changes only through changeStatus().
    Result<void> updateConcern(const Concern& concern);
    Result<QList<RecordRef>> deleteConcern(const QString& uuid);
    Result<Concern> concern(const QString& uuid);
    Result<Concern> concernByCode(const QString& code);
    /// The team's deleted concerns (tombstones: their deletion travels), the latest deleted first; meta
    /// says when and by which laptop (modifiedHlc, device).
    Result<QList<Concern>> deletedConcerns(const QString& teamUuid);
    /// Brings a deleted concern back with what its deletion took (status history, links, scores…), as
    /// changes that travel; returns what came back, for undo.
    Result<QList<RecordRef>> undeleteConcern(const QString& uuid);

    /// Moves a concern to a status and records the change, dated, in its history. Dropping needs a reason.
    Result<void> changeStatus(const QString& uuid, ConcernStatus status, QDate date, const QString& note);
    /// Undoes a move of several concerns into `movedTo` (a prioritisation decision, a plan's adoption): each
    /// concern that is at `movedTo` now but was elsewhere in `before` goes back there, dated, with `note`.
    /// Concerns someone has moved on since are left where they are.
    Result<void> moveBack(const QHash<QString, ConcernStatus>& before, ConcernStatus movedTo, QDate date,
                          const QString& note);
    Result<QList<StatusChange>> statusHistory(const QString& concernUuid);

    Result<void> setDrivers(const QString& concernUuid, const QStringList& driverUuids);
    Result<QStringList> drivers(const QString& concernUuid);

    /// Links two concerns of the team; refuses a link of the same kind between the same ends (field "link").
    Result<ConcernLink> addLink(const QString& fromUuid, const QString& toUuid, LinkKind kind,
                                const QString& note);
    Result<void> removeLink(const QString& linkUuid);
    /// Links from or to the concern.
    Result<QList<ConcernLink>> links(const QString& concernUuid);

    Result<QList<ConcernRow>> page(const ConcernFilter& filter, int offset, int limit);
    Result<int> count(const ConcernFilter& filter);
    /// How SQLite will read the first page (or count) for this filter (EXPLAIN QUERY PLAN, one step per
    /// line): lets the tests and the benchmark see that every sort order walks an index instead of sorting
    /// every concern, and that a count reads a narrow index rather than the wide rows.
    Result<QString> queryPlan(const ConcernFilter& filter, bool forCount = false);
    Result<QString> pageQueryPlan(const ConcernFilter& filter) { return queryPlan(filter, false); }

    // The fields as the journal and a FieldPatch see them, and a record read back from them (RecordEdits).
    static Fields fieldsOf(const Concern& record);
    static Concern concernFromRow(const QSqlRecord& row);

private:
    Result<void> validate(const Concern& concern);
};

} // namespace hamkori
