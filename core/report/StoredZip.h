#pragma once
// A zip archive whose entries are stored, not compressed: all an OpenDocument package needs (its first
// entry, "mimetype", must be stored anyway), written in memory. Qt has no public zip writer, and this is
// small enough to own. Layout per the PKWARE APPNOTE: a local header before each entry, then the central
// directory and its end record; little-endian, CRC-32 over each entry.
#include <QByteArray>
#include <QList>
#include <QString>

namespace hamkori::report {

class StoredZip
{
public:
    void add(const QString& name, const QByteArray& data);
    /// The whole archive.
    QByteArray finish() const;

    static quint32 crc32(const QByteArray& data);

private:
    struct Entry
    {
        QByteArray name; // UTF-8
        quint32 crc = 0;
        quint32 size = 0;
        quint32 offset = 0; // of its local header
    };
    QByteArray m_body; // local headers and data so far
    QList<Entry> m_entries;
};

} // namespace hamkori::report
