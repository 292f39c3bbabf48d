#include "PersonName.h"
#include <QRegularExpression>
#include <QStringList>
#include <initializer_list>

namespace hamkori {

namespace {

using Endings = std::initializer_list<QStringView>;

// Russian patronymic suffixes; Tajik names take them too, and people spell them with Tajik or Latin letters.
const Endings kPatronymic = {u"ович", u"евич", u"ёвич",  u"ич",    u"овна", u"евна", u"ёвна", u"ична",
                             u"овиҷ", u"евиҷ", u"ovich", u"evich", u"ovna", u"evna", u"ichna"};
// Endings only a surname has.
const Endings kSurname = {u"ов",  u"ова", u"ев",   u"ева",  u"ёв",   u"ёва",  u"зода", u"заде",
                          u"иён", u"пур", u"ский", u"ская", u"цкий", u"цкая", u"ov",   u"ova",
                          u"ev",  u"eva", u"zoda", u"zade", u"pur",  u"sky",  u"skiy", u"skaya"};
// Endings of surnames that given names have too (Нуриддин, Мадина, Алӣ): they decide only against a word
// that has no surname ending at all.
const Endings kWeakSurname = {u"ин", u"ина", u"ӣ", u"ён", u"in", u"ina"};
// Given names with such an ending, frequent enough to be told apart.
const Endings kGivenNames = {u"мадина", u"нигина", u"таҳмина", u"тахмина", u"зарина", u"марина", u"сабина",
                             u"амина",  u"карина", u"ирина",   u"галина",  u"полина", u"алина",  u"нина",
                             u"дина",   u"амин",   u"алӣ",     u"валӣ",    u"madina", u"nigina", u"tahmina",
                             u"zarina", u"amina",  u"sabina",  u"marina",  u"irina",  u"amin"};
const Endings kGivenEndings = {u"иддин", u"уддин", u"ddin"};

bool endsWithAny(const QString& lower, const Endings& endings)
{
    // A word must be longer than its ending by two letters: "Лев" is a given name, not a surname in -ев.
    for (QStringView ending : endings)
        if (lower.size() >= ending.size() + 2 && lower.endsWith(ending))
            return true;
    return false;
}

bool isOneOf(const QString& lower, const Endings& words)
{
    for (QStringView word : words)
        if (lower == word)
            return true;
    return false;
}

bool isPatronymic(const QString& word)
{
    return endsWithAny(word.toLower(), kPatronymic);
}

/// 2: only a surname ends so; 1: a surname or a given name may; 0: nothing says it is a surname.
int surnameScore(const QString& word)
{
    const QString lower = word.toLower();
    if (endsWithAny(lower, kSurname))
        return 2;
    if (isOneOf(lower, kGivenNames) || endsWithAny(lower, kGivenEndings))
        return 0;
    return endsWithAny(lower, kWeakSurname) ? 1 : 0;
}

/// "Н." or "Ҷ.А.": initials typed as such.
bool isInitials(const QString& word)
{
    static const QRegularExpression initials(QStringLiteral("^(\\p{L}\\.)+$"));
    return initials.match(word).hasMatch();
}

/// "Ҷамшед" → "Ҷ.", "Мир-Сайид" → "М.-С.", "Ҷ.А." → "Ҷ. А.".
QString initialsOf(const QString& word)
{
    if (isInitials(word)) {
        QStringList letters;
        for (const QString& letter : word.split(QLatin1Char('.'), Qt::SkipEmptyParts))
            letters << letter.toUpper() + QLatin1Char('.');
        return letters.join(QLatin1Char(' '));
    }
    QStringList parts;
    for (const QString& part : word.split(QLatin1Char('-'), Qt::SkipEmptyParts))
        for (const QChar c : part)
            if (c.isLetter()) {
                parts << QString(c).toUpper() + QLatin1Char('.');
                break;
            }
    return parts.join(QLatin1Char('-'));
}

/// The index in `names` (whole words, initials left out) of the surname; -1 when the name has none.
qsizetype surnameIndex(const QStringList& names)
{
    const qsizetype n = names.size();
    if (n == 1)
        return 0;
    // A patronymic tells the order: after the given name in "Surname Given Patronymic", before the surname
    // in "Given Patronymic Surname".
    for (qsizetype i = 1; i < n; ++i) {
        if (!isPatronymic(names[i]))
            continue;
        if (i < n - 1)
            return n - 1;
        if (n >= 3)
            return 0;
        return surnameScore(names[0]) > 0 ? 0 : -1; // a given name and a patronymic: no surname
    }
    // Otherwise the one word whose ending says surname more strongly than the others'.
    int best = 0;
    qsizetype found = -1;
    bool tie = false;
    for (qsizetype i = 0; i < n; ++i) {
        const int score = surnameScore(names[i]);
        if (score > best) {
            best = score;
            found = i;
            tie = false;
        } else if (score == best && best > 0) {
            tie = true;
        }
    }
    return found >= 0 && !tie ? found : n - 1;
}

} // namespace

QString initialsAndSurname(const QString& fullName)
{
    static const QRegularExpression spaces(QStringLiteral("\\s+"));
    const QStringList words = fullName.split(spaces, Qt::SkipEmptyParts);
    if (words.size() <= 1)
        return words.value(0);
    QStringList names;
    for (const QString& word : words)
        if (!isInitials(word))
            names << word;
    if (names.isEmpty()) // initials only
        return words.join(QLatin1Char(' '));
    const qsizetype surname = surnameIndex(names);
    if (surname < 0)
        return words.join(QLatin1Char(' '));
    // The other words become initials in the order they were typed: given name, then patronymic.
    QStringList result;
    qsizetype nameAt = 0;
    for (const QString& word : words) {
        const bool isName = !isInitials(word);
        if (isName && nameAt++ == surname)
            continue;
        if (const QString initials = initialsOf(word); !initials.isEmpty())
            result << initials;
    }
    result << names[surname];
    return result.join(QLatin1Char(' '));
}

} // namespace hamkori
