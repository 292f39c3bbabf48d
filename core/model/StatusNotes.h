#pragma once
// The notes Hamkori writes by itself into a concern's status history: the concern went into an adopted plan,
// an edit that had moved it was undone. They are stored as text in the language of the moment (what an older
// Hamkori, and another laptop, show as they are); this Hamkori shows them in the language of the screen or
// document instead, recognising a note written in any of its three languages. Notes people typed are shown
// as typed.
#include <QString>

namespace hamkori::statusnotes {

enum class Kind
{
    AddressedByPlan,    // argument: the plan's code
    PlanChangeUndone,   // argument: the plan's code
    DecisionUndone,     // the decision of a prioritisation round was undone
    StatusChangeUndone, // a status change made by hand was undone
};

/// The note to store, in the current UI language.
QString write(Kind kind, const QString& argument = {});
/// `stored` in the current UI language when Hamkori wrote it (in any language); otherwise as it is.
QString shown(const QString& stored);

} // namespace hamkori::statusnotes
