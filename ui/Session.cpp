#include "Session.h"
#include <QUndoStack>

namespace hamkori {

Session::Session(Database& db, QObject* parent) : QObject(parent), m_db(db), m_undoStack(new QUndoStack(this)) {}

void Session::setCurrentTeam(const QString& teamUuid)
{
    if (teamUuid == m_currentTeam)
        return;
    m_currentTeam = teamUuid;
    Q_EMIT currentTeamChanged(teamUuid);
}

} // namespace hamkori
