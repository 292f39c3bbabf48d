#include "DocumentParts.h"
#include "RestrictedMentions.h"
#include <QRegularExpression>

namespace hamkori::report {

QHash<QString, ReferenceItem> itemsByUuid(ReferenceRepository& references, ReferenceList list)
{
    QHash<QString, ReferenceItem> byUuid;
    if (auto items = references.items(list))
        for (const ReferenceItem& item : *items)
            byUuid.insert(item.meta.uuid, item);
    return byUuid;
}

QString periodText(const DocumentLanguage& lang, QDate from, QDate to)
{
    QString text = DocumentLanguage::date(from) + QStringLiteral(" – ") + DocumentLanguage::date(to);
    if (from.isValid() && to.isValid())
        text += QStringLiteral(" (") + lang.monthYear(from) + QStringLiteral(" – ") + lang.monthYear(to) +
                QLatin1Char(')');
    return text;
}

SignatureBlock signatures(const DocumentLanguage& lang, const QStringList& roles, const QStringList& names)
{
    return SignatureBlock{roles, names, lang.text(QT_TRANSLATE_NOOP("Document", "(signature)")),
                          lang.text(QT_TRANSLATE_NOOP("Document", "(full name)"))};
}

QString restrictedMark(const DocumentLanguage& lang)
{
    return lang.text(QT_TRANSLATE_NOOP("Document", "For official use only"));
}

Footer footer(const DocumentLanguage& lang, const QString& left, bool includesRestricted)
{
    Footer footer;
    footer.left = left;
    footer.pageOf = lang.text(QT_TRANSLATE_NOOP("Document", "Page %1 of %2"));
    if (includesRestricted)
        footer.note = lang.text(QT_TRANSLATE_NOOP(
            "Document",
            "Includes restricted details: keep this document safe and do not share it beyond those "
            "who must act on it."));
    return footer;
}

QString teamDesignation(const DocumentLanguage& lang, const QString& teamName, GroupKind kind)
{
    static const QRegularExpression saysWhatItIs(
        QStringLiteral("гурӯҳ|группа|team|group|шӯро|совет|council|platform|платформ|network|шабака|сеть|"
                       "ташаббус|инициатив|initiative"),
        QRegularExpression::CaseInsensitiveOption);
    if (teamName.contains(saysWhatItIs))
        return teamName;
    switch (kind) {
    case GroupKind::PublicCouncil:
        return lang.text(QT_TRANSLATE_NOOP("Document", "public council «%1»")).arg(teamName);
    case GroupKind::InteragencyGroup:
        return lang.text(QT_TRANSLATE_NOOP("Document", "inter-agency working group «%1»")).arg(teamName);
    case GroupKind::WomenInitiative:
        return lang.text(QT_TRANSLATE_NOOP("Document", "women's initiative group «%1»")).arg(teamName);
    case GroupKind::YouthInitiative:
        return lang.text(QT_TRANSLATE_NOOP("Document", "youth initiative group «%1»")).arg(teamName);
    case GroupKind::CsoNetwork:
        return lang.text(QT_TRANSLATE_NOOP("Document", "network of civil society organisations «%1»"))
            .arg(teamName);
    case GroupKind::PartnershipTeam:
        break;
    }
    return lang.text(QT_TRANSLATE_NOOP("Document", "community police partnership team «%1»")).arg(teamName);
}

QString allOfKind(const DocumentLanguage& lang, GroupKind kind)
{
    switch (kind) {
    case GroupKind::PartnershipTeam:
        return lang.text(QT_TRANSLATE_NOOP("Document", "All partnership teams"));
    case GroupKind::PublicCouncil:
        return lang.text(QT_TRANSLATE_NOOP("Document", "All public councils"));
    case GroupKind::InteragencyGroup:
        return lang.text(QT_TRANSLATE_NOOP("Document", "All inter-agency working groups"));
    case GroupKind::WomenInitiative:
        return lang.text(QT_TRANSLATE_NOOP("Document", "All women's initiative groups"));
    case GroupKind::YouthInitiative:
        return lang.text(QT_TRANSLATE_NOOP("Document", "All youth initiative groups"));
    case GroupKind::CsoNetwork:
        return lang.text(QT_TRANSLATE_NOOP("Document", "All networks of civil society organisations"));
    }
    return lang.text(QT_TRANSLATE_NOOP("Document", "All teams"));
}

void finishContent(DocumentContent& content, const DocumentLanguage& lang, const DocumentOptions& options)
{
    content.language = lang.code();
    if (options.includeRestricted)
        content.mark = restrictedMark(lang);
    if (options.leaveOutMentions && !options.includeRestricted)
        leaveOutMentions(content, lang);
}

void leaveOutMentions(DocumentContent& content, const DocumentLanguage& lang)
{
    leaveOutMentions(content, lang.text(QT_TRANSLATE_NOOP("Document", "[Left out of this copy.]")));
}

Table sexAgeTable(const DocumentLanguage& lang, const SexAgeCounts& counts)
{
    Table table;
    table.columns << TableColumn{QString(), 1.4};
    for (const auto& entry : EnumTraits<AgeBand>::entries())
        table.columns << TableColumn{lang.name(entry.value), 1, Qt::AlignRight};
    table.columns << TableColumn{lang.text(QT_TRANSLATE_NOOP("Document", "Total")), 1, Qt::AlignRight};
    for (Sex sex : {Sex::Female, Sex::Male}) {
        QStringList row{sex == Sex::Female ? lang.text(QT_TRANSLATE_NOOP("Document", "Women"))
                                           : lang.text(QT_TRANSLATE_NOOP("Document", "Men"))};
        for (const auto& entry : EnumTraits<AgeBand>::entries())
            row << lang.number(counts.at(sex, entry.value));
        row << lang.number(counts.total(sex));
        table.rows << row;
    }
    QStringList total{lang.text(QT_TRANSLATE_NOOP("Document", "Total"))};
    for (const auto& entry : EnumTraits<AgeBand>::entries())
        total << lang.number(counts.total(entry.value));
    total << lang.number(counts.total());
    table.rows << total;
    table.boldRows.insert(2);
    return table;
}

} // namespace hamkori::report
