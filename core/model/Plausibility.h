#pragma once
// Values that can be true but seldom are: more spent than budgeted, progress before the activity began, a
// meeting years ahead or after the concerns first raised at it. They are saved as typed (a budget may have
// grown, a date may be right), and the editor shows the warning beside the field so that a typing slip is
// seen while it is easy to correct. What cannot be true is refused instead (Limits.h, the record catalogue).
//
// Each function returns the warning in the UI language, or an empty string when nothing is unusual.
#include <QDate>
#include <QString>

namespace hamkori::plausibility {

/// How far ahead a meeting may be planned before its date looks like a slip (a year typed wrong).
constexpr int kMeetingDaysAhead = 366;

/// `spentSomoni` in all, on an activity budgeted at `budgetSomoni` (0: no budget given, nothing to compare).
QString spentBeyondBudget(double spentSomoni, double budgetSomoni);
/// A progress update dated `progress`, on an activity that starts on `activityStart` (null: not given).
QString progressBeforeStart(QDate progress, QDate activityStart);
/// A meeting on `meeting`, seen on `today`.
QString meetingFarAhead(QDate meeting, QDate today);
/// A meeting on `meeting`, where concerns were first raised, the earliest of them dated `firstRaised`.
QString meetingAfterConcernsRaised(QDate meeting, QDate firstRaised);

} // namespace hamkori::plausibility
