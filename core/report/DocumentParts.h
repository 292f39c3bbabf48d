#pragma once
// The parts the documents share: periods, signature lines, footers and the restricted mark, tables by sex and
// age. Every text comes in the document's language.
#include "../storage/ReferenceRepository.h"
#include "DocumentContent.h"
#include "DocumentLanguage.h"
#include <QHash>

namespace hamkori::report {

/// What the user chose for one export.
struct DocumentOptions
{
    QString language = QStringLiteral("en");
    bool landscape = false;         // action plans only
    bool includeRestricted = false; // restricted concerns shown, marked «ДСП» on every page
    bool formal = false;            // the formal page style: serif, 12 pt, margins of at least 20 mm
    bool leaveOutMentions = false;  // free texts that mention a left-out restricted concern are left out too
    QString preparedBy;             // period report: the organisation that prepared it
    QString narrative;              // period report: the summary written for it, paragraphs on lines
    QString groupKind; // period report over all teams: only those of this kind (a GroupKind code)
};

/// The items of an editable list by UUID (none when the list cannot be read: the document names nothing).
QHash<QString, ReferenceItem> itemsByUuid(ReferenceRepository& references, ReferenceList list);
/// "01.01.2026 – 30.06.2026 (January 2026 – June 2026)", the months in the document's language.
QString periodText(const DocumentLanguage& lang, QDate from, QDate to);
/// Signature lines for these roles, with the names where known.
SignatureBlock signatures(const DocumentLanguage& lang, const QStringList& roles,
                          const QStringList& names = {});
/// The footer: the document's code on the left, "page X of Y", and the restricted-details note when asked.
Footer footer(const DocumentLanguage& lang, const QString& left, bool includesRestricted);
/// The mark a restricted export carries at the top right of every page («ДСП»), in the document's language.
QString restrictedMark(const DocumentLanguage& lang);
/// "community police partnership team «Isfara»", "public council «Bokhtar»"… by the kind of group, or the
/// team's own name when it already says what the body is («Шӯрои ҷамъиятии ноҳияи Бохтар»): never the
/// designation twice.
QString teamDesignation(const DocumentLanguage& lang, const QString& teamName, GroupKind kind);
/// "All public councils", "All partnership teams"…: the scope of a report over every team of one kind.
QString allOfKind(const DocumentLanguage& lang, GroupKind kind);
/// What every document does last: the restricted mark when restricted details are in, and leaving out the
/// free texts that mention a hidden concern when asked.
void finishContent(DocumentContent& content, const DocumentLanguage& lang, const DocumentOptions& options);
/// Leaves out the texts that mention a hidden concern, with the words that say so in the document's language.
void leaveOutMentions(DocumentContent& content, const DocumentLanguage& lang);
/// A table of people by sex (rows: women, men, total) and age band (columns, then the total).
Table sexAgeTable(const DocumentLanguage& lang, const SexAgeCounts& counts);

} // namespace hamkori::report
