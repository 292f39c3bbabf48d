#pragma once
// Reading optional values out of JSON objects without ceremony (core-internal).
#include <QDate>
#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <QStringList>
#include <optional>

namespace hamkori {

class JsonReader
{
public:
    JsonReader() = default;
    explicit JsonReader(QJsonObject object) : m_object(std::move(object)) {}

    bool isEmpty() const { return m_object.isEmpty(); }
    QString text(const char* key) const;
    QDate date(const char* key) const; // yyyy-MM-dd; invalid when absent or null
    int integer(const char* key, int fallback = 0) const;
    std::optional<double> number(const char* key) const;
    bool boolean(const char* key) const;
    JsonReader object(const char* key) const;
    QList<JsonReader> array(const char* key) const;
    QStringList texts(const char* key) const;
    QList<int> integers(const char* key) const;
    QJsonArray rawArray(const char* key) const { return value(key).toArray(); }

private:
    QJsonValue value(const char* key) const { return m_object.value(QLatin1String(key)); }
    QJsonObject m_object;
};

} // namespace hamkori
