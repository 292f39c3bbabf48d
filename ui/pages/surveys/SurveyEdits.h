#pragma once
// The undo steps of what hangs off a survey round, one kind at a time: adding a question, sheet or tally
// (undo deletes it), changing fields of one (undo puts back only those fields) and deleting one (undo brings
// it back, a question with the answers its sheets still hold).
#include "core/storage/RecordEdits.h"
#include "core/storage/SurveyRepository.h"
#include "ui/Session.h"
#include "ui/undo/Undo.h"

namespace hamkori::surveys {

/// The record catalogue's kind of each record that hangs off a round.
template <class T> QString kindOf()
{
    if constexpr (std::is_same_v<T, SurveyQuestion>)
        return QStringLiteral("survey_question");
    else if constexpr (std::is_same_v<T, SurveyResponse>)
        return QStringLiteral("survey_response");
    else
        return QStringLiteral("survey_tally");
}

template <class T> Result<QString> add(Session& session, const QString& text, const T& record)
{
    Database& db = session.db();
    return undo::create(session, text, kindOf<T>(), [&db, record]() -> Result<QString> {
        SurveyRepository surveys(db);
        Result<T> made = [&] {
            if constexpr (std::is_same_v<T, SurveyQuestion>)
                return surveys.addQuestion(record);
            else if constexpr (std::is_same_v<T, SurveyResponse>)
                return surveys.addResponse(record);
            else
                return surveys.addTally(record);
        }();
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

} // namespace hamkori::surveys
