#pragma once
// How a conflict's parts read for a person: the field's name, a value (a deletion flag as "deleted" /
// "kept"), and who changed it when ("Isfara laptop, 14.03.2026 09:26").
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
    static QString fieldName(const QString& field);
    static QString value(const sync::ConflictVersion& version);
    static QString origin(const sync::ConflictVersion& version, const QHash<QString, QString>& deviceNames);
};

} // namespace hamkori::exchange
