// erase-history: the earlier values of a field go from this laptop's journal, and the instruction travels
// with the next bundle so that every laptop erases them too (docs/exchange-format.md, "Erasure").
#include "CommandLine.h"
#include "ExchangeCommands.h"
#include "core/model/RecordCatalogue.h"
#include "core/storage/ConcernRepository.h"
#include "core/storage/SyncRepository.h"
#include "core/sync/Erasure.h"

namespace hamkori::cli {

namespace {

class Text
{
    Q_DECLARE_TR_FUNCTIONS(Cli)
};

/// The record named: a concern's code, or a record's id; with its kind.
Result<std::pair<QString, QString>> recordNamed(Database& db, const QString& name)
{
    if (auto concern = ConcernRepository(db).concernByCode(name))
        return std::pair{QStringLiteral("concern"), concern->meta.uuid};
    auto journal = SyncRepository(db).recordJournal(name);
    if (!journal)
        return journal.error();
    if (journal->isEmpty())
        return Error{Text::tr("No concern has the code %1 and no record has that id. Give a concern's code "
                              "(as the register shows it) or a record's full id.")
                         .arg(name),
                     {}};
    return std::pair{journal->first().kind, name};
}

} // namespace

int runEraseHistory(const QStringList& arguments)
{
    CommandLine line(
        QStringLiteral("erase-history"),
        Text::tr(
            "Erase the earlier values of a field from this laptop's history (a name typed by mistake and "
            "then removed): RECORD is a concern's code or a record's id, FIELD the field. The value shown "
            "now stays. The other laptops erase them too when they receive the next bundle."),
        arguments);
    line.parser().addPositionalArgument(QStringLiteral("record"),
                                        Text::tr("The concern's code or the record's id."));
    line.parser().addPositionalArgument(QStringLiteral("field"), Text::tr("The field."));
    if (int done = line.parse(); done >= 0)
        return done;
    const QStringList positional = line.parser().positionalArguments();
    if (positional.size() != 2)
        return line.usageError(
            Text::tr("Name the record and the field: hamkori-cli erase-history RECORD FIELD."));
    auto db = line.openDatabase();
    if (!db)
        return Failure;
    auto record = recordNamed(*db, positional[0]);
    if (!record)
        return line.usageError(record.errorMessage());
    const auto& [kind, uuid] = *record;
    const QString& field = positional[1];
    if (!sync::Erasure::erasable(kind, field))
        return line.usageError(Text::tr("The field %1 cannot be erased. Fields that can: %2.")
                                   .arg(field, sync::Erasure::erasableFields(kind).join(u", ")));
    auto erased = sync::Erasure::eraseFromHistory(*db, kind, uuid, field);
    if (!erased)
        return CommandLine::fail(erased.errorMessage());
    out() << Text::tr(
                 "Erased %n earlier value(s) of «%1» from this laptop's history. The other laptops erase "
                 "them when they receive the next bundle.",
                 nullptr, *erased)
                 .arg(catalogue::fieldLabel(kind, field))
          << Qt::endl;
    return Success;
}

} // namespace hamkori::cli
