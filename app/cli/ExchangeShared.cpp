#include "ExchangeShared.h"
#include "CommandLine.h"
#include "core/storage/SyncRepository.h"
#include <QJsonDocument>

namespace hamkori::cli {

namespace {

class Text
{
    Q_DECLARE_TR_FUNCTIONS(Cli)
};

} // namespace

QString shownTime(const QDateTime& time)
{
    return time.isValid() ? time.toLocalTime().toString(QStringLiteral("dd.MM.yyyy HH:mm"))
                          : QStringLiteral("—");
}

QString jsonTime(const QDateTime& time)
{
    return time.isValid() ? time.toUTC().toString(Qt::ISODateWithMs) : QString();
}

QHash<QString, QString> deviceNames(Database& db)
{
    QHash<QString, QString> names;
    if (auto devices = SyncRepository(db).knownDevices())
        for (const KnownDevice& device : *devices)
            if (!device.name.isEmpty())
                names.insert(device.id, device.name);
    names.insert(db.identity().id(), Text::tr("this laptop"));
    return names;
}

QString deviceLabel(const QHash<QString, QString>& names, const QString& id)
{
    const QString name = names.value(id);
    return name.isEmpty() ? id.left(8) : name;
}

void printJson(const QJsonObject& object)
{
    out() << QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Indented));
    out().flush();
}

void printSetAside(const sync::MergeReport& report)
{
    if (!report.introduction.isEmpty())
        out() << report.introduction << Qt::endl;
    for (const sync::SetAside& group : report.setAside) {
        out() << (group.code == sync::MergeReport::unverifiedCode()
                      ? Text::tr("Refused: %n change(s). %1", nullptr, group.count)
                      : Text::tr("Not applied: %n change(s). %1", nullptr, group.count))
                     .arg(group.reason)
              << Qt::endl;
        for (const QString& example : group.examples)
            out() << "  - " << example << Qt::endl;
        if (group.count > group.examples.size())
            out() << "  - "
                  << Text::tr("and %n more (all of them: hamkori-cli quarantine)", nullptr,
                              group.count - int(group.examples.size()))
                  << Qt::endl;
    }
}

} // namespace hamkori::cli
