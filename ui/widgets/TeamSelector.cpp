#include "TeamSelector.h"
#include "core/storage/TeamRepository.h"
#include "ui/Session.h"

namespace hamkori {

TeamSelector::TeamSelector(Session& session, QWidget* parent) : QComboBox(parent), m_session(session)
{
    setSizeAdjustPolicy(QComboBox::AdjustToContents);
    setMinimumContentsLength(24);
    connect(&session.db(), &Database::recordsChanged, this, [this](const QStringList& kinds) {
        if (kinds.contains(QStringLiteral("team")))
            reload();
    });
    connect(this, &QComboBox::currentIndexChanged, this, [this](int index) {
        if (!m_reloading && index >= 0)
            m_session.setCurrentTeam(itemData(index).toString());
    });
    connect(&session, &Session::currentTeamChanged, this, [this](const QString& team) {
        const int index = findData(team);
        if (index >= 0 && index != currentIndex())
            setCurrentIndex(index);
    });
    reload();
}

void TeamSelector::reload()
{
    m_reloading = true;
    clear();
    auto teams = TeamRepository(m_session.db()).teams();
    for (const Team& team : teams ? *teams : QList<Team>())
        addItem(team.code + QStringLiteral(" · ") + team.name, team.meta.uuid);
    int index = findData(m_session.currentTeam());
    if (index < 0 && count() > 0)
        index = 0;
    setCurrentIndex(index);
    m_reloading = false;
    m_session.setCurrentTeam(index >= 0 ? itemData(index).toString() : QString());
}

} // namespace hamkori
