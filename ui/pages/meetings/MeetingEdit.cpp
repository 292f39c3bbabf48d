#include "MeetingEdit.h"
#include "core/storage/MeetingRepository.h"
#include "core/storage/RecordEdits.h"
#include "ui/Session.h"
#include "ui/undo/Undo.h"

namespace hamkori {

Result<void> editMeetingField(Session& session, const QString& text, const Meeting& edited,
                              const MeetingField& field, bool whileTyping)
{
    auto stored = MeetingRepository(session.db()).meeting(edited.meta.uuid);
    if (!stored)
        return stored.error();
    Meeting after = *stored;
    field(after, edited);
    const FieldPatch patch = RecordEdits::patch(*stored, after);
    return whileTyping ? undo::editWhileTyping(session, text, patch) : undo::edit(session, text, patch);
}

} // namespace hamkori
