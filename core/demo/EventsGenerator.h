#pragma once
// What `generate` adds for issue 20, in proportion to the teams: each team-year's events (trainings with
// their named participants, test and feedback sheets; round tables, reporting days, information sessions with
// people counted) and campaigns, one of whose reach a progress update of the year points to. Its own random
// generator, so that the rest of the generated data stays as it was for a seed.
#include "../Result.h"
#include "../model/Team.h"
#include <QRandomGenerator>
#include <QStringList>

namespace hamkori {
class Database;
}

namespace hamkori::demo {

struct EventCounts
{
    int events = 0, participants = 0, sheets = 0, campaigns = 0;
};

class EventsGenerator
{
public:
    EventsGenerator(Database& db, quint32 seed, EventCounts& counts);

    /// A team-year's `events` events and `campaigns` campaigns, over its members, concerns and the activities
    /// of the year's plans (a campaign's reach is then reported by one of them, counted once).
    Result<void> generateYear(const QString& teamUuid, int year, const QList<Member>& members,
                              const QStringList& concerns, const QStringList& activities, int events,
                              int campaigns);

private:
    const QString& pick(const QStringList& list) { return list[int(m_random.bounded(int(list.size())))]; }
    template <typename E> E pickEnum() { return E(m_random.bounded(enumCount<E>())); }
    Result<void> training(const QString& eventUuid, const QList<Member>& members);
    Result<void> counted(const QString& eventUuid);

    Database& m_db;
    QRandomGenerator m_random;
    EventCounts& m_counts;
};

} // namespace hamkori::demo
