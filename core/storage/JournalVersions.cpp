#include "JournalVersions.h"
#include "FieldPatch.h"
#include <QJsonObject>
#include <algorithm>

namespace hamkori::journal {

namespace {

const QString& deletedField()
{
    static const QString field = QString::fromUtf16(kDeletedField);
    return field;
}

QVariant fromJson(const QJsonValue& value)
{
    if (value.isNull() || value.isUndefined())
        return {};
    return value.toVariant();
}

struct Candidate
{
    FieldVersion version;
    QStringList supersedes;
};

/// The versions no other version of the same field supersedes, highest stamp first.
QList<Candidate> headsAmong(const QList<Candidate>& versions)
{
    QSet<QString> superseded;
    for (const Candidate& candidate : versions)
        for (const QString& stamp : candidate.supersedes)
            superseded.insert(stamp);
    QList<Candidate> heads;
    for (const Candidate& candidate : versions)
        if (!superseded.contains(candidate.version.hlc))
            heads.append(candidate);
    std::sort(heads.begin(), heads.end(),
              [](const Candidate& a, const Candidate& b) { return a.version.hlc > b.version.hlc; });
    return heads;
}

/// Every field's versions. With `withValues` false, creations are versions of every field without decoding
/// them (enough to know which stamps are heads).
QMap<QString, QList<Candidate>> versionsByField(const QList<JournalEntry>& entries, bool withValues,
                                                const QString& onlyField = QString())
{
    QMap<QString, QList<Candidate>> byField;
    QList<const JournalEntry*> creations;
    for (const JournalEntry& entry : entries) {
        if (entry.field.isEmpty()) {
            creations.append(&entry);
        } else if (onlyField.isEmpty() || entry.field == onlyField) {
            byField[entry.field].append(
                {{entry.field, entry.value, entry.hlc, entry.device, false}, splitStamps(entry.prevHlc)});
        }
    }
    for (const JournalEntry* creation : creations) {
        if (!withValues) {
            for (auto it = byField.begin(); it != byField.end(); ++it)
                it->append(Candidate{{it.key(), {}, creation->hlc, creation->device, true}, {}});
            if (!onlyField.isEmpty() && !byField.contains(onlyField))
                byField[onlyField].append(
                    Candidate{{onlyField, {}, creation->hlc, creation->device, true}, {}});
            continue;
        }
        const QJsonObject fields = RecordStore::creationFields(creation->value);
        for (auto it = fields.begin(); it != fields.end(); ++it)
            if (onlyField.isEmpty() || it.key() == onlyField)
                byField[it.key()].append(
                    Candidate{{it.key(), fromJson(it.value()), creation->hlc, creation->device, true}, {}});
        // A creation is the version "not deleted" unless it says otherwise.
        if (!fields.contains(deletedField()) && (onlyField.isEmpty() || onlyField == deletedField()))
            byField[deletedField()].append(
                Candidate{{deletedField(), 0, creation->hlc, creation->device, true}, {}});
    }
    return byField;
}

QString joinStamps(QSet<QString> stamps)
{
    stamps.remove(QString());
    QStringList list(stamps.begin(), stamps.end());
    list.sort();
    return list.join(QLatin1Char(' '));
}

} // namespace

QStringList splitStamps(const QString& prevHlc)
{
    return prevHlc.split(QLatin1Char(' '), Qt::SkipEmptyParts);
}

bool DerivedRecord::deleted() const
{
    const auto it = heads.constFind(deletedField());
    return it != heads.constEnd() && !it->isEmpty() && it->first().value.toInt() != 0;
}

QMap<QString, QVariant> DerivedRecord::shownValues() const
{
    QMap<QString, QVariant> values;
    for (auto it = heads.constBegin(); it != heads.constEnd(); ++it)
        if (!it->isEmpty())
            values.insert(it.key(), it->first().value);
    return values;
}

QStringList DerivedRecord::conflictFields() const
{
    QStringList fields;
    for (auto it = heads.constBegin(); it != heads.constEnd(); ++it) {
        bool disagree = false;
        for (const FieldVersion& head : *it)
            disagree = disagree || !FieldPatch::sameValue(head.value, it->first().value);
        if (disagree || (it.key() == deletedField() && !unseenByDeletion.isEmpty()))
            fields << it.key();
    }
    return fields;
}

DerivedRecord deriveRecord(const QList<JournalEntry>& entries)
{
    DerivedRecord record;
    QHash<QString, QStringList> seenByStamp; // the prev_hlc of each entry of the deletion flag
    for (const JournalEntry& entry : entries) {
        record.kind = entry.kind;
        record.uuid = entry.record;
        if (entry.field.isEmpty()) {
            record.created = true;
            if (record.createdHlc.isEmpty() || entry.hlc < record.createdHlc)
                record.createdHlc = entry.hlc;
        } else if (entry.field == deletedField()) {
            seenByStamp.insert(entry.hlc, splitStamps(entry.prevHlc));
        }
        if (entry.hlc > record.modifiedHlc) {
            record.modifiedHlc = entry.hlc;
            record.device = entry.device;
        }
    }
    const auto byField = versionsByField(entries, true);
    for (auto it = byField.constBegin(); it != byField.constEnd(); ++it) {
        QList<FieldVersion>& heads = record.heads[it.key()];
        for (const Candidate& head : headsAmong(*it))
            heads.append(head.version);
    }
    if (!record.deleted())
        return record;

    // Which heads the deletions shown knew of: those they name, those of the same update, and the earlier
    // edits of the deleting laptop itself (a laptop knows its own history; journals written before this rule
    // named only the previous deletion flag).
    QList<FieldVersion> deletions;
    for (const FieldVersion& head : record.heads.value(deletedField()))
        if (head.value.toInt() != 0)
            deletions.append(head);
    auto seen = [&](const FieldVersion& version) {
        for (const FieldVersion& deletion : deletions)
            if (version.hlc == deletion.hlc || seenByStamp.value(deletion.hlc).contains(version.hlc) ||
                (version.device == deletion.device && version.hlc < deletion.hlc))
                return true;
        return false;
    };
    for (auto it = record.heads.constBegin(); it != record.heads.constEnd(); ++it)
        if (it.key() != deletedField())
            for (const FieldVersion& head : *it)
                if (!seen(head))
                    record.unseenByDeletion.append(head);
    return record;
}

QString stampsSeenByEdit(const QList<JournalEntry>& entries, const QString& field)
{
    const QList<Candidate> heads = headsAmong(versionsByField(entries, false, field).value(field));
    if (heads.size() <= 1)
        return heads.isEmpty() ? QString() : heads.first().version.hlc;
    // Several heads: name those that show the same value as the shown one (they are one value to the person
    // who edits it); a different value waits in the conflict inbox.
    const QList<Candidate> valued = headsAmong(versionsByField(entries, true, field).value(field));
    QSet<QString> stamps;
    for (const Candidate& head : valued)
        if (FieldPatch::sameValue(head.version.value, valued.first().version.value))
            stamps.insert(head.version.hlc);
    return joinStamps(stamps);
}

QString stampsSeenByDeletion(const QList<JournalEntry>& entries)
{
    QSet<QString> stamps;
    for (const JournalEntry& entry : entries)
        if (entry.field.isEmpty())
            stamps.insert(entry.hlc);
    const auto byField = versionsByField(entries, false);
    for (auto it = byField.constBegin(); it != byField.constEnd(); ++it)
        for (const Candidate& head : headsAmong(*it))
            stamps.insert(head.version.hlc);
    return joinStamps(stamps);
}

QString stampsSeenByResolution(const QList<JournalEntry>& entries, const QString& field)
{
    if (field == deletedField())
        return stampsSeenByDeletion(entries);
    QSet<QString> stamps;
    for (const Candidate& head : headsAmong(versionsByField(entries, false, field).value(field)))
        stamps.insert(head.version.hlc);
    return joinStamps(stamps);
}

} // namespace hamkori::journal
