#pragma once
// How a conflict's parts read for a person: the field's name (every column of every kind), a value (a
// deletion flag as "deleted" / "kept", a status by its name, a date as dd.MM.yyyy), and who changed it when
// ("Isfara laptop, 14.03.2026 09:26").
#include "core/sync/MergeConflicts.h"
#include <QCoreApplication>
#include <QHash>

namespace hamkori::exchange {

class ConflictText
{
    Q_DECLARE_TR_FUNCTIONS(ConflictText)
public:
    /// Device id → readable name, from the known devices and this laptop itself.
    static QHash<QString, QString> deviceNames(Database& db);

    static QString kindName(const QString& kind);
    /// The name of a field of a kind of record ("kind" of a meeting is its kind of meeting), for every
    /// writable column; the column name only for a column added after this list.
    static QString fieldName(const QString& kind, const QString& field);
    /// A value as a person reads it: the translated name of a status or category, a date as dd.MM.yyyy, the
    /// code, name or title of a record referred to.
    static QString value(Database& db, const QString& kind, const sync::ConflictVersion& version);
    static QString origin(const sync::ConflictVersion& version, const QHash<QString, QString>& deviceNames);
};

} // namespace hamkori::exchange
