#include "JournalErasure.h"
#include "Database.h"
#include "JournalSignature.h"
#include "JournalVersions.h"
#include "SqlUtil.h"
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>
#include <optional>

namespace hamkori {

namespace {

/// A creation's JSON stored as RecordStore stores it: readable text when small, compressed otherwise.
QVariant storedCreation(const QJsonObject& fields, const QVariant& original)
{
    const QByteArray json = QJsonDocument(fields).toJson(QJsonDocument::Compact);
    if (original.typeId() == QMetaType::QByteArray)
        return qCompress(json, 6);
    return QString::fromUtf8(json);
}

struct ErasedForm
{
    QVariant value;
    QByteArray digest;
};

/// What an entry of `entryField` holding `value` (and `kept`, its erased digest if any) becomes when the
/// value of `field` is erased; nothing when it holds no value of that field.
std::optional<ErasedForm> erasedForm(const QString& entryField, const QVariant& value, const QByteArray& kept,
                                     const QString& field)
{
    QVariant erased;
    if (entryField == field) {
        // Already erased, or no text to erase (an empty value).
        if (!kept.isEmpty() || journal::canonicalValue(value).startsWith('\0'))
            return std::nullopt;
    } else if (entryField.isEmpty()) {
        QJsonObject fields = RecordStore::creationFields(value);
        const QJsonValue old = fields.value(field);
        if (old.isNull() || old.isUndefined() || (old.isString() && old.toString().isEmpty()))
            return std::nullopt; // no text to erase
        fields.insert(field, QJsonValue::Null);
        erased = storedCreation(fields, value);
    } else {
        return std::nullopt;
    }
    return ErasedForm{erased, kept.isEmpty() ? journal::valueDigest(value) : kept};
}

/// Erases the value of `version.field` in the row of `table` (journal or sync_quarantine) with that device
/// and number; returns how many rows changed.
Result<int> eraseIn(const QSqlDatabase& db, const QString& table, const ErasedVersion& version)
{
    auto held =
        sql::run(db,
                 QStringLiteral("SELECT rowid, field, value, erased_digest FROM %1 WHERE device = ? AND "
                                "seq = ?")
                     .arg(table),
                 {version.device, version.seq});
    if (!held)
        return held.error();
    QList<std::pair<qint64, ErasedForm>> changes;
    while (held->next())
        if (auto form = erasedForm(held->value(1).toString(), held->value(2), held->value(3).toByteArray(),
                                   version.field))
            changes.append({held->value(0).toLongLong(), *form});
    for (const auto& [rowid, form] : changes) {
        auto updated = sql::run(
            db, QStringLiteral("UPDATE %1 SET value = ?, erased_digest = ? WHERE rowid = ?").arg(table),
            {form.value, form.digest, rowid});
        if (!updated)
            return updated.error();
    }
    return int(changes.size());
}

} // namespace

QVariant JournalErasure::instruction(const QString& kind, const QString& record, const QString& field,
                                     const QList<ErasedVersion>& versions)
{
    QJsonArray entries;
    for (const ErasedVersion& version : versions)
        entries.append(QJsonArray{version.device, double(version.seq)});
    const QJsonObject object{{QStringLiteral("kind"), kind},
                             {QStringLiteral("record"), record},
                             {QStringLiteral("field"), field},
                             {QStringLiteral("entries"), entries}};
    return QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact));
}

QList<ErasedVersion> JournalErasure::versionsNamedBy(const JournalEntry& instruction)
{
    const QJsonObject object = QJsonDocument::fromJson(instruction.value.toString().toUtf8()).object();
    const QString field = object.value(QStringLiteral("field")).toString();
    QList<ErasedVersion> versions;
    if (field.isEmpty())
        return versions;
    for (const QJsonValue& value : object.value(QStringLiteral("entries")).toArray()) {
        const QJsonArray pair = value.toArray();
        const qint64 seq = qint64(pair.at(1).toDouble());
        if (pair.size() == 2 && !pair.at(0).toString().isEmpty() && seq > 0)
            versions.append({pair.at(0).toString(), seq, field});
    }
    return versions;
}

Result<QList<ErasedVersion>> JournalErasure::oldVersions(const QString& record, const QString& field)
{
    auto entries = m_db.records().journalFor(record);
    if (!entries)
        return entries.error();
    const journal::DerivedRecord derived = journal::deriveRecord(*entries);
    QSet<QString> shown;
    for (const journal::FieldVersion& head : derived.heads.value(field))
        shown.insert(head.hlc);
    QList<ErasedVersion> old;
    for (const JournalEntry& entry : *entries) {
        if (shown.contains(entry.hlc))
            continue;
        if (erasedForm(entry.field, entry.value, entry.erasedDigest, field))
            old.append({entry.device, entry.seq, field});
    }
    return old;
}

Result<bool> JournalErasure::erase(const ErasedVersion& version)
{
    auto erased = eraseIn(m_db.connection(), QStringLiteral("journal"), version);
    if (!erased)
        return erased.error();
    // A copy kept aside holds the same text: it goes too (and applies, erased, when it is retried).
    auto aside = eraseIn(m_db.connection(), QStringLiteral("sync_quarantine"), version);
    if (!aside)
        return aside.error();
    return *erased > 0;
}

Result<int> JournalErasure::applyInstructions()
{
    auto instructions =
        sql::run(m_db.connection(), QStringLiteral("SELECT value FROM journal WHERE kind = 'erasure'"));
    if (!instructions)
        return instructions.error();
    QList<ErasedVersion> versions;
    while (instructions->next()) {
        JournalEntry instruction;
        instruction.value = instructions->value(0);
        versions += versionsNamedBy(instruction);
    }
    int erased = 0;
    for (const ErasedVersion& version : versions) {
        auto done = erase(version);
        if (!done)
            return done.error();
        erased += *done ? 1 : 0;
    }
    return erased;
}

} // namespace hamkori
