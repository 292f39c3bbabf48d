#pragma once
// What the documents of one event print about it (the attendance sheet, the certificates): the event with
// its group, centre, organisers, named participants and trainers, read once, and the lines every one of
// them writes the same way (dates, place, organisers) in the document's language.
#include "../Result.h"
#include "../model/Event.h"
#include "../model/Team.h"
#include "../storage/Database.h"
#include "DocumentLanguage.h"

namespace hamkori::report {

struct EventFacts
{
    Event event;
    Team team;
    QString centreName;
    QStringList organiserNames;           // from the directory, then those written on the event, one per line
    QList<EventParticipant> participants; // named, by name
    QList<Trainer> trainers;              // by name

    /// "12.03.2026" or "12.03.2026 – 14.03.2026".
    QString dates() const;
    /// The place as written and the centre, whichever are given.
    QString place() const;
    /// "Community police partnership team «Isfara»", capitalised: it opens a line.
    QString group(const DocumentLanguage& lang) const;
    /// The topics on one line, "; " between them.
    QString topics() const;
};

Result<EventFacts> readEventFacts(Database& db, const QString& eventUuid);

} // namespace hamkori::report
