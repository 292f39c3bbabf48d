#include "StatusNotes.h"
#include <QCoreApplication>
#include <QList>
#include <QRegularExpression>
#include <QTranslator>
#include <array>
#include <memory>

namespace hamkori::statusnotes {

namespace {

const char* const kContext = "StatusNotes";

struct Note
{
    Kind kind;
    const char* source;
};

const std::array<Note, 4> kNotes = {{
    {Kind::AddressedByPlan, QT_TRANSLATE_NOOP("StatusNotes", "Addressed by the adopted action plan %1")},
    {Kind::PlanChangeUndone, QT_TRANSLATE_NOOP("StatusNotes", "The change to action plan %1 was undone")},
    {Kind::DecisionUndone, QT_TRANSLATE_NOOP("StatusNotes", "Decision of the prioritisation round undone")},
    {Kind::StatusChangeUndone, QT_TRANSLATE_NOOP("StatusNotes", "undone")},
}};

struct Pattern
{
    Kind kind;
    QRegularExpression expression;
};

/// Every note in English, Tajik and Russian as an expression that matches it whole, its argument captured.
/// The catalogues are the program's own (:/i18n), whatever language is installed.
const QList<Pattern>& patterns()
{
    static const QList<Pattern> all = [] {
        QList<Pattern> made;
        std::array<std::unique_ptr<QTranslator>, 2> catalogues;
        const std::array<const char*, 2> languages{"tg", "ru"};
        for (std::size_t i = 0; i < languages.size(); ++i) {
            catalogues[i] = std::make_unique<QTranslator>();
            if (!catalogues[i]->load(QStringLiteral(":/i18n/hamkori_%1.qm").arg(QLatin1String(languages[i]))))
                catalogues[i].reset();
        }
        for (const Note& note : kNotes) {
            QStringList texts{QString::fromUtf8(note.source)};
            for (const auto& catalogue : catalogues)
                if (catalogue)
                    if (const QString text = catalogue->translate(kContext, note.source); !text.isEmpty())
                        texts << text;
            for (const QString& text : texts) {
                QString expression = QRegularExpression::escape(text);
                expression.replace(QRegularExpression::escape(QStringLiteral("%1")), QStringLiteral("(.+)"));
                made.append({note.kind, QRegularExpression(QRegularExpression::anchoredPattern(expression))});
            }
        }
        return made;
    }();
    return all;
}

} // namespace

QString write(Kind kind, const QString& argument)
{
    for (const Note& note : kNotes)
        if (note.kind == kind) {
            const QString text = QCoreApplication::translate(kContext, note.source);
            return text.contains(QLatin1String("%1")) ? text.arg(argument) : text;
        }
    return {};
}

QString shown(const QString& stored)
{
    const QString trimmed = stored.trimmed();
    if (trimmed.isEmpty())
        return stored;
    for (const Pattern& pattern : patterns())
        if (const QRegularExpressionMatch match = pattern.expression.match(trimmed); match.hasMatch())
            return write(pattern.kind, match.lastCapturedIndex() >= 1 ? match.captured(1) : QString());
    return stored;
}

} // namespace hamkori::statusnotes
