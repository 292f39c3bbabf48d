#include "DocumentWriter.h"
#include "DocumentFonts.h"
#include <QDir>
#include <QFileInfo>
#include <QPdfWriter>
#include <QSaveFile>

namespace hamkori::report {

Result<void> DocumentWriter::writePdf(const Document& document, const QString& path)
{
    const QFileInfo target(path);
    const QString folder = QDir::toNativeSeparators(target.absolutePath());
    if (!target.absoluteDir().exists())
        return Error{tr("The folder %1 does not exist. If it is on a USB stick, check that the stick is "
                        "plugged in, or choose another folder.")
                         .arg(folder),
                     {}};
    if (target.isDir())
        return Error{tr("%1 is a folder. Give a file name for the PDF.").arg(QDir::toNativeSeparators(path)),
                     {}};
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return Error{tr("Cannot write in the folder %1: it is read-only or you may not write there. Choose "
                        "another folder.")
                         .arg(folder),
                     {}};
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
    if (!file.commit())
        return Error{tr("Could not finish writing %1 (%2). Nothing was saved: check the disk or the USB "
                        "stick and try again.")
                         .arg(QDir::toNativeSeparators(path), file.errorString()),
                     {}};
    return {};
}

} // namespace hamkori::report
