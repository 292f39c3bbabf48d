#include "ResultsText.h"
#include "core/model/Formats.h"
#include <QLocale>
#include <QSettings>
#include <algorithm>
#include <cmath>

namespace hamkori {

QString ResultsText::percent(double value)
{
    return tr("%1 %", "a percentage").arg(QLocale().toString(qRound(value)));
}

QString ResultsText::share(const analysis::Proportion& share)
{
    const QLocale locale;
    if (share.tooFew)
        return tr("too few answers (n=%1)").arg(locale.toString(share.base));
    return tr("%1 % (%2–%3) n=%4", "a percentage, its 95% interval and the number of answers")
        .arg(locale.toString(qRound(share.percent)), locale.toString(qRound(share.low)),
             locale.toString(qRound(share.high)), locale.toString(share.base));
}

QString ResultsText::signedNumber(double value)
{
    const QLocale locale;
    const int whole = int(std::lround(value));
    if (whole > 0)
        return locale.positiveSign() + locale.toString(whole);
    if (whole < 0)
        return QStringLiteral("−") + locale.toString(-whole); // a true minus sign, as in print
    return locale.toString(0);
}

QString ResultsText::pointsOnly(double points)
{
    return tr("%1 points", "percentage points, with a sign: +17 points").arg(signedNumber(points));
}

QString ResultsText::points(const analysis::Difference& difference)
{
    if (difference.tooFew)
        return tr("too few answers");
    return tr("%1 points (%2 to %3)", "percentage points and their 95% interval")
        .arg(signedNumber(difference.points), signedNumber(difference.low), signedNumber(difference.high));
}

PairLack ResultsText::lackOf(const QList<Survey>& rounds)
{
    if (analysis::baselineAndEndline(rounds))
        return PairLack::Nothing;
    const auto has = [&](SurveyKind kind) {
        return std::any_of(rounds.cbegin(), rounds.cend(),
                           [kind](const Survey& s) { return s.kind == kind; });
    };
    if (has(SurveyKind::Endline))
        return PairLack::BaselineBefore;
    return has(SurveyKind::Baseline) ? PairLack::Endline : PairLack::Both;
}

QString ResultsText::lack(PairLack lack)
{
    switch (lack) {
    case PairLack::Nothing:
        return {};
    case PairLack::Both:
        return tr("This team has no baseline and no endline survey yet.");
    case PairLack::Endline:
        return tr("This team has no endline survey yet.");
    case PairLack::BaselineBefore:
        return tr("This team has no baseline survey that started before its endline.");
    }
    return {};
}

namespace {
const QString kFewestKey = QStringLiteral("surveys/fewestAnswers");
}

int ResultsText::fewestAnswers()
{
    const int fewest = QSettings().value(kFewestKey, analysis::kFewestAnswers).toInt();
    return fewest > 0 ? fewest : analysis::kFewestAnswers;
}

void ResultsText::setFewestAnswers(int fewest)
{
    QSettings().setValue(kFewestKey, fewest);
}

QString ResultsText::dates(QDate start, QDate end)
{
    if (!end.isValid() || end == start)
        return Formats::date(start);
    return tr("%1–%2", "first and last day").arg(Formats::date(start), Formats::date(end));
}

} // namespace hamkori
