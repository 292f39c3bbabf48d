#include "SurveyFigures.h"
#include <cmath>

namespace hamkori::report {

namespace {

QString whole(const DocumentLanguage& lang, double value)
{
    return lang.number(int(std::lround(value)));
}

QString signedWhole(const DocumentLanguage& lang, double value)
{
    const long rounded = std::lround(value);
    // A minus sign (U+2212) reads better than a hyphen; a plus says the change is a rise.
    return rounded > 0   ? QStringLiteral("+") + lang.number(int(rounded))
           : rounded < 0 ? QChar(0x2212) + lang.number(int(-rounded))
                         : lang.number(0);
}

} // namespace

const QList<SurveyIndicator>& keyIndicators()
{
    static const QList<SurveyIndicator> key{SurveyIndicator::SafeByDay, SurveyIndicator::SafeAtNight,
                                            SurveyIndicator::TrustPolice, SurveyIndicator::PoliceFirst,
                                            SurveyIndicator::KnowsTeam};
    return key;
}

QString tooFewText(const DocumentLanguage& lang)
{
    return lang.text(QT_TRANSLATE_NOOP("Document", "too few answers"));
}

QString percentText(const DocumentLanguage& lang, const analysis::Proportion& share)
{
    return share.tooFew ? QString() : whole(lang, share.percent) + QStringLiteral(" %");
}

QString shareText(const DocumentLanguage& lang, const analysis::Proportion& share)
{
    if (share.tooFew)
        return tooFewText(lang);
    return percentText(lang, share) + QStringLiteral(" (") + whole(lang, share.low) + QChar(0x2013) +
           whole(lang, share.high) + QLatin1Char(')');
}

QString answersText(const DocumentLanguage& lang, const analysis::Proportion& share)
{
    return QStringLiteral("n = ") + lang.number(share.base);
}

QString pointsText(const DocumentLanguage& lang, const analysis::Difference& difference)
{
    if (difference.tooFew)
        return QStringLiteral("—");
    return lang.text(QT_TRANSLATE_NOOP("Document", "%1 (%2 to %3)"))
        .arg(signedWhole(lang, difference.points), signedWhole(lang, difference.low),
             signedWhole(lang, difference.high));
}

} // namespace hamkori::report
