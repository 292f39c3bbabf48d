#include "RecordStore.h"
#include "../model/FieldValueCheck.h"
#include "Database.h"
#include "FieldPatch.h"
#include "JournalVersions.h"
#include "JournalWriter.h"
#include "SqlUtil.h"
#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>
#include <algorithm>

namespace hamkori {

namespace {

QJsonObject toJson(const Fields& fields)
{
    QJsonObject object;
    for (const auto& [column, value] : fields) {
        // fromVariant() turns a NULL number into 0 and a NULL text into "": "no baseline" must stay null.
        const QVariant stored = sql::toStored(value);
        object.insert(column,
                      stored.isNull() ? QJsonValue(QJsonValue::Null) : QJsonValue::fromVariant(stored));
    }
    return object;
}

// Creations carry the whole record. Large ones are stored zlib-compressed (a BLOB), which keeps the journal
// of a national data file at about a third of its size; small ones stay readable JSON text.
QVariant encodeCreation(const Fields& fields)
{
    const QByteArray json = QJsonDocument(toJson(fields)).toJson(QJsonDocument::Compact);
    if (json.size() < 256)
        return QString::fromUtf8(json);
    return qCompress(json, 6);
}

class Messages
{
    Q_DECLARE_TR_FUNCTIONS(RecordStore)
public:
    static QString unknownField(const QString& kind, const QString& column)
    {
        return tr("Hamkori tried to store a field it does not know (%1 of %2). Nothing was changed; please "
                  "report this.")
            .arg(column, catalogue::kindLabel(kind));
    }
};

/// Every value fits its field as the catalogue describes it; the message names the first that does not.
Result<void> checkAgainstCatalogue(const QString& kind, const Fields& fields)
{
    const catalogue::Kind* described = catalogue::kind(kind);
    for (const auto& [column, stored] : fields) {
        const catalogue::Field* field = described ? described->field(column) : nullptr;
        if (field == nullptr)
            return Error{Messages::unknownField(kind, column), column};
        if (const QString problem = catalogue::problemWith(*field, stored); !problem.isEmpty())
            return Error{problem, column};
    }
    return {};
}

} // namespace

QJsonObject RecordStore::creationFields(const QVariant& value)
{
    const QByteArray json = value.typeId() == QMetaType::QByteArray ? qUncompress(value.toByteArray())
                                                                    : value.toString().toUtf8();
    return QJsonDocument::fromJson(json).object();
}

RecordStore::RecordStore(Database& db) : m_db(db) {}

QString RecordStore::tableOf(const QString& kind)
{
    const catalogue::Kind* found = catalogue::kind(kind);
    return found ? QString::fromLatin1(found->table) : QString();
}

QStringList RecordStore::kinds()
{
    QStringList names;
    for (const catalogue::Kind& kind : catalogue::kinds())
        names << QString::fromLatin1(kind.name);
    return names;
}

QSqlQuery& RecordStore::prepared(const QString& statement)
{
    auto it = m_statements.find(statement);
    if (it == m_statements.end()) {
        QSqlQuery query(m_db.connection());
        query.prepare(statement);
        it = m_statements.insert(statement, query);
    }
    return it.value();
}

Result<void> RecordStore::execute(QSqlQuery& query)
{
    if (!query.exec())
        return sql::failure(query);
    return {};
}

Result<void> RecordStore::insert(const QString& kind, const QString& uuid, const Fields& fields)
{
    Q_ASSERT(m_db.inTransaction());
    const QString table = tableOf(kind);
    Q_ASSERT(!table.isEmpty());
    QStringList columns{QStringLiteral("uuid"), QStringLiteral("created_hlc"), QStringLiteral("modified_hlc"),
                        QStringLiteral("device")};
    Fields stored;
    for (const auto& [column, value] : fields) {
        columns << column;
        stored.append({column, sql::toStored(value)});
    }
    if (auto fits = checkAgainstCatalogue(kind, stored); !fits)
        return fits;
    QStringList marks;
    marks.fill(QStringLiteral("?"), columns.size());
    if (auto living = m_db.identity().ensureLiving(); !living)
        return living;
    QSqlQuery& query =
        prepared(QStringLiteral("INSERT INTO %1 (%2) VALUES (%3)")
                     .arg(table, columns.join(QStringLiteral(", ")), marks.join(QStringLiteral(", "))));
    const QString hlc = m_db.clock().tick();
    query.addBindValue(uuid);
    query.addBindValue(hlc);
    query.addBindValue(hlc);
    query.addBindValue(m_db.identity().id());
    for (const auto& field : stored)
        query.addBindValue(field.second);
    if (auto done = execute(query); !done)
        return done;
    if (auto logged = m_db.journal().appendOwn(kind, uuid, QString(), encodeCreation(fields), QString(), hlc);
        !logged)
        return logged.error();
    m_db.noteChange(kind, uuid);
    return {};
}

Result<void> RecordStore::ensure(const QString& kind, const QString& uuid, const Fields& fields)
{
    auto current = fetch(kind, uuid);
    if (!current)
        return current.error();
    if (current->isEmpty())
        return insert(kind, uuid, fields);
    if (current->value(QStringLiteral("deleted")).toInt() != 0)
        if (auto restored = setDeleted(kind, uuid, false); !restored)
            return restored.error();
    if (auto updated = update(kind, uuid, fields); !updated)
        return updated.error();
    return {};
}

Result<QSqlRecord> RecordStore::fetch(const QString& kind, const QString& uuid)
{
    QSqlQuery& query = prepared(QStringLiteral("SELECT * FROM %1 WHERE uuid = ?").arg(tableOf(kind)));
    query.addBindValue(uuid);
    if (auto done = execute(query); !done)
        return done.error();
    QSqlRecord record = query.next() ? query.record() : QSqlRecord();
    query.finish();
    return record;
}

bool RecordStore::exists(const QString& kind, const QString& uuid, bool includeDeleted)
{
    if (uuid.isEmpty())
        return false;
    auto record = fetch(kind, uuid);
    return record && !record->isEmpty() &&
           (includeDeleted || record->value(QStringLiteral("deleted")).toInt() == 0);
}

Result<bool> RecordStore::update(const QString& kind, const QString& uuid, const Fields& fields)
{
    Q_ASSERT(m_db.inTransaction());
    auto current = fetch(kind, uuid);
    if (!current)
        return current.error();
    if (current->isEmpty())
        return Error{QStringLiteral("no %1 with id %2").arg(kind, uuid), {}};

    Fields changed;
    for (const auto& [column, value] : fields) {
        const QVariant stored = sql::toStored(value);
        if (!FieldPatch::sameValue(current->value(column), stored))
            changed.append({column, stored});
    }
    if (changed.isEmpty())
        return false;
    // Only what changes is checked: a value stored by an older Hamkori does not block an edit of another
    // field.
    if (auto fits = checkAgainstCatalogue(kind, changed); !fits)
        return fits.error();

    if (auto living = m_db.identity().ensureLiving(); !living)
        return living.error();
    const QString hlc = m_db.clock().tick();
    QStringList assignments{QStringLiteral("modified_hlc = ?"), QStringLiteral("device = ?")};
    for (const auto& field : changed)
        assignments << field.first + QStringLiteral(" = ?");
    QSqlQuery& query = prepared(
        QStringLiteral("UPDATE %1 SET %2 WHERE uuid = ?").arg(tableOf(kind), assignments.join(u", ")));
    query.addBindValue(hlc);
    query.addBindValue(m_db.identity().id());
    for (const auto& field : changed)
        query.addBindValue(field.second);
    query.addBindValue(uuid);
    if (auto done = execute(query); !done)
        return done.error();

    // prev_hlc names the versions the editor saw (see JournalVersions.h): for a field, the heads that show
    // its current value; for the deletion flag, every head of the record, so that an edit made elsewhere
    // without knowing of a deletion becomes a conflict instead of being lost.
    QSqlQuery& fieldVersions = prepared(QStringLiteral(
        "SELECT device, hlc, field, value, prev_hlc FROM journal WHERE record = ? AND field IN (?, '')"));
    QSqlQuery& recordVersions =
        prepared(QStringLiteral("SELECT device, hlc, field, value, prev_hlc FROM journal WHERE record = ?"));
    for (const auto& [column, value] : changed) {
        const bool deletion = column == QStringLiteral("deleted");
        QSqlQuery& seen = deletion ? recordVersions : fieldVersions;
        seen.addBindValue(uuid);
        if (!deletion)
            seen.addBindValue(column);
        if (auto done = execute(seen); !done)
            return done.error();
        QList<JournalEntry> versions;
        while (seen.next())
            versions.append({seen.value(0).toString(), 0, seen.value(1).toString(), kind, uuid,
                             seen.value(2).toString(), seen.value(3), seen.value(4).toString()});
        seen.finish();
        QString prevHlc =
            deletion ? journal::stampsSeenByDeletion(versions) : journal::stampsSeenByEdit(versions, column);
        if (deletion && !m_cascadeStamp.isEmpty())
            prevHlc += QLatin1Char(' ') + m_cascadeStamp;
        if (auto logged = m_db.journal().appendOwn(kind, uuid, column, value, prevHlc, hlc); !logged)
            return logged.error();
    }
    m_db.noteChange(kind, uuid);
    return true;
}

Result<bool> RecordStore::setDeleted(const QString& kind, const QString& uuid, bool deleted)
{
    return update(kind, uuid, {{QStringLiteral("deleted"), deleted ? 1 : 0}});
}

Result<QList<RecordRef>> RecordStore::deleteWithDependents(const QString& kind, const QString& uuid)
{
    QList<RecordRef> deleted;
    QList<RecordRef> pending{{kind, uuid}};
    // The dependents' deletions name the stamp of the first one, so that a laptop that brings the record back
    // (resolving a conflict) can bring back with it what its deletion took.
    QString cascade;
    while (!pending.isEmpty()) {
        const RecordRef next = pending.takeFirst();
        m_cascadeStamp = cascade;
        auto changed = setDeleted(next.kind, next.uuid, true);
        m_cascadeStamp.clear();
        if (!changed)
            return changed.error();
        if (*changed)
            deleted.append(next);
        if (cascade.isEmpty())
            if (auto row = fetch(next.kind, next.uuid); row && !row->isEmpty())
                cascade = row->value(QStringLiteral("modified_hlc")).toString();
        const catalogue::Kind* described = catalogue::kind(next.kind);
        for (const catalogue::Dependent& dependent :
             described ? described->dependents : QList<catalogue::Dependent>{}) {
            const QString childKind = QString::fromLatin1(dependent.kind);
            QSqlQuery& query = prepared(QStringLiteral("SELECT uuid FROM %1 WHERE %2 = ? AND deleted = 0")
                                            .arg(tableOf(childKind), QString::fromLatin1(dependent.column)));
            query.addBindValue(next.uuid);
            if (auto done = execute(query); !done)
                return done.error();
            while (query.next())
                pending.append({childKind, query.value(0).toString()});
            query.finish();
        }
    }
    return deleted;
}

Result<void> RecordStore::restore(const QList<RecordRef>& records)
{
    for (const RecordRef& record : records)
        if (auto changed = setDeleted(record.kind, record.uuid, false); !changed)
            return changed.error();
    return {};
}

Result<QList<RecordRef>> RecordStore::bringBack(const QString& kind, const QString& uuid)
{
    // The stamp of the record's latest deletion and the stamps it names: deleteWithDependents made every
    // dependent's deletion name the first deletion of the cascade, whichever laptop deleted.
    const auto latestDeletion = [this](const QString& record) -> Result<std::pair<QString, QStringList>> {
        auto entries = journalFor(record);
        if (!entries)
            return entries.error();
        std::pair<QString, QStringList> latest; // its stamp, and the stamps it names
        for (const JournalEntry& entry : *entries)
            if (entry.field == u"deleted" && entry.value.toInt() != 0 && entry.hlc > latest.first)
                latest = {entry.hlc, journal::splitStamps(entry.prevHlc)};
        return latest;
    };
    auto root = latestDeletion(uuid);
    if (!root)
        return root.error();
    // A dependent deleted with the record names its deletion, or the deletion both were part of (a team's).
    QSet<QString> cascade(root->second.begin(), root->second.end());
    cascade.insert(root->first);
    cascade.remove(QString());
    QList<RecordRef> broughtBack;
    QList<RecordRef> pending{{kind, uuid}};
    while (!pending.isEmpty()) {
        const RecordRef next = pending.takeFirst();
        auto changed = setDeleted(next.kind, next.uuid, false);
        if (!changed)
            return changed.error();
        if (*changed)
            broughtBack.append(next);
        const catalogue::Kind* described = catalogue::kind(next.kind);
        for (const catalogue::Dependent& dependent :
             described ? described->dependents : QList<catalogue::Dependent>{}) {
            const QString childKind = QString::fromLatin1(dependent.kind);
            QSqlQuery& query = prepared(QStringLiteral("SELECT uuid FROM %1 WHERE %2 = ? AND deleted = 1")
                                            .arg(tableOf(childKind), QString::fromLatin1(dependent.column)));
            query.addBindValue(next.uuid);
            if (auto done = execute(query); !done)
                return done.error();
            QStringList children;
            while (query.next())
                children << query.value(0).toString();
            query.finish();
            for (const QString& child : children) {
                // Deleted on its own before (a status change removed by hand) stays deleted.
                auto own = latestDeletion(child);
                if (!own)
                    return own.error();
                if (std::any_of(own->second.begin(), own->second.end(),
                                [&](const QString& stamp) { return cascade.contains(stamp); }))
                    pending.append({childKind, child});
            }
        }
    }
    return broughtBack;
}

Result<QList<JournalEntry>> RecordStore::journalFor(const QString& record)
{
    auto query =
        sql::run(m_db.connection(),
                 QStringLiteral("SELECT device, seq, hlc, kind, record, field, value, prev_hlc FROM journal "
                                "WHERE record = ? ORDER BY hlc, device, seq"),
                 {record});
    if (!query)
        return query.error();
    QList<JournalEntry> entries;
    while (query->next())
        entries.append({query->value(0).toString(), query->value(1).toLongLong(), query->value(2).toString(),
                        query->value(3).toString(), query->value(4).toString(), query->value(5).toString(),
                        query->value(6), query->value(7).toString()});
    return entries;
}

qint64 RecordStore::journalSize()
{
    auto count = sql::scalar(m_db.connection(), QStringLiteral("SELECT COUNT(*) FROM journal"));
    return count ? count->toLongLong() : -1;
}

} // namespace hamkori
