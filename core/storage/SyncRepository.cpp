#include "SyncRepository.h"
#include "../model/RecordCatalogue.h"
#include "Fingerprint.h"
#include "JournalWriter.h"
#include "SqlUtil.h"
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlRecord>
#include <sodium.h>

namespace hamkori {

namespace {

const QString kEntryColumns =
    QStringLiteral("device, seq, hlc, kind, record, field, value, prev_hlc, signature, erased_digest");

QVariant nullableBytes(const QByteArray& bytes)
{
    return bytes.isEmpty() ? QVariant(QMetaType(QMetaType::QByteArray)) : QVariant(bytes);
}

JournalEntry entryFrom(const QSqlQuery& query, int first = 0)
{
    return {query.value(first).toString(),
            query.value(first + 1).toLongLong(),
            query.value(first + 2).toString(),
            query.value(first + 3).toString(),
            query.value(first + 4).toString(),
            query.value(first + 5).toString(),
            query.value(first + 6),
            query.value(first + 7).toString(),
            query.value(first + 8).toByteArray(),
            query.value(first + 9).toByteArray()};
}

QVariant nullableText(const QString& text)
{
    return text.isEmpty() ? QVariant(QMetaType(QMetaType::QString)) : QVariant(text);
}

QString knowsToJson(const QHash<QString, qint64>& knows)
{
    QJsonObject object;
    for (auto it = knows.constBegin(); it != knows.constEnd(); ++it)
        object.insert(it.key(), double(it.value()));
    return QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact));
}

QHash<QString, qint64> knowsFromJson(const QString& text)
{
    QHash<QString, qint64> knows;
    const QJsonObject object = QJsonDocument::fromJson(text.toUtf8()).object();
    for (auto it = object.begin(); it != object.end(); ++it)
        knows.insert(it.key(), qint64(it.value().toDouble()));
    return knows;
}

QDateTime utc(const QVariant& value)
{
    if (value.isNull())
        return {};
    QDateTime time = QDateTime::fromString(value.toString(), Qt::ISODateWithMs);
    time.setTimeSpec(Qt::UTC);
    return time;
}

QString utcText(const QDateTime& time)
{
    return time.toUTC().toString(Qt::ISODateWithMs);
}

// The records of a set of teams, by the column that ties each kind to its parent.
const char* const kScope =
    "WITH t(uuid) AS (VALUES %1), "
    "concerns_in AS (SELECT uuid FROM concerns WHERE team IN (SELECT uuid FROM t)), "
    "meetings_in AS (SELECT uuid FROM meetings WHERE team IN (SELECT uuid FROM t)), "
    "rounds_in AS (SELECT uuid FROM rounds WHERE team IN (SELECT uuid FROM t)), "
    "plans_in AS (SELECT uuid FROM plans WHERE team IN (SELECT uuid FROM t)), "
    "activities_in AS (SELECT uuid FROM activities WHERE plan IN (SELECT uuid FROM plans_in)), "
    "events_in AS (SELECT uuid FROM events WHERE team IN (SELECT uuid FROM t)), "
    "campaigns_in AS (SELECT uuid FROM campaigns WHERE team IN (SELECT uuid FROM t)), "
    "surveys_in AS (SELECT uuid FROM surveys WHERE team IN (SELECT uuid FROM t)), "
    "scope(uuid) AS ("
    "SELECT uuid FROM t "
    "UNION ALL SELECT uuid FROM members WHERE team IN (SELECT uuid FROM t) "
    "UNION ALL SELECT uuid FROM meetings_in "
    "UNION ALL SELECT uuid FROM attendance WHERE meeting IN (SELECT uuid FROM meetings_in) "
    "UNION ALL SELECT uuid FROM concerns_in "
    "UNION ALL SELECT uuid FROM concern_status_history WHERE concern IN (SELECT uuid FROM concerns_in) "
    "UNION ALL SELECT uuid FROM concern_drivers WHERE concern IN (SELECT uuid FROM concerns_in) "
    "UNION ALL SELECT uuid FROM concern_links WHERE from_concern IN (SELECT uuid FROM concerns_in) "
    "UNION ALL SELECT uuid FROM rounds_in "
    "UNION ALL SELECT uuid FROM round_criteria WHERE round IN (SELECT uuid FROM rounds_in) "
    "UNION ALL SELECT uuid FROM round_concerns WHERE round IN (SELECT uuid FROM rounds_in) "
    "UNION ALL SELECT uuid FROM scores WHERE round IN (SELECT uuid FROM rounds_in) "
    "UNION ALL SELECT uuid FROM pairwise WHERE round IN (SELECT uuid FROM rounds_in) "
    "UNION ALL SELECT uuid FROM plans_in "
    "UNION ALL SELECT uuid FROM plan_concerns WHERE plan IN (SELECT uuid FROM plans_in) "
    "UNION ALL SELECT uuid FROM activities_in "
    "UNION ALL SELECT uuid FROM progress_updates WHERE activity IN (SELECT uuid FROM activities_in) "
    "UNION ALL SELECT uuid FROM indicator_readings WHERE activity IN (SELECT uuid FROM activities_in) "
    "UNION ALL SELECT uuid FROM activity_partners WHERE activity IN (SELECT uuid FROM activities_in) "
    "UNION ALL SELECT uuid FROM referrals WHERE team IN (SELECT uuid FROM t) "
    "UNION ALL SELECT uuid FROM commitments WHERE team IN (SELECT uuid FROM t) "
    "UNION ALL SELECT uuid FROM centre_groups WHERE team IN (SELECT uuid FROM t) "
    "UNION ALL SELECT uuid FROM events_in "
    "UNION ALL SELECT uuid FROM event_organisers WHERE event IN (SELECT uuid FROM events_in) "
    "UNION ALL SELECT uuid FROM event_concerns WHERE event IN (SELECT uuid FROM events_in) "
    "UNION ALL SELECT uuid FROM event_participants WHERE event IN (SELECT uuid FROM events_in) "
    "UNION ALL SELECT uuid FROM event_counts WHERE event IN (SELECT uuid FROM events_in) "
    "UNION ALL SELECT uuid FROM event_trainers WHERE event IN (SELECT uuid FROM events_in) "
    "UNION ALL SELECT uuid FROM event_tests WHERE event IN (SELECT uuid FROM events_in) "
    "UNION ALL SELECT uuid FROM event_feedback WHERE event IN (SELECT uuid FROM events_in) "
    "UNION ALL SELECT uuid FROM event_follow_ups WHERE event IN (SELECT uuid FROM events_in) "
    "UNION ALL SELECT uuid FROM campaigns_in "
    "UNION ALL SELECT uuid FROM campaign_channels WHERE campaign IN (SELECT uuid FROM campaigns_in) "
    "UNION ALL SELECT uuid FROM campaign_concerns WHERE campaign IN (SELECT uuid FROM campaigns_in) "
    "UNION ALL SELECT uuid FROM campaign_materials WHERE campaign IN (SELECT uuid FROM campaigns_in) "
    "UNION ALL SELECT uuid FROM surveys_in "
    "UNION ALL SELECT uuid FROM survey_concerns WHERE survey IN (SELECT uuid FROM surveys_in) "
    "UNION ALL SELECT uuid FROM survey_questions WHERE survey IN (SELECT uuid FROM surveys_in) "
    "UNION ALL SELECT uuid FROM survey_responses WHERE survey IN (SELECT uuid FROM surveys_in) "
    "UNION ALL SELECT uuid FROM survey_tallies WHERE survey IN (SELECT uuid FROM surveys_in)) ";

// Erasure instructions travel to every laptop: they name records and fields, never their text. So do the
// directory of organisations and the community policing centres, which every team shares (issue 19): they
// come first, before the records of teams that name them.
const char* const kEverywhere =
    "kind IN ('reference_item', 'gazetteer', 'erasure', 'organisation', 'organisation_district', "
    "'organisation_expertise', 'service', 'centre', 'equipment', 'centre_visit')";

struct ParentLink
{
    QString child;
    QString column; // the child's column that names the parent
    QString parent;
};

// What belongs to what: the catalogue's dependents (RecordStore deletes them with their parent), seen from
// the child.
const QList<ParentLink>& parentLinks()
{
    static const QList<ParentLink> links = [] {
        QList<ParentLink> all;
        for (const catalogue::Kind& parent : catalogue::kinds())
            for (const catalogue::Dependent& dependent : parent.dependents)
                all.append({QString::fromLatin1(dependent.kind), QString::fromLatin1(dependent.column),
                            QString::fromLatin1(parent.name)});
        return all;
    }();
    return links;
}

} // namespace

QString KnownDevice::fingerprint() const
{
    return fingerprintOf(publicKey);
}

SyncRepository::SyncRepository(Database& db) : m_db(db) {}

Result<QSqlQuery*> SyncRepository::run(const QString& statement, const QVariantList& values)
{
    auto it = m_statements.find(statement);
    if (it == m_statements.end()) {
        QSqlQuery query(m_db.connection());
        if (!query.prepare(statement))
            return sql::failure(query);
        it = m_statements.insert(statement, query);
    }
    QSqlQuery& query = it.value();
    query.finish();
    for (const QVariant& value : values)
        query.addBindValue(value);
    if (!query.exec())
        return sql::failure(query);
    return &query;
}

QString SyncRepository::impersonationMessage(const QString& id)
{
    return tr("This bundle says it comes from the laptop %1, but it was signed with a different key than "
              "the bundles that laptop sent before. It may come from another laptop pretending to be it. "
              "Nothing was imported.")
        .arg(id);
}

Result<QHash<QString, qint64>> SyncRepository::knows()
{
    auto query = sql::run(
        m_db.connection(),
        QStringLiteral("SELECT j.device, MIN(j.seq) FROM journal j WHERE NOT EXISTS (SELECT 1 FROM journal "
                       "k WHERE k.device = j.device AND k.seq = j.seq + 1) AND EXISTS (SELECT 1 FROM journal "
                       "f WHERE f.device = j.device AND f.seq = 1) GROUP BY j.device"));
    if (!query)
        return query.error();
    QHash<QString, qint64> knows;
    while (query->next())
        knows.insert(query->value(0).toString(), query->value(1).toLongLong());
    return knows;
}

Result<QList<JournalEntry>> SyncRepository::entriesInScope(const QStringList& teamUuids)
{
    const QString order =
        QStringLiteral(" ORDER BY %1 DESC, hlc, device, seq").arg(QLatin1String(kEverywhere));
    QString statement;
    QVariantList values;
    if (teamUuids.isEmpty()) {
        statement = QStringLiteral("SELECT %1 FROM journal").arg(kEntryColumns) + order;
    } else {
        QStringList marks;
        for (const QString& team : teamUuids) {
            marks << QStringLiteral("(?)");
            values << team;
        }
        statement = QString::fromLatin1(kScope).arg(marks.join(QLatin1Char(','))) +
                    QStringLiteral("SELECT %1 FROM journal WHERE %2 OR record IN (SELECT uuid FROM scope)")
                        .arg(kEntryColumns, QLatin1String(kEverywhere)) +
                    order;
    }
    auto query = sql::run(m_db.connection(), statement, values);
    if (!query)
        return query.error();
    QList<JournalEntry> entries;
    while (query->next())
        entries.append(entryFrom(*query));
    return entries;
}

Result<QString> SyncRepository::storedStamp(const QString& device, qint64 seq)
{
    auto query = run(QStringLiteral("SELECT hlc FROM journal WHERE device = ? AND seq = ?"), {device, seq});
    if (!query)
        return query.error();
    const QString stamp = (*query)->next() ? (*query)->value(0).toString() : QString();
    (*query)->finish();
    return stamp;
}

Result<QHash<qint64, SyncRepository::StoredStamp>> SyncRepository::storedStamps(const QString& device,
                                                                                qint64 first, qint64 last)
{
    auto query =
        run(QStringLiteral("SELECT seq, hlc, signature IS NOT NULL FROM journal WHERE device = ? AND "
                           "seq BETWEEN ? AND ?"),
            {device, first, last});
    if (!query)
        return query.error();
    QHash<qint64, StoredStamp> stamps; // by number
    while ((*query)->next())
        stamps.insert((*query)->value(0).toLongLong(),
                      {(*query)->value(1).toString(), (*query)->value(2).toBool()});
    (*query)->finish();
    return stamps;
}

Result<bool> SyncRepository::hasJournal(const QString& record)
{
    auto query = run(QStringLiteral("SELECT 1 FROM journal WHERE record = ? LIMIT 1"), {record});
    if (!query)
        return query.error();
    const bool found = (*query)->next();
    (*query)->finish();
    return found;
}

Result<JournalEntry> SyncRepository::appendLocalEntry(const QString& kind, const QString& record,
                                                      const QString& field, const QVariant& value,
                                                      const QString& prevHlc)
{
    if (auto living = m_db.identity().ensureLiving(); !living)
        return living.error();
    return m_db.journal().appendOwn(kind, record, field, value, prevHlc);
}

Result<QList<JournalEntry>> SyncRepository::recordJournal(const QString& record)
{
    auto query = run(QStringLiteral("SELECT %1 FROM journal WHERE record = ? ORDER BY hlc, device, seq")
                         .arg(kEntryColumns),
                     {record});
    if (!query)
        return query.error();
    QList<JournalEntry> entries;
    while ((*query)->next())
        entries.append(entryFrom(**query));
    (*query)->finish();
    return entries;
}

QStringList SyncRepository::writableColumns(const QString& kind)
{
    auto it = m_columns.find(kind);
    if (it != m_columns.end())
        return *it;
    // The deletion flag and the record's own fields, in the table's order (the catalogue's test checks it).
    QStringList columns;
    if (const catalogue::Kind* described = catalogue::kind(kind)) {
        for (const catalogue::Field& stamp : catalogue::stamps())
            if (stamp.type == catalogue::FieldType::Deletion)
                columns << QString::fromLatin1(stamp.column);
        for (const catalogue::Field& field : described->fields)
            columns << QString::fromLatin1(field.column);
    }
    m_columns.insert(kind, columns);
    return columns;
}

Result<QSqlRecord> SyncRepository::row(const QString& kind, const QString& uuid)
{
    return m_db.records().fetch(kind, uuid);
}

Result<void> SyncRepository::writeRow(const QString& kind, const QString& uuid,
                                      const QMap<QString, QVariant>& values, bool insert)
{
    const QString table = RecordStore::tableOf(kind);
    QStringList columns;
    QVariantList bound;
    for (auto it = values.constBegin(); it != values.constEnd(); ++it) {
        columns << it.key();
        bound << it.value();
    }
    QString statement;
    if (insert) {
        QStringList marks;
        marks.fill(QStringLiteral("?"), columns.size() + 1);
        statement = QStringLiteral("INSERT INTO %1 (uuid, %2) VALUES (%3)")
                        .arg(table, columns.join(QStringLiteral(", ")), marks.join(QStringLiteral(", ")));
        bound.prepend(uuid);
    } else {
        if (columns.isEmpty())
            return {};
        for (QString& column : columns)
            column += QStringLiteral(" = ?");
        statement = QStringLiteral("UPDATE %1 SET %2 WHERE uuid = ?").arg(table, columns.join(u", "));
        bound << uuid;
    }
    auto written = run(statement, bound);
    if (!written)
        return written.error();
    m_db.noteChange(kind, uuid);
    return {};
}

Result<QList<RecordRef>> SyncRepository::deletedParentsOf(const QString& kind, const QString& uuid)
{
    QList<RecordRef> parents;
    for (const ParentLink& link : parentLinks()) {
        if (kind != link.child)
            continue;
        const QString& parent = link.parent;
        auto query =
            run(QStringLiteral("SELECT p.uuid FROM %1 c JOIN %2 p ON p.uuid = c.%3 WHERE c.uuid = ? AND "
                               "p.deleted = 1")
                    .arg(RecordStore::tableOf(kind), RecordStore::tableOf(parent), link.column),
                {uuid});
        if (!query)
            return query.error();
        while ((*query)->next())
            parents.append({parent, (*query)->value(0).toString()});
        (*query)->finish();
    }
    return parents;
}

Result<QList<RecordRef>> SyncRepository::childrenOf(const QString& kind, const QString& uuid, bool deleted)
{
    QList<RecordRef> children;
    for (const ParentLink& link : parentLinks()) {
        if (kind != link.parent)
            continue;
        const QString& child = link.child;
        auto query = run(QStringLiteral("SELECT uuid FROM %1 WHERE %2 = ? AND deleted = ? ORDER BY uuid")
                             .arg(RecordStore::tableOf(child), link.column),
                         {uuid, deleted ? 1 : 0});
        if (!query)
            return query.error();
        while ((*query)->next())
            children.append({child, (*query)->value(0).toString()});
        (*query)->finish();
    }
    return children;
}

QString SyncRepository::recordLabel(const QString& kind, const QString& uuid)
{
    const QStringList columns = writableColumns(kind);
    for (const char* name : {"code", "name", "title", "measure", "name_en", "item", "date", "sheet", "number"}) {
        const QString column = QString::fromLatin1(name);
        if (!columns.contains(column))
            continue;
        auto label = sql::scalar(
            m_db.connection(),
            QStringLiteral("SELECT %1 FROM %2 WHERE uuid = ?").arg(column, RecordStore::tableOf(kind)),
            {uuid});
        if (label && !label->toString().isEmpty())
            return label->toString();
    }
    return uuid.left(8);
}

Result<QList<CodeHolder>> SyncRepository::sharedCodes(const QString& kind)
{
    // The grouping reads the (team, code) index alone; only the few records that share a code are read.
    auto query =
        sql::run(m_db.connection(),
                 QStringLiteral(
                     "SELECT uuid, team, code, created_hlc FROM %1 WHERE deleted = 0 AND (team, code) IN "
                     "(SELECT team, code FROM %1 WHERE deleted = 0 GROUP BY team, code HAVING COUNT(*) > 1) "
                     "ORDER BY team, code, created_hlc, uuid")
                     .arg(RecordStore::tableOf(kind)));
    if (!query)
        return query.error();
    QList<CodeHolder> holders;
    while (query->next())
        holders.append({query->value(0).toString(), query->value(1).toString(), query->value(2).toString(),
                        query->value(3).toString()});
    return holders;
}

Result<void> SyncRepository::setConflicts(const QString& kind, const QString& record,
                                          const QStringList& fields)
{
    if (auto cleared = run(QStringLiteral("DELETE FROM sync_conflicts WHERE record = ?"), {record}); !cleared)
        return cleared.error();
    for (const QString& field : fields)
        if (auto added =
                run(QStringLiteral("INSERT INTO sync_conflicts (record, field, kind) VALUES (?, ?, ?)"),
                    {record, field, kind});
            !added)
            return added.error();
    return {};
}

Result<QStringList> SyncRepository::conflictFieldsOf(const QString& record)
{
    auto query =
        run(QStringLiteral("SELECT field FROM sync_conflicts WHERE record = ? ORDER BY field"), {record});
    if (!query)
        return query.error();
    QStringList fields;
    while ((*query)->next())
        fields << (*query)->value(0).toString();
    (*query)->finish();
    return fields;
}

Result<QStringList> SyncRepository::teamUuids()
{
    auto query = sql::run(m_db.connection(), QStringLiteral("SELECT uuid FROM teams ORDER BY uuid"));
    if (!query)
        return query.error();
    QStringList teams;
    while (query->next())
        teams << query->value(0).toString();
    return teams;
}

Result<QList<std::pair<QString, QString>>> SyncRepository::conflictRecords()
{
    auto query =
        sql::run(m_db.connection(),
                 QStringLiteral("SELECT DISTINCT kind, record FROM sync_conflicts ORDER BY kind, record"));
    if (!query)
        return query.error();
    QList<std::pair<QString, QString>> records;
    while (query->next())
        records.append({query->value(0).toString(), query->value(1).toString()});
    return records;
}

Result<void> SyncRepository::quarantine(const JournalEntry& entry, const QString& sender,
                                        const QString& reasonCode, const QString& reason)
{
    auto inserted = sql::run(
        m_db.connection(),
        QStringLiteral(
            "INSERT OR IGNORE INTO sync_quarantine (received, sender, device, seq, hlc, kind, record, "
            "field, value, prev_hlc, reason, reason_code, signature, erased_digest) VALUES (?, ?, ?, ?, ?, "
            "?, ?, ?, ?, ?, ?, ?, ?, ?)"),
        {utcText(QDateTime::currentDateTimeUtc()), sql::toStored(sender), sql::toStored(entry.device),
         entry.seq, sql::toStored(entry.hlc), sql::toStored(entry.kind), sql::toStored(entry.record),
         sql::toStored(entry.field), entry.value, nullableText(entry.prevHlc), reason, reasonCode,
         nullableBytes(entry.signature), nullableBytes(entry.erasedDigest)});
    if (!inserted)
        return inserted.error();
    return {};
}

Result<QList<QuarantinedEntry>> SyncRepository::quarantined()
{
    auto query =
        sql::run(m_db.connection(),
                 QStringLiteral("SELECT received, sender, reason, reason_code, %1 FROM sync_quarantine "
                                "ORDER BY id")
                     .arg(kEntryColumns));
    if (!query)
        return query.error();
    QList<QuarantinedEntry> entries;
    while (query->next())
        entries.append({utc(query->value(0)), query->value(1).toString(), entryFrom(*query, 4),
                        query->value(2).toString(), query->value(3).toString()});
    return entries;
}

Result<int> SyncRepository::forgetAppliedQuarantine()
{
    // An entry kept aside that is in the journal now (it applied on a retry, or came again in a later
    // bundle and applied then) waits for nothing any more.
    auto deleted = sql::run(
        m_db.connection(), QStringLiteral("DELETE FROM sync_quarantine WHERE EXISTS (SELECT 1 FROM journal j "
                                          "WHERE j.device = sync_quarantine.device AND j.seq = "
                                          "sync_quarantine.seq AND j.hlc = sync_quarantine.hlc)"));
    if (!deleted)
        return deleted.error();
    return deleted->numRowsAffected();
}

Result<QList<JournalEntry>> SyncRepository::unsignedEntriesOf(const QStringList& devices)
{
    QList<JournalEntry> entries;
    for (const QString& device : devices) {
        auto query = sql::run(m_db.connection(),
                              QStringLiteral("SELECT %1 FROM journal WHERE device = ? AND signature IS NULL "
                                             "ORDER BY seq")
                                  .arg(kEntryColumns),
                              {device});
        if (!query)
            return query.error();
        while (query->next())
            entries.append(entryFrom(*query));
    }
    return entries;
}

Result<bool> SyncRepository::addSignature(const JournalEntry& entry)
{
    // Only a missing signature is filled in (a trigger refuses any other change of the journal), and only
    // for the very entry held here.
    auto updated =
        run(QStringLiteral("UPDATE journal SET signature = ? WHERE device = ? AND seq = ? AND hlc = ? "
                           "AND signature IS NULL"),
            {entry.signature, entry.device, entry.seq, entry.hlc});
    if (!updated)
        return updated.error();
    return (*updated)->numRowsAffected() > 0;
}

Result<QHash<QString, QByteArray>> SyncRepository::relayedKeys()
{
    auto query =
        sql::run(m_db.connection(), QStringLiteral("SELECT device, public_key FROM sync_relayed_keys"));
    if (!query)
        return query.error();
    QHash<QString, QByteArray> keys;
    while (query->next())
        keys.insert(query->value(0).toString(), query->value(1).toByteArray());
    return keys;
}

Result<void> SyncRepository::noteRelayedKey(const QString& device, const QByteArray& publicKey,
                                            const QString& vouchedBy)
{
    auto inserted = sql::run(m_db.connection(),
                             QStringLiteral("INSERT OR IGNORE INTO sync_relayed_keys (device, public_key, "
                                            "vouched_by, first_seen) VALUES (?, ?, ?, ?)"),
                             {device, publicKey, vouchedBy, utcText(QDateTime::currentDateTimeUtc())});
    if (!inserted)
        return inserted.error();
    return {};
}

Result<QList<KnownDevice>> SyncRepository::knownDevices()
{
    auto query = sql::run(m_db.connection(),
                          QStringLiteral("SELECT id, public_key, name, first_seen, last_bundle, knows FROM "
                                         "sync_devices ORDER BY name, id"));
    if (!query)
        return query.error();
    QList<KnownDevice> devices;
    while (query->next())
        devices.append({query->value(0).toString(), query->value(1).toByteArray(), query->value(2).toString(),
                        utc(query->value(3)), utc(query->value(4)),
                        knowsFromJson(query->value(5).toString())});
    return devices;
}

Result<std::optional<KnownDevice>> SyncRepository::device(const QString& id)
{
    auto devices = knownDevices();
    if (!devices)
        return devices.error();
    for (const KnownDevice& device : *devices)
        if (device.id == id)
            return std::optional<KnownDevice>(device);
    return std::optional<KnownDevice>();
}

bool SyncRepository::isKnownDevice(const QString& id, const QByteArray& publicKey)
{
    auto known = device(id);
    return known && known->has_value() && (*known)->publicKey == publicKey;
}

Result<void> SyncRepository::trustDevice(const QString& id, const QByteArray& publicKey, const QString& name)
{
    auto known = device(id);
    if (!known)
        return known.error();
    if (known->has_value()) {
        if ((*known)->publicKey != publicKey)
            return Error{impersonationMessage(id), {}};
        if (name.isEmpty() || name == (*known)->name)
            return {};
        auto renamed = sql::run(m_db.connection(),
                                QStringLiteral("UPDATE sync_devices SET name = ? WHERE id = ?"), {name, id});
        if (!renamed)
            return renamed.error();
        return {};
    }
    auto inserted = sql::run(
        m_db.connection(),
        QStringLiteral("INSERT INTO sync_devices (id, public_key, name, first_seen) VALUES (?, ?, ?, ?)"),
        {id, publicKey, sql::toStored(name), utcText(QDateTime::currentDateTimeUtc())});
    if (!inserted)
        return inserted.error();
    return {};
}

Result<void> SyncRepository::noteBundle(const QString& id, const QByteArray& publicKey, const QString& name,
                                        const QDateTime& written, const QHash<QString, qint64>& knows)
{
    if (auto trusted = trustDevice(id, publicKey, name); !trusted)
        return trusted;
    auto known = device(id);
    if (!known)
        return known.error();
    // A stale bundle (written before the last one seen) must not make the device look as if it knew less.
    if (known->has_value() && (*known)->lastBundle.isValid() && written.isValid() &&
        written <= (*known)->lastBundle)
        return {};
    auto noted = sql::run(
        m_db.connection(), QStringLiteral("UPDATE sync_devices SET last_bundle = ?, knows = ? WHERE id = ?"),
        {written.isValid() ? QVariant(utcText(written)) : QVariant(QMetaType(QMetaType::QString)),
         knowsToJson(knows), id});
    if (!noted)
        return noted.error();
    return {};
}

Result<void> SyncRepository::savepoint(const QString& name)
{
    return sql::exec(m_db.connection(), QStringLiteral("SAVEPOINT ") + name);
}

Result<void> SyncRepository::releaseSavepoint(const QString& name)
{
    return sql::exec(m_db.connection(), QStringLiteral("RELEASE ") + name);
}

Result<void> SyncRepository::rollbackToSavepoint(const QString& name)
{
    if (auto rolled = sql::exec(m_db.connection(), QStringLiteral("ROLLBACK TO ") + name); !rolled)
        return rolled;
    return releaseSavepoint(name);
}

} // namespace hamkori
