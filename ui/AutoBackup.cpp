#include "AutoBackup.h"
#include "core/storage/Backups.h"
#include "core/storage/Database.h"
#include "pages/exchange/BackgroundTask.h"
#include <QApplication>
#include <QMessageBox>
#include <QProgressDialog>
#include <QTimer>

namespace hamkori {

void backUpInBackground(QObject* receiver, const Database& main, BackupReason reason,
                        std::function<void(Result<BackupInfo>)> done)
{
    exchange::runInBackground<Result<BackupInfo>>(
        receiver,
        [&main, reason] {
            auto own = Database::openAnother(main);
            if (!own)
                return Result<BackupInfo>(own.error());
            return Backups((*own)->backupFolder()).make(**own, reason);
        },
        std::move(done));
}

AutoBackup::AutoBackup(Database& db, QWidget* window)
    : QObject(window), m_db(db), m_window(window), m_timer(new QTimer(this))
{
    m_timer->setInterval(60 * 60 * 1000);
    connect(m_timer, &QTimer::timeout, this, &AutoBackup::backUpIfDue);
    m_timer->start();
    connect(this, &AutoBackup::failed, this, [this](const QString& message) {
        auto* box = new QMessageBox(QMessageBox::Warning, tr("The backup was not made"), message,
                                    QMessageBox::Ok, m_window);
        box->setObjectName(QStringLiteral("backupFailedBox"));
        box->setAttribute(Qt::WA_DeleteOnClose);
        box->open();
    });
}

void AutoBackup::backUpIfDue()
{
    const Backups backups(m_db.backupFolder());
    const QDateTime last = backups.lastMade();
    if (m_running || (last.isValid() && last.secsTo(QDateTime::currentDateTime()) < 24 * 3600))
        return;
    if (auto changed = backups.changedSince(m_db); changed && !*changed)
        return;
    m_running = true;
    backUpInBackground(this, m_db, BackupReason::Daily, [this](Result<BackupInfo> made) {
        m_running = false;
        if (!made)
            Q_EMIT failed(made.errorMessage());
    });
}

void AutoBackup::backUpBeforeClose()
{
    Backups backups(m_db.backupFolder());
    if (auto changed = backups.changedSince(m_db); changed && !*changed)
        return;
    QProgressDialog progress(tr("Making a backup of the data file before closing…"), QString(), 0, 0,
                             m_window);
    progress.setWindowTitle(tr("Backup"));
    progress.setMinimumDuration(500);
    progress.setWindowModality(Qt::WindowModal);
    progress.setValue(0);
    QApplication::processEvents();
    if (auto made = backups.make(m_db, BackupReason::OnClose); !made)
        QMessageBox::warning(m_window, tr("The backup was not made"), made.errorMessage());
}

} // namespace hamkori
