#pragma once
// One undoable edit of a campaign shown in a form: the campaign is read again from core, `change` sets the
// fields the user edited, and only the fields that differ go on the undo stack (RecordEdits::patch), so that
// an undo never touches a field changed since elsewhere. Nothing is pushed when nothing changed or core
// refuses.
#include "core/Result.h"
#include "core/model/Event.h"
#include <functional>

namespace hamkori {

class Session;

/// `text` is the translated name of the edit with %1 for the campaign's code ("change the title of %1").
Result<void> editCampaign(Session& session, const QString& uuid, const std::function<void(Campaign&)>& change,
                          const QString& text);

} // namespace hamkori
