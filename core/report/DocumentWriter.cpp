#include "DocumentWriter.h"
#include "DocumentFonts.h"
#include "OdtDocument.h"
#include <QDir>
#include <QFileInfo>
#include <QPdfWriter>

namespace hamkori::report {

Result<void> DocumentWriter::open(QSaveFile& file, const QString& path, const QString& kind)
{
    const QFileInfo target(path);
    const QString folder = QDir::toNativeSeparators(target.absolutePath());
    if (!target.absoluteDir().exists())
        return Error{tr("The folder %1 does not exist. If it is on a USB stick, check that the stick is "
                        "plugged in, or choose another folder.")
                         .arg(folder),
                     {}};
    if (target.isDir())
        //: %2 is the kind of file: PDF or ODT
        return Error{
            tr("%1 is a folder. Give a file name for the %2.").arg(QDir::toNativeSeparators(path), kind), {}};
    if (!file.open(QIODevice::WriteOnly))
        return Error{tr("Cannot write in the folder %1: it is read-only or you may not write there. Choose "
                        "another folder.")
                         .arg(folder),
                     {}};
    return {};
}

Result<void> DocumentWriter::commit(QSaveFile& file, const QString& path)
{
    if (!file.commit())
        return Error{tr("Could not finish writing %1 (%2). Nothing was saved: check the disk or the USB "
                        "stick and try again.")
                         .arg(QDir::toNativeSeparators(path), file.errorString()),
                     {}};
    return {};
}

Result<void> DocumentWriter::writePdf(const Document& document, const QString& path)
{
    QSaveFile file(path);
    if (auto opened = open(file, path, QStringLiteral("PDF")); !opened)
        return opened;
    {
        QPdfWriter writer(&file);
        writer.setResolution(kUnitsPerInch);
        writer.setPageLayout(document.pageLayout);
        writer.setTitle(document.title);
        writer.setCreator(QStringLiteral("Hamkori"));
        if (!document.paint(writer)) {
            file.cancelWriting();
            return Error{tr("The PDF could not be drawn. Nothing was saved."), {}};
        }
    }
    return commit(file, path);
}

Result<void> DocumentWriter::writeOdt(const DocumentContent& content, const QString& path)
{
    QSaveFile file(path);
    if (auto opened = open(file, path, QStringLiteral("ODT")); !opened)
        return opened;
    const QByteArray package = OdtDocument::package(content);
    if (file.write(package) != package.size()) {
        file.cancelWriting();
        return Error{tr("The ODT could not be written. Nothing was saved."), {}};
    }
    return commit(file, path);
}

} // namespace hamkori::report
