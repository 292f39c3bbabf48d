// A meeting's chair and secretary driven offscreen (issue 17): offered among the members present, kept up to
// date as attendance is ticked, or typed freely; each one undoable edit of that field only.
#include "core/storage/MeetingRepository.h"
#include "core/storage/TeamRepository.h"
#include "support/PageFixture.h"
#include "support/TestSupport.h"
#include "support/UiTestSupport.h"
#include "ui/Session.h"
#include "ui/pages/MeetingsPage.h"
#include <QComboBox>
#include <QLineEdit>
#include <QTest>
#include <QUndoStack>

using namespace hamkori;
using namespace Qt::StringLiterals;
using hamkori::test::child;

namespace {

Member addMember(Database& db, const QString& team, const QString& name, const QString& post)
{
    Member member;
    member.teamUuid = team;
    member.name = name;
    member.post = post;
    member.category = MemberCategory::Cso;
    member.joined = QDate(2018, 1, 10);
    auto created = TeamRepository(db).createMember(member);
    INFO(created.errorMessage().toStdString());
    REQUIRE(created.ok());
    return *created;
}

Meeting storedMeeting(Database& db, const QString& uuid)
{
    auto meeting = MeetingRepository(db).meeting(uuid);
    INFO(meeting.errorMessage().toStdString());
    REQUIRE(meeting.ok());
    return *meeting;
}

/// Types into a line edit as a person would: select what is there, type, confirm with Enter.
void retype(QLineEdit* edit, const QString& text)
{
    edit->setFocus();
    edit->selectAll();
    QTest::keyClick(edit, Qt::Key_Delete);
    test::typeText(edit, text);
    QTest::keyClick(edit, Qt::Key_Return);
}

QStringList itemTexts(QComboBox* combo)
{
    QStringList texts;
    for (int i = 0; i < combo->count(); ++i)
        texts << combo->itemText(i);
    return texts;
}

} // namespace

TEST_CASE("a meeting's chair and secretary are offered among the members present, or typed",
          "[ui][meetings][signatories]")
{
    test::PageFixture<MeetingsPage> f;
    const Member zarina = addMember(*f.db, f.team, u"Зарина Раҳимова"_s, u"Фасилитатор"_s);
    const Member farhod = addMember(*f.db, f.team, u"Фарҳод Каримов"_s, u"Котиби ҷамоат"_s);
    const Member gulchehra = addMember(*f.db, f.team, u"Гулчеҳра Назарова"_s, u"Омӯзгор"_s);
    Meeting held;
    held.teamUuid = f.team;
    held.date = QDate(2026, 3, 10);
    held.facilitator = zarina.name;
    auto created = MeetingRepository(*f.db).createMeeting(held);
    REQUIRE(created.ok());
    const QString meeting = created->meta.uuid;
    REQUIRE(MeetingRepository(*f.db).setPresent(meeting, zarina.meta.uuid, true).ok());
    REQUIRE(MeetingRepository(*f.db).setPresent(meeting, farhod.meta.uuid, true).ok());
    MeetingsPage& page = f.open();
    REQUIRE(page.openRecord(u"meeting"_s, meeting));
    QUndoStack* stack = f.session.undoStack();
    const int steps = stack->count();

    auto* chair = child<QComboBox>(page, "meetingChair");
    auto* secretary = child<QComboBox>(page, "meetingSecretary");
    CHECK(chair->isEditable());
    QStringList offered = itemTexts(chair);
    offered.sort();
    CHECK(offered == QStringList{zarina.name, farhod.name});
    CHECK(chair->currentText().isEmpty()); // offering names chooses none
    // A member ticked present later is offered at once.
    REQUIRE(MeetingRepository(*f.db).setPresent(meeting, gulchehra.meta.uuid, true).ok());
    CHECK(itemTexts(secretary).contains(gulchehra.name));

    // Chosen from the list with the keyboard: one edit of the chair only.
    chair->setFocus();
    chair->setCurrentIndex(-1);
    QTest::keyClick(chair, Qt::Key_Down);
    const QString first = chair->itemText(0);
    CHECK(storedMeeting(*f.db, meeting).chair == first);
    CHECK(storedMeeting(*f.db, meeting).secretary.isEmpty());
    REQUIRE(stack->count() == steps + 1);
    CHECK(stack->undoText() == u"change who chaired meeting %1"_s.arg(created->code));

    // Any name may be typed, in Tajik: someone who is not a member.
    retype(secretary->lineEdit(), u"Ҳ. Ғ. Қӯчарова (меҳмон)"_s);
    CHECK(storedMeeting(*f.db, meeting).secretary == u"Ҳ. Ғ. Қӯчарова (меҳмон)"_s);
    CHECK(storedMeeting(*f.db, meeting).chair == first);
    REQUIRE(stack->count() == steps + 2);
    CHECK(stack->undoText() == u"change the secretary of meeting %1"_s.arg(created->code));
    CHECK_FALSE(itemTexts(secretary).contains(u"Ҳ. Ғ. Қӯчарова (меҳмон)"_s)); // typed, not added to the list

    stack->undo();
    CHECK(storedMeeting(*f.db, meeting).secretary.isEmpty());
    CHECK(storedMeeting(*f.db, meeting).chair == first);
    CHECK(secretary->currentText().isEmpty());
    stack->undo();
    CHECK(storedMeeting(*f.db, meeting).chair.isEmpty());
}
