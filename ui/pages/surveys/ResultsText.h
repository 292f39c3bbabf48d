#pragma once
// How survey figures read on screen (issue 21): a share as "62 % (54–70) n=148", a small group as "too few
// answers (n=7)" and never a percentage, a difference as "+17 points (+5 to +28)". Whole numbers: the
// intervals of a few hundred answers are several points wide, a decimal would promise more than they know.
#include "core/analysis/SurveyIndicators.h"
#include <QCoreApplication>

namespace hamkori {

/// What keeps a team's rounds from showing a change from baseline to endline.
enum class PairLack
{
    Nothing,        // it has a baseline and a later endline
    Both,           // neither a baseline nor an endline
    Endline,        // a baseline but no endline
    BaselineBefore, // an endline but no baseline before it
};

class ResultsText
{
    Q_DECLARE_TR_FUNCTIONS(ResultsText)
public:
    /// "62 %".
    static QString percent(double value);
    /// "62 % (54–70) n=148", or "too few answers (n=7)".
    static QString share(const analysis::Proportion& share);
    /// "+8 points (−3 to +19)", or "too few answers".
    static QString points(const analysis::Difference& difference);
    /// "+17 points" alone.
    static QString pointsOnly(double points);
    /// A whole number with its sign: "+17", "−3", "0".
    static QString signedNumber(double value);
    static PairLack lackOf(const QList<Survey>& rounds);
    /// "This team has no endline survey yet." (empty for Nothing).
    static QString lack(PairLack lack);
    /// The fewest answers a figure needs, as the user last chose it (QSettings; kFewestAnswers at first).
    static int fewestAnswers();
    static void setFewestAnswers(int fewest);
    /// The first and last day of a round: "12.03.2026–18.03.2026".
    static QString dates(QDate start, QDate end);
};

} // namespace hamkori
