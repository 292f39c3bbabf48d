#include "AttendanceSheetDocument.h"
#include "DocumentLanguage.h"
#include "DocumentParts.h"
#include "DocumentWriter.h"
#include "EventFacts.h"
#include "PdfLayout.h"

namespace hamkori::report {

Result<DocumentContent> AttendanceSheetDocument::content(Database& db, const QString& eventUuid,
                                                         const AttendanceSheetOptions& options)
{
    const DocumentLanguage lang(options.language);
    auto facts = readEventFacts(db, eventUuid);
    if (!facts)
        return facts.error();
    const Event& event = facts->event;

    DocumentContent pages;
    pages.language = lang.code();
    pages.landscape = true;
    const QString title = lang.text(QT_TRANSLATE_NOOP("Document", "ATTENDANCE SHEET"));
    pages.title = lang.text(QT_TRANSLATE_NOOP("Document", "Attendance sheet %1")).arg(event.code);
    pages.addText(title, TextRole::Title, 2);
    pages.addText(lang.name(event.kind) + QStringLiteral(" «") + event.title + QStringLiteral("»"),
                  TextRole::Subtitle, 8);
    QList<std::pair<QString, QString>> fields{
        {lang.text(QT_TRANSLATE_NOOP("Document", "Group:")), facts->group(lang)},
        {lang.text(QT_TRANSLATE_NOOP("Document", "Dates:")), facts->dates()}};
    if (!facts->place().isEmpty())
        fields << std::pair{lang.text(QT_TRANSLATE_NOOP("Document", "Place:")), facts->place()};
    if (!facts->organiserNames.isEmpty())
        fields << std::pair{lang.text(QT_TRANSLATE_NOOP("Document", "Organisers:")),
                            facts->organiserNames.join(QStringLiteral("; "))};
    pages.addFields(fields);
    pages.addSpace(6);

    Table table;
    table.fontPoints = 10;
    table.minRowPoints = 26; // about 9 mm: room to write a name and sign by hand
    table.columns = {{lang.text(QT_TRANSLATE_NOOP("Document", "No.")), 0.5, Qt::AlignHCenter},
                     {lang.text(QT_TRANSLATE_NOOP("Document", "Full name")), 3},
                     {lang.text(QT_TRANSLATE_NOOP("Document", "Organisation")), 2.6},
                     {lang.text(QT_TRANSLATE_NOOP("Document", "Sex")), 0.9, Qt::AlignHCenter},
                     {lang.text(QT_TRANSLATE_NOOP("Document", "Age band")), 1.2, Qt::AlignHCenter},
                     {lang.text(QT_TRANSLATE_NOOP("Document", "Signature")), 2.4}};
    int number = 0;
    for (const EventParticipant& p : facts->participants)
        table.rows << QStringList{lang.number(++number), p.name,   p.organisation, lang.name(p.sex),
                                  lang.name(p.ageBand),  QString()};
    const int blank = std::clamp(options.blankRows, 0, kMaxBlankRows);
    for (int i = 0; i < blank; ++i)
        table.rows << QStringList{
            lang.number(++number), QString(), QString(), QString(), QString(), QString()};
    pages.addTable(table);
    if (table.rows.isEmpty())
        pages.addText(lang.text(QT_TRANSLATE_NOOP("Document", "No participant is on the list yet.")));

    pages.footer = footer(
        lang,
        lang.text(QT_TRANSLATE_NOOP("Document", "Attendance sheet, %1, %2")).arg(event.code, facts->dates()),
        false);
    return pages;
}

Result<Document> AttendanceSheetDocument::build(Database& db, const QString& eventUuid,
                                                const AttendanceSheetOptions& options)
{
    auto content = AttendanceSheetDocument::content(db, eventUuid, options);
    if (!content)
        return content.error();
    return PdfLayout::layout(*content, PageStyle{options.formal});
}

Result<void> writeAttendanceSheet(Database& db, const QString& eventUuid,
                                  const AttendanceSheetOptions& options, const QString& path)
{
    auto document = AttendanceSheetDocument::build(db, eventUuid, options);
    if (!document)
        return document.error();
    return DocumentWriter::writePdf(*document, path);
}

} // namespace hamkori::report
