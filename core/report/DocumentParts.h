#pragma once
// The parts the documents share: their type sizes, the approval block, label–value lines, signature lines
// and the footer texts. Every text comes in the document's language.
#include "DocumentLanguage.h"
#include "PageComposer.h"

namespace hamkori::report {

/// What the user chose for one export.
struct DocumentOptions
{
    QString language = QStringLiteral("en");
    bool landscape = false;         // action plans only
    bool includeRestricted = false; // restricted concerns shown in plans and minutes, said in the footer
};

namespace style {
TextStyle title();    // 14 pt bold, centred
TextStyle subtitle(); // 11 pt bold, centred
TextStyle centred();  // 10 pt, centred
TextStyle heading();  // 11 pt bold
TextStyle body();     // 10 pt
TextStyle small();    // 8 pt
} // namespace style

/// "01.01.2026 – 30.06.2026 (January 2026 – June 2026)", the months in the document's language.
QString periodText(const DocumentLanguage& lang, QDate from, QDate to);
/// "Approved" at the top right, with the approver's post, a signature line with the name, and a date line.
void addApproval(PageComposer& pages, const DocumentLanguage& lang, const QString& post, const QString& name);
/// Label: value lines, the labels in a column of their own.
void addFields(PageComposer& pages, const QList<std::pair<QString, QString>>& fields);
/// One signature line per role: the role, a line to sign on, a line for the name (filled in when known).
void addSignatures(PageComposer& pages, const DocumentLanguage& lang, const QStringList& roles,
                   const QStringList& names = {});
/// The footer: the document's code on the left, "page X of Y", and the restricted-details note when asked.
Footer footer(const DocumentLanguage& lang, const QString& left, bool includesRestricted);
/// A table of people by sex (rows: women, men, total) and age band (columns, then the total).
Table sexAgeTable(const DocumentLanguage& lang, const SexAgeCounts& counts);

} // namespace hamkori::report
