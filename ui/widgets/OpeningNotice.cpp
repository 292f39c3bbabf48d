#include "OpeningNotice.h"
#include "core/model/Formats.h"
#include "core/storage/IntegrityStamp.h"
#include <QApplication>
#include <QDir>
#include <QFileInfo>
#include <QLabel>
#include <QVBoxLayout>

namespace hamkori {

std::unique_ptr<QWidget> showOpeningNotice(const QString& dataFile, const QString& integrityStampStore)
{
    const QFileInfo file(dataFile);
    if (!file.exists() || file.size() < kOpeningNoticeBytes)
        return nullptr;
    const IntegrityStamp stamps(integrityStampStore.isEmpty() ? IntegrityStamp::defaultStore()
                                                              : integrityStampStore);
    if (stamps.isCurrent(file.absoluteFilePath()))
        return nullptr;
    auto notice = std::make_unique<QWidget>(nullptr, Qt::SplashScreen | Qt::WindowStaysOnTopHint);
    notice->setObjectName(QStringLiteral("openingNotice"));
    notice->setWindowTitle(QApplication::translate("hamkori::OpeningNotice", "Hamkori"));
    auto* layout = new QVBoxLayout(notice.get());
    layout->setContentsMargins(24, 20, 24, 20);
    auto* text =
        new QLabel(QApplication::translate("hamkori::OpeningNotice",
                                           "Checking the data file %1 (%2) before it opens, so that "
                                           "nothing is written to a damaged file. A large file takes "
                                           "some seconds…")
                       .arg(QDir::toNativeSeparators(file.fileName()), Formats::fileSize(file.size())),
                   notice.get());
    text->setObjectName(QStringLiteral("openingNoticeText"));
    text->setWordWrap(true);
    text->setMinimumWidth(360);
    layout->addWidget(text);
    notice->setAutoFillBackground(true);
    notice->adjustSize();
    notice->show();
    // Painted now: the check that follows holds the event loop.
    QApplication::processEvents();
    return notice;
}

} // namespace hamkori
