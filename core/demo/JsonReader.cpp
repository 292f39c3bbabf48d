#include "JsonReader.h"
#include <QJsonArray>

namespace hamkori {

QString JsonReader::text(const char* key) const
{
    return value(key).toString();
}

QDate JsonReader::date(const char* key) const
{
    return QDate::fromString(text(key), Qt::ISODate);
}

int JsonReader::integer(const char* key, int fallback) const
{
    const QJsonValue v = value(key);
    return v.isDouble() ? v.toInt(fallback) : fallback;
}

std::optional<double> JsonReader::number(const char* key) const
{
    const QJsonValue v = value(key);
    return v.isDouble() ? std::optional<double>(v.toDouble()) : std::nullopt;
}

bool JsonReader::boolean(const char* key) const
{
    return value(key).toBool();
}

JsonReader JsonReader::object(const char* key) const
{
    return JsonReader(value(key).toObject());
}

QList<JsonReader> JsonReader::array(const char* key) const
{
    QList<JsonReader> items;
    for (const QJsonValue& item : value(key).toArray())
        items.append(JsonReader(item.toObject()));
    return items;
}

QStringList JsonReader::texts(const char* key) const
{
    QStringList items;
    for (const QJsonValue& item : value(key).toArray())
        items << item.toString();
    return items;
}

QList<int> JsonReader::integers(const char* key) const
{
    QList<int> items;
    for (const QJsonValue& item : value(key).toArray())
        items << item.toInt(-1);
    return items;
}

} // namespace hamkori
