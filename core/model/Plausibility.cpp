#include "Plausibility.h"
#include "Formats.h"
#include <QCoreApplication>

namespace hamkori::plausibility {

namespace {

class Messages
{
    Q_DECLARE_TR_FUNCTIONS(Plausibility)
public:
    static QString overBudget(double spent, double budget)
    {
        return tr("More is spent (%1) than the activity's budget (%2). Check the amounts; if the budget "
                  "grew, "
                  "change it too.")
            .arg(Formats::money(spent), Formats::money(budget));
    }
    static QString beforeStart(QDate start)
    {
        return tr("This date is before the activity starts (%1). Check the date.").arg(Formats::date(start));
    }
    static QString farAhead(QDate meeting)
    {
        return tr("The meeting is more than a year ahead (%1). Check the year.").arg(Formats::date(meeting));
    }
    static QString afterConcerns(QDate firstRaised)
    {
        return tr("Concerns first raised at this meeting are dated %1, before the meeting. Check the date of "
                  "the meeting or of the concerns.")
            .arg(Formats::date(firstRaised));
    }
};

} // namespace

QString spentBeyondBudget(double spentSomoni, double budgetSomoni)
{
    // A cent of rounding is not overspending.
    if (budgetSomoni <= 0 || spentSomoni <= budgetSomoni + 0.005)
        return {};
    return Messages::overBudget(spentSomoni, budgetSomoni);
}

QString progressBeforeStart(QDate progress, QDate activityStart)
{
    if (!progress.isValid() || !activityStart.isValid() || progress >= activityStart)
        return {};
    return Messages::beforeStart(activityStart);
}

QString meetingFarAhead(QDate meeting, QDate today)
{
    if (!meeting.isValid() || !today.isValid() || today.daysTo(meeting) <= kMeetingDaysAhead)
        return {};
    return Messages::farAhead(meeting);
}

QString meetingAfterConcernsRaised(QDate meeting, QDate firstRaised)
{
    if (!meeting.isValid() || !firstRaised.isValid() || firstRaised >= meeting)
        return {};
    return Messages::afterConcerns(firstRaised);
}

} // namespace hamkori::plausibility
