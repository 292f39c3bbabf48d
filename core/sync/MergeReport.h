#pragma once
// What an import did, per kind of record: shown to the user after an import (Exchange page) and printed by
// the console program (text or JSON).
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

    KindTally& operator+=(const KindTally& other);
    bool operator==(const KindTally&) const = default;
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
    QStringList quarantineMessages; // one per entry kept aside, saying why

    KindTally totals() const;
    /// Every entry was already known: importing changed nothing.
    bool changedNothing() const { return applied == 0 && totals().quarantined == 0; }
    /// The report as lines of text for a person (translated).
    QStringList describe() const;
    QJsonObject toJson() const;

    /// A readable, translated name of a kind of record, in the plural ("Concerns").
    static QString kindName(const QString& kind);
};

} // namespace hamkori::sync
