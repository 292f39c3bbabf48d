#pragma once
// "Erase from history" (issue 16, finding 9): the earlier values of a field go from this laptop's journal,
// and an instruction travels so that every laptop that has them or receives them later erases them too
// (storage/JournalErasure.h). Text fields of concerns and every field the catalogue marks sensitive (a name,
// a phone number, minutes) can be erased; the value shown now stays.
#include "../Result.h"
#include <QCoreApplication>

namespace hamkori {
class Database;
}

namespace hamkori::sync {

class Erasure
{
    Q_DECLARE_TR_FUNCTIONS(Erasure)
public:
    /// Whether the field's history may be erased: a text field of a concern, or a sensitive field.
    static bool erasable(const QString& kind, const QString& field);
    /// The erasable fields of a kind of record, in the catalogue's order.
    static QStringList erasableFields(const QString& kind);
    /// How many earlier values of the field this laptop holds.
    static Result<int> earlierValues(Database& db, const QString& record, const QString& field);
    /// Erases the earlier values of the field here and journals the instruction for the other laptops, in
    /// one transaction; returns how many values it erased. Refused, changing nothing, for a field that may
    /// not be erased or has no earlier value.
    static Result<int> eraseFromHistory(Database& db, const QString& kind, const QString& record,
                                        const QString& field);
};

} // namespace hamkori::sync
