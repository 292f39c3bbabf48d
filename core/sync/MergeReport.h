#pragma once
// What an import did, per kind of record: shown to the user after an import (Exchange page) and printed by
// the console program (text or JSON).
#include "../model/Team.h"
#include <QCoreApplication>
#include <QJsonObject>
#include <QMap>
#include <QStringList>

namespace hamkori::sync {

struct KindTally
{
    int added = 0;       // records that are new here
    int updated = 0;     // records whose values changed (a deleted record brought back included)
    int deleted = 0;     // records deleted
    int skipped = 0;     // entries already known (the bundle was imported before, or came another way)
    int conflicts = 0;   // new conflicts waiting in the inbox
    int quarantined = 0; // entries that could not be applied, kept aside
    int refused = 0;     // entries not proven their author's (issue 16): neither applied nor kept

    KindTally& operator+=(const KindTally& other);
    bool operator==(const KindTally&) const = default;
};

/// Entries kept aside for one reason: how many, and a few of them to show (the full list is in the JSON and
/// on the Exchange page).
struct SetAside
{
    QString code;   // "damaged", "same_number", "not_applied", "future" (stored with each entry, for
                    // `quarantine`), or "unverified" (refused, not kept)
    QString reason; // translated: what is wrong and what to do
    int count = 0;
    QStringList examples; // at most kExamples entry labels
    static constexpr int kExamples = 3;
};

/// A code two laptops gave to different records of a team: the later record (by creation) took the team's
/// next free number of the series, a change this laptop made during the merge (CodeClashes.h).
struct CodeChange
{
    QString kind;   // "concern", "meeting", "plan"
    QString record; // the record that took the new code
    QString team;
    QString from; // the code both had
    QString to;   // the later one's code now
    bool operator==(const CodeChange&) const = default;
};

/// Teams that have one code: two laptops each made a team with it. Team codes are people's choice, so the
/// merge only tells it; the Team page warns until one of them gets another code.
struct SharedTeamCode
{
    QString code;
    QList<TeamLabel> teams; // by name
};

struct MergeReport
{
    Q_DECLARE_TR_FUNCTIONS(MergeReport)
public:
    bool dryRun = false;
    QString sender; // the device that wrote the bundle
    QString senderName;
    int received = 0;               // entries in the bundle
    int applied = 0;                // entries new to this laptop, added to its journal
    QMap<QString, KindTally> kinds; // by kind of record ("concern", "plan"…)
    int erased = 0;                 // earlier values erased from history, as another laptop asked
    QStringList quarantineMessages; // one per entry kept aside, saying why (the full list)
    QList<SetAside> setAside;       // the same entries by reason, in the order first met
    /// Set when the sender was trusted because a trusted laptop introduced it (a copied or restored file).
    QString introduction;
    QList<CodeChange> renumbered;          // codes used twice in a team, and what the later record has now
    QList<SharedTeamCode> sharedTeamCodes; // team codes this import made shared by two teams or more
    /// Values applied that this Hamkori would refuse if they were typed here (beyond its limits, an unknown
    /// choice): kept, so that every laptop holds the same, and named so that someone checks them.
    int unusualValues = 0;
    QStringList unusualExamples; // at most SetAside::kExamples entry labels

    KindTally totals() const;
    /// Counts an entry kept aside under its reason (and keeps its label among the examples and the list).
    void noteSetAside(const QString& code, const QString& reason, const QString& label);
    /// Counts a value applied that would be refused if typed here (keeps its label among the examples).
    void noteUnusualValue(const QString& label);
    /// Every entry was already known: importing changed nothing.
    bool changedNothing() const
    {
        const KindTally total = totals();
        return applied == 0 && total.quarantined == 0 && total.refused == 0;
    }
    /// The code of the entries refused because they could not be proven their author's.
    static QString unverifiedCode() { return QStringLiteral("unverified"); }
    /// The report as lines of text for a person (translated).
    QStringList describe() const;
    QJsonObject toJson() const;

    /// A readable, translated name of a kind of record, in the plural ("Concerns").
    static QString kindName(const QString& kind);
    /// "ISF-2026-006 was also used on another laptop: the later one is now ISF-2026-007."
    static QString describe(const CodeChange& change);
    /// "2 teams now have the code ISF: «…» (Isfara), «…» (Khujand). …"
    static QString describe(const SharedTeamCode& shared);
};

} // namespace hamkori::sync
