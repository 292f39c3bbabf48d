#pragma once
// What `generate` adds for issue 19, in proportion to the teams: a directory of organisations with services,
// community policing centres with equipment and reception days, and each team-year's requests and
// recommendations and referrals. Its own random generator, so that the rest of the generated data stays as it
// was for a seed.
#include "../Result.h"
#include "../model/Centre.h"
#include "../model/Meeting.h"
#include <QRandomGenerator>
#include <QStringList>

namespace hamkori {
class Database;
}

namespace hamkori::demo {

struct DirectoryCounts
{
    int organisations = 0, services = 0, centres = 0, visits = 0, commitments = 0, referrals = 0;
};

class DirectoryGenerator
{
public:
    DirectoryGenerator(Database& db, quint32 seed, DirectoryCounts& counts);

    /// The directory and the centres, before any team: `organisations` spread over `districts`.
    Result<void> createDirectory(const QStringList& districts, int organisations, int centres);
    /// Lets a new team meet at a centre (every third team; the centre of its district when there is one).
    /// Returns the centre, or empty.
    Result<QString> joinCentre(const QString& teamUuid, const QString& districtUuid, int teamIndex);
    /// A team-year's requests and recommendations and referrals, over its meetings and concerns.
    Result<void> generateYear(const QString& teamUuid, int year, const QList<Meeting>& meetings,
                              const QStringList& concerns, int commitments, int referrals);

private:
    const QString& pick(const QStringList& list) { return list[int(m_random.bounded(int(list.size())))]; }
    template <typename E> E pickEnum() { return E(m_random.bounded(enumCount<E>())); }
    Result<QStringList> listEntries(ReferenceList list);

    Database& m_db;
    QRandomGenerator m_random;
    DirectoryCounts& m_counts;
    QStringList m_organisations;
    QStringList m_services;
    QList<Centre> m_centres;
};

} // namespace hamkori::demo
