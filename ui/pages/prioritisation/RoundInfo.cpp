#include "RoundInfo.h"
#include "core/storage/ConcernRepository.h"
#include "core/storage/PrioritisationRepository.h"
#include "core/storage/ReferenceRepository.h"
#include "translations/Translations.h"

namespace hamkori {

const RoundConcern* RoundInfo::concern(const QString& uuid) const
{
    for (const RoundConcern& c : concerns)
        if (c.uuid == uuid)
            return &c;
    return nullptr;
}

QString RoundInfo::concernText(const QString& uuid) const
{
    const RoundConcern* c = concern(uuid);
    if (!c)
        return {};
    return c->code + QLatin1Char(' ') + c->title;
}

bool RoundInfo::isRestricted(const QString& uuid) const
{
    const RoundConcern* c = concern(uuid);
    return c && c->restricted;
}

QString RoundInfo::concernCode(const QString& uuid) const
{
    const RoundConcern* c = concern(uuid);
    return c ? c->code : QString();
}

bool RoundInfo::sameShape(const RoundInfo& other) const
{
    if (round.meta.uuid != other.round.meta.uuid || round.concernUuids != other.round.concernUuids ||
        round.criteria.size() != other.round.criteria.size())
        return false;
    for (qsizetype i = 0; i < round.criteria.size(); ++i)
        if (round.criteria[i].criterionUuid != other.round.criteria[i].criterionUuid)
            return false;
    return true;
}

RoundInfo RoundInfo::load(Database& db, const QString& roundUuid)
{
    RoundInfo info;
    if (roundUuid.isEmpty())
        return info;
    auto round = PrioritisationRepository(db).round(roundUuid);
    if (!round)
        return info;
    info.round = *round;
    const QString lang = Translations::current();
    ReferenceRepository reference(db);
    QHash<QString, QString> categories;
    if (auto items = reference.items(ReferenceList::Category))
        for (const ReferenceItem& item : *items)
            categories.insert(item.meta.uuid, item.name(lang));
    if (auto items = reference.items(ReferenceList::Criterion))
        for (const ReferenceItem& item : *items)
            info.criterionNames.insert(item.meta.uuid, item.name(lang));
    for (const RoundCriterion& c : info.round.criteria)
        if (!info.criterionNames.contains(c.criterionUuid))
            if (auto item = reference.item(c.criterionUuid))
                info.criterionNames.insert(c.criterionUuid, item->name(lang));
    ConcernRepository concerns(db);
    for (const QString& uuid : info.round.concernUuids) {
        RoundConcern rc;
        rc.uuid = uuid;
        if (auto c = concerns.concern(uuid)) {
            rc.code = c->code;
            rc.title = c->title;
            rc.status = c->status;
            rc.restricted = c->restricted;
            rc.categoryName = categories.value(c->categoryUuid);
        }
        info.concerns << rc;
    }
    return info;
}

} // namespace hamkori
