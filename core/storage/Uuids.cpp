#include "Uuids.h"
#include <QUuid>

namespace hamkori {

namespace {
const QUuid kNamespace(QStringLiteral("{6f1c2a9e-4b57-5d0e-9a3c-68616d6b6f72}"));
}

QString newUuid()
{
    return QUuid::createUuid().toString(QUuid::WithoutBraces);
}

QString derivedUuid(const QString& kind, const QStringList& keys)
{
    return QUuid::createUuidV5(kNamespace, kind + QLatin1Char(':') + keys.join(QLatin1Char('|')))
        .toString(QUuid::WithoutBraces);
}

QString builtInReferenceUuid(const QString& list, const QString& code)
{
    return derivedUuid(QStringLiteral("reference"), {list, code});
}

QString builtInGazetteerUuid(const QString& region, const QString& kind, const QString& nameEn)
{
    return derivedUuid(QStringLiteral("gazetteer"), {region, kind, nameEn.trimmed()});
}

} // namespace hamkori
