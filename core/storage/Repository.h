#pragma once
// What every repository shares: the database, the record store and reading lists of rows.
#include "../Result.h"
#include "Database.h"
#include "RecordStore.h"
#include "SqlUtil.h"
#include "Uuids.h"
#include <QSqlQuery>
#include <QSqlRecord>
#include <functional>

namespace hamkori {

class Repository
{
    Q_DECLARE_TR_FUNCTIONS(Repository)
public:
    explicit Repository(Database& db) : m_db(db) {}

    /// Brings back records a delete took (the list it returned), in one transaction: the undo of a delete.
    Result<void> restore(const QList<RecordRef>& records)
    {
        return inTransaction([&] { return store().restore(records); });
    }

protected:
    RecordStore& store() { return m_db.records(); }
    bool exists(const char* kind, const QString& uuid)
    {
        return store().exists(QString::fromLatin1(kind), uuid);
    }

    template <typename T>
    Result<QList<T>> readList(const QString& statement, const QVariantList& values,
                              const std::function<T(const QSqlRecord&)>& read)
    {
        auto query = sql::run(m_db.connection(), statement, values);
        if (!query)
            return query.error();
        QList<T> items;
        while (query->next())
            items.append(read(query->record()));
        return items;
    }

    template <typename T>
    Result<T> readOne(const char* kind, const QString& uuid, const std::function<T(const QSqlRecord&)>& read,
                      const QString& notFoundMessage)
    {
        auto row = store().fetch(QString::fromLatin1(kind), uuid);
        if (!row)
            return row.error();
        if (row->isEmpty() || row->value(QStringLiteral("deleted")).toInt() != 0)
            return Error{notFoundMessage, {}};
        return read(*row);
    }

    /// Runs `work` inside a transaction and commits it; any failure rolls everything back.
    Result<void> inTransaction(const std::function<Result<void>()>& work)
    {
        Transaction transaction(m_db);
        if (!transaction.started())
            return sql::failure(m_db.connection().lastError());
        if (auto done = work(); !done)
            return done;
        return transaction.commit();
    }

    /// Writes the changed fields of an existing record in its own transaction. A record never moves to
    /// another team: its code and every record hanging off it belong to the team it was made in.
    Result<void> updateRecord(const char* kind, const QString& uuid, const Fields& fields,
                              const QString& notFoundMessage)
    {
        auto stored = store().fetch(QString::fromLatin1(kind), uuid);
        if (!stored)
            return stored.error();
        if (stored->isEmpty() || stored->value(QStringLiteral("deleted")).toInt() != 0)
            return Error{notFoundMessage, {}};
        for (const auto& [column, value] : fields)
            if (column == u"team" && stored->value(column).toString() != value.toString())
                return fieldError(
                    QStringLiteral("team"),
                    tr("A record cannot move to another team. Create it again in the other team."));
        return inTransaction([&]() -> Result<void> {
            auto changed = store().update(QString::fromLatin1(kind), uuid, fields);
            return changed ? Result<void>() : Result<void>(changed.error());
        });
    }

    /// Deletes a record with its dependents in its own transaction; returns what was deleted (for undo).
    Result<QList<RecordRef>> deleteRecord(const char* kind, const QString& uuid,
                                          const QString& notFoundMessage)
    {
        if (!exists(kind, uuid))
            return Error{notFoundMessage, {}};
        QList<RecordRef> deleted;
        auto done = inTransaction([&]() -> Result<void> {
            auto result = store().deleteWithDependents(QString::fromLatin1(kind), uuid);
            if (!result)
                return result.error();
            deleted = *result;
            return {};
        });
        if (!done)
            return done.error();
        return deleted;
    }

    /// Makes a parent's live association records (a plan's concerns, a round's criteria, a concern's drivers)
    /// exactly `wanted`: each gets the UUID derived from (parent, member) and the fields `fieldsOf(index)`;
    /// associations no longer wanted become tombstones. Call inside a transaction.
    Result<void> syncAssociations(const QString& kind, const QString& table, const QString& parentColumn,
                                  const QString& parentUuid, const QString& memberColumn,
                                  const QStringList& wanted, const std::function<Fields(int)>& fieldsOf)
    {
        for (int i = 0; i < wanted.size(); ++i)
            if (auto done = store().ensure(kind, derivedUuid(kind, {parentUuid, wanted[i]}), fieldsOf(i));
                !done)
                return done;
        auto existing = sql::run(m_db.connection(),
                                 QStringLiteral("SELECT uuid, %1 FROM %2 WHERE %3 = ? AND deleted = 0")
                                     .arg(memberColumn, table, parentColumn),
                                 {parentUuid});
        if (!existing)
            return existing.error();
        QStringList stale;
        while (existing->next())
            if (!wanted.contains(existing->value(1).toString()))
                stale << existing->value(0).toString();
        for (const QString& uuid : stale)
            if (auto removed = store().setDeleted(kind, uuid, true); !removed)
                return removed.error();
        return {};
    }

    /// Whether a live meeting of the team: the meeting a concern was raised at, a round held at, a plan
    /// adopted at.
    bool isMeetingOfTeam(const QString& meetingUuid, const QString& teamUuid)
    {
        return isOfTeam("meeting", meetingUuid, teamUuid);
    }

    /// Whether a live record of `kind` (a meeting, a plan, a concern) belongs to the team.
    bool isOfTeam(const char* kind, const QString& uuid, const QString& teamUuid)
    {
        auto row = store().fetch(QString::fromLatin1(kind), uuid);
        return row && !row->isEmpty() && row->value(QStringLiteral("deleted")).toInt() == 0 &&
               row->value(QStringLiteral("team")).toString() == teamUuid;
    }

    /// What a record of a group serves (an event, a campaign): one of the group's own plans, or none, and
    /// some of its own concerns.
    Result<void> checkServesOwn(const QString& teamUuid, const QString& planUuid,
                                const QStringList& concernUuids)
    {
        if (!planUuid.isEmpty() && !isOfTeam("plan", planUuid, teamUuid))
            return fieldError(QStringLiteral("plan"), tr("The action plan chosen is not one of this group's. "
                                                         "Choose one of its plans, or none."));
        for (const QString& concern : concernUuids)
            if (!isOfTeam("concern", concern, teamUuid))
                return fieldError(
                    QStringLiteral("concerns"),
                    tr("A concern chosen is not one of this group's. Choose its concerns again."));
        return {};
    }

    /// Refuses a code that another live record of the same team already has (codes are what people quote).
    Result<void> checkCodeFree(const char* table, const QString& code, const QString& teamUuid,
                               const QString& uuid)
    {
        if (code.trimmed().isEmpty())
            return {};
        // Two laptops that register a record at the same time both take the team's next free code, and the
        // exchange brings both records together. Such a record keeps its code and stays editable: only a code
        // that is new or changed here must be free.
        auto stored = sql::scalar(
            m_db.connection(), QStringLiteral("SELECT code FROM %1 WHERE uuid = ?").arg(QLatin1String(table)),
            {uuid});
        if (!stored)
            return stored.error();
        if (stored->isValid() && stored->toString() == code.trimmed())
            return {};
        auto clash = sql::scalar(
            m_db.connection(),
            QStringLiteral("SELECT 1 FROM %1 WHERE team = ? AND code = ? AND uuid <> ? AND deleted = 0")
                .arg(QLatin1String(table)),
            {teamUuid, code.trimmed(), uuid});
        if (!clash)
            return clash.error();
        if (clash->isValid())
            return fieldError(
                QStringLiteral("code"),
                tr("The code %1 is already used in this team. Leave the code empty to get the next "
                   "free one.")
                    .arg(code.trimmed()));
        return {};
    }

    Database& m_db;
};

} // namespace hamkori
