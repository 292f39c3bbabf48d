// conflicts and devices: the conflict inbox (fields whose concurrent values disagree, edits against
// deletions) and the laptops this one has received bundles from, as text or JSON.
#include "CommandLine.h"
#include "ExchangeCommands.h"
#include "ExchangeShared.h"
#include "core/model/RecordCatalogue.h"
#include "core/storage/SyncRepository.h"
#include "core/sync/MergeConflicts.h"
#include "core/sync/MergeReport.h"
#include <QJsonArray>

namespace hamkori::cli {

namespace {

class Text
{
    Q_DECLARE_TR_FUNCTIONS(Cli)
};

/// A value of a conflict as one line: line breaks shown as spaces, nothing shown as "(empty)".
QString shownValue(const sync::Conflict& conflict, const sync::ConflictVersion& version)
{
    if (conflict.againstDeletion && version.field == u"deleted")
        return version.value.toInt() ? Text::tr("(deleted)") : Text::tr("(kept)");
    const QString text = version.value.toString().simplified();
    return text.isEmpty() ? Text::tr("(empty)") : QStringLiteral("«%1»").arg(text);
}

QJsonValue jsonValue(const QVariant& value)
{
    if (value.isNull())
        return QJsonValue::Null;
    if (value.typeId() == QMetaType::QByteArray)
        return QString::fromLatin1(value.toByteArray().toBase64());
    return QJsonValue::fromVariant(value);
}

QJsonObject conflictJson(const sync::Conflict& conflict, const QHash<QString, QString>& names)
{
    QJsonArray parents;
    for (const RecordRef& parent : conflict.deletedParents)
        parents.append(
            QJsonObject{{QStringLiteral("kind"), parent.kind}, {QStringLiteral("uuid"), parent.uuid}});
    QJsonArray versions;
    for (const sync::ConflictVersion& version : conflict.versions)
        versions.append(QJsonObject{{QStringLiteral("field"), version.field},
                                    {QStringLiteral("value"), jsonValue(version.value)},
                                    {QStringLiteral("device"), version.device},
                                    {QStringLiteral("deviceName"), names.value(version.device)},
                                    {QStringLiteral("hlc"), version.hlc},
                                    {QStringLiteral("time"), jsonTime(version.time())},
                                    {QStringLiteral("shown"), version.shown}});
    return QJsonObject{{QStringLiteral("kind"), conflict.kind},
                       {QStringLiteral("record"), conflict.record},
                       {QStringLiteral("label"), conflict.label},
                       {QStringLiteral("field"), conflict.field},
                       {QStringLiteral("againstDeletion"), conflict.againstDeletion},
                       {QStringLiteral("deletedParents"), parents},
                       {QStringLiteral("versions"), versions}};
}

} // namespace

QList<ConflictChoice> choicesOf(const sync::Conflict& conflict)
{
    if (conflict.field == u"deleted")
        return {{Text::tr("keep it deleted"), true}, {Text::tr("bring it back, with the edits"), false}};
    QList<ConflictChoice> choices;
    for (const sync::ConflictVersion& version : conflict.versions)
        choices.append({shownValue(conflict, version), version.value});
    return choices;
}

int runConflicts(const QStringList& arguments)
{
    CommandLine line(QStringLiteral("conflicts"),
                     Text::tr("List the conflict inbox: fields that two laptops changed differently since "
                              "they last exchanged, and records edited on one laptop while deleted on "
                              "another. The value marked * is shown until someone chooses in the Exchange "
                              "page."),
                     arguments);
    const QCommandLineOption json(QStringLiteral("json"), Text::tr("Print the list as JSON."));
    line.parser().addOption(json);
    if (int done = line.parse(); done >= 0)
        return done;
    auto db = line.openDatabase();
    if (!db)
        return Failure;
    auto found = sync::conflicts(*db);
    if (!found)
        return CommandLine::fail(found.errorMessage());
    const QHash<QString, QString> names = deviceNames(*db);
    if (line.parser().isSet(json)) {
        QJsonArray list;
        for (const sync::Conflict& conflict : *found)
            list.append(conflictJson(conflict, names));
        printJson(QJsonObject{{QStringLiteral("conflicts"), list}});
        return Success;
    }
    if (found->isEmpty()) {
        out() << Text::tr("No conflicts wait for a choice.") << Qt::endl;
        return Success;
    }
    out() << Text::tr("%n conflict(s) wait for a choice.", nullptr, int(found->size())) << Qt::endl;
    for (const sync::Conflict& conflict : *found) {
        out() << Qt::endl;
        const QString kind = sync::MergeReport::kindName(conflict.kind);
        out() << (conflict.againstDeletion
                      ? Text::tr("%1: %2, edited on one laptop and deleted on another")
                            .arg(kind, conflict.label)
                      : Text::tr("%1: %2, field «%3»")
                            .arg(kind, conflict.label, catalogue::fieldLabel(conflict.kind, conflict.field)))
              << Qt::endl;
        const bool numbered = conflict.field != u"deleted";
        int number = 0;
        for (const sync::ConflictVersion& version : conflict.versions) {
            QString where = version.clockAhead ? Text::tr("%1, date unknown (that laptop's clock is ahead)")
                                                     .arg(deviceLabel(names, version.device))
                                               : Text::tr("%1, %2").arg(deviceLabel(names, version.device),
                                                                        shownTime(version.time()));
            if (conflict.againstDeletion && version.field != u"deleted")
                where = Text::tr("field «%1», %2")
                            .arg(catalogue::fieldLabel(conflict.kind, version.field), where);
            const QString mark = numbered ? QStringLiteral("%1) ").arg(++number) : QStringLiteral("- ");
            out() << (version.shown ? "  * " : "    ") << mark << shownValue(conflict, version) << " — "
                  << where << Qt::endl;
        }
        if (!numbered) {
            const QList<ConflictChoice> choices = choicesOf(conflict);
            for (qsizetype i = 0; i < choices.size(); ++i)
                out() << "    " << QStringLiteral("%1) ").arg(i + 1) << choices[i].text << Qt::endl;
        }
        out() << "    "
              << Text::tr("To choose: hamkori-cli resolve %1 %2 --choose N")
                     .arg(conflict.record.left(8), conflict.field)
              << Qt::endl;
    }
    return Success;
}

int runDevices(const QStringList& arguments)
{
    CommandLine line(QStringLiteral("devices"),
                     Text::tr("List the laptops this one has received bundles from: name, fingerprint, when "
                              "their last bundle was written and how many changes of each laptop they "
                              "held then. Also shows this laptop's own fingerprint, for the others to "
                              "compare."),
                     arguments);
    const QCommandLineOption json(QStringLiteral("json"), Text::tr("Print the list as JSON."));
    line.parser().addOption(json);
    if (int done = line.parse(); done >= 0)
        return done;
    auto db = line.openDatabase();
    if (!db)
        return Failure;
    auto devices = SyncRepository(*db).knownDevices();
    if (!devices)
        return CommandLine::fail(devices.errorMessage());
    const QHash<QString, QString> names = deviceNames(*db);

    if (line.parser().isSet(json)) {
        QJsonArray list;
        for (const KnownDevice& device : *devices) {
            QJsonObject knows;
            for (auto it = device.knows.constBegin(); it != device.knows.constEnd(); ++it)
                knows.insert(it.key(), double(it.value()));
            list.append(QJsonObject{{QStringLiteral("id"), device.id},
                                    {QStringLiteral("name"), device.name},
                                    {QStringLiteral("fingerprint"), device.fingerprint()},
                                    {QStringLiteral("firstSeen"), jsonTime(device.firstSeen)},
                                    {QStringLiteral("lastBundle"), jsonTime(device.lastBundle)},
                                    {QStringLiteral("knows"), knows}});
        }
        printJson(QJsonObject{{QStringLiteral("thisDevice"),
                               QJsonObject{{QStringLiteral("id"), db->identity().id()},
                                           {QStringLiteral("fingerprint"), db->identity().fingerprint()}}},
                              {QStringLiteral("devices"), list}});
        return Success;
    }
    out() << Text::tr("This laptop: device %1, fingerprint %2.")
                 .arg(db->identity().id(), db->identity().fingerprint())
          << Qt::endl;
    if (devices->isEmpty()) {
        out() << Text::tr("No bundle from another laptop has been imported yet.") << Qt::endl;
        return Success;
    }
    for (const KnownDevice& device : *devices) {
        out() << Qt::endl
              << (device.name.isEmpty() ? Text::tr("(no name)") : device.name) << Qt::endl
              << "  " << Text::tr("Device: %1").arg(device.id) << Qt::endl
              << "  " << Text::tr("Fingerprint: %1").arg(device.fingerprint()) << Qt::endl
              << "  " << Text::tr("Last bundle written: %1").arg(shownTime(device.lastBundle)) << Qt::endl;
        QStringList knows;
        for (auto it = device.knows.constBegin(); it != device.knows.constEnd(); ++it)
            knows << Text::tr("%1: %2").arg(deviceLabel(names, it.key())).arg(it.value());
        knows.sort();
        out() << "  "
              << Text::tr("Knew then (changes of each laptop): %1")
                     .arg(knows.isEmpty() ? Text::tr("nothing") : knows.join(QStringLiteral(", ")))
              << Qt::endl;
    }
    return Success;
}

} // namespace hamkori::cli
