#pragma once
// The undo steps of what hangs off an event, one kind at a time: adding a record (undo deletes it), changing
// fields of one (undo puts back only those fields) and deleting one (undo brings it back).
#include "core/storage/EventRepository.h"
#include "core/storage/RecordEdits.h"
#include "ui/Session.h"
#include "ui/undo/Undo.h"

namespace hamkori::events {

/// The record catalogue's kind of each record that hangs off an event.
template <class T> QString kindOf()
{
    if constexpr (std::is_same_v<T, EventParticipant>)
        return QStringLiteral("event_participant");
    else if constexpr (std::is_same_v<T, EventCount>)
        return QStringLiteral("event_count");
    else if constexpr (std::is_same_v<T, Trainer>)
        return QStringLiteral("event_trainer");
    else if constexpr (std::is_same_v<T, TestScore>)
        return QStringLiteral("event_test");
    else if constexpr (std::is_same_v<T, FeedbackSheet>)
        return QStringLiteral("event_feedback");
    else
        return QStringLiteral("event_follow_up");
}

template <class T> Result<QString> add(Session& session, const QString& text, const T& record)
{
    Database& db = session.db();
    return undo::create(session, text, kindOf<T>(), [&db, record]() -> Result<QString> {
        auto made = EventRepository(db).add<T>(record);
        if (!made)
            return made.error();
        return made->meta.uuid;
    });
}

template <class T> Result<void> change(Session& session, const QString& text, const T& before, const T& after)
{
    const FieldPatch patch = RecordEdits::patch(before, after);
    if (patch.isEmpty())
        return {};
    return undo::edit(session, text, patch);
}

template <class T> Result<void> remove(Session& session, const QString& text, const QString& uuid)
{
    return undo::remove(session, text, kindOf<T>(), uuid);
}

} // namespace hamkori::events
