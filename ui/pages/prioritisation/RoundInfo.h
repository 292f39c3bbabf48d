#pragma once
// A prioritisation round as the page shows it: the stored round plus what its concerns and criteria are
// called, loaded once per refresh so that the models do not query the database for every cell.
#include "core/model/Concern.h"
#include "core/model/Prioritisation.h"
#include <QHash>

namespace hamkori {

class Database;

struct RoundConcern
{
    QString uuid;
    QString code;
    QString title;
    QString categoryName;
    ConcernStatus status = ConcernStatus::Raised;
    bool restricted = false;
};

struct RoundInfo
{
    PrioritisationRound round;
    QList<RoundConcern> concerns;           // in the round's order
    QHash<QString, QString> criterionNames; // criterion UUID → name in the current language

    bool isValid() const { return !round.meta.uuid.isEmpty(); }
    const RoundConcern* concern(const QString& uuid) const;
    /// "ISF-2026-014 Title"; restricted concerns are marked with RestrictedMark::icon() beside it.
    QString concernText(const QString& uuid) const;
    bool isRestricted(const QString& uuid) const;
    QString concernCode(const QString& uuid) const;
    QString criterionName(const QString& uuid) const { return criterionNames.value(uuid); }
    /// The same concerns and criteria (the grid keeps its rows and columns).
    bool sameShape(const RoundInfo& other) const;

    /// An invalid RoundInfo when the round cannot be read.
    static RoundInfo load(Database& db, const QString& roundUuid);
};

} // namespace hamkori
