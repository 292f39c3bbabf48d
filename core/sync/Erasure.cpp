#include "Erasure.h"
#include "../model/RecordCatalogue.h"
#include "../storage/Database.h"
#include "../storage/JournalErasure.h"
#include "../storage/SyncRepository.h"
#include "../storage/Uuids.h"

namespace hamkori::sync {

bool Erasure::erasable(const QString& kind, const QString& field)
{
    const catalogue::Field* described = catalogue::field(kind, field);
    if (described == nullptr)
        return false;
    const bool text =
        described->type == catalogue::FieldType::Text || described->type == catalogue::FieldType::LongText;
    return described->sensitive || (kind == u"concern" && text);
}

QStringList Erasure::erasableFields(const QString& kind)
{
    QStringList fields;
    if (const catalogue::Kind* described = catalogue::kind(kind))
        for (const catalogue::Field& field : described->fields)
            if (erasable(kind, QString::fromLatin1(field.column)))
                fields << QString::fromLatin1(field.column);
    return fields;
}

Result<int> Erasure::earlierValues(Database& db, const QString& record, const QString& field)
{
    auto old = JournalErasure(db).oldVersions(record, field);
    if (!old)
        return old.error();
    return int(old->size());
}

Result<int> Erasure::eraseFromHistory(Database& db, const QString& kind, const QString& record,
                                      const QString& field)
{
    if (!erasable(kind, field))
        return Error{tr("The history of the field «%1» cannot be erased: only text fields of concerns and "
                        "fields that can name a person can.")
                         .arg(catalogue::fieldLabel(kind, field)),
                     field};
    JournalErasure erasure(db);
    int erased = 0;
    {
        Transaction transaction(db);
        if (!transaction.started())
            return Error{tr("The erasure could not start. Nothing was changed."), {}};
        auto old = erasure.oldVersions(record, field);
        if (!old)
            return old.error();
        if (old->isEmpty())
            return Error{tr("The field «%1» has no earlier value to erase: only the value shown now is kept "
                            "here.")
                             .arg(catalogue::fieldLabel(kind, field)),
                         field};
        for (const ErasedVersion& version : *old) {
            auto done = erasure.erase(version);
            if (!done)
                return done.error();
            erased += *done ? 1 : 0;
        }
        // The instruction is a change of its own: it travels, signed, to every laptop.
        auto journaled = SyncRepository(db).appendLocalEntry(
            JournalErasure::kind(), newUuid(), field, JournalErasure::instruction(kind, record, field, *old),
            QString());
        if (!journaled)
            return journaled.error();
        if (auto committed = transaction.commit(); !committed)
            return committed.error();
    }
    db.emptyWriteAheadLog(); // the erased text is neither in the file's free pages nor in its log
    return erased;
}

} // namespace hamkori::sync
