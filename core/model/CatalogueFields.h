#pragma once
// The builders the record catalogue's kinds are written with (RecordCatalogue.cpp, SurveyCatalogue.cpp): one
// line per field. Internal to the catalogue.
#include "Enums.h"
#include "Limits.h"
#include "RecordCatalogue.h"
#include <QCoreApplication>

namespace hamkori::catalogue::build {

inline const char* const kContext = "RecordCatalogue";

inline constexpr double kMoney = limits::kMoney;
inline constexpr double kMeasure = limits::kMeasure;
inline constexpr double kPosition = 100000;

template <typename E> QList<FieldChoice> choicesOf()
{
    QList<FieldChoice> choices;
    for (const auto& entry : EnumTraits<E>::entries())
        choices.append({QString::fromLatin1(entry.code), displayName(entry.value)});
    return choices;
}

inline QList<FieldChoice> yesNo()
{
    return {{1, QCoreApplication::translate(kContext, "yes")},
            {0, QCoreApplication::translate(kContext, "no")}};
}

inline QList<FieldChoice> placeKinds()
{
    return {{QStringLiteral("region"), QCoreApplication::translate(kContext, "region")},
            {QStringLiteral("city"), QCoreApplication::translate(kContext, "city")},
            {QStringLiteral("district"), QCoreApplication::translate(kContext, "district")}};
}

inline Field text(const char* column, const char* label)
{
    return {.column = column, .type = FieldType::Text, .labelSource = label};
}

inline Field longText(const char* column, const char* label)
{
    return {.column = column, .type = FieldType::LongText, .labelSource = label};
}

inline Field date(const char* column, const char* label, bool optional)
{
    return {.column = column, .type = FieldType::Date, .labelSource = label, .optional = optional};
}

inline Field integer(const char* column, const char* label, double minimum, double maximum)
{
    return {.column = column,
            .type = FieldType::Integer,
            .labelSource = label,
            .minimum = minimum,
            .maximum = maximum};
}

inline Field decimal(const char* column, const char* label, double minimum, double maximum, bool optional)
{
    return {.column = column,
            .type = FieldType::Decimal,
            .labelSource = label,
            .optional = optional,
            .minimum = minimum,
            .maximum = maximum};
}

inline Field choice(const char* column, const char* label, ChoiceList choices)
{
    return {.column = column, .type = FieldType::Choice, .labelSource = label, .choices = choices};
}

inline Field flag(const char* column, const char* label)
{
    return choice(column, label, yesNo);
}

inline Field reference(const char* column, const char* label, const char* kind, bool optional)
{
    return {.column = column,
            .type = FieldType::Reference,
            .labelSource = label,
            .optional = optional,
            .references = kind};
}

/// Free text that can name a person (see Field::sensitive).
inline Field personal(Field field)
{
    field.sensitive = true;
    return field;
}

/// A count of people of one sex and age band (guests of a meeting, people an activity reached).
inline Field people(const char* column, const char* label, int band, int maximum)
{
    Field field = integer(column, label, 0, maximum);
    field.ageBand = band;
    return field;
}

/// The answer 1–5 to the feedback question `number` of a sheet; 0 when none was given.
inline Field answer(const char* column, int number)
{
    Field field = integer(column, QT_TRANSLATE_NOOP("RecordCatalogue", "answer to question %1"), 0, 5);
    field.number = number;
    return field;
}

inline Field guests(const char* column, const char* label, int band)
{
    return people(column, label, band, limits::kGuestsPerCell);
}

inline Field reached(const char* column, const char* label, int band)
{
    return people(column, label, band, limits::kReachedPerCell);
}

/// The kinds of the perception surveys (issue 21), in the order their tables are made.
QList<Kind> surveyKinds();

} // namespace hamkori::catalogue::build
