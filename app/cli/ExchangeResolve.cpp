// resolve: a conflict of the inbox settled from the console, as the Exchange page settles it. The choice is
// a change like any other: it travels to the other laptops with the next bundle.
#include "CommandLine.h"
#include "ExchangeCommands.h"
#include "core/model/RecordCatalogue.h"
#include "core/sync/MergeConflicts.h"

namespace hamkori::cli {

namespace {

class Text
{
    Q_DECLARE_TR_FUNCTIONS(Cli)
};

} // namespace

int runResolve(const QStringList& arguments)
{
    CommandLine line(QStringLiteral("resolve"),
                     Text::tr("Settle a conflict of the inbox: RECORD is the record's id (its first eight "
                              "characters are enough, as \"conflicts\" prints them), FIELD the field, and "
                              "--choose N the value numbered N in the list of \"conflicts\". The choice "
                              "travels to the other laptops with the next bundle."),
                     arguments);
    const QCommandLineOption choose(QStringLiteral("choose"), Text::tr("The number of the chosen value."),
                                    QStringLiteral("N"));
    line.parser().addOption(choose);
    line.parser().addPositionalArgument(QStringLiteral("record"), Text::tr("The record's id."));
    line.parser().addPositionalArgument(QStringLiteral("field"), Text::tr("The field in conflict."));
    if (int done = line.parse(); done >= 0)
        return done;
    const QStringList positional = line.parser().positionalArguments();
    if (positional.size() != 2)
        return line.usageError(Text::tr("Name the record and the field: hamkori-cli resolve RECORD FIELD "
                                        "--choose N (\"hamkori-cli conflicts\" lists them)."));
    bool numbered = false;
    const int number = line.parser().value(choose).toInt(&numbered);
    if (!line.parser().isSet(choose) || !numbered)
        return line.usageError(Text::tr("Say which value to keep with --choose N, N as numbered by "
                                        "\"hamkori-cli conflicts\"."));
    auto db = line.openDatabase();
    if (!db)
        return Failure;
    auto found = sync::conflicts(*db);
    if (!found)
        return CommandLine::fail(found.errorMessage());

    const QString& record = positional[0];
    const QString& field = positional[1];
    QList<const sync::Conflict*> matching;
    for (const sync::Conflict& conflict : *found)
        if (conflict.record.startsWith(record, Qt::CaseInsensitive) && conflict.field == field)
            matching << &conflict;
    if (matching.isEmpty())
        return CommandLine::fail(Text::tr("No conflict waits on the field «%1» of the record %2. "
                                          "\"hamkori-cli conflicts\" lists those that wait.")
                                     .arg(field, record));
    if (matching.size() > 1)
        return line.usageError(Text::tr("Several records begin with %1: give more of the id.").arg(record));
    const sync::Conflict& conflict = *matching.first();
    const QList<ConflictChoice> choices = choicesOf(conflict);
    if (number < 1 || number > choices.size())
        return line.usageError(Text::tr("Choose a number from 1 to %1.").arg(choices.size()));
    const ConflictChoice& chosen = choices[number - 1];
    if (auto done = sync::resolveConflict(*db, conflict.record, conflict.field, chosen.value); !done)
        return CommandLine::fail(done.errorMessage());
    out() << Text::tr("Resolved: %1, field «%2» keeps %3.")
                 .arg(conflict.label, catalogue::fieldLabel(conflict.kind, conflict.field), chosen.text)
          << Qt::endl;
    return Success;
}

} // namespace hamkori::cli
