#pragma once
#include "../model/Meeting.h"
#include "Repository.h"

namespace hamkori {

class MeetingRepository : public Repository
{
    Q_DECLARE_TR_FUNCTIONS(MeetingRepository)
public:
    using Repository::Repository;

    /// Makes the code (ISF-M-2026-03) when the meeting has none.
    Result<Meeting> createMeeting(Meeting meeting);
    Result<void> updateMeeting(const Meeting& meeting);
    Result<QList<RecordRef>> deleteMeeting(const QString& uuid);
    Result<Meeting> meeting(const QString& uuid);
    Result<Meeting> meetingByCode(const QString& code);
    /// The team's meetings, newest first.
    Result<QList<Meeting>> meetings(const QString& teamUuid);

    /// Marks a member of the meeting's team present or absent.
    Result<void> setPresent(const QString& meetingUuid, const QString& memberUuid, bool present);
    Result<QStringList> presentMembers(const QString& meetingUuid);

    // The fields as the journal and a FieldPatch see them, and a record read back from them (RecordEdits).
    static Fields fieldsOf(const Meeting& record);
    static Meeting meetingFromRow(const QSqlRecord& row);

private:
    Result<void> validate(const Meeting& meeting);
};

} // namespace hamkori
