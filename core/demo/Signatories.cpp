#include "Signatories.h"
#include <QRegularExpression>

namespace hamkori::demo {

MeetingOfficers meetingOfficers(const QList<Member>& present, const QString& facilitator)
{
    MeetingOfficers officers;
    if (present.isEmpty())
        return officers;
    officers.chair = present.first().name;
    for (const Member& member : present)
        if (member.name == facilitator.trimmed())
            officers.chair = member.name;
    static const QRegularExpression secretaryPost(QStringLiteral("котиб|секретар|secretary"),
                                                  QRegularExpression::CaseInsensitiveOption);
    for (const Member& member : present)
        if (member.name != officers.chair && member.post.contains(secretaryPost)) {
            officers.secretary = member.name;
            return officers;
        }
    for (const Member& member : present)
        if (member.name != officers.chair) {
            officers.secretary = member.name;
            break;
        }
    return officers;
}

std::optional<Member> districtPoliceChief(const QList<Member>& members)
{
    // The head of a department names the department in the post; "Начальник отделения профилактики" heads
    // a section and is no chief.
    static const QRegularExpression chief(
        QStringLiteral("^(сардори|начальник|chief|head)\\b.*\\b(швкд|шкд|говд|ровд|овд|police)\\b"),
        QRegularExpression::CaseInsensitiveOption | QRegularExpression::UseUnicodePropertiesOption);
    for (const Member& member : members)
        if (member.category == MemberCategory::Police && member.post.trimmed().contains(chief))
            return member;
    return std::nullopt;
}

} // namespace hamkori::demo
