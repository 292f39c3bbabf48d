#pragma once
// Reading and writing the values in cells: dates (read as a date field reads them, readTypedDate), numbers (a
// decimal point or comma), yes/no, and names of list entries and enum values in any of the three languages or
// by code.
#include "core/model/Enums.h"
#include "core/model/Reference.h"
#include "core/report/DocumentLanguage.h"
#include <QDate>
#include <QHash>
#include <optional>

namespace hamkori::csv {

QString foldName(const QString& text);

class CellValues
{
    Q_DECLARE_TR_FUNCTIONS(CellValues)
public:
    static QString date(QDate day) { return report::DocumentLanguage::date(day); }
    /// Empty text is an invalid date; a text that is not a date gives std::nullopt.
    static std::optional<QDate> parseDate(const QString& text);
    static QString number(double value);
    static std::optional<double> parseNumber(const QString& text);
    static QString yesNo(bool value, const report::DocumentLanguage& language);
    static std::optional<bool> parseYesNo(const QString& text);
};

/// Finds an enum value by its name in Tajik, Russian or English, or by its code.
template <typename E> class EnumNames
{
public:
    EnumNames()
    {
        const report::DocumentLanguage languages[] = {report::DocumentLanguage(QStringLiteral("en")),
                                                      report::DocumentLanguage(QStringLiteral("tg")),
                                                      report::DocumentLanguage(QStringLiteral("ru"))};
        for (const auto& entry : EnumTraits<E>::entries()) {
            m_values.insert(foldName(QString::fromLatin1(entry.code)), entry.value);
            for (const auto& language : languages)
                m_values.insert(foldName(language.name(entry.value)), entry.value);
        }
    }
    std::optional<E> find(const QString& text) const
    {
        const auto found = m_values.constFind(foldName(text));
        return found == m_values.constEnd() ? std::nullopt : std::optional<E>(*found);
    }
    /// The names people may use, in the program's language, for the message about an unknown one.
    static QString choices()
    {
        QStringList names;
        for (const auto& entry : EnumTraits<E>::entries())
            names << displayName(entry.value);
        return names.join(QStringLiteral(", "));
    }

private:
    QHash<QString, E> m_values;
};

/// Finds an entry of an editable list (a category) by any of its names or its code.
class ReferenceNames
{
public:
    explicit ReferenceNames(const QList<ReferenceItem>& items);
    /// The UUID, or empty when no entry has that name.
    QString find(const QString& text) const { return m_uuids.value(foldName(text)); }
    QString choices() const { return m_choices; }

private:
    QHash<QString, QString> m_uuids;
    QString m_choices;
};

} // namespace hamkori::csv
