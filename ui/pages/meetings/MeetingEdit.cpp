#include "MeetingEdit.h"
#include "core/storage/MeetingRepository.h"
#include "ui/Session.h"
#include "ui/undo/Undo.h"

namespace hamkori {

Result<void> editMeetingField(Session& session, const QString& text, const Meeting& edited,
                              const MeetingField& field)
{
    Database& db = session.db();
    auto stored = MeetingRepository(db).meeting(edited.meta.uuid);
    if (!stored)
        return stored.error();
    const Meeting before = *stored;
    Meeting check = before;
    field(check, edited);
    if (std::tie(check.kind, check.date, check.code, check.place, check.facilitator, check.minutesNumber,
                 check.agenda, check.minutes, check.decisions) ==
            std::tie(before.kind, before.date, before.code, before.place, before.facilitator,
                     before.minutesNumber, before.agenda, before.minutes, before.decisions) &&
        check.guests == before.guests)
        return {};
    const QString uuid = edited.meta.uuid;
    auto copyFrom = [&db, uuid, field](const Meeting& source) -> Result<void> {
        auto current = MeetingRepository(db).meeting(uuid);
        if (!current)
            return current.error();
        Meeting changed = *current;
        field(changed, source);
        return MeetingRepository(db).updateMeeting(changed);
    };
    return undo::perform(
        session, text, [copyFrom, edited] { return copyFrom(edited); },
        [copyFrom, before] { return copyFrom(before); });
}

} // namespace hamkori
