#include "Session.h"
#include "core/storage/Database.h"
#include "core/storage/RecordStore.h"
#include <QTimer>
#include <QUndoStack>

namespace hamkori {

namespace {
constexpr int kWatchIntervalMs = 2000;
}

Session::Session(Database& db, QObject* parent) : QObject(parent), m_db(db), m_undoStack(new QUndoStack(this))
{
    auto* watch = new QTimer(this);
    watch->setInterval(kWatchIntervalMs);
    connect(watch, &QTimer::timeout, this, &Session::checkForChangesElsewhere);
    watch->start();
}

bool Session::checkForChangesElsewhere()
{
    if (m_db.inTransaction() || !m_db.changedElsewhereSinceAsked())
        return false;
    m_db.catchUpWithOtherConnection();
    Q_EMIT m_db.recordsChanged(RecordStore::kinds());
    return true;
}

void Session::setCurrentTeam(const QString& teamUuid)
{
    if (teamUuid == m_currentTeam)
        return;
    m_currentTeam = teamUuid;
    Q_EMIT currentTeamChanged(teamUuid);
}

} // namespace hamkori
