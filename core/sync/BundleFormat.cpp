#include "BundleFormat.h"
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QtEndian>
#include <bit>
#include <cstring>

namespace hamkori::sync::format {

namespace {

// The tags of a value in the body: what SQLite stores in the journal's untyped value column.
enum ValueTag : quint8
{
    Null = 0,
    Integer = 1,
    Real = 2,
    Text = 3,
    Blob = 4,
};

class Writer
{
public:
    explicit Writer(QByteArray& out) : m_out(out) {}
    template <typename T> void number(T value)
    {
        char bytes[sizeof(T)];
        qToBigEndian(value, bytes);
        m_out.append(bytes, sizeof(T));
    }
    void bytes(const QByteArray& data)
    {
        number(quint32(data.size()));
        m_out.append(data);
    }
    void text(const QString& value) { bytes(value.toUtf8()); }
    void value(const QVariant& value)
    {
        switch (value.typeId()) {
        case QMetaType::UnknownType:
        case QMetaType::Nullptr:
            number(quint8(Null));
            return;
        case QMetaType::Bool:
        case QMetaType::Int:
        case QMetaType::UInt:
        case QMetaType::Long:
        case QMetaType::LongLong:
        case QMetaType::Short:
        case QMetaType::UShort:
            if (value.isNull())
                break;
            number(quint8(Integer));
            number(value.toLongLong());
            return;
        case QMetaType::Double:
        case QMetaType::Float:
            if (value.isNull())
                break;
            number(quint8(Real));
            number(std::bit_cast<quint64>(value.toDouble()));
            return;
        case QMetaType::QByteArray:
            if (value.isNull())
                break;
            number(quint8(Blob));
            bytes(value.toByteArray());
            return;
        default:
            break;
        }
        if (value.isNull()) {
            number(quint8(Null));
            return;
        }
        number(quint8(Text));
        text(value.typeId() == QMetaType::QDate ? value.toDate().toString(Qt::ISODate) : value.toString());
    }

private:
    QByteArray& m_out;
};

class Reader
{
public:
    explicit Reader(const QByteArray& in) : m_in(in) {}
    bool failed() const { return m_failed; }
    bool atEnd() const { return m_offset == m_in.size(); }
    qsizetype remaining() const { return m_in.size() - m_offset; }

    template <typename T> T number()
    {
        if (remaining() < qsizetype(sizeof(T))) {
            m_failed = true;
            return T();
        }
        const T value = qFromBigEndian<T>(m_in.constData() + m_offset);
        m_offset += sizeof(T);
        return value;
    }
    QByteArray bytes()
    {
        const qsizetype length = number<quint32>();
        if (m_failed || length > remaining()) {
            m_failed = true;
            return {};
        }
        const QByteArray data = m_in.mid(m_offset, length);
        m_offset += length;
        return data;
    }
    QString text() { return QString::fromUtf8(bytes()); }
    QVariant value()
    {
        switch (number<quint8>()) {
        case Null:
            return QVariant();
        case Integer:
            return QVariant(qint64(number<quint64>()));
        case Real:
            return QVariant(std::bit_cast<double>(number<quint64>()));
        case Text:
            return QVariant(text());
        case Blob:
            return QVariant(bytes());
        default:
            m_failed = true;
            return QVariant();
        }
    }

private:
    const QByteArray& m_in;
    qsizetype m_offset = 0;
    bool m_failed = false;
};

QString text(const QJsonObject& object, const char* key)
{
    return object.value(QLatin1String(key)).toString();
}

QByteArray base64(const QJsonObject& object, const char* key)
{
    const auto decoded = QByteArray::fromBase64Encoding(
        object.value(QLatin1String(key)).toString().toLatin1(), QByteArray::AbortOnBase64DecodingErrors);
    return decoded ? *decoded : QByteArray();
}

// Device and team ids are UUID text in every data file; the reader only asks for short, non-empty text, so
// that the merge (not the file format) decides what an id may be.
bool isIdText(const QString& text)
{
    return !text.isEmpty() && text.size() <= 64;
}

} // namespace

QByteArray encodePrefix(const Prefix& prefix)
{
    QByteArray out(kMagic, kMagicBytes);
    Writer writer(out);
    writer.number(quint16(prefix.formatVersion));
    writer.number(quint16(prefix.oldestReader));
    writer.number(quint32(prefix.headerBytes));
    writer.number(quint64(prefix.fileBytes));
    return out;
}

Prefix decodePrefix(const QByteArray& file)
{
    const QByteArray bytes = file.left(kPrefixBytes).mid(kMagicBytes);
    Reader reader(bytes);
    Prefix prefix;
    prefix.formatVersion = reader.number<quint16>();
    prefix.oldestReader = reader.number<quint16>();
    prefix.headerBytes = reader.number<quint32>();
    const quint64 fileBytes = reader.number<quint64>();
    prefix.fileBytes = fileBytes > quint64(std::numeric_limits<qint64>::max()) ? -1 : qint64(fileBytes);
    return prefix;
}

namespace {

QJsonObject kdfObject(const KeySalt& key)
{
    return {
        {QStringLiteral("algorithm"), QStringLiteral("argon2id13")},
        {QStringLiteral("salt"), QString::fromLatin1(key.salt.toBase64())},
        {QStringLiteral("opsLimit"), double(key.cost.opsLimit)},
        {QStringLiteral("memLimit"), double(key.cost.memLimit)},
    };
}

QJsonObject senderObject(const BundleHeader& header)
{
    QJsonObject knows;
    for (auto it = header.knows.cbegin(); it != header.knows.cend(); ++it)
        knows.insert(it.key(), double(it.value()));
    QJsonArray introductions;
    for (const Introduction& link : header.introductions)
        introductions.append(QJsonObject{
            {QStringLiteral("device"), link.device},
            {QStringLiteral("publicKey"), QString::fromLatin1(link.publicKey.toBase64())},
            {QStringLiteral("by"), link.by},
            {QStringLiteral("byKey"), QString::fromLatin1(link.byKey.toBase64())},
            {QStringLiteral("signature"), QString::fromLatin1(link.signature.toBase64())},
        });
    QJsonObject object{
        {QStringLiteral("device"), header.device},
        {QStringLiteral("publicKey"), QString::fromLatin1(header.publicKey.toBase64())},
        {QStringLiteral("knows"), knows},
        {QStringLiteral("teams"), QJsonArray::fromStringList(header.teams)},
        {QStringLiteral("written"), header.written.toUTC().toString(Qt::ISODateWithMs)},
    };
    if (!introductions.isEmpty())
        object.insert(QStringLiteral("introductions"), introductions);
    return object;
}

std::optional<QJsonObject> jsonObject(const QByteArray& json)
{
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(json, &error);
    if (error.error != QJsonParseError::NoError || !document.isObject())
        return std::nullopt;
    return document.object();
}

std::optional<KeySalt> decodeKdf(const QJsonObject& object)
{
    const QJsonObject kdf = object.value(QLatin1String("kdf")).toObject();
    KeySalt key;
    key.salt = base64(kdf, "salt");
    const double ops = kdf.value(QLatin1String("opsLimit")).toDouble(-1);
    const double mem = kdf.value(QLatin1String("memLimit")).toDouble(-1);
    if (text(kdf, "algorithm") != QLatin1String("argon2id13") || key.salt.size() != crypto::kSaltBytes ||
        ops < 0 || mem < 0 || ops > 1e15 || mem > 1e15)
        return std::nullopt;
    key.cost = {quint64(ops), quint64(mem)};
    return key;
}

std::optional<BundleHeader> decodeSenderObject(const QJsonObject& object)
{
    BundleHeader header;
    header.device = text(object, "device");
    header.publicKey = base64(object, "publicKey");
    if (!isIdText(header.device) || header.publicKey.size() != crypto::kPublicKeyBytes)
        return std::nullopt;
    const QJsonValue knows = object.value(QLatin1String("knows"));
    if (!knows.isObject())
        return std::nullopt;
    const QJsonObject knownSeqs = knows.toObject();
    for (auto it = knownSeqs.constBegin(); it != knownSeqs.constEnd(); ++it) {
        const double seq = it.value().toDouble(-1);
        if (!it.value().isDouble() || seq < 0 || seq > 9007199254740992.0 || seq != double(qint64(seq)) ||
            !isIdText(it.key()))
            return std::nullopt;
        header.knows.insert(it.key(), qint64(seq));
    }
    const QJsonValue teams = object.value(QLatin1String("teams"));
    if (!teams.isArray())
        return std::nullopt;
    for (const QJsonValue& team : teams.toArray()) {
        if (!team.isString() || !isIdText(team.toString()))
            return std::nullopt;
        header.teams << team.toString();
    }
    header.written = QDateTime::fromString(text(object, "written"), Qt::ISODateWithMs).toUTC();
    if (!header.written.isValid())
        return std::nullopt;
    // Format 2: optional; each link whole or the header is damaged. Whether a link holds is the merge's
    // question (sync::senderTrust), not the format's.
    const QJsonValue introductions = object.value(QLatin1String("introductions"));
    if (!introductions.isUndefined() && !introductions.isArray())
        return std::nullopt;
    for (const QJsonValue& value : introductions.toArray()) {
        const QJsonObject link = value.toObject();
        Introduction introduction{text(link, "device"), base64(link, "publicKey"), text(link, "by"),
                                  base64(link, "byKey"), base64(link, "signature")};
        if (!isIdText(introduction.device) || !isIdText(introduction.by) ||
            introduction.publicKey.size() != crypto::kPublicKeyBytes ||
            introduction.byKey.size() != crypto::kPublicKeyBytes ||
            introduction.signature.size() != crypto::kSignatureBytes)
            return std::nullopt;
        header.introductions.append(introduction);
    }

    return header;
}

} // namespace

QByteArray encodeHeader(const BundleHeader& header, const KeySalt& key)
{
    QJsonObject object = senderObject(header);
    object.insert(QStringLiteral("kdf"), kdfObject(key));
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}

std::optional<std::pair<BundleHeader, KeySalt>> decodeHeader(const QByteArray& json)
{
    const auto object = jsonObject(json);
    if (!object)
        return std::nullopt;
    auto header = decodeSenderObject(*object);
    auto key = decodeKdf(*object);
    if (!header || !key)
        return std::nullopt;
    return std::pair{*header, *key};
}

QByteArray encodePlainHeader(const KeySalt& key)
{
    return QJsonDocument(QJsonObject{{QStringLiteral("kdf"), kdfObject(key)}}).toJson(QJsonDocument::Compact);
}

std::optional<KeySalt> decodePlainHeader(const QByteArray& json)
{
    const auto object = jsonObject(json);
    return object ? decodeKdf(*object) : std::nullopt;
}

QByteArray encodeSender(const BundleHeader& header)
{
    return QJsonDocument(senderObject(header)).toJson(QJsonDocument::Compact);
}

std::optional<BundleHeader> decodeSender(const QByteArray& json)
{
    const auto object = jsonObject(json);
    return object ? decodeSenderObject(*object) : std::nullopt;
}

namespace {

void writeEntry(Writer& writer, const JournalEntry& entry)
{
    writer.text(entry.device);
    writer.number(entry.seq);
    writer.text(entry.hlc);
    writer.text(entry.kind);
    writer.text(entry.record);
    writer.text(entry.field);
    writer.value(entry.value);
    writer.text(entry.prevHlc);
}

JournalEntry readEntry(Reader& reader)
{
    JournalEntry entry;
    entry.device = reader.text();
    entry.seq = reader.number<qint64>();
    entry.hlc = reader.text();
    entry.kind = reader.text();
    entry.record = reader.text();
    entry.field = reader.text();
    entry.value = reader.value();
    entry.prevHlc = reader.text();
    return entry;
}

} // namespace

QByteArray encodeSealedBody(const Bundle& bundle)
{
    QByteArray out;
    out.reserve(1024 + bundle.entries.size() * 240);
    Writer writer(out);
    writer.bytes(encodeSender(bundle.header));
    writer.text(bundle.header.deviceName);
    writer.number(quint64(bundle.keys.size()));
    for (auto it = bundle.keys.cbegin(); it != bundle.keys.cend(); ++it) {
        writer.text(it.key());
        writer.bytes(it.value());
    }
    writer.number(quint64(bundle.entries.size()));
    for (const JournalEntry& entry : bundle.entries) {
        writeEntry(writer, entry);
        writer.bytes(entry.signature);
        writer.bytes(entry.erasedDigest);
    }
    return out;
}

bool decodeSealedBody(const QByteArray& body, Bundle* bundle)
{
    Reader reader(body);
    auto sender = decodeSender(reader.bytes());
    if (reader.failed() || !sender)
        return false;
    bundle->header = std::move(*sender);
    bundle->header.deviceName = reader.text();
    const quint64 keyCount = reader.number<quint64>();
    constexpr qsizetype smallestKey = 4 + 4 + crypto::kPublicKeyBytes;
    if (reader.failed() || keyCount > quint64(reader.remaining() / smallestKey))
        return false;
    bundle->keys.clear();
    for (quint64 i = 0; i < keyCount && !reader.failed(); ++i) {
        const QString device = reader.text();
        const QByteArray key = reader.bytes();
        if (!isIdText(device) || key.size() != crypto::kPublicKeyBytes)
            return false;
        bundle->keys.insert(device, key);
    }
    const quint64 count = reader.number<quint64>();
    // Six texts, a number, a value tag, a signature's and a digest's length at the least: a crafted count
    // cannot make the list reserve more.
    constexpr qsizetype smallestEntry = 8 * 4 + 8 + 1;
    if (reader.failed() || count > quint64(reader.remaining() / smallestEntry))
        return false;
    bundle->entries.clear();
    bundle->entries.reserve(qsizetype(count));
    for (quint64 i = 0; i < count && !reader.failed(); ++i) {
        JournalEntry entry = readEntry(reader);
        entry.signature = reader.bytes();
        entry.erasedDigest = reader.bytes();
        if ((!entry.signature.isEmpty() && entry.signature.size() != crypto::kSignatureBytes) ||
            (!entry.erasedDigest.isEmpty() && entry.erasedDigest.size() != 32))
            return false;
        bundle->entries.append(std::move(entry));
    }
    return !reader.failed() && reader.atEnd();
}

QByteArray encodeBody(const QString& deviceName, const QList<JournalEntry>& entries)
{
    QByteArray out;
    out.reserve(64 + entries.size() * 160);
    Writer writer(out);
    writer.text(deviceName);
    writer.number(quint64(entries.size()));
    for (const JournalEntry& entry : entries)
        writeEntry(writer, entry);
    return out;
}

bool decodeBody(const QByteArray& body, QString* deviceName, QList<JournalEntry>* entries)
{
    Reader reader(body);
    *deviceName = reader.text();
    const quint64 count = reader.number<quint64>();
    // Six texts, a number and a value tag at the least: a crafted count cannot make the list reserve more.
    constexpr qsizetype smallestEntry = 6 * 4 + 8 + 1;
    if (reader.failed() || count > quint64(reader.remaining() / smallestEntry))
        return false;
    entries->clear();
    entries->reserve(qsizetype(count));
    for (quint64 i = 0; i < count && !reader.failed(); ++i)
        entries->append(readEntry(reader));
    return !reader.failed() && reader.atEnd();
}

} // namespace hamkori::sync::format
