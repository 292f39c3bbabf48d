#include "StoredZip.h"
#include <array>

namespace hamkori::report {

namespace {

// 1 January 2026, 00:00, in MS-DOS form: a fixed stamp, so the same document gives the same bytes.
constexpr quint16 kDosTime = 0;
constexpr quint16 kDosDate = ((2026 - 1980) << 9) | (1 << 5) | 1;
constexpr quint16 kVersion = 20;        // 2.0: stored entries
constexpr quint16 kUtf8Names = 1 << 11; // general purpose flag: names are UTF-8

void put16(QByteArray& out, quint16 value)
{
    out.append(char(value & 0xff));
    out.append(char(value >> 8));
}

void put32(QByteArray& out, quint32 value)
{
    for (int shift = 0; shift < 32; shift += 8)
        out.append(char((value >> shift) & 0xff));
}

} // namespace

quint32 StoredZip::crc32(const QByteArray& data)
{
    static const std::array<quint32, 256> table = [] {
        std::array<quint32, 256> t{};
        for (quint32 n = 0; n < 256; ++n) {
            quint32 c = n;
            for (int k = 0; k < 8; ++k)
                c = (c & 1) ? 0xEDB88320u ^ (c >> 1) : c >> 1;
            t[n] = c;
        }
        return t;
    }();
    quint32 crc = 0xFFFFFFFFu;
    for (const char byte : data)
        crc = table[(crc ^ quint8(byte)) & 0xff] ^ (crc >> 8);
    return crc ^ 0xFFFFFFFFu;
}

void StoredZip::add(const QString& name, const QByteArray& data)
{
    Entry entry{name.toUtf8(), crc32(data), quint32(data.size()), quint32(m_body.size())};
    put32(m_body, 0x04034b50);
    put16(m_body, kVersion);
    put16(m_body, kUtf8Names);
    put16(m_body, 0); // stored
    put16(m_body, kDosTime);
    put16(m_body, kDosDate);
    put32(m_body, entry.crc);
    put32(m_body, entry.size); // compressed size: the same
    put32(m_body, entry.size);
    put16(m_body, quint16(entry.name.size()));
    put16(m_body, 0); // no extra field (OpenDocument wants none on "mimetype")
    m_body.append(entry.name);
    m_body.append(data);
    m_entries.append(entry);
}

QByteArray StoredZip::finish() const
{
    QByteArray archive = m_body;
    const quint32 directoryOffset = quint32(archive.size());
    for (const Entry& entry : m_entries) {
        put32(archive, 0x02014b50);
        put16(archive, kVersion); // made by
        put16(archive, kVersion); // needed
        put16(archive, kUtf8Names);
        put16(archive, 0);
        put16(archive, kDosTime);
        put16(archive, kDosDate);
        put32(archive, entry.crc);
        put32(archive, entry.size);
        put32(archive, entry.size);
        put16(archive, quint16(entry.name.size()));
        put16(archive, 0); // extra
        put16(archive, 0); // comment
        put16(archive, 0); // disk
        put16(archive, 0); // internal attributes
        put32(archive, 0); // external attributes
        put32(archive, entry.offset);
        archive.append(entry.name);
    }
    const quint32 directorySize = quint32(archive.size()) - directoryOffset;
    put32(archive, 0x06054b50);
    put16(archive, 0);
    put16(archive, 0);
    put16(archive, quint16(m_entries.size()));
    put16(archive, quint16(m_entries.size()));
    put32(archive, directorySize);
    put32(archive, directoryOffset);
    put16(archive, 0); // comment
    return archive;
}

} // namespace hamkori::report
