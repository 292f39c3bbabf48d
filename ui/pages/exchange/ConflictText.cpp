#include "ConflictText.h"
#include "core/storage/Database.h"
#include "core/storage/SyncRepository.h"
#include "core/sync/MergeReport.h"
#include <QMap>

namespace hamkori::exchange {

QHash<QString, QString> ConflictText::deviceNames(Database& db)
{
    QHash<QString, QString> names;
    if (auto devices = SyncRepository(db).knownDevices())
        for (const KnownDevice& device : *devices)
            names.insert(device.id, device.name.isEmpty() ? device.fingerprint() : device.name);
    names.insert(db.deviceId(), tr("this laptop"));
    return names;
}

QString ConflictText::kindName(const QString& kind)
{
    return sync::MergeReport::kindName(kind);
}

QString ConflictText::fieldName(const QString& field)
{
    // The fields people edit most; the others keep their column name, readable enough for the rare case.
    static const QMap<QString, const char*> names = {
        {QStringLiteral("deleted"), QT_TR_NOOP("deleted or kept")},
        {QStringLiteral("name"), QT_TR_NOOP("name")},
        {QStringLiteral("code"), QT_TR_NOOP("code")},
        {QStringLiteral("title"), QT_TR_NOOP("title")},
        {QStringLiteral("description"), QT_TR_NOOP("description")},
        {QStringLiteral("place"), QT_TR_NOOP("place")},
        {QStringLiteral("status"), QT_TR_NOOP("status")},
        {QStringLiteral("date"), QT_TR_NOOP("date")},
        {QStringLiteral("agenda"), QT_TR_NOOP("agenda")},
        {QStringLiteral("minutes"), QT_TR_NOOP("minutes")},
        {QStringLiteral("decisions"), QT_TR_NOOP("decisions")},
        {QStringLiteral("causes"), QT_TR_NOOP("causes")},
        {QStringLiteral("effects"), QT_TR_NOOP("effects")},
        {QStringLiteral("mitigation"), QT_TR_NOOP("mitigation")},
        {QStringLiteral("phone"), QT_TR_NOOP("phone")},
        {QStringLiteral("post"), QT_TR_NOOP("post")},
        {QStringLiteral("organisation"), QT_TR_NOOP("organisation")},
        {QStringLiteral("address"), QT_TR_NOOP("address")},
        {QStringLiteral("jamoat"), QT_TR_NOOP("jamoat")},
    };
    const char* name = names.value(field);
    return name ? tr(name) : QString(field).replace(QLatin1Char('_'), QLatin1Char(' '));
}

QString ConflictText::value(const sync::ConflictVersion& version)
{
    if (version.field == QLatin1String("deleted"))
        return version.value.toInt() != 0 ? tr("deleted") : tr("kept");
    if (version.value.isNull())
        return tr("(empty)");
    const QString text = version.value.toString();
    return text.isEmpty() ? tr("(empty)") : text;
}

QString ConflictText::origin(const sync::ConflictVersion& version, const QHash<QString, QString>& deviceNames)
{
    const QString device = deviceNames.value(version.device, version.device.left(8));
    const QDateTime time = version.time().toLocalTime();
    return tr("%1, %2").arg(device, time.toString(QStringLiteral("dd.MM.yyyy HH:mm")));
}

} // namespace hamkori::exchange
