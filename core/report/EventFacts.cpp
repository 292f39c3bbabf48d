#include "EventFacts.h"
#include "../storage/CentreRepository.h"
#include "../storage/DirectoryRepository.h"
#include "../storage/EventRepository.h"
#include "../storage/TeamRepository.h"
#include "DocumentParts.h"

namespace hamkori::report {

QString EventFacts::dates() const
{
    const QDate last = event.lastDay();
    if (!last.isValid() || last == event.start)
        return DocumentLanguage::date(event.start);
    return DocumentLanguage::date(event.start) + QStringLiteral(" – ") + DocumentLanguage::date(last);
}

QString EventFacts::place() const
{
    QStringList parts;
    for (const QString& part : {event.place.simplified(), centreName.simplified()})
        if (!part.isEmpty() && !parts.contains(part))
            parts << part;
    return parts.join(QStringLiteral(", "));
}

QString EventFacts::group(const DocumentLanguage& lang) const
{
    QString designation = teamDesignation(lang, team.name, team.kind);
    if (!designation.isEmpty())
        designation[0] = designation[0].toUpper();
    return designation;
}

QString EventFacts::topics() const
{
    QStringList lines;
    for (const QString& line : event.topics.split(QLatin1Char('\n')))
        if (!line.trimmed().isEmpty())
            lines << line.trimmed();
    return lines.join(QStringLiteral("; "));
}

Result<EventFacts> readEventFacts(Database& db, const QString& eventUuid)
{
    EventRepository events(db);
    EventFacts facts;
    auto event = events.event(eventUuid);
    if (!event)
        return event.error();
    facts.event = *event;
    auto team = TeamRepository(db).team(event->teamUuid);
    if (!team)
        return team.error();
    facts.team = *team;
    if (!event->centreUuid.isEmpty())
        if (auto centre = CentreRepository(db).centre(event->centreUuid))
            facts.centreName = centre->name; // a deleted centre: the place as written says enough
    DirectoryRepository directory(db);
    for (const QString& uuid : event->organisationUuids)
        if (auto organisation = directory.organisation(uuid))
            facts.organiserNames << organisation->name;
    for (const QString& line : event->organisers.split(QLatin1Char('\n')))
        if (!line.trimmed().isEmpty())
            facts.organiserNames << line.trimmed();
    auto participants = events.of<EventParticipant>(eventUuid);
    if (!participants)
        return participants.error();
    facts.participants = *participants;
    auto trainers = events.of<Trainer>(eventUuid);
    if (!trainers)
        return trainers.error();
    facts.trainers = *trainers;
    return facts;
}

} // namespace hamkori::report
