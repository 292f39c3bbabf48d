#include "DemoFile.h"
#include <QCoreApplication>
#include <QFile>
#include <QJsonDocument>

namespace hamkori::demo {

namespace {

class Messages
{
    Q_DECLARE_TR_FUNCTIONS(Demo)
public:
    static QString broken(const QString& detail)
    {
        return tr("The demo data in the program is damaged (%1). Reinstall Hamkori.").arg(detail);
    }
};

} // namespace

QString brokenDemoData(const QString& detail)
{
    return Messages::broken(detail);
}

Result<QJsonObject> readDemoFile(const QString& fileName)
{
    QFile file(QStringLiteral(":/hamkori/demo/") + fileName);
    if (!file.open(QIODevice::ReadOnly))
        return Error{Messages::broken(fileName), {}};
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(file.readAll(), &parseError);
    if (document.isNull())
        return Error{Messages::broken(parseError.errorString()), {}};
    return document.object();
}

} // namespace hamkori::demo
