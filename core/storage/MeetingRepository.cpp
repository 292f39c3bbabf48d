#include "MeetingRepository.h"
#include "Codes.h"
#include "Rows.h"
#include "Uuids.h"

namespace hamkori {

namespace {

Fields meetingFields(const Meeting& m)
{
    Fields fields{{QStringLiteral("team"), m.teamUuid},
                  {QStringLiteral("code"), m.code},
                  {QStringLiteral("kind"), codeOf(m.kind)},
                  {QStringLiteral("date"), m.date},
                  {QStringLiteral("place"), m.place.trimmed()},
                  {QStringLiteral("facilitator"), m.facilitator.trimmed()},
                  {QStringLiteral("minutes_number"), m.minutesNumber.trimmed()},
                  {QStringLiteral("agenda"), m.agenda},
                  {QStringLiteral("minutes"), m.minutes},
                  {QStringLiteral("decisions"), m.decisions}};
    rows::appendCounts(fields, "guests_", m.guests);
    fields.append({QStringLiteral("chair"), m.chair.trimmed()});
    fields.append({QStringLiteral("secretary"), m.secretary.trimmed()});
    fields.append({QStringLiteral("centre"), rows::reference(m.centreUuid)});
    return fields;
}

Meeting readMeeting(const QSqlRecord& row)
{
    Meeting m;
    m.meta = rows::meta(row);
    m.teamUuid = rows::text(row, "team");
    m.code = rows::text(row, "code");
    m.kind = rows::enumValue(row, "kind", MeetingKind::Regular);
    m.date = rows::date(row, "date");
    m.place = rows::text(row, "place");
    m.facilitator = rows::text(row, "facilitator");
    m.minutesNumber = rows::text(row, "minutes_number");
    m.agenda = rows::text(row, "agenda");
    m.minutes = rows::text(row, "minutes");
    m.decisions = rows::text(row, "decisions");
    m.guests = rows::counts(row, "guests_");
    m.chair = rows::text(row, "chair");
    m.secretary = rows::text(row, "secretary");
    m.centreUuid = rows::text(row, "centre");
    return m;
}

} // namespace

Result<void> MeetingRepository::validate(const Meeting& meeting)
{
    if (!exists("team", meeting.teamUuid))
        return fieldError(QStringLiteral("team"), tr("Choose the team that held the meeting."));
    if (!meeting.date.isValid())
        return fieldError(QStringLiteral("date"), tr("Enter the date of the meeting as dd.MM.yyyy."));
    for (int i = 0; i < SexAgeCounts::kCells; ++i)
        if (meeting.guests.cell(i) < 0)
            return fieldError(QStringLiteral("guests"), tr("The number of guests cannot be negative."));
    if (!meeting.centreUuid.isEmpty() && !exists("centre", meeting.centreUuid))
        return fieldError(QStringLiteral("centre"),
                          tr("The community policing centre chosen no longer exists. Choose another one."));
    return checkCodeFree("meetings", meeting.code, meeting.teamUuid, meeting.meta.uuid);
}

Result<Meeting> MeetingRepository::createMeeting(Meeting meeting)
{
    if (auto valid = validate(meeting); !valid)
        return valid.error();
    meeting.meta.uuid = newUuid();
    auto done = inTransaction([&]() -> Result<void> {
        if (meeting.code.trimmed().isEmpty()) {
            auto team = store().fetch(QStringLiteral("team"), meeting.teamUuid);
            if (!team)
                return team.error();
            auto code = codes::next(m_db.connection(), QStringLiteral("meetings"), meeting.teamUuid,
                                    codes::meetingPrefix(rows::text(*team, "code"), meeting.date.year()), 2);
            if (!code)
                return code.error();
            meeting.code = *code;
        }
        return store().insert(QStringLiteral("meeting"), meeting.meta.uuid, meetingFields(meeting));
    });
    if (!done)
        return done.error();
    return this->meeting(meeting.meta.uuid);
}

Result<void> MeetingRepository::updateMeeting(const Meeting& meeting)
{
    if (auto valid = validate(meeting); !valid)
        return valid;
    return updateRecord("meeting", meeting.meta.uuid, meetingFields(meeting),
                        tr("This meeting no longer exists; it may have been deleted."));
}

Result<QList<RecordRef>> MeetingRepository::deleteMeeting(const QString& uuid)
{
    return deleteRecord("meeting", uuid, tr("This meeting no longer exists; it may have been deleted."));
}

Result<Meeting> MeetingRepository::meeting(const QString& uuid)
{
    return readOne<Meeting>("meeting", uuid, readMeeting,
                            tr("This meeting no longer exists; it may have been deleted."));
}

Result<Meeting> MeetingRepository::meetingByCode(const QString& code)
{
    // Two teams that share a code (made on two laptops) can have meetings with one code: the code then names
    // neither, and the meeting's id does.
    auto found = readList<Meeting>(
        QStringLiteral("SELECT * FROM meetings WHERE (code = ? OR uuid = ?) AND deleted = 0 ORDER BY uuid"),
        {code, code}, readMeeting);
    if (!found)
        return found.error();
    if (found->isEmpty())
        return Error{tr("There is no meeting with the code %1.").arg(code), {}};
    if (found->size() > 1) {
        QStringList ids;
        for (const Meeting& meeting : *found)
            ids << meeting.meta.uuid;
        return Error{
            tr("%n meetings have the code %1 (their teams share a code): ids %2. Name the meeting by "
               "its id instead.",
               nullptr, int(found->size()))
                .arg(code, ids.join(QStringLiteral(", "))),
            {}};
    }
    return found->first();
}

Result<QList<Meeting>> MeetingRepository::meetings(const QString& teamUuid)
{
    return readList<Meeting>(
        QStringLiteral("SELECT * FROM meetings WHERE team = ? AND deleted = 0 ORDER BY date DESC, code DESC"),
        {teamUuid}, readMeeting);
}

Result<void> MeetingRepository::setPresent(const QString& meetingUuid, const QString& memberUuid,
                                           bool present)
{
    auto meetingRow = store().fetch(QStringLiteral("meeting"), meetingUuid);
    if (!meetingRow)
        return meetingRow.error();
    if (meetingRow->isEmpty() || meetingRow->value(QStringLiteral("deleted")).toInt() != 0)
        return Error{tr("This meeting no longer exists; it may have been deleted."), {}};
    auto memberRow = store().fetch(QStringLiteral("member"), memberUuid);
    if (!memberRow)
        return memberRow.error();
    if (memberRow->isEmpty() || memberRow->value(QStringLiteral("deleted")).toInt() != 0)
        return fieldError(QStringLiteral("member"),
                          tr("This member no longer exists; it may have been deleted."));
    if (rows::text(*memberRow, "team") != rows::text(*meetingRow, "team"))
        return fieldError(QStringLiteral("member"),
                          tr("%1 is a member of another team and cannot be marked present at this meeting.")
                              .arg(rows::text(*memberRow, "name")));

    const QString uuid = derivedUuid(QStringLiteral("attendance"), {meetingUuid, memberUuid});
    return inTransaction([&]() -> Result<void> {
        if (present)
            return store().ensure(
                QStringLiteral("attendance"), uuid,
                {{QStringLiteral("meeting"), meetingUuid}, {QStringLiteral("member"), memberUuid}});
        if (!store().exists(QStringLiteral("attendance"), uuid))
            return {};
        auto removed = store().setDeleted(QStringLiteral("attendance"), uuid, true);
        return removed ? Result<void>() : Result<void>(removed.error());
    });
}

Result<QStringList> MeetingRepository::presentMembers(const QString& meetingUuid)
{
    auto list = readList<QString>(
        QStringLiteral("SELECT a.member FROM attendance a JOIN members m ON m.uuid = a.member "
                       "WHERE a.meeting = ? AND a.deleted = 0 AND m.deleted = 0 ORDER BY m.name"),
        {meetingUuid}, [](const QSqlRecord& row) { return rows::text(row, "member"); });
    if (!list)
        return list.error();
    return QStringList(*list);
}

Fields MeetingRepository::fieldsOf(const Meeting& record)
{
    return meetingFields(record);
}

Meeting MeetingRepository::meetingFromRow(const QSqlRecord& row)
{
    return readMeeting(row);
}

} // namespace hamkori
