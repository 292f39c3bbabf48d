#pragma once
// Whether a value may be stored in a field, by the catalogue's description of the field (type, optional,
// limits, choices). The record store checks every value it writes, after the repositories' own checks, so
// that no path - an editor, an import, a console command - stores what the catalogue does not allow.
#include "RecordCatalogue.h"

namespace hamkori::catalogue {

/// Empty when `stored` (a value as the database keeps it: ISO dates, 0/1, codes, NULL) fits the field;
/// otherwise what is wrong, translated, naming the field.
QString problemWith(const Field& field, const QVariant& stored);

} // namespace hamkori::catalogue
