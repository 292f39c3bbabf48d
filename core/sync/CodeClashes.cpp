#include "CodeClashes.h"
#include "../model/RecordCatalogue.h"
#include "../storage/Codes.h"
#include "../storage/Database.h"
#include "../storage/JournalVersions.h"
#include "../storage/SyncRepository.h"
#include "../storage/TeamRepository.h"
#include "MergeRecord.h"
#include <QRegularExpression>

namespace hamkori::sync {

namespace {

/// The series a code belongs to: "ISF-2026-" and 3 digits for ISF-2026-006; a code typed without a number
/// starts a series of its own ("ABC-01").
std::pair<QString, int> seriesOf(const QString& code)
{
    static const QRegularExpression numbered(QStringLiteral("^(.*?)(\\d+)$"));
    const QRegularExpressionMatch match = numbered.match(code);
    if (match.hasMatch() && !match.captured(1).isEmpty())
        return {match.captured(1), int(std::max<qsizetype>(match.captured(2).size(), 2))};
    return {code + QLatin1Char('-'), 2};
}

} // namespace

QStringList numberedKinds()
{
    static const QStringList kinds = [] {
        QStringList names;
        for (const catalogue::Kind& kind : catalogue::kinds())
            if (kind.field(u"code") && kind.field(u"team"))
                names << QString::fromLatin1(kind.name);
        return names;
    }();
    return kinds;
}

Result<QList<SharedTeamCode>> sharedTeamCodes(Database& db)
{
    auto groups = TeamRepository(db).sharedCodes();
    if (!groups)
        return groups.error();
    QList<SharedTeamCode> shared;
    for (const QList<TeamLabel>& teams : *groups)
        shared.append({teams.first().code, teams});
    return shared;
}

Result<void> renumberSharedCodes(Database& db, SyncRepository& repository, MergeReport& report)
{
    const QString codeField = QStringLiteral("code");
    for (const QString& kind : numberedKinds()) {
        auto holders = repository.sharedCodes(kind);
        if (!holders)
            return holders.error();
        // In order of team, code, creation stamp and UUID: the first of each code keeps it.
        QString team, code;
        for (const CodeHolder& holder : *holders) {
            if (holder.team != team || holder.code != code) {
                team = holder.team;
                code = holder.code;
                continue;
            }
            const auto [prefix, digits] = seriesOf(code);
            auto next = codes::next(db.connection(), RecordStore::tableOf(kind), team, prefix, digits);
            if (!next)
                return next.error();
            auto journal = repository.recordJournal(holder.uuid);
            if (!journal)
                return journal.error();
            // It replaces every value of the code this laptop holds: a conflict in it is settled too.
            auto written = repository.appendLocalEntry(kind, holder.uuid, codeField, *next,
                                                       journal::stampsSeenByResolution(*journal, codeField));
            if (!written)
                return written.error();
            if (auto derived = rederiveRecord(repository, kind, holder.uuid); !derived)
                return derived.error();
            report.renumbered.append({kind, holder.uuid, team, code, *next});
        }
    }
    return {};
}

} // namespace hamkori::sync
