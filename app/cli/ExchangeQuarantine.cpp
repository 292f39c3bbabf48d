// quarantine: the changes imports set aside (damaged, numbered twice, or waiting for a record that has not
// arrived), by reason with every entry; --retry applies again those that can apply now.
#include "CommandLine.h"
#include "ExchangeCommands.h"
#include "ExchangeShared.h"
#include "core/storage/SyncRepository.h"
#include "core/sync/Merge.h"
#include <QJsonArray>
#include <QMap>

namespace hamkori::cli {

namespace {

class Text
{
    Q_DECLARE_TR_FUNCTIONS(Cli)
};

QJsonObject entryJson(const QuarantinedEntry& kept, const QHash<QString, QString>& names)
{
    return QJsonObject{{QStringLiteral("received"), jsonTime(kept.received)},
                       {QStringLiteral("sender"), kept.sender},
                       {QStringLiteral("senderName"), names.value(kept.sender)},
                       {QStringLiteral("device"), kept.entry.device},
                       {QStringLiteral("seq"), double(kept.entry.seq)},
                       {QStringLiteral("kind"), kept.entry.kind},
                       {QStringLiteral("record"), kept.entry.record},
                       {QStringLiteral("field"), kept.entry.field},
                       {QStringLiteral("reasonCode"), kept.reasonCode},
                       {QStringLiteral("reason"), kept.reason}};
}

} // namespace

int runQuarantine(const QStringList& arguments)
{
    CommandLine line(QStringLiteral("quarantine"),
                     Text::tr("List the changes that imports set aside, by reason, and try them again with "
                              "--retry (after the missing records have arrived, for example)."),
                     arguments);
    const QCommandLineOption retry(QStringLiteral("retry"),
                                   Text::tr("Apply again every change set aside; those that apply now leave "
                                            "the list."));
    const QCommandLineOption json(QStringLiteral("json"),
                                  Text::tr("Print the list as JSON (for other programs)."));
    line.parser().addOption(retry);
    line.parser().addOption(json);
    if (int done = line.parse(); done >= 0)
        return done;
    if (!line.parser().positionalArguments().isEmpty())
        return line.usageError(Text::tr("\"quarantine\" takes no arguments."));
    auto db = line.openDatabase();
    if (!db)
        return Failure;

    std::optional<sync::MergeReport> retried;
    if (line.parser().isSet(retry)) {
        auto report = sync::retryQuarantined(*db);
        if (!report)
            return CommandLine::fail(report.errorMessage());
        retried = *report;
    }
    auto kept = SyncRepository(*db).quarantined();
    if (!kept)
        return CommandLine::fail(kept.errorMessage());
    const QHash<QString, QString> names = deviceNames(*db);

    if (line.parser().isSet(json)) {
        QJsonArray entries;
        for (const QuarantinedEntry& entry : *kept)
            entries.append(entryJson(entry, names));
        QJsonObject object{{QStringLiteral("entries"), entries}};
        if (retried)
            object.insert(QStringLiteral("retry"), retried->toJson());
        printJson(object);
    } else {
        if (retried)
            out() << Text::tr("Tried again: %n change(s) applied now.", nullptr, retried->applied)
                  << Qt::endl;
        if (kept->isEmpty()) {
            out() << Text::tr("No change is set aside.") << Qt::endl;
        } else {
            QMap<QString, QList<QuarantinedEntry>> byReason;
            for (const QuarantinedEntry& entry : *kept)
                byReason[entry.reasonCode].append(entry);
            out() << Text::tr("%n change(s) set aside:", nullptr, int(kept->size())) << Qt::endl;
            for (auto it = byReason.cbegin(); it != byReason.cend(); ++it) {
                out() << Qt::endl
                      << Text::tr("%n change(s): %1", nullptr, int(it->size()))
                             .arg(sync::setAsideReason(it.key()))
                      << Qt::endl;
                for (const QuarantinedEntry& entry : *it)
                    out() << "  " << shownTime(entry.received) << "  "
                          << Text::tr("from %1").arg(deviceLabel(names, entry.sender)) << "  "
                          << sync::MergeReport::kindName(entry.entry.kind) << " "
                          << entry.entry.record.left(8)
                          << (entry.entry.field.isEmpty() ? QString()
                                                          : QStringLiteral(" «%1»").arg(entry.entry.field))
                          << ": " << entry.reason << Qt::endl;
            }
        }
    }
    if (retried && !kept->isEmpty())
        return SetAside;
    return Success;
}

} // namespace hamkori::cli
