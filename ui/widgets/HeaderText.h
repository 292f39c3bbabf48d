#pragma once
// Column headers in Tajik and Russian are often wider than their columns ("Манбаи маблағгузорӣ", "Впервые
// заявлена") and were cut on both sides; models return them on two lines instead.
#include <QString>
#include <cstdlib>

namespace hamkori {

/// The text with the space nearest its middle turned into a line break; one word stays as it is.
inline QString headerOnTwoLines(QString text)
{
    qsizetype best = -1;
    for (qsizetype i = text.indexOf(QLatin1Char(' ')); i >= 0; i = text.indexOf(QLatin1Char(' '), i + 1))
        if (best < 0 || std::abs(text.size() / 2 - i) < std::abs(text.size() / 2 - best))
            best = i;
    if (best > 0)
        text[best] = QLatin1Char('\n');
    return text;
}

} // namespace hamkori
