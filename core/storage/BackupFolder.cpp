#include "BackupFolder.h"
#include "../settings/Preferences.h"
#include <QCryptographicHash>
#include <QDir>
#include <QFileInfo>

namespace hamkori {

QString backupFolderFor(const QString& dataFile)
{
    // One folder per data file, named so that a person recognises it and two files of the same name in
    // different places never share one.
    const QString path = QFileInfo(dataFile).absoluteFilePath();
    const QString hash = QString::fromLatin1(
        QCryptographicHash::hash(path.toUtf8(), QCryptographicHash::Sha256).toHex().left(8));
    return QDir(Preferences::dataFolder())
        .filePath(QStringLiteral("backups/") + QFileInfo(path).completeBaseName() + QLatin1Char('-') + hash);
}

} // namespace hamkori
