#pragma once
// What every page shares while the window is open: the data file, the one undo stack (undo works across
// pages), the team being worked on, and where errors of undo/redo are reported. It also watches the file for
// changes another program made (the console tool importing a bundle or a CSV file while the window is open)
// and tells the pages, as if this program had made them.
#include <QObject>
#include <QString>

class QUndoStack;

namespace hamkori {

class Database;

class Session : public QObject
{
    Q_OBJECT
public:
    explicit Session(Database& db, QObject* parent = nullptr);

    Database& db() const { return m_db; }
    QUndoStack* undoStack() const { return m_undoStack; }

    /// The team the pages show; empty when the data file has no team yet.
    QString currentTeam() const { return m_currentTeam; }
    void setCurrentTeam(const QString& teamUuid);

    /// Pages call this to open a record on its page (Overview's lists, links between records).
    void requestOpen(const QString& kind, const QString& uuid) { Q_EMIT openRequested(kind, uuid); }
    /// Called by the undo layer when an undo or redo could not be carried out (the record changed meanwhile).
    void reportError(const QString& message) { Q_EMIT errorOccurred(message); }
    /// Settings → Backups: the user confirmed a restore; the window closes the file and restores it.
    void requestRestore(const QString& backupFile) { Q_EMIT restoreRequested(backupFile); }
    /// Looks for changes another program committed to the file and announces them (every kind: which
    /// records changed is not known). A timer calls this every two seconds; tests call it directly.
    bool checkForChangesElsewhere();

Q_SIGNALS:
    void currentTeamChanged(const QString& teamUuid);
    void openRequested(const QString& kind, const QString& uuid);
    void errorOccurred(const QString& message);
    void restoreRequested(const QString& backupFile);

private:
    Database& m_db;
    QUndoStack* m_undoStack;
    QString m_currentTeam;
};

} // namespace hamkori
