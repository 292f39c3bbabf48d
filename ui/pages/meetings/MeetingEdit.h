#pragma once
// One field of a meeting changed through the undo layer: the edit is the patch of the fields it changed
// (RecordEdits), so undoing it never brings back stale values of the others.
#include "core/Result.h"
#include "core/model/Meeting.h"
#include <functional>
#include <tuple>

namespace hamkori {

class Session;

/// Copies one field from `source` to `target`.
using MeetingField = std::function<void(Meeting& target, const Meeting& source)>;

/// Saves `field` of `edited` (a copy of the stored meeting with that field changed). Nothing is pushed when
/// the field did not change or core refuses it; the refusal is returned. `whileTyping`: saved at a pause in
/// typing, so that the saves of one field that follow one another are one undo step.
Result<void> editMeetingField(Session& session, const QString& text, const Meeting& edited,
                              const MeetingField& field, bool whileTyping = false);

} // namespace hamkori
