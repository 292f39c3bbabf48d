#include "ConflictText.h"
#include "core/model/Enums.h"
#include "core/model/RecordCatalogue.h"
#include "core/storage/Database.h"
#include "core/storage/ReferenceRepository.h"
#include "core/storage/SyncRepository.h"
#include "core/sync/FieldTypes.h"
#include "core/sync/MergeReport.h"
#include "translations/Translations.h"

namespace hamkori::exchange {

QHash<QString, QString> ConflictText::deviceNames(Database& db)
{
    QHash<QString, QString> names;
    if (auto devices = SyncRepository(db).knownDevices())
        for (const KnownDevice& device : *devices)
            names.insert(device.id, device.name.isEmpty() ? device.fingerprint() : device.name);
    names.insert(db.identity().id(), tr("this laptop"));
    return names;
}

QString ConflictText::kindName(const QString& kind)
{
    return sync::MergeReport::kindName(kind);
}

QString ConflictText::fieldName(const QString& kind, const QString& field)
{
    return catalogue::fieldLabel(kind, field);
}

QString ConflictText::value(Database& db, const QString& kind, const sync::ConflictVersion& version)
{
    if (version.field == QLatin1String("deleted"))
        return version.value.toInt() != 0 ? tr("deleted") : tr("kept");
    if (version.value.isNull())
        return tr("(empty)");
    const QString text = version.value.toString();
    if (text.isEmpty())
        return tr("(empty)");
    const sync::FieldSpec spec = sync::fieldSpec(kind, version.field);
    switch (spec.type) {
    case sync::FieldType::Choice:
        for (const sync::FieldChoice& choice : spec.choices)
            if (choice.value.toString() == text)
                return choice.name;
        break;
    case sync::FieldType::Date:
        if (const QDate date = QDate::fromString(text, Qt::ISODate); date.isValid())
            return date.toString(QStringLiteral("dd.MM.yyyy"));
        break;
    case sync::FieldType::Reference:
        if (spec.references == u"reference_item") {
            if (auto item = ReferenceRepository(db).item(text))
                return item->name(Translations::current());
        } else if (spec.references == u"gazetteer") {
            if (auto place = ReferenceRepository(db).gazetteerEntry(text))
                return place->name(Translations::current());
        } else if (!spec.references.isEmpty()) {
            return SyncRepository(db).recordLabel(spec.references, text);
        }
        break;
    default:
        break;
    }
    return text;
}

QString ConflictText::origin(const sync::ConflictVersion& version, const QHash<QString, QString>& deviceNames)
{
    const QString device = deviceNames.value(version.device, version.device.left(8));
    if (version.clockAhead)
        return tr("%1, date unknown (that laptop's clock is ahead)").arg(device);
    const QDateTime time = version.time().toLocalTime();
    return tr("%1, %2").arg(device, time.toString(QStringLiteral("dd.MM.yyyy HH:mm")));
}

} // namespace hamkori::exchange
