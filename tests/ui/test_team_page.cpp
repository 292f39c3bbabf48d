// The Team page driven offscreen: creating a team through its form, editing and refused edits, members and
// the balance panel, marking a member as left, deleting members and teams, the list of all teams — each step
// checked in the database, undone and redone.
#include "core/storage/ReferenceRepository.h"
#include "core/storage/TeamRepository.h"
#include "support/TestSupport.h"
#include "support/UiTestSupport.h"
#include "ui/Session.h"
#include "ui/TeamListModel.h"
#include "ui/pages/TeamPage.h"
#include "ui/pages/team/MemberForm.h"
#include "ui/pages/team/MemberTableModel.h"
#include "ui/pages/team/TeamDetailsForm.h"
#include "ui/widgets/FieldErrors.h"
#include "ui/widgets/OptionalDateEdit.h"
#include <QAbstractItemModelTester>
#include <QCheckBox>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTabWidget>
#include <QTableView>
#include <QTest>
#include <QUndoStack>

using namespace hamkori;

namespace {

using hamkori::test::child;

/// Replaces the text of a line edit as a person would (select all, type) and presses Enter.
void retype(QLineEdit* edit, const QString& text)
{
    edit->setFocus();
    edit->selectAll();
    QTest::keyClick(edit, Qt::Key_Backspace);
    test::typeText(edit, text);
    QTest::keyClick(edit, Qt::Key_Return);
}

void choose(QComboBox* combo, int value)
{
    const int index = combo->findData(value);
    REQUIRE(index >= 0);
    combo->setCurrentIndex(index);
}

QString placeUuid(Database& db, const QString& name)
{
    auto place = ReferenceRepository(db).findPlace(name);
    REQUIRE(place.ok());
    return place->meta.uuid;
}

Team storedTeam(Database& db, const QString& uuid)
{
    auto team = TeamRepository(db).team(uuid);
    INFO(team.errorMessage().toStdString());
    REQUIRE(team.ok());
    return *team;
}

QList<Member> storedMembers(Database& db, const QString& team)
{
    auto members = TeamRepository(db).members(team);
    REQUIRE(members.ok());
    return *members;
}

Member memberNamed(Database& db, const QString& team, const QString& name)
{
    for (const Member& member : storedMembers(db, team))
        if (member.name == name)
            return member;
    FAIL("no member named " << name.toStdString());
    return {};
}

int rowOf(QAbstractItemModel* model, const QString& name)
{
    for (int row = 0; row < model->rowCount(); ++row)
        if (model->index(row, 0).data().toString() == name)
            return row;
    return -1;
}

} // namespace

TEST_CASE("a new team is created through the form, and its creation is undoable", "[team]")
{
    test::TempDatabase db;
    Session session(*db);
    TeamPage page(session);
    page.resize(1130, 650);
    page.show();
    REQUIRE(page.openRecord(QStringLiteral("team"), QString()));

    auto* create = child<QPushButton>(page, "createTeamButton");
    CHECK(create->isVisible());
    CHECK_FALSE(child<QPushButton>(page, "deleteTeamButton")->isVisible());
    const QString name = QStringLiteral("Гурӯҳи ҳамкории шаҳри Хуҷанд");
    auto* nameEdit = child<QLineEdit>(page, "teamName");
    nameEdit->setFocus();
    test::typeText(nameEdit, name);
    QTest::keyClicks(child<QLineEdit>(page, "teamCode"), QStringLiteral("KHJ"));
    const QString khujand = placeUuid(*db, QStringLiteral("Khujand"));
    auto* district = child<QComboBox>(page, "teamDistrict");
    const int khujandRow = district->findData(khujand, Qt::UserRole);
    REQUIRE(khujandRow >= 0);
    district->setCurrentIndex(khujandRow);
    CHECK(district->currentText() == QStringLiteral("Khujand"));
    auto* jamoat = child<QLineEdit>(page, "teamJamoat");
    jamoat->setFocus();
    test::typeText(jamoat, QStringLiteral("Ҷамоати Гулистон"));
    // Nothing is saved before "Create team".
    CHECK(TeamRepository(*db).teams()->isEmpty());
    CHECK(session.undoStack()->count() == 0);

    QTest::mouseClick(create, Qt::LeftButton);
    auto teams = TeamRepository(*db).teams();
    REQUIRE(teams->size() == 1);
    const Team team = teams->first();
    CHECK(team.name == name);
    CHECK(team.code == QStringLiteral("KHJ"));
    CHECK(team.districtUuid == khujand);
    CHECK(team.jamoat == QStringLiteral("Ҷамоати Гулистон"));
    CHECK(session.currentTeam() == team.meta.uuid);
    CHECK_FALSE(create->isVisible());
    CHECK(child<QPushButton>(page, "deleteTeamButton")->isVisible());
    CHECK(child<QTabWidget>(page, "teamTabs")->isTabEnabled(1));
    CHECK(session.undoStack()->undoText() == QStringLiteral("create team KHJ"));

    session.undoStack()->undo();
    CHECK(TeamRepository(*db).teams()->isEmpty());
    CHECK(create->isVisible()); // the page offers to create a team again
    session.undoStack()->redo();
    REQUIRE(TeamRepository(*db).teams()->size() == 1);
    CHECK(storedTeam(*db, team.meta.uuid).name == name);
    CHECK(nameEdit->text() == name);
    CHECK_FALSE(create->isVisible());
}

TEST_CASE("a new team with a bad code is refused next to the field and nothing is saved", "[team]")
{
    test::TempDatabase db;
    test::makeTeam(*db, QStringLiteral("ISF"));
    Session session(*db);
    TeamPage page(session);
    page.show();
    page.openRecord(QStringLiteral("team"), QString());
    const QString before = test::dumpDatabase(*db);

    auto* nameEdit = child<QLineEdit>(page, "teamName");
    nameEdit->setFocus();
    test::typeText(nameEdit, QStringLiteral("Гурӯҳи нав"));
    auto* district = child<QComboBox>(page, "teamDistrict");
    district->setCurrentIndex(district->findData(placeUuid(*db, QStringLiteral("Isfara")), Qt::UserRole));
    auto* code = child<QLineEdit>(page, "teamCode");
    QTest::keyClicks(code, QStringLiteral("ISF")); // used by the first team
    QTest::mouseClick(child<QPushButton>(page, "createTeamButton"), Qt::LeftButton);

    auto* form = page.findChild<TeamDetailsForm*>();
    REQUIRE(form != nullptr);
    CHECK(form->errors()->messageFor(QStringLiteral("code")).contains(QStringLiteral("already used")));
    CHECK(child<QLabel>(page, "teamCodeError")->isVisible());
    CHECK(code->text() == QStringLiteral("ISF")); // what was typed stays
    CHECK(nameEdit->text() == QStringLiteral("Гурӯҳи нав"));
    CHECK(test::dumpDatabase(*db) == before);
    CHECK(session.undoStack()->count() == 0);
}

TEST_CASE("each team field is saved at once, a refused code saves nothing, undo and redo follow", "[team]")
{
    test::TempDatabase db;
    const QString uuid = test::makeTeam(*db, QStringLiteral("ISF"));
    test::makeTeam(*db, QStringLiteral("KHJ"));
    Session session(*db);
    session.setCurrentTeam(uuid);
    TeamPage page(session);
    page.show();
    const QString oldName = storedTeam(*db, uuid).name;

    auto* nameEdit = child<QLineEdit>(page, "teamName");
    CHECK(nameEdit->text() == oldName);
    const QString newName = QStringLiteral("Гурӯҳи ҳамкории милитсия ва ҷомеаи Исфара");
    retype(nameEdit, newName);
    CHECK(storedTeam(*db, uuid).name == newName);
    CHECK(session.undoStack()->undoText() == QStringLiteral("change the name of team ISF"));

    auto* address = child<QLineEdit>(page, "teamAddress");
    retype(address, QStringLiteral("кӯчаи Исмоили Сомонӣ 12"));
    CHECK(storedTeam(*db, uuid).address == QStringLiteral("кӯчаи Исмоили Сомонӣ 12"));

    auto* district = child<QComboBox>(page, "teamDistrict");
    const QString khujand = placeUuid(*db, QStringLiteral("Khujand"));
    district->setCurrentIndex(district->findData(khujand, Qt::UserRole));
    CHECK(storedTeam(*db, uuid).districtUuid == khujand);

    auto* established = child<OptionalDateEdit>(page, "teamEstablished");
    CHECK(established->date() == QDate(2019, 3, 15));
    established->setDate(QDate(2020, 6, 1)); // as when picked in the calendar
    CHECK(storedTeam(*db, uuid).established == QDate(2020, 6, 1));
    CHECK(session.undoStack()->count() == 4);

    SECTION("a code that is not 2-6 capital letters is refused")
    {
        const QString before = test::dumpDatabase(*db);
        auto* code = child<QLineEdit>(page, "teamCode");
        retype(code, QStringLiteral("is"));
        auto* form = page.findChild<TeamDetailsForm*>();
        CHECK(form->errors()
                  ->messageFor(QStringLiteral("code"))
                  .contains(QStringLiteral("capital Latin letters")));
        CHECK(code->text() == QStringLiteral("is"));
        CHECK(test::dumpDatabase(*db) == before);
        CHECK(session.undoStack()->count() == 4);
        // A code already used by another team is refused too.
        retype(code, QStringLiteral("KHJ"));
        CHECK(form->errors()->messageFor(QStringLiteral("code")).contains(QStringLiteral("already used")));
        CHECK(test::dumpDatabase(*db) == before);
        // A good code clears the message and is saved.
        retype(code, QStringLiteral("ISFR"));
        CHECK(form->errors()->messageFor(QStringLiteral("code")).isEmpty());
        CHECK(storedTeam(*db, uuid).code == QStringLiteral("ISFR"));
        session.undoStack()->undo();
        CHECK(storedTeam(*db, uuid).code == QStringLiteral("ISF"));
        CHECK(code->text() == QStringLiteral("ISF"));
    }

    SECTION("undo and redo walk the edits back and forth")
    {
        QUndoStack* stack = session.undoStack();
        stack->undo();
        CHECK(storedTeam(*db, uuid).established == QDate(2019, 3, 15));
        CHECK(established->date() == QDate(2019, 3, 15));
        stack->undo();
        CHECK(storedTeam(*db, uuid).districtUuid == placeUuid(*db, QStringLiteral("Isfara")));
        stack->undo();
        CHECK(storedTeam(*db, uuid).address.isEmpty());
        stack->undo();
        CHECK(storedTeam(*db, uuid).name == oldName);
        CHECK(nameEdit->text() == oldName);
        stack->redo();
        CHECK(storedTeam(*db, uuid).name == newName);
        CHECK(nameEdit->text() == newName);
        stack->redo();
        stack->redo();
        stack->redo();
        const Team redone = storedTeam(*db, uuid);
        CHECK(redone.address == QStringLiteral("кӯчаи Исмоили Сомонӣ 12"));
        CHECK(redone.districtUuid == khujand);
        CHECK(redone.established == QDate(2020, 6, 1));
        CHECK(district->currentText() == QStringLiteral("Khujand"));
    }
}

TEST_CASE("members are added, edited, marked as left and deleted, the balance panel follows", "[team]")
{
    test::TempDatabase db;
    const QString team = test::makeTeam(*db);
    Session session(*db);
    session.setCurrentTeam(team);
    TeamPage page(session);
    page.resize(1130, 650);
    page.show();
    page.activateWindow();
    REQUIRE(QTest::qWaitForWindowActive(&page));
    QString confirmText;
    bool confirmAnswer = true;
    page.setConfirm([&](const QString& text) {
        confirmText = text;
        return confirmAnswer;
    });
    child<QTabWidget>(page, "teamTabs")->setCurrentIndex(1);
    auto* table = child<QTableView>(page, "memberTable");
    QAbstractItemModelTester tester(table->model(), QAbstractItemModelTester::FailureReportingMode::Fatal);
    auto* women = child<QLabel>(page, "balanceWomen");
    auto* youth = child<QLabel>(page, "balanceYouth");
    auto* officials = child<QLabel>(page, "balanceOfficials");
    auto* civil = child<QLabel>(page, "balanceCivilSociety");
    auto* warning = child<QLabel>(page, "balanceWarning");
    CHECK(warning->isVisible());
    CHECK(warning->text().contains(QStringLiteral("no active members")));

    auto* name = child<QLineEdit>(page, "memberName");
    auto* category = child<QComboBox>(page, "memberCategory");
    auto* sex = child<QComboBox>(page, "memberSex");
    auto* age = child<QComboBox>(page, "memberAgeBand");
    auto* add = child<QPushButton>(page, "addMemberButton");
    QUndoStack* stack = session.undoStack();

    // A young woman from a CSO.
    QTest::mouseClick(child<QPushButton>(page, "newMemberButton"), Qt::LeftButton);
    const QString zarina = QStringLiteral("Зарина Раҳимова");
    name->setFocus();
    test::typeText(name, zarina);
    choose(category, int(MemberCategory::Cso));
    choose(sex, int(Sex::Female));
    choose(age, int(AgeBand::From18To29));
    test::typeText(child<QLineEdit>(page, "memberOrganisation"), QStringLiteral("Ҷамъияти «Заншиносӣ»"));
    QTest::mouseClick(add, Qt::LeftButton);
    REQUIRE(storedMembers(*db, team).size() == 1);
    Member first = memberNamed(*db, team, zarina);
    CHECK(first.sex == Sex::Female);
    CHECK(first.ageBand == AgeBand::From18To29);
    CHECK(first.category == MemberCategory::Cso);
    CHECK(first.organisation == QStringLiteral("Ҷамъияти «Заншиносӣ»"));
    CHECK(first.joined == QDate::currentDate());
    CHECK_FALSE(first.left.isValid());
    CHECK(stack->undoText() == QStringLiteral("add member Зарина Раҳимова"));
    CHECK(table->model()->rowCount() == 1);
    CHECK(women->text() == QStringLiteral("100% (1 of 1)"));
    CHECK(youth->text() == QStringLiteral("100% (1 of 1)"));
    CHECK_FALSE(warning->isVisible());

    // A police officer, a man of 30–49.
    QTest::mouseClick(child<QPushButton>(page, "newMemberButton"), Qt::LeftButton);
    CHECK(name->text().isEmpty());
    const QString farrukh = QStringLiteral("Фаррух Саидов");
    name->setFocus();
    test::typeText(name, farrukh);
    choose(category, int(MemberCategory::Police));
    choose(sex, int(Sex::Male));
    choose(age, int(AgeBand::From30To49));
    // Enter in the last field typed adds the member, as in any form (it did nothing outside the name).
    auto* phone = child<QLineEdit>(page, "memberPhone");
    phone->setFocus();
    test::typeText(phone, QStringLiteral("+992 93 000 00 00"));
    QTest::keyClick(phone, Qt::Key_Return);
    REQUIRE(storedMembers(*db, team).size() == 2);
    CHECK(memberNamed(*db, team, farrukh).phone == QStringLiteral("+992 93 000 00 00"));
    CHECK(memberNamed(*db, team, farrukh).category == MemberCategory::Police);
    CHECK(table->model()->rowCount() == 2);
    CHECK(women->text() == QStringLiteral("50% (1 of 2)"));
    CHECK(youth->text() == QStringLiteral("50% (1 of 2)"));
    CHECK(officials->text() == QStringLiteral("50% (1 of 2)"));
    CHECK(civil->text() == QStringLiteral("50% (1 of 2)"));
    CHECK_FALSE(warning->isVisible());

    // An edit of a field is saved at once.
    table->setCurrentIndex(table->model()->index(rowOf(table->model(), farrukh), 0));
    CHECK(name->text() == farrukh);
    retype(child<QLineEdit>(page, "memberPost"), QStringLiteral("Нозири участка"));
    CHECK(memberNamed(*db, team, farrukh).post == QStringLiteral("Нозири участка"));
    CHECK(stack->undoText() == QStringLiteral("change the post of Фаррух Саидов"));

    // A member without a name is refused.
    QTest::mouseClick(child<QPushButton>(page, "newMemberButton"), Qt::LeftButton);
    const int commands = stack->count();
    QTest::mouseClick(add, Qt::LeftButton);
    auto* memberForm = page.findChild<MemberForm*>();
    REQUIRE(memberForm != nullptr);
    CHECK(memberForm->errors()->messageFor(QStringLiteral("name")) ==
          QStringLiteral("Enter the member's name."));
    CHECK(storedMembers(*db, team).size() == 2);
    CHECK(stack->count() == commands);

    // Zarina leaves the team (yesterday): the balance loses its woman and its youth.
    table->setCurrentIndex(table->model()->index(rowOf(table->model(), zarina), 0));
    CHECK(name->text() == zarina);
    // She joined on 01.01.2025 (the date she leaves must come after it).
    auto* joined = child<OptionalDateEdit>(page, "memberJoined");
    joined->setDate(QDate(2025, 1, 1));
    CHECK(memberNamed(*db, team, zarina).joined == QDate(2025, 1, 1));
    CHECK(stack->undoText() == QStringLiteral("change the date Зарина Раҳимова joined"));
    auto* hasLeft = child<QCheckBox>(page, "memberHasLeft");
    auto* leftDate = child<OptionalDateEdit>(page, "memberLeft");
    CHECK_FALSE(leftDate->isEnabled());
    hasLeft->click();
    CHECK(leftDate->isEnabled());
    CHECK(memberNamed(*db, team, zarina).left == QDate::currentDate());
    CHECK(stack->undoText() == QStringLiteral("mark Зарина Раҳимова as left"));
    const QDate yesterday = QDate::currentDate().addDays(-1);
    leftDate->setDate(yesterday);
    CHECK(memberNamed(*db, team, zarina).left == yesterday);
    CHECK(women->text() == QStringLiteral("0% (0 of 1)"));
    CHECK(youth->text() == QStringLiteral("0% (0 of 1)"));
    CHECK(warning->isVisible());
    CHECK(warning->text().contains(QStringLiteral("Women are fewer than 40%")));
    CHECK(warning->text().contains(QStringLiteral("No youth member")));
    const int zarinaRow = rowOf(table->model(), zarina);
    CHECK(table->model()->index(zarinaRow, 0).data(Qt::ForegroundRole).isValid()); // greyed
    CHECK(table->model()->index(zarinaRow, MemberTableModel::Left).data().toString() ==
          yesterday.toString(QStringLiteral("dd.MM.yyyy")));

    // Undo: back to leaving today, then to active; redo both.
    stack->undo();
    CHECK(memberNamed(*db, team, zarina).left == QDate::currentDate());
    CHECK(women->text() == QStringLiteral("50% (1 of 2)"));
    stack->undo();
    CHECK_FALSE(memberNamed(*db, team, zarina).left.isValid());
    CHECK_FALSE(hasLeft->isChecked());
    CHECK_FALSE(warning->isVisible());
    stack->redo();
    CHECK(hasLeft->isChecked());
    stack->redo();
    CHECK(memberNamed(*db, team, zarina).left == yesterday);
    CHECK(warning->isVisible());

    // Deleting asks first; "no" keeps the member.
    table->setCurrentIndex(table->model()->index(rowOf(table->model(), farrukh), 0));
    confirmAnswer = false;
    QTest::mouseClick(child<QPushButton>(page, "deleteMemberButton"), Qt::LeftButton);
    CHECK(confirmText.contains(farrukh));
    CHECK(storedMembers(*db, team).size() == 2);
    confirmAnswer = true;
    confirmText.clear();
    table->setFocus();
    QTest::keyClick(table, Qt::Key_Delete);
    CHECK(confirmText.contains(farrukh));
    CHECK(storedMembers(*db, team).size() == 1);
    CHECK(table->model()->rowCount() == 1);
    CHECK(stack->undoText() == QStringLiteral("delete member Фаррух Саидов"));
    CHECK(women->text() == QStringLiteral("none"));
    stack->undo();
    CHECK(storedMembers(*db, team).size() == 2);
    CHECK(memberNamed(*db, team, farrukh).post == QStringLiteral("Нозири участка"));
    CHECK(officials->text() == QStringLiteral("100% (1 of 1)"));
    stack->redo();
    CHECK(storedMembers(*db, team).size() == 1);

    // Undoing everything leaves the team without members; redoing brings them back.
    while (stack->canUndo())
        stack->undo();
    CHECK(storedMembers(*db, team).isEmpty());
    CHECK(table->model()->rowCount() == 0);
    while (stack->canRedo())
        stack->redo();
    REQUIRE(storedMembers(*db, team).size() == 1);
    CHECK(memberNamed(*db, team, zarina).left == yesterday);
}

TEST_CASE("deleting a team names what goes with it and is undoable", "[team]")
{
    test::TempDatabase db;
    const QString team = test::makeTeam(*db, QStringLiteral("ISF"));
    const QString other = test::makeTeam(*db, QStringLiteral("KHJ"));
    Member member;
    member.teamUuid = team;
    member.name = QStringLiteral("Мавлуда Каримова");
    REQUIRE(TeamRepository(*db).createMember(member).ok());
    Session session(*db);
    session.setCurrentTeam(team);
    TeamPage page(session);
    page.show();
    QString confirmText;
    page.setConfirm([&](const QString& text) {
        confirmText = text;
        return true;
    });

    QTest::mouseClick(child<QPushButton>(page, "deleteTeamButton"), Qt::LeftButton);
    CHECK(confirmText.contains(QStringLiteral("ISF")));
    CHECK(confirmText.contains(QStringLiteral("1 member")));
    CHECK(confirmText.contains(QStringLiteral("0 meeting")));
    CHECK_FALSE(TeamRepository(*db).team(team).ok());
    CHECK(session.currentTeam() == other);
    CHECK(child<QLineEdit>(page, "teamCode")->text() == QStringLiteral("KHJ"));

    session.undoStack()->undo();
    REQUIRE(TeamRepository(*db).team(team).ok());
    CHECK(storedMembers(*db, team).size() == 1);
    session.undoStack()->redo();
    CHECK_FALSE(TeamRepository(*db).team(team).ok());
    CHECK(TeamRepository(*db).members(team)->isEmpty());
}

TEST_CASE("the list of all teams shows every team, and double-click makes one current", "[team]")
{
    test::TempDatabase db;
    const QString isfara = test::makeTeam(*db, QStringLiteral("ISF"));
    const QString khujand = test::makeTeam(*db, QStringLiteral("KHJ"));
    Session session(*db);
    session.setCurrentTeam(isfara);
    TeamPage page(session);
    page.resize(1130, 650);
    page.show();
    page.activateWindow();
    REQUIRE(QTest::qWaitForWindowActive(&page));
    auto* tabs = child<QTabWidget>(page, "teamTabs");
    tabs->setCurrentIndex(2);
    auto* table = child<QTableView>(page, "allTeamsTable");
    QAbstractItemModelTester tester(table->model(), QAbstractItemModelTester::FailureReportingMode::Fatal);
    REQUIRE(table->model()->rowCount() == 2);
    int row = -1;
    for (int r = 0; r < 2; ++r)
        if (table->model()->index(r, TeamListModel::Code).data().toString() == QStringLiteral("KHJ"))
            row = r;
    REQUIRE(row >= 0);
    // Enter on a row (as a double-click) makes that team current.
    table->setFocus();
    table->setCurrentIndex(table->model()->index(row, 0));
    QTest::keyClick(table, Qt::Key_Return);
    CHECK(session.currentTeam() == khujand);
    CHECK(tabs->currentIndex() == 0);
    CHECK(child<QLineEdit>(page, "teamCode")->text() == QStringLiteral("KHJ"));

    // A new team appears in the list at once.
    page.openRecord(QStringLiteral("team"), QString());
    auto* name = child<QLineEdit>(page, "teamName");
    name->setFocus();
    test::typeText(name, QStringLiteral("Гурӯҳи Конибодом"));
    QTest::keyClicks(child<QLineEdit>(page, "teamCode"), QStringLiteral("KNB"));
    auto* district = child<QComboBox>(page, "teamDistrict");
    district->setCurrentIndex(district->findData(placeUuid(*db, QStringLiteral("Konibodom")), Qt::UserRole));
    QTest::mouseClick(child<QPushButton>(page, "createTeamButton"), Qt::LeftButton);
    CHECK(table->model()->rowCount() == 3);
    session.undoStack()->undo();
    CHECK(table->model()->rowCount() == 2);
}

TEST_CASE("the delete confirmation names the team once, and the member buttons wait for a member", "[team]")
{
    test::TempDatabase db;
    const QString team = test::makeTeam(*db, QStringLiteral("ISF")); // «Гурӯҳи ҳамкории ISF»
    Session session(*db);
    session.setCurrentTeam(team);
    QString confirmText;
    {
        const test::LanguageScope tajik(QStringLiteral("tg"));
        TeamPage page(session);
        page.show();
        // Nothing selected among the (no) members: nothing to delete or erase.
        CHECK_FALSE(child<QPushButton>(page, "deleteMemberButton")->isEnabled());
        CHECK_FALSE(child<QPushButton>(page, "eraseMemberHistory")->isEnabled());
        page.setConfirm([&](const QString& text) {
            confirmText = text;
            return false;
        });
        QTest::mouseClick(child<QPushButton>(page, "deleteTeamButton"), Qt::LeftButton);
    }
    CHECK(confirmText.contains(QStringLiteral("Гурӯҳи ҳамкории ISF")));
    CHECK_FALSE(confirmText.contains(QStringLiteral("Гурӯҳи Гурӯҳи")));
    CHECK(TeamRepository(*db).team(team).ok());
}

TEST_CASE("the member buttons stay where they are as the balance's warnings come and go", "[team]")
{
    test::TempDatabase db;
    const QString team = test::makeTeam(*db, QStringLiteral("ISF"));
    Member man;
    man.teamUuid = team;
    man.name = QStringLiteral("Фаррух Саидов");
    man.sex = Sex::Male;
    man.ageBand = AgeBand::From30To49;
    REQUIRE(TeamRepository(*db).createMember(man).ok());
    Session session(*db);
    session.setCurrentTeam(team);
    TeamPage page(session);
    page.resize(1180, 680);
    page.show();
    child<QTabWidget>(page, "teamTabs")->setCurrentIndex(1);
    QTest::qWait(100);
    auto* warning = child<QLabel>(page, "balanceWarning");
    auto* newMember = child<QPushButton>(page, "newMemberButton");
    REQUIRE(warning->isVisible()); // no woman, no youth
    const QPoint before = newMember->mapTo(&page, QPoint(0, 0));

    Member woman;
    woman.teamUuid = team;
    woman.name = QStringLiteral("Зарина Раҳимова");
    woman.sex = Sex::Female;
    woman.ageBand = AgeBand::From18To29;
    REQUIRE(TeamRepository(*db).createMember(woman).ok());
    QTest::qWait(100);                   // the layout follows
    REQUIRE_FALSE(warning->isVisible()); // half women, half youth: nothing to warn about
    CHECK(newMember->mapTo(&page, QPoint(0, 0)) == before);
}
