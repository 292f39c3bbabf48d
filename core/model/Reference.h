#pragma once
#include "Enums.h"
#include "RecordMeta.h"

namespace hamkori {

/// An entry of an editable list (categories, drivers, lead bodies, funding sources, criteria). Built-in
/// entries have a code and an English name translated in the "Reference" context; a name typed by the user
/// for a language overrides the translation in that language.
struct ReferenceItem
{
    RecordMeta meta;
    ReferenceList list = ReferenceList::Category;
    QString code;   // stable code of a built-in entry, empty for entries the users added
    QString nameEn; // source text of a built-in entry or the user's English name
    QString nameTg;
    QString nameRu;
    int position = 0;
    double defaultWeight = 1.0; // criteria only

    /// The name in a language ("tg", "ru", "en"), falling back to the other languages.
    QString name(const QString& language) const;
};

/// A region, district or city of Tajikistan.
struct GazetteerEntry
{
    RecordMeta meta;
    QString regionCode; // ISO 3166-2, e.g. TJ-SU
    QString kind;       // region, district, city
    QString nameEn;
    QString nameTg;
    QString nameRu;
    QString formerNames;

    QString name(const QString& language) const;
};

} // namespace hamkori
