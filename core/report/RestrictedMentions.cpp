#include "RestrictedMentions.h"
#include "core/storage/Schema.h"
#include <QRegularExpression>
#include <type_traits>

namespace hamkori::report {

namespace {

constexpr int kSignificantLetters = 5; // shorter words ("дар", "and", "при") say nothing

/// A word's stem: lower case, Tajik letters folded to their Russian look-alikes' plain forms, and the
/// ending cut (up to three letters, keeping at least five), so "зӯроварии" and "зӯроварӣ" meet.
QString stem(const QString& word)
{
    QString folded = schema::searchFoldText(word.toLower());
    const qsizetype keep = std::max<qsizetype>(kSignificantLetters, folded.size() - 3);
    return folded.left(keep);
}

QStringList words(const QString& text)
{
    static const QRegularExpression split(QStringLiteral("[^\\w]+"),
                                          QRegularExpression::UseUnicodePropertiesOption);
    return text.split(split, Qt::SkipEmptyParts);
}

QSet<QString> stems(const QString& text)
{
    QSet<QString> all;
    for (const QString& word : words(text))
        if (word.size() >= kSignificantLetters)
            all.insert(stem(word));
    return all;
}

struct Needle
{
    QString code;
    QSet<QString> stems;
};

bool mentions(const QString& text, const Needle& needle)
{
    if (text.isEmpty())
        return false;
    if (!needle.code.isEmpty() && text.contains(needle.code, Qt::CaseInsensitive))
        return true;
    const QSet<QString> found = stems(text);
    int shared = 0;
    for (const QString& s : needle.stems)
        shared += found.contains(s) ? 1 : 0;
    return shared >= std::min<qsizetype>(2, needle.stems.size()) && shared > 0;
}

/// Calls `visit` on every free text a user typed or a builder filled in: paragraphs, field values, table
/// cells. `Content` is DocumentContent or const DocumentContent, so one walk serves finding and leaving out.
template <class Content, class Visit> void forEachText(Content& content, Visit&& visit)
{
    for (auto& block : content.blocks)
        std::visit(
            [&](auto& part) {
                using Part = std::decay_t<decltype(part)>;
                if constexpr (std::is_same_v<Part, Paragraph>) {
                    visit(part.text);
                } else if constexpr (std::is_same_v<Part, FieldList>) {
                    for (auto& field : part.fields)
                        visit(field.second);
                } else if constexpr (std::is_same_v<Part, Table>) {
                    for (auto& row : part.rows)
                        for (auto& cell : row)
                            visit(cell);
                }
            },
            block);
}

QList<Needle> needles(const DocumentContent& content)
{
    QList<Needle> all;
    for (const HiddenConcern& concern : content.hidden)
        all << Needle{concern.code, stems(concern.title) | stems(concern.category)};
    return all;
}

/// A field's value may hold several lines (a list of concerns): each line is judged on its own.
QStringList lines(const QString& text)
{
    return text.split(QLatin1Char('\n'));
}

} // namespace

QList<Mention> findMentions(const DocumentContent& content)
{
    QList<Mention> found;
    const QList<Needle> all = needles(content);
    if (all.isEmpty())
        return found;
    forEachText(content, [&](const QString& text) {
        for (const QString& line : lines(text))
            for (const Needle& needle : all)
                if (mentions(line, needle)) {
                    if (std::none_of(found.cbegin(), found.cend(),
                                     [&](const Mention& m) { return m.text == line; }))
                        found << Mention{needle.code, line};
                    break;
                }
    });
    return found;
}

void leaveOutMentions(DocumentContent& content, const QString& replacement)
{
    const QList<Needle> all = needles(content);
    if (all.isEmpty())
        return;
    forEachText(content, [&](QString& text) {
        QStringList kept = lines(text);
        for (QString& line : kept)
            for (const Needle& needle : all)
                if (mentions(line, needle)) {
                    content.leftOut << Mention{needle.code, line};
                    line = replacement;
                    break;
                }
        text = kept.join(QLatin1Char('\n'));
    });
}

} // namespace hamkori::report
