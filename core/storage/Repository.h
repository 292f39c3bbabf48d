#pragma once
// What every repository shares: the database, the record store and reading lists of rows.
#include "../Result.h"
#include "Database.h"
#include "RecordStore.h"
#include "SqlUtil.h"
#include <QSqlQuery>
#include <QSqlRecord>
#include <functional>

namespace hamkori {

class Repository
{
public:
    explicit Repository(Database& db) : m_db(db) {}

protected:
    RecordStore& store() { return m_db.records(); }
    bool exists(const char* kind, const QString& uuid) { return store().exists(QString::fromLatin1(kind), uuid); }

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

    /// Writes the changed fields of an existing record in its own transaction.
    Result<void> updateRecord(const char* kind, const QString& uuid, const Fields& fields,
                              const QString& notFoundMessage)
    {
        if (!exists(kind, uuid))
            return Error{notFoundMessage, {}};
        return inTransaction([&]() -> Result<void> {
            auto changed = store().update(QString::fromLatin1(kind), uuid, fields);
            return changed ? Result<void>() : Result<void>(changed.error());
        });
    }

    /// Deletes a record with its dependents in its own transaction; returns what was deleted (for undo).
    Result<QList<RecordRef>> deleteRecord(const char* kind, const QString& uuid, const QString& notFoundMessage)
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

    Database& m_db;
};

} // namespace hamkori
