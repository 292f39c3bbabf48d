#pragma once
// UUIDs. Records are identified by UUIDs made where they are created. Records that stand for a pair of other
// records (a member's attendance at a meeting, a score of a concern) and built-in entries get UUIDs derived
// from what they stand for, so that two laptops recording the same fact make the same record.
#include <QString>
#include <QStringList>

namespace hamkori {

QString newUuid();
QString derivedUuid(const QString& kind, const QStringList& keys);
QString builtInReferenceUuid(const QString& list, const QString& code);
QString builtInGazetteerUuid(const QString& region, const QString& kind, const QString& nameEn);

} // namespace hamkori
