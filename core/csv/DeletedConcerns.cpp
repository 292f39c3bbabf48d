#include "DeletedConcerns.h"
#include "core/model/Formats.h"
#include "core/storage/ConcernRepository.h"
#include "core/storage/HybridClock.h"
#include "core/storage/SyncRepository.h"
#include <QDateTime>

namespace hamkori::csv {

DeletedConcerns::DeletedConcerns(Database& db, const QString& teamUuid) : m_db(db)
{
    auto deleted = ConcernRepository(db).deletedConcerns(teamUuid);
    if (!deleted)
        return;
    m_concerns = *deleted;
    // Latest deleted first: the first of a code is the one a person last saw.
    for (int i = 0; i < m_concerns.size(); ++i) {
        const QString code = m_concerns[i].code.trimmed().toUpper();
        if (!code.isEmpty() && !m_byCode.contains(code))
            m_byCode.insert(code, i);
    }
}

const Concern* DeletedConcerns::byCode(const QString& code) const
{
    const auto it = m_byCode.constFind(code.trimmed().toUpper());
    return it == m_byCode.constEnd() ? nullptr : &m_concerns[*it];
}

QString DeletedConcerns::note(const Concern& deleted) const
{
    // The last change of a tombstone is its deletion (or an edit made elsewhere without knowing of it).
    const HlcStamp stamp = HlcStamp::parse(deleted.meta.modifiedHlc);
    const QString choice = tr("Restore it with this row's values, or skip the row.");
    if (!stamp.isValid())
        return tr("The code %1 belongs to the concern «%2», which was deleted.")
                   .arg(deleted.code, deleted.title) +
               QLatin1Char(' ') + choice;
    const QString day = Formats::date(QDateTime::fromMSecsSinceEpoch(stamp.wallMs).date());
    QString where;
    auto own = m_db.identity().ownKeys();
    auto known = SyncRepository(m_db).device(deleted.meta.device);
    if (own && own->contains(deleted.meta.device))
        where = tr("The code %1 belongs to the concern «%2», deleted on %3 on this laptop.")
                    .arg(deleted.code, deleted.title, day);
    else if (known && known->has_value() && !(*known)->name.isEmpty())
        where = tr("The code %1 belongs to the concern «%2», deleted on %3 on the laptop «%4».")
                    .arg(deleted.code, deleted.title, day, (*known)->name);
    else
        where = tr("The code %1 belongs to the concern «%2», deleted on %3 on another laptop.")
                    .arg(deleted.code, deleted.title, day);
    return where + QLatin1Char(' ') + choice;
}

} // namespace hamkori::csv
