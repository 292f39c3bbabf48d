#include "JournalSignature.h"
#include <QDate>
#include <QtEndian>
#include <bit>
#include <sodium.h>

namespace hamkori::journal {

namespace {

template <typename T> void appendNumber(QByteArray& out, T value)
{
    char bytes[sizeof(T)];
    qToBigEndian(value, bytes);
    out.append(bytes, sizeof(T));
}

void appendBytes(QByteArray& out, const QByteArray& data)
{
    appendNumber(out, quint32(data.size()));
    out.append(data);
}

enum ValueTag : quint8
{
    Null = 0,
    Integer = 1,
    Real = 2,
    Text = 3,
    Blob = 4,
};

} // namespace

QByteArray canonicalValue(const QVariant& value)
{
    // "No value" has one form whatever way it took: SQL NULL, an empty text or blob, a null QString. A value
    // read back from SQLite, decoded from a bundle and bound again may change between them, and its digest
    // must not.
    QByteArray out;
    const auto nothing = [&] {
        appendNumber(out, quint8(Null));
        return out;
    };
    switch (value.typeId()) {
    case QMetaType::UnknownType:
    case QMetaType::Nullptr:
        return nothing();
    case QMetaType::Bool:
    case QMetaType::Int:
    case QMetaType::UInt:
    case QMetaType::Long:
    case QMetaType::LongLong:
    case QMetaType::Short:
    case QMetaType::UShort:
        if (value.isNull())
            return nothing();
        appendNumber(out, quint8(Integer));
        appendNumber(out, value.toLongLong());
        return out;
    case QMetaType::Double:
    case QMetaType::Float:
        if (value.isNull())
            return nothing();
        appendNumber(out, quint8(Real));
        appendNumber(out, std::bit_cast<quint64>(value.toDouble()));
        return out;
    case QMetaType::QByteArray: {
        const QByteArray bytes = value.toByteArray();
        if (bytes.isEmpty())
            return nothing();
        appendNumber(out, quint8(Blob));
        appendBytes(out, bytes);
        return out;
    }
    default: {
        const QByteArray text = value.typeId() == QMetaType::QDate
                                    ? value.toDate().toString(Qt::ISODate).toUtf8()
                                    : value.toString().toUtf8();
        if (text.isEmpty())
            return nothing();
        appendNumber(out, quint8(Text));
        appendBytes(out, text);
        return out;
    }
    }
}

QByteArray valueDigest(const QVariant& value)
{
    const QByteArray bytes = canonicalValue(value);
    QByteArray digest(32, '\0');
    crypto_generichash(reinterpret_cast<unsigned char*>(digest.data()), std::size_t(digest.size()),
                       reinterpret_cast<const unsigned char*>(bytes.constData()), std::size_t(bytes.size()),
                       nullptr, 0);
    return digest;
}

QByteArray signedMessage(const JournalEntry& entry, const QByteArray& digest)
{
    QByteArray message = QByteArrayLiteral("hamkori-entry-1");
    message.append('\0');
    for (const QString& text :
         {entry.device, entry.hlc, entry.kind, entry.record, entry.field, entry.prevHlc})
        appendBytes(message, text.toUtf8());
    appendNumber(message, entry.seq);
    appendBytes(message, digest);
    return message;
}

} // namespace hamkori::journal
