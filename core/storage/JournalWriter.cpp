#include "JournalWriter.h"
#include "Database.h"
#include "HybridClock.h"
#include "SqlUtil.h"

namespace hamkori {

JournalWriter::JournalWriter(Database& db) : m_db(db) {}

Result<JournalEntry> JournalWriter::appendOwn(const QString& kind, const QString& record,
                                              const QString& field, const QVariant& value,
                                              const QString& prevHlc, const QString& hlc)
{
    Q_ASSERT(m_db.inTransaction());
    const JournalEntry entry{
        m_db.identity().id(), m_lastSeq + 1, hlc.isEmpty() ? m_db.clock().tick() : hlc, kind, record, field,
        sql::toStored(value), prevHlc};
    if (auto inserted = insert(entry); !inserted)
        return inserted.error();
    ++m_lastSeq;
    return entry;
}

Result<void> JournalWriter::appendReceived(const JournalEntry& entry)
{
    if (auto inserted = insert(entry); !inserted)
        return inserted;
    if (entry.device == m_db.identity().id() && entry.seq > m_lastSeq)
        m_lastSeq = entry.seq; // this identity's own change coming back: never hand its number out again
    return {};
}

Result<void> JournalWriter::insert(const JournalEntry& entry)
{
    if (!m_insert) {
        m_insert.emplace(m_db.connection());
        m_insert->prepare(
            QStringLiteral("INSERT INTO journal (device, seq, hlc, kind, record, field, value, "
                           "prev_hlc, signature, erased_digest) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, "
                           "?)"));
    }
    QSqlQuery& query = *m_insert;
    query.addBindValue(entry.device);
    query.addBindValue(entry.seq);
    query.addBindValue(entry.hlc);
    query.addBindValue(entry.kind);
    query.addBindValue(entry.record);
    query.addBindValue(sql::toStored(entry.field)); // a creation has an empty field, never NULL
    query.addBindValue(entry.value);
    query.addBindValue(entry.prevHlc.isEmpty() ? QVariant(QMetaType(QMetaType::QString))
                                               : QVariant(entry.prevHlc));
    for (const QByteArray* bytes : {&entry.signature, &entry.erasedDigest})
        query.addBindValue(bytes->isEmpty() ? QVariant(QMetaType(QMetaType::QByteArray)) : QVariant(*bytes));
    if (!query.exec())
        return sql::failure(query);
    return {};
}

void JournalWriter::reload()
{
    auto last =
        sql::scalar(m_db.connection(), QStringLiteral("SELECT MAX(seq) FROM journal WHERE device = ?"),
                    {m_db.identity().id()});
    m_lastSeq = last ? last->toLongLong() : 0;
}

} // namespace hamkori
