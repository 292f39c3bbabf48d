// Issue 16, finding 9, in the window: the concern's "Erase from history…" dialog lists the fields that hold
// earlier values, erases the ticked ones, says what it did, and the name is gone from the journal.
#include "core/model/Concern.h"
#include "core/model/Team.h"
#include "core/storage/ConcernRepository.h"
#include "core/storage/TeamRepository.h"
#include "support/TestSupport.h"
#include "support/UiTestSupport.h"
#include "ui/Session.h"
#include "ui/widgets/EraseHistoryDialog.h"
#include <QApplication>
#include <QSqlQuery>

using namespace hamkori;
using namespace Qt::StringLiterals;

namespace {

int journalValuesHolding(Database& db, const QString& text)
{
    QSqlQuery query(db.connection());
    REQUIRE(query.exec(u"SELECT value FROM journal"_s));
    int found = 0;
    while (query.next()) {
        const QVariant value = query.value(0);
        const QString shown = value.typeId() == QMetaType::QByteArray
                                  ? QString::fromUtf8(qUncompress(value.toByteArray()))
                                  : value.toString();
        found += shown.contains(text) ? 1 : 0;
    }
    return found;
}

} // namespace

TEST_CASE("Finding 9: the Erase from history dialog erases the ticked fields' earlier values and says so",
          "[ui][exchange]")
{
    test::TempDatabase db;
    const QString team = test::makeTeam(*db, u"ISF"_s);
    Concern concern;
    concern.teamUuid = team;
    concern.title = u"Зӯроварӣ дар оила"_s;
    concern.firstRaised = QDate(2026, 2, 1);
    concern.categoryUuid = test::categoryUuid(*db);
    auto created = ConcernRepository(*db).createConcern(concern);
    REQUIRE(created.ok());
    concern = *created;
    for (const QString& victim : {u"Зарина Қодирова"_s, u"Зани 34-сола"_s}) {
        concern.triangle.victim = victim;
        REQUIRE(ConcernRepository(*db).updateConcern(concern).ok());
        concern = *ConcernRepository(*db).concern(concern.meta.uuid);
    }
    REQUIRE(journalValuesHolding(*db, u"Зарина"_s) > 0);

    Session session(*db);
    // Pictures to look at: HAMKORI_SHOTS=/tmp/shots hamkori_ui_tests "Finding 9*"
    if (qEnvironmentVariableIsSet("HAMKORI_SHOTS"))
        for (const QString& language : {u"tg"_s, u"ru"_s}) {
            test::LanguageScope scope(language);
            EraseHistoryDialog shown(session, u"concern"_s, concern.meta.uuid);
            shown.tick(u"victim"_s);
            shown.show();
            QApplication::processEvents();
            shown.grab().save(
                u"%1/erase-history-%2.png"_s.arg(qEnvironmentVariable("HAMKORI_SHOTS"), language));
        }
    EraseHistoryDialog dialog(session, u"concern"_s, concern.meta.uuid);
    dialog.show();
    CHECK(dialog.listedFields() == QStringList{u"victim"_s}); // only fields with earlier values
    dialog.erase(); // nothing ticked: nothing erased, the user is told what to do
    CHECK(dialog.message().contains(u"Tick the fields"_s));
    CHECK(journalValuesHolding(*db, u"Зарина"_s) > 0);
    dialog.tick(u"victim"_s);
    dialog.erase();
    INFO(dialog.message().toStdString());
    CHECK(dialog.message().contains(u"Erased here"_s));
    CHECK(journalValuesHolding(*db, u"Зарина"_s) == 0);
    CHECK(ConcernRepository(*db).concern(concern.meta.uuid)->triangle.victim == u"Зани 34-сола"_s);
    CHECK(dialog.listedFields().isEmpty());
}

TEST_CASE("Finding 9: a member's earlier name is erased through the same dialog the Team page opens",
          "[ui][exchange]")
{
    test::TempDatabase db;
    const QString team = test::makeTeam(*db, u"ISF"_s);
    Member member;
    member.teamUuid = team;
    member.name = u"Зарина Қодирова"_s;
    member.category = MemberCategory::Cso;
    member.sex = Sex::Female;
    member.ageBand = AgeBand::From30To49;
    auto created = TeamRepository(*db).createMember(member);
    INFO(created.errorMessage().toStdString());
    REQUIRE(created.ok());
    member = *created;
    member.name = u"Аъзои гурӯҳ №4"_s;
    REQUIRE(TeamRepository(*db).updateMember(member).ok());

    Session session(*db);
    EraseHistoryDialog dialog(session, u"member"_s, member.meta.uuid);
    CHECK(dialog.listedFields() == QStringList{u"name"_s});
    dialog.tick(u"name"_s);
    dialog.erase();
    CHECK(journalValuesHolding(*db, u"Зарина"_s) == 0);
    CHECK(TeamRepository(*db).member(member.meta.uuid)->name == u"Аъзои гурӯҳ №4"_s);
}
