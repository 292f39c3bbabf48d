#include "MinutesDocument.h"
#include "../model/PersonName.h"
#include "../storage/MeetingQueries.h"
#include "../storage/MeetingRepository.h"
#include "../storage/ReferenceRepository.h"
#include "../storage/TeamRepository.h"
#include "PdfLayout.h"
#include <QRegularExpression>
#include <algorithm>

namespace hamkori::report {

namespace {
/// Agenda items and decisions one per line, numbered "1.", "2."… unless the user numbered them already.
QStringList numbered(const QString& text)
{
    static const QRegularExpression alreadyNumbered(QStringLiteral("^\\s*\\d+[.)]"));
    QStringList items;
    for (const QString& line : text.split(QLatin1Char('\n'))) {
        const QString item = line.trimmed();
        if (item.isEmpty())
            continue;
        items << (item.contains(alreadyNumbered) ? item
                                                 : QStringLiteral("%1. %2").arg(items.size() + 1).arg(item));
    }
    return items;
}
} // namespace

Result<Document> MinutesDocument::build(Database& db, const QString& meetingUuid,
                                        const DocumentOptions& options)
{
    auto content = MinutesDocument::content(db, meetingUuid, options);
    if (!content)
        return content.error();
    return PdfLayout::layout(*content, PageStyle{options.formal});
}

Result<DocumentContent> MinutesDocument::content(Database& db, const QString& meetingUuid,
                                                 const DocumentOptions& options)
{
    const DocumentLanguage lang(options.language);
    MeetingRepository meetings(db);
    auto meeting = meetings.meeting(meetingUuid);
    if (!meeting)
        return meeting.error();
    TeamRepository teams(db);
    auto team = teams.team(meeting->teamUuid);
    if (!team)
        return team.error();
    auto present = meetings.presentMembers(meetingUuid);
    if (!present)
        return present.error();
    auto members = teams.members(meeting->teamUuid);
    if (!members)
        return members.error();
    auto raised = MeetingQueries(db).concernsRaisedAt(meetingUuid);
    if (!raised)
        return raised.error();
    ReferenceRepository references(db);
    auto district = references.gazetteerEntry(team->districtUuid);

    const auto categories = itemsByUuid(references, ReferenceList::Category);

    DocumentContent pages;
    pages.title = lang.text(QT_TRANSLATE_NOOP("Document", "Minutes")) + QStringLiteral(" ") + meeting->code;
    pages.addText(lang.text(QT_TRANSLATE_NOOP("Document", "MINUTES No. %1")).arg(meeting->minutesNumber),
                  TextRole::Title, 2);
    pages.addText(lang.text(QT_TRANSLATE_NOOP("Document", "of the meeting of the %1"))
                      .arg(teamDesignation(lang, team->name, team->kind)),
                  TextRole::Centred, 2);
    pages.addText(lang.name(meeting->kind), TextRole::Centred, 12);

    QList<std::pair<QString, QString>> fields;
    fields << std::pair{lang.text(QT_TRANSLATE_NOOP("Document", "Date:")),
                        DocumentLanguage::date(meeting->date)};
    fields << std::pair{lang.text(QT_TRANSLATE_NOOP("Document", "Place:")), meeting->place};
    if (district)
        fields << std::pair{lang.text(QT_TRANSLATE_NOOP("Document", "District:")),
                            district->name(lang.code()) +
                                (team->jamoat.isEmpty() ? QString() : QStringLiteral(", ") + team->jamoat)};
    if (!meeting->chair.isEmpty())
        fields << std::pair{lang.text(QT_TRANSLATE_NOOP("Document", "Chaired by:")), meeting->chair};
    if (!meeting->secretary.isEmpty())
        fields << std::pair{lang.text(QT_TRANSLATE_NOOP("Document", "Secretary:")), meeting->secretary};
    if (!meeting->facilitator.isEmpty())
        fields << std::pair{lang.text(QT_TRANSLATE_NOOP("Document", "Facilitator:")), meeting->facilitator};
    pages.addFields(fields);
    pages.addSpace(6);

    // Present: members by name and role.
    QList<Member> attending;
    for (const Member& member : *members)
        if (present->contains(member.meta.uuid))
            attending << member;
    std::sort(attending.begin(), attending.end(),
              [](const Member& a, const Member& b) { return a.name.localeAwareCompare(b.name) < 0; });
    SexAgeCounts membersBySex;
    pages.addHeading(lang.text(QT_TRANSLATE_NOOP("Document", "Present: team members")));
    if (attending.isEmpty()) {
        pages.addText(lang.text(QT_TRANSLATE_NOOP("Document", "No members were recorded as present.")),
                      TextRole::Body);
    } else {
        Table table;
        table.columns = {{lang.text(QT_TRANSLATE_NOOP("Document", "No.")), 0.4, Qt::AlignHCenter},
                         {lang.text(QT_TRANSLATE_NOOP("Document", "Name")), 2.2},
                         {lang.text(QT_TRANSLATE_NOOP("Document", "Role")), 1.6},
                         {lang.text(QT_TRANSLATE_NOOP("Document", "Organisation and post")), 2.4}};
        int number = 0;
        for (const Member& member : attending) {
            membersBySex.set(member.sex, member.ageBand, membersBySex.at(member.sex, member.ageBand) + 1);
            QStringList where{member.organisation, member.post};
            where.removeAll(QString());
            table.rows << QStringList{QString::number(++number), member.name, lang.name(member.category),
                                      where.join(QStringLiteral(", "))};
        }
        pages.addTable(table);
    }
    pages.addHeading(lang.text(QT_TRANSLATE_NOOP("Document", "Present: guests by sex and age")));
    pages.addTable(sexAgeTable(lang, meeting->guests));
    SexAgeCounts everyone = membersBySex;
    everyone += meeting->guests;
    pages.addText(
        lang.text(QT_TRANSLATE_NOOP("Document", "In total present: %1 (team members: %2, guests: %3; "
                                                "women: %4, men: %5)."))
            .arg(lang.number(everyone.total()), lang.number(membersBySex.total()),
                 lang.number(meeting->guests.total()), lang.number(everyone.total(Sex::Female)),
                 lang.number(everyone.total(Sex::Male))),
        TextRole::Body, 10);

    const auto addSection = [&](const char* heading, const QStringList& paragraphs) {
        pages.addHeading(lang.text(heading));
        // Paragraph by paragraph, so that a long discussion flows on to the next page.
        for (const QString& paragraph : paragraphs.isEmpty() ? QStringList{QStringLiteral("—")} : paragraphs)
            pages.addText(paragraph, TextRole::Body, 3);
        pages.addSpace(6);
    };
    addSection(QT_TRANSLATE_NOOP("Document", "Agenda"), numbered(meeting->agenda));
    QStringList discussion = meeting->minutes.split(QLatin1Char('\n'));
    discussion.removeAll(QString());
    addSection(QT_TRANSLATE_NOOP("Document", "Discussion"), discussion);
    addSection(QT_TRANSLATE_NOOP("Document", "Decisions"), numbered(meeting->decisions));

    QList<RaisedConcern> shown;
    for (const RaisedConcern& concern : *raised) {
        if (!concern.restricted || options.includeRestricted)
            shown << concern;
        else
            pages.hidden << HiddenConcern{concern.code, concern.title,
                                          categories.contains(concern.categoryUuid)
                                              ? lang.name(categories.value(concern.categoryUuid))
                                              : QString()};
    }
    pages.addHeading(lang.text(QT_TRANSLATE_NOOP("Document", "Concerns raised")));
    if (shown.isEmpty()) {
        pages.addText(lang.text(QT_TRANSLATE_NOOP("Document", "No concerns were recorded at this meeting.")),
                      TextRole::Body);
    } else {
        Table table;
        table.columns = {{lang.text(QT_TRANSLATE_NOOP("Document", "Code")), 1.2},
                         {lang.text(QT_TRANSLATE_NOOP("Document", "Concern")), 4},
                         {lang.text(QT_TRANSLATE_NOOP("Document", "Status on the day")), 1.4}};
        for (const RaisedConcern& concern : shown)
            table.rows << QStringList{concern.code, concern.title, lang.name(concern.statusOnMeetingDay)};
        pages.addTable(table);
    }

    pages.addSpace(12);
    pages.add(signatures(lang,
                         {lang.text(QT_TRANSLATE_NOOP("Document", "Chair of the meeting")),
                          lang.text(QT_TRANSLATE_NOOP("Document", "Secretary"))},
                         {initialsAndSurname(meeting->chair), initialsAndSurname(meeting->secretary)}));
    pages.footer = footer(lang, lang.text(QT_TRANSLATE_NOOP("Document", "Minutes %1")).arg(meeting->code),
                          options.includeRestricted);
    finishContent(pages, lang, options);
    return pages;
}

} // namespace hamkori::report
