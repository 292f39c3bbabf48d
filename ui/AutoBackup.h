#pragma once
// The backups the window makes by itself (core/storage/Backups): at most once a day while it is open, on a
// connection of its own so that it never holds the window up, and when it closes after changes. A backup
// that fails is said, never silent.
#include "core/storage/Backups.h"
#include <QObject>
#include <functional>

class QTimer;
class QWidget;

namespace hamkori {

class Database;

/// Makes a backup of the open file on a connection and a thread of its own, so that the window keeps
/// painting; `done` runs on the main thread while `receiver` exists.
void backUpInBackground(QObject* receiver, const Database& main, BackupReason reason,
                        std::function<void(Result<BackupInfo>)> done);

class AutoBackup : public QObject
{
    Q_OBJECT
public:
    AutoBackup(Database& db, QWidget* window);

    /// The daily backup, when the newest is a day old and the file changed since (the timer calls it hourly).
    void backUpIfDue();
    /// Before the window closes: a backup when the file changed since the last one. Blocks with a progress
    /// dialog (a national file takes seconds); says a failure before the window goes.
    void backUpBeforeClose();

Q_SIGNALS:
    /// A backup could not be made: the message says why and what to do.
    void failed(const QString& message);

private:
    Database& m_db;
    QWidget* m_window;
    QTimer* m_timer;
    bool m_running = false;
};

} // namespace hamkori
