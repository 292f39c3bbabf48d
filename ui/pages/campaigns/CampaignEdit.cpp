#include "CampaignEdit.h"
#include "core/storage/CampaignRepository.h"
#include "core/storage/RecordEdits.h"
#include "ui/Session.h"
#include "ui/undo/Undo.h"

namespace hamkori {

Result<void> editCampaign(Session& session, const QString& uuid, const std::function<void(Campaign&)>& change,
                          const QString& text)
{
    auto before = CampaignRepository(session.db()).campaign(uuid);
    if (!before)
        return before.error();
    Campaign after = *before;
    change(after);
    const FieldPatch patch = RecordEdits::patch(*before, after);
    if (patch.isEmpty())
        return {};
    return undo::edit(session, text.arg(before->code), patch);
}

} // namespace hamkori
