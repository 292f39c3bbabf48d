#include "MergeReport.h"
#include "../model/Formats.h"
#include "../model/RecordCatalogue.h"
#include <QJsonArray>
#include <algorithm>

namespace hamkori::sync {

KindTally& KindTally::operator+=(const KindTally& other)
{
    added += other.added;
    updated += other.updated;
    deleted += other.deleted;
    skipped += other.skipped;
    conflicts += other.conflicts;
    quarantined += other.quarantined;
    refused += other.refused;
    return *this;
}

KindTally MergeReport::totals() const
{
    KindTally total;
    for (const KindTally& tally : kinds)
        total += tally;
    return total;
}

void MergeReport::noteSetAside(const QString& code, const QString& reason, const QString& label)
{
    quarantineMessages << label;
    auto group =
        std::find_if(setAside.begin(), setAside.end(), [&](const SetAside& s) { return s.code == code; });
    if (group == setAside.end())
        group = setAside.insert(setAside.end(), SetAside{code, reason, 0, {}});
    ++group->count;
    if (group->examples.size() < SetAside::kExamples)
        group->examples << label;
}

void MergeReport::noteUnusualValue(const QString& label)
{
    ++unusualValues;
    if (unusualExamples.size() < SetAside::kExamples)
        unusualExamples << label;
}

QString MergeReport::kindName(const QString& kind)
{
    return catalogue::kindLabel(kind);
}

QString MergeReport::describe(const CodeChange& change)
{
    return tr("%1 was also used on another laptop: the later one is now %2.").arg(change.from, change.to);
}

QString MergeReport::describe(const SharedTeamCode& shared)
{
    QStringList teams;
    for (const TeamLabel& team : shared.teams)
        teams << team.describe();
    return tr("%n teams now have the code %1: %2. Two laptops each made a team with it. Give one of them "
              "another code on its Team page; until then the console program needs the team's name or id "
              "instead of the code.",
              nullptr, int(shared.teams.size()))
        .arg(shared.code, teams.join(QStringLiteral(", ")));
}

QStringList MergeReport::describe() const
{
    QStringList lines;
    const KindTally total = totals();
    if (dryRun)
        lines << tr("Trial import: nothing was saved.");
    if (!introduction.isEmpty())
        lines << introduction;
    if (changedNothing())
        lines << tr(
            "Everything in this bundle was already here: nothing changed (%n change(s) already known).",
            nullptr, total.skipped);
    for (auto it = kinds.constBegin(); it != kinds.constEnd(); ++it) {
        const KindTally& tally = *it;
        if (tally == KindTally())
            continue;
        lines << tr("%1: new %2, updated %3, deleted %4, already known %5, conflicts %6, not applied %7.")
                     .arg(kindName(it.key()), Formats::number(tally.added), Formats::number(tally.updated),
                          Formats::number(tally.deleted), Formats::number(tally.skipped),
                          Formats::number(tally.conflicts), Formats::number(tally.quarantined));
    }
    if (total.conflicts > 0)
        lines << tr("%n conflict(s) wait in the conflict inbox for you to choose a value.", nullptr,
                    total.conflicts);
    if (erased > 0)
        lines << tr("%n earlier value(s) erased from history, as another laptop asked.", nullptr, erased);
    if (!renumbered.isEmpty()) {
        lines << tr("%n code(s) had been given on two laptops to different records; the later record took "
                    "the next free number:",
                    nullptr, int(renumbered.size()));
        for (const CodeChange& change : renumbered)
            lines << QStringLiteral("  – ") + describe(change);
    }
    for (const SharedTeamCode& shared : sharedTeamCodes)
        lines << describe(shared);
    // Kept aside: by reason, with a few examples; one line per entry would bury the report.
    for (const SetAside& group : setAside) {
        lines << (group.code == unverifiedCode() ? tr("Refused: %n change(s). %1", nullptr, group.count)
                                                 : tr("Not applied: %n change(s). %1", nullptr, group.count))
                     .arg(group.reason);
        for (const QString& example : group.examples)
            lines << QStringLiteral("  – ") + example;
        if (group.count > group.examples.size())
            lines << QStringLiteral("  – ") +
                         tr("and %n more", nullptr, group.count - int(group.examples.size()));
    }
    if (unusualValues > 0) {
        lines << tr("%n value(s) in this bundle are beyond what Hamkori accepts when typed (a figure typed "
                    "twice, or made by another version). They were kept, as on the laptop that sent them; "
                    "check them and correct them there or here:",
                    nullptr, unusualValues);
        for (const QString& example : unusualExamples)
            lines << QStringLiteral("  – ") + example;
        if (unusualValues > unusualExamples.size())
            lines << QStringLiteral("  – ") +
                         tr("and %n more", nullptr, unusualValues - int(unusualExamples.size()));
    }
    if (total.quarantined > 0)
        lines << tr("The changes not applied are kept: see them and try them again with \"hamkori-cli "
                    "quarantine\" or on the Set aside tab of the Exchange page.");
    return lines;
}

QJsonObject MergeReport::toJson() const
{
    auto tallyJson = [](const KindTally& tally) {
        return QJsonObject{{QStringLiteral("added"), tally.added},
                           {QStringLiteral("updated"), tally.updated},
                           {QStringLiteral("deleted"), tally.deleted},
                           {QStringLiteral("skipped"), tally.skipped},
                           {QStringLiteral("conflicts"), tally.conflicts},
                           {QStringLiteral("quarantined"), tally.quarantined},
                           {QStringLiteral("refused"), tally.refused}};
    };
    QJsonObject perKind;
    for (auto it = kinds.constBegin(); it != kinds.constEnd(); ++it)
        perKind.insert(it.key(), tallyJson(*it));
    QJsonArray groups;
    for (const SetAside& group : setAside)
        groups.append(QJsonObject{{QStringLiteral("code"), group.code},
                                  {QStringLiteral("reason"), group.reason},
                                  {QStringLiteral("count"), group.count},
                                  {QStringLiteral("examples"), QJsonArray::fromStringList(group.examples)}});
    QJsonArray codes;
    for (const CodeChange& change : renumbered)
        codes.append(QJsonObject{{QStringLiteral("kind"), change.kind},
                                 {QStringLiteral("record"), change.record},
                                 {QStringLiteral("team"), change.team},
                                 {QStringLiteral("from"), change.from},
                                 {QStringLiteral("to"), change.to},
                                 {QStringLiteral("message"), describe(change)}});
    QJsonArray teamCodes;
    for (const SharedTeamCode& shared : sharedTeamCodes) {
        QJsonArray teams;
        for (const TeamLabel& team : shared.teams)
            teams.append(QJsonObject{{QStringLiteral("uuid"), team.uuid},
                                     {QStringLiteral("name"), team.name},
                                     {QStringLiteral("district"), team.district}});
        teamCodes.append(QJsonObject{{QStringLiteral("code"), shared.code},
                                     {QStringLiteral("teams"), teams},
                                     {QStringLiteral("message"), describe(shared)}});
    }
    return QJsonObject{{QStringLiteral("dryRun"), dryRun},
                       {QStringLiteral("renumbered"), codes},
                       {QStringLiteral("sharedTeamCodes"), teamCodes},
                       {QStringLiteral("introduction"), introduction},
                       {QStringLiteral("setAside"), groups},
                       {QStringLiteral("sender"), sender},
                       {QStringLiteral("senderName"), senderName},
                       {QStringLiteral("received"), received},
                       {QStringLiteral("applied"), applied},
                       {QStringLiteral("erased"), erased},
                       {QStringLiteral("unusualValues"), unusualValues},
                       {QStringLiteral("unusualExamples"), QJsonArray::fromStringList(unusualExamples)},
                       {QStringLiteral("changedNothing"), changedNothing()},
                       {QStringLiteral("kinds"), perKind},
                       {QStringLiteral("totals"), tallyJson(totals())},
                       {QStringLiteral("quarantined"), QJsonArray::fromStringList(quarantineMessages)}};
}

} // namespace hamkori::sync
