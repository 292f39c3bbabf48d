#include "CellValues.h"
#include "core/model/TypedDate.h"

namespace hamkori::csv {

std::optional<QDate> CellValues::parseDate(const QString& text)
{
    // A cell is read as a date field reads what is typed: one reading of dates in the whole program.
    const Result<QDate> day = readTypedDate(text);
    if (!day)
        return std::nullopt;
    return *day;
}

QString CellValues::number(double value)
{
    return QString::number(value, 'g', 15);
}

std::optional<double> CellValues::parseNumber(const QString& text)
{
    QString cleaned = text.trimmed();
    cleaned.remove(QLatin1Char(' ')).remove(QChar(0x00A0)).remove(QChar(0x202F)); // thousands spaces
    cleaned.replace(QLatin1Char(','), QLatin1Char('.'));
    bool ok = false;
    const double value = cleaned.toDouble(&ok);
    if (!ok)
        return std::nullopt;
    return value;
}

// Outside the call: lupdate reads a QT_TRANSLATE_NOOP nested in a call to a method named translate() as
// that call's argument and skipped both, so the file said "yes" and "no" in every language.
const char* const kYes = QT_TRANSLATE_NOOP("CellValues", "yes");
const char* const kNo = QT_TRANSLATE_NOOP("CellValues", "no");

QString CellValues::yesNo(bool value, const report::DocumentLanguage& language)
{
    return language.translate("CellValues", value ? kYes : kNo);
}

std::optional<bool> CellValues::parseYesNo(const QString& text)
{
    static const QHash<QString, bool> words = [] {
        QHash<QString, bool> known;
        for (const char* yes : {"yes", "y", "true", "1", "x", "+"})
            known.insert(QString::fromLatin1(yes), true);
        for (const char* no : {"no", "n", "false", "0", "-"})
            known.insert(QString::fromLatin1(no), false);
        for (const QString& language : {QStringLiteral("tg"), QStringLiteral("ru")}) {
            const report::DocumentLanguage document(language);
            known.insert(foldName(yesNo(true, document)), true);
            known.insert(foldName(yesNo(false, document)), false);
        }
        // The words people type whatever the catalogue says.
        for (const QString& yes : {QStringLiteral("да"), QStringLiteral("ҳа"), QStringLiteral("ha")})
            known.insert(foldName(yes), true);
        for (const QString& no : {QStringLiteral("нет"), QStringLiteral("не"), QStringLiteral("на")})
            known.insert(foldName(no), false);
        return known;
    }();
    const QString folded = foldName(text);
    if (folded.isEmpty())
        return false;
    const auto found = words.constFind(folded);
    if (found == words.constEnd())
        return std::nullopt;
    return *found;
}

ReferenceNames::ReferenceNames(const QList<ReferenceItem>& items)
{
    const report::DocumentLanguage languages[] = {report::DocumentLanguage(QStringLiteral("en")),
                                                  report::DocumentLanguage(QStringLiteral("tg")),
                                                  report::DocumentLanguage(QStringLiteral("ru"))};
    QStringList shown;
    for (const ReferenceItem& item : items) {
        if (item.meta.deleted)
            continue;
        for (const QString& name : {item.code, item.nameEn, item.nameTg, item.nameRu})
            if (!name.trimmed().isEmpty())
                m_uuids.insert(foldName(name), item.meta.uuid);
        for (const auto& language : languages)
            m_uuids.insert(foldName(language.name(item)), item.meta.uuid);
        shown << item.name(QString()); // in the program's language
    }
    m_choices = shown.join(QStringLiteral(", "));
}

} // namespace hamkori::csv
