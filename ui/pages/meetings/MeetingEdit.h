#pragma once
// One field of a meeting changed through the undo layer. The command copies only that field (from the
// edited value on redo, from the value before on undo) onto the meeting as stored at that moment, so undoing
// one field never brings back stale values of the others.
#include "core/Result.h"
#include "core/model/Meeting.h"
#include <functional>
#include <tuple>

namespace hamkori {

class Session;

/// Copies one field from `source` to `target`.
using MeetingField = std::function<void(Meeting& target, const Meeting& source)>;

/// Saves `field` of `edited` (a copy of the stored meeting with that field changed). Nothing is pushed when
/// the field did not change or core refuses it; the refusal is returned.
Result<void> editMeetingField(Session& session, const QString& text, const Meeting& edited,
                              const MeetingField& field);

} // namespace hamkori
